// Every search feature of the design, against the bundled Brussels directory (a copy),
// small directories built for the case, and a generated directory of thousands of services.

#include "data/database.h"
#include "data/error.h"
#include "data/generator.h"
#include "data/hours.h"
#include "data/search.h"
#include "data/store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <random>

namespace relais {
namespace {

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = test::copy_bundled(dir_);
        db_ = std::make_unique<Database>(Database::open(path_));
        searcher_ = std::make_unique<Searcher>(*db_);
    }

    SearchResult run(const std::string& text, int limit = 10) {
        SearchQuery query;
        query.text = text;
        query.limit = limit;
        return searcher_->search(query);
    }

    static std::vector<std::string> ids(const SearchResult& result) {
        std::vector<std::string> out;
        for (const auto& hit : result.hits)
            out.push_back(hit.id);
        return out;
    }

    static int rank(const SearchResult& result, const std::string& id) {
        const auto list = ids(result);
        const auto it = std::find(list.begin(), list.end(), id);
        return it == list.end() ? -1 : static_cast<int>(it - list.begin()) + 1;
    }

    test::TempDir dir_;
    std::filesystem::path path_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<Searcher> searcher_;
};

TEST_F(SearchTest, AccentsAndCaseDoNotMatter) {
    const auto plain = ids(run("medecin du monde"));
    EXPECT_EQ(plain, ids(run("Médecin du Monde")));
    EXPECT_EQ(plain, ids(run("MÉDECIN DU MONDE")));
    ASSERT_FALSE(plain.empty());
    EXPECT_EQ(plain.front(), "medecins-du-monde-bruxelles");
    EXPECT_EQ(rank(run("depistage"), "aide-info-sida"), rank(run("dépistage"), "aide-info-sida"));
}

TEST_F(SearchTest, FrenchElisionsAreIgnored) {
    const auto with = run("l'aide juridique");
    const auto without = run("aide juridique");
    EXPECT_EQ(ids(with), ids(without));
    EXPECT_GT(rank(with, "baj-bruxelles-fr"), 0);
    // Typographic apostrophe too.
    EXPECT_EQ(ids(run("l\u2019aide juridique")), ids(without));
}

TEST_F(SearchTest, InclusiveWritingMatchesEveryForm) {
    // UTSOPI's name is written "travailleur·euses du sexe".
    for (const char* form : {"travailleuses", "travailleuse", "travailleur", "travailleurs",
                             "travailleur·euses", "travailleur.euse.s"}) {
        const auto result = run(form);
        EXPECT_GT(rank(result, "utsopi"), 0) << form;
        EXPECT_LE(rank(result, "utsopi"), 5) << form;
    }
}

TEST_F(SearchTest, LastWordIsAPrefixAsYouType) {
    for (const char* typed : {"ut", "uts", "utso", "utsop"}) {
        const auto result = run(typed);
        EXPECT_EQ(rank(result, "utsopi"), 1) << typed;
    }
    EXPECT_GT(rank(run("u"), "utsopi"), 0);
    // A finished word followed by a space is not a prefix any more.
    EXPECT_EQ(rank(run("utso "), "utsopi"), -1);
}

TEST_F(SearchTest, OneLetterAfterOtherWordsNarrowsByNameWords) {
    // "cpas" means the social aid services; "s" keeps those with a word starting with s
    // ("Schaerbeek", "social"), and the CPAS themselves come first.
    const auto result = run("cpas s", 20);
    ASSERT_GE(result.hits.size(), 6u);
    EXPECT_GT(rank(result, "cpas-schaerbeek"), 0);
    int cpas = 0;
    for (std::size_t i = 0; i < 6; ++i)
        cpas += result.hits[i].name.rfind("CPAS", 0) == 0 ? 1 : 0;
    EXPECT_GE(cpas, 5);
    EXPECT_EQ(rank(result, "cpas-anderlecht"), -1); // no word of its names starts with "s"
}

TEST_F(SearchTest, TyposAreToleratedByLength) {
    // One edit in a word of 4-7 letters.
    EXPECT_EQ(rank(run("utsopy"), "utsopi"), 1);
    EXPECT_EQ(rank(run("pagasa"), "pag-asa"), 1);
    // A transposition counts as one edit.
    EXPECT_GT(rank(run("avocta"), "baj-bruxelles-fr"), 0);
    // Two edits in a longer word.
    EXPECT_GT(rank(run("alfabetisation"), "lire-et-ecrire-bruxelles"), 0);
    EXPECT_GT(rank(run("alphebetisaton"), "lire-et-ecrire-bruxelles"), 0);
    // Two edits are too many for a 6-letter word.
    EXPECT_EQ(rank(run("otsupi"), "utsopi"), -1);
    // No typo tolerance under 4 letters: "vhi" is not "vih".
    for (const auto& hit : run("vhi ").hits)
        EXPECT_NE(hit.match, MatchKind::typo);
}

// prepare() loads the vocabulary ahead of a search and holds no read open afterwards (which
// would keep another connection's checkpoint from completing), and loads it again once
// another connection has written new words: a typo then finds them.
TEST_F(SearchTest, PrepareFollowsWritesFromAnotherConnection) {
    searcher_->prepare();
    {
        auto other = Database::open(path_);
        EXPECT_EQ(other.sql().execAndGet("PRAGMA wal_checkpoint(TRUNCATE)").getInt(), 0)
            << "a read left open";
    }
    EXPECT_EQ(rank(run("utsopy"), "utsopi"), 1);
    {
        auto other = Database::open(path_);
        auto service = *Store(other).service("utsopi");
        service.id = "zorblaxia";
        service.name = {"Zorblaxia", "Zorblaxia", "Zorblaxia"};
        Store(other).put(service);
    }
    searcher_->prepare();
    EXPECT_EQ(rank(run("zorblaxie"), "zorblaxia"), 1);
}

TEST_F(SearchTest, ExactMatchesRankAboveTypoAndPartialMatches) {
    for (const char* text : {"douche", "utsopy", "avocat gratuit", "chercher un emploi"}) {
        const auto result = run(text, 30);
        ASSERT_FALSE(result.hits.empty()) << text << ": nothing found, nothing checked";
        int last = 0;
        for (const auto& hit : result.hits) {
            const int tier = hit.match == MatchKind::exact  ? 0
                             : hit.match == MatchKind::typo ? 1
                                                            : 2;
            EXPECT_GE(tier, last) << text << ": " << hit.id;
            last = tier;
        }
    }
}

TEST_F(SearchTest, SynonymsAcrossLanguagesAndEverydayWords) {
    auto legal_first = [&](const std::string& text) {
        const auto result = run(text, 5);
        ASSERT_FALSE(result.hits.empty()) << text;
        for (const auto& hit : result.hits)
            EXPECT_NE(std::find(hit.categories.begin(), hit.categories.end(), "legal-aid"),
                      hit.categories.end())
                << text << ": " << hit.id;
    };
    legal_first("avocat");
    legal_first("advocaat");
    legal_first("lawyer");
    legal_first("pro deo");
    for (const char* text : {"test VIH", "hiv test", "soa", "dépistage"})
        EXPECT_GT(rank(run(text), "aide-info-sida"), 0) << text;
    for (const char* text : {"traite", "mensenhandel", "trafficking", "exploitation"})
        EXPECT_GT(rank(run(text), "pag-asa"), 0) << text;
    for (const char* text : {"logement", "huisvesting", "shelter", "nuit"})
        EXPECT_GT(rank(run(text), "pierre-d-angle-hoeksteen"), 0) << text;
    EXPECT_EQ(rank(run("ocmw schaarbeek"), "cpas-schaerbeek"), 1);
}

TEST_F(SearchTest, StigmatisingWordsFindTheRespectfulCategory) {
    for (const char* text : {"prostituée", "pute", "hoer"}) {
        const auto result = run(text, 5);
        ASSERT_FALSE(result.hits.empty()) << text;
        const auto& categories = result.hits.at(0).categories;
        EXPECT_NE(std::find(categories.begin(), categories.end(), "sex-work-support"),
                  categories.end())
            << text;
    }
}

TEST_F(SearchTest, NameMatchesRankAboveDescriptionMatches) {
    // "Transit" is a name; other listings only mention transit in passing, if at all.
    EXPECT_EQ(rank(run("transit"), "transit-asbl"), 1);
    EXPECT_EQ(rank(run("suicide"), "centre-prevention-suicide"), 1);
}

TEST_F(SearchTest, FiltersCombineWithText) {
    SearchQuery query;
    query.text = "aide";
    query.limit = 50;
    query.categories = {"legal-aid"};
    auto result = searcher_->search(query);
    ASSERT_FALSE(result.hits.empty());
    for (const auto& hit : result.hits)
        EXPECT_NE(std::find(hit.categories.begin(), hit.categories.end(), "legal-aid"),
                  hit.categories.end());

    Store store(*db_);
    auto check_all = [&](SearchQuery q, auto predicate, const char* what) {
        q.limit = 100;
        const auto r = searcher_->search(q);
        EXPECT_FALSE(r.hits.empty()) << what;
        for (const auto& hit : r.hits)
            EXPECT_TRUE(predicate(*store.service(hit.id))) << what << ": " << hit.id;
    };
    SearchQuery any;
    any.municipality = "Schaarbeek"; // Dutch name of Schaerbeek
    check_all(
        any, [](const Service& s) { return s.address.municipality == "Schaerbeek"; },
        "municipality");
    any = {};
    any.language = "ro";
    check_all(
        any,
        [](const Service& s) {
            return s.languages && std::count(s.languages->begin(), s.languages->end(), "ro");
        },
        "language");
    any = {};
    any.audience = "trans";
    check_all(
        any,
        [](const Service& s) {
            return std::count(s.audience.begin(), s.audience.end(), "trans") > 0;
        },
        "audience");
    any = {};
    any.free = true;
    any.anonymous = true;
    check_all(
        any, [](const Service& s) { return s.free == true && s.anonymous == true; },
        "free+anonymous");
    any = {};
    any.walk_in = true;
    check_all(
        any,
        [](const Service& s) {
            return s.appointment == Appointment::walk_in || s.appointment == Appointment::optional;
        },
        "walk-in");
}

TEST_F(SearchTest, OpenAtKeepsOnlyServicesOpenThen) {
    SearchQuery query;
    query.limit = 100;
    // Tuesday 1 December 2026, 23:00 in Brussels: night shelters and 24/7 lines.
    query.open_at = parse_brussels_local("2026-12-01T23:00");
    ASSERT_TRUE(query.open_at);
    const auto night = searcher_->search(query);
    ASSERT_FALSE(night.hits.empty());
    for (const auto& hit : night.hits)
        EXPECT_EQ(hit.open, true) << hit.id;
    EXPECT_GT(rank(night, "pierre-d-angle-hoeksteen"), 0);
    EXPECT_GT(rank(night, "samusocial-bruxelles"), 0);
    EXPECT_EQ(rank(night, "actiris"), -1);

    query.open_at = parse_brussels_local("2026-12-01T10:00");
    const auto morning = searcher_->search(query);
    EXPECT_GT(rank(morning, "actiris"), 0);
    EXPECT_EQ(rank(morning, "pierre-d-angle-hoeksteen"), -1);
}

TEST_F(SearchTest, UnknownHoursAreUnknownNotClosed) {
    const auto result = run("espace p");
    ASSERT_EQ(result.hits.at(0).id, "espace-p-bruxelles");
    EXPECT_FALSE(result.hits.at(0).open.has_value());
}

TEST_F(SearchTest, SnippetsHighlightMatchesInTheQueryLanguage) {
    SearchQuery query;
    query.text = "dépistage";
    query.highlight_open = "<<";
    query.highlight_close = ">>";
    auto result = searcher_->search(query);
    ASSERT_FALSE(result.hits.empty());
    EXPECT_NE(result.hits.at(0).snippet.find("<<"), std::string::npos) << result.hits.at(0).snippet;
    query.lang = Lang::nl;
    query.text = "hiv";
    result = searcher_->search(query);
    ASSERT_FALSE(result.hits.empty());
    const auto& snippet = result.hits.at(0).snippet;
    const auto open = snippet.find("<<");
    ASSERT_NE(open, std::string::npos) << snippet;
    auto marked = snippet.substr(open + 2, snippet.find(">>", open) - open - 2);
    std::transform(marked.begin(), marked.end(), marked.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    EXPECT_NE(marked.find("hiv"), std::string::npos) << snippet;
    // Dutch text: the snippet is from the Dutch description.
    EXPECT_NE(snippet.find(" en "), std::string::npos) << snippet;
}

TEST_F(SearchTest, NamesFollowTheQueryLanguage) {
    SearchQuery query;
    query.text = "espace p";
    query.lang = Lang::nl;
    EXPECT_EQ(searcher_->search(query).hits.at(0).name, "Espace P... – afdeling Brussel");
    query.lang = Lang::en;
    EXPECT_EQ(searcher_->search(query).hits.at(0).name, "Espace P... – Brussels branch");
}

TEST_F(SearchTest, EmptyResultsSuggestTermsAndFilters) {
    const auto typo = run("otsupi");
    EXPECT_TRUE(typo.hits.empty());
    EXPECT_NE(std::find(typo.suggestions.begin(), typo.suggestions.end(), "utsopi"),
              typo.suggestions.end());

    SearchQuery query;
    query.text = "utsopi";
    query.categories = {"housing-shelter"};
    const auto filtered = searcher_->search(query);
    EXPECT_TRUE(filtered.hits.empty());
    EXPECT_EQ(filtered.relaxable_filters, std::vector<std::string>{"category"});
}

TEST_F(SearchTest, EmptyTextBrowsesByFilter) {
    SearchQuery query;
    query.categories = {"social-aid"};
    query.limit = 100;
    const auto result = searcher_->search(query);
    EXPECT_GE(result.hits.size(), 7u);
    for (const auto& hit : result.hits)
        EXPECT_EQ(hit.match, MatchKind::browse);
}

TEST_F(SearchTest, HitsCarryTheTrustRuleAndThePlace) {
    SearchQuery query;
    query.text = "utsopi";
    query.now = parse_brussels_local("2026-12-08T10:00");
    // Checked in the research of November 2026, not yet confirmed by Utsopi.
    auto hit = searcher_->search(query).hits.at(0);
    EXPECT_EQ(hit.trust.state, TrustState::checked);
    EXPECT_EQ(hit.trust.date, "2026-11");
    EXPECT_EQ(hit.area, Area::brussels);
    EXPECT_TRUE(hit.has_phone);
    Store store(*db_);
    auto service = *store.service("utsopi");
    service.last_verified_at = "2026-12-02T09:00:00Z";
    store.put(service);
    hit = searcher_->search(query).hits.at(0);
    EXPECT_EQ(hit.trust.state, TrustState::confirmed);
    EXPECT_EQ(hit.trust.by, TrustSource::organization);
    query.now = parse_brussels_local("2027-12-08T10:00");
    EXPECT_EQ(searcher_->search(query).hits.at(0).trust.state, TrustState::unconfirmed);
    query.text = "payoke";
    EXPECT_EQ(searcher_->search(query).hits.at(0).area, Area::flanders);
    query.text = "stoptraite";
    EXPECT_EQ(searcher_->search(query).hits.at(0).area, Area::national);
}

TEST_F(SearchTest, WritesOnTheSameConnectionAreSearchableAtOnce) {
    Store store(*db_);
    auto service = test::sample_service("zanzibar-test", "utsopi-asbl");
    store.put(Organization{"utsopi-asbl", "Zanzibar asbl"});
    store.put(service);
    EXPECT_EQ(rank(run("zanzibar"), "zanzibar-test"), 1);
    // And through the typo vocabulary, which must have been refreshed.
    EXPECT_EQ(rank(run("zanzibbar"), "zanzibar-test"), 1);
    store.remove("zanzibar-test", 2, "2026-11-28T00:00:00Z");
    EXPECT_EQ(rank(run("zanzibar"), "zanzibar-test"), -1);
}

TEST_F(SearchTest, QuerySyntaxIsNeverInterpreted) {
    for (const char* text :
         {"\"", "\"\"", "(", ")", "AND", "OR NOT", "NEAR(a b)", "*", "-", "name:utsopi", "a OR b",
          "^", "l'", "''", "utsopi\"", "{name}: x", "wx-yz"}) {
        EXPECT_NO_THROW(run(text)) << text;
    }
    std::mt19937 random(1);
    for (int i = 0; i < 200; ++i) {
        std::string bytes(static_cast<std::size_t>(random() % 40), '\0');
        for (auto& c : bytes)
            c = static_cast<char>(random() % 256);
        EXPECT_NO_THROW(run(bytes));
    }
}

TEST_F(SearchTest, LimitIsValidated) {
    SearchQuery query;
    query.limit = 0;
    EXPECT_THROW(searcher_->search(query), Error);
    query.limit = 3;
    query.text = "aide";
    EXPECT_EQ(searcher_->search(query).hits.size(), 3u);
}

TEST_F(SearchTest, WritesFromAnotherConnectionAreSeenAndDoNotLock) {
    // This connection reads (search, a single-row lookup) and keeps its statements cached.
    Store mine(*db_);
    ASSERT_TRUE(mine.organization(mine.service("utsopi")->organization_id));
    ASSERT_TRUE(mine.meta("data_as_of"));
    ASSERT_EQ(rank(run("utsopi"), "utsopi"), 1);
    {
        // A sync writes through its own connection.
        auto other = Database::open(path_);
        Store theirs(other);
        theirs.put(Organization{"zanzibar-asbl", "Zanzibar asbl"});
        theirs.put(test::sample_service("zanzibar-test", "zanzibar-asbl"));
    }
    // No stale snapshot: the new listing is found, and this connection can write again.
    EXPECT_EQ(rank(run("zanzibar"), "zanzibar-test"), 1);
    EXPECT_TRUE(mine.service("zanzibar-test"));
    EXPECT_NO_THROW(mine.set_meta("checked", "yes"));
}

// Thousands of generated services: common words match more services than a search ranks
// in full, as in a large directory.
class SearchAtScaleTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto directory = generate_directory(3000, 42, bundled_categories());
        // Named by the word alone and added last: the best name match, far down the index.
        auto named = test::sample_service("logement-bruxelles", directory.organizations[0].id);
        named.name = {"Logement", "Huisvesting", "Housing"};
        directory.services.push_back(named);
        db_ = std::make_unique<Database>(Database::open(dir_ / "generated.sqlite"));
        Store(*db_).replace_directory(directory);
        searcher_ = std::make_unique<Searcher>(*db_);
    }

    static std::vector<Category> bundled_categories() {
        auto bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
        return Store(bundled).categories();
    }

    static bool name_has(const SearchHit& hit, const std::string& word) {
        std::string name = hit.name;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return name.find(word) != std::string::npos;
    }

    // Whether every hit with `word` in its name comes before every hit without.
    static bool names_with_first(const SearchResult& result, const std::string& word) {
        return std::is_partitioned(result.hits.begin(), result.hits.end(),
                                   [&](const SearchHit& hit) { return name_has(hit, word); });
    }

    test::TempDir dir_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<Searcher> searcher_;
};

TEST_F(SearchAtScaleTest, NamesWithTheWordTypedComeFirst) {
    for (const char* text : {"logement", "logement ", "logem"}) {
        SearchQuery query;
        query.text = text;
        const auto result = searcher_->search(query);
        ASSERT_EQ(result.hits.size(), 20u) << text;
        EXPECT_EQ(result.hits.front().id, "logement-bruxelles") << text;
        for (const auto& hit : result.hits) {
            EXPECT_TRUE(name_has(hit, "logement")) << text << ": " << hit.name;
            EXPECT_EQ(hit.match, MatchKind::exact) << text << ": " << hit.id;
        }
    }
    // A typo finds the same names.
    SearchQuery query;
    query.text = "logment";
    const auto typo = searcher_->search(query);
    ASSERT_FALSE(typo.hits.empty());
    EXPECT_EQ(typo.hits.front().id, "logement-bruxelles");
    EXPECT_TRUE(names_with_first(typo, "logement"));
}

TEST_F(SearchAtScaleTest, FiltersKeepNameMatchesFirst) {
    SearchQuery query;
    query.text = "logement";
    query.municipality = "Uccle";
    query.limit = 50;
    const auto result = searcher_->search(query);
    // "logement" names a need: the housing services come first; among them, and among the
    // others, names with the word come first (nothing here is checked or confirmed).
    ASSERT_EQ(result.hits.size(), 50u);
    auto housing = [](const SearchHit& hit) {
        return std::find(hit.categories.begin(), hit.categories.end(), "housing-shelter") !=
               hit.categories.end();
    };
    EXPECT_TRUE(std::is_partitioned(result.hits.begin(), result.hits.end(), housing));
    const auto others = std::partition_point(result.hits.begin(), result.hits.end(), housing);
    EXPECT_TRUE(name_has(result.hits.front(), "logement"));
    for (const auto& part :
         {std::pair{result.hits.begin(), others}, std::pair{others, result.hits.end()}})
        EXPECT_TRUE(std::is_partitioned(part.first, part.second, [](const SearchHit& hit) {
            return name_has(hit, "logement");
        }));
    for (const auto& hit : result.hits)
        EXPECT_EQ(hit.municipality, "Uccle") << hit.id;

    query.municipality.reset();
    query.open_at = parse_brussels_local("2026-12-01T10:00");
    const auto open = searcher_->search(query);
    ASSERT_FALSE(open.hits.empty());
    EXPECT_TRUE(name_has(open.hits.front(), "logement"));
    for (const auto& hit : open.hits)
        EXPECT_EQ(hit.open, true) << hit.id;
}

} // namespace
} // namespace relais
