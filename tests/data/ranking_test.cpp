// Ranking against the bundled Brussels directory (data/search/ranking.h): needs, place,
// trust, word shapes, other names, and a way on when nothing matches.

#include "data/database.h"
#include "data/generator.h"
#include "data/importer.h"
#include "data/search.h"
#include "data/store.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace relais {
namespace {

class RankingTest : public ::testing::Test {
protected:
    void SetUp() override {
        db_ = std::make_unique<Database>(Database::open(test::copy_bundled(dir_)));
        searcher_ = std::make_unique<Searcher>(*db_);
    }

    SearchResult run(const std::string& text, std::optional<std::string> near = {}) {
        SearchQuery query;
        query.text = text;
        query.limit = 20;
        query.near = std::move(near);
        query.now = parse_brussels_local("2026-12-08T10:00");
        return searcher_->search(query);
    }

    static std::vector<std::string> ids(const SearchResult& result, std::size_t most = 20) {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < std::min(most, result.hits.size()); ++i)
            out.push_back(result.hits[i].id);
        return out;
    }

    static int rank(const SearchResult& result, const std::string& id) {
        const auto all = ids(result);
        const auto it = std::find(all.begin(), all.end(), id);
        return it == all.end() ? -1 : static_cast<int>(it - all.begin()) + 1;
    }

    test::TempDir dir_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<Searcher> searcher_;
};

TEST_F(RankingTest, BrusselsFirstNationalNextElsewhereAfter) {
    for (const char* text : {"victime de traite", "mensenhandel", "human trafficking"}) {
        const auto result = run(text);
        ASSERT_GE(result.hits.size(), 5u) << text;
        // Once a service outside Brussels appears, no Brussels or national one follows.
        bool elsewhere = false;
        for (const auto& hit : result.hits) {
            const bool serves_brussels = hit.area == Area::brussels || hit.area == Area::national;
            EXPECT_FALSE(elsewhere && serves_brussels) << text << ": " << hit.id;
            elsewhere = elsewhere || !serves_brussels;
        }
        EXPECT_EQ(result.hits.front().id, "pag-asa") << text;
    }
}

TEST_F(RankingTest, APlaceNamedOutsideBrusselsComesFirst) {
    const auto result = run("sekswerk antwerpen");
    ASSERT_GE(result.hits.size(), 2u);
    EXPECT_EQ(result.hits[0].area, Area::flanders);
    // And a service named comes first wherever it is.
    EXPECT_EQ(run("payoke").hits.at(0).id, "payoke-antwerpen");
    EXPECT_EQ(run("boysproject").hits.at(0).id, "boysproject-antwerpen");
}

TEST_F(RankingTest, AMunicipalityNamedComesFirstOrTheNearestIsSaid) {
    auto result = run("cpas uccle");
    EXPECT_EQ(result.hits.at(0).id, "cpas-uccle");
    EXPECT_EQ(result.place, "Uccle");
    EXPECT_TRUE(result.found_in_place);
    result = run("ocmw ukkel");
    EXPECT_EQ(result.hits.at(0).id, "cpas-uccle");
    // No CPAS was found in Watermael-Boitsfort: its neighbours' come first, and it is said.
    result = run("cpas watermaal-bosvoorde");
    EXPECT_EQ(result.place, "Watermael-Boitsfort");
    EXPECT_FALSE(result.found_in_place);
    for (const auto& hit : ids(result, 3))
        EXPECT_TRUE(hit == "cpas-uccle" || hit == "cpas-ixelles" || hit == "cpas-auderghem" ||
                    hit == "cpas-bruxelles-ville")
            << hit;
}

TEST_F(RankingTest, HomeMunicipalityBringsItAndItsNeighboursFirst) {
    const auto result = run("cpas", std::string("Evere"));
    ASSERT_GE(result.hits.size(), 4u);
    EXPECT_EQ(result.hits[0].id, "cpas-evere");
    // Evere's neighbours: Schaerbeek, Bruxelles, Woluwe-Saint-Lambert.
    for (const auto& hit : ids(result, 4))
        EXPECT_TRUE(hit == "cpas-evere" || hit == "cpas-schaerbeek" ||
                    hit == "cpas-bruxelles-ville" || hit == "cpas-woluwe-saint-lambert")
            << hit;
    // Without it, no municipality is preferred: the place named in a query still wins.
    EXPECT_EQ(run("cpas uccle", std::string("Evere")).hits.at(0).id, "cpas-uccle");
}

TEST_F(RankingTest, AnUnconfirmedListingNeverTopsACheckedOneOfTheSameNeed) {
    auto result = run("prostituee");
    ASSERT_GE(result.hits.size(), 3u);
    EXPECT_GT(rank(result, "le-nid-bruxelles"), 3);
    // Once confirmed by its organisation, a listing comes before the merely checked ones.
    Store store(*db_);
    auto isala = *store.service("isala-bruxelles");
    isala.last_verified_at = "2026-12-01T09:00:00Z";
    store.put(isala);
    result = run("prostituee");
    EXPECT_EQ(result.hits.at(0).id, "isala-bruxelles");
    EXPECT_EQ(result.hits.at(0).trust.state, TrustState::confirmed);
}

TEST_F(RankingTest, ThePeopleDescribedComeFirstWithinANeed) {
    // Male sex workers: the service for men before the general ones, Brussels before Antwerp.
    EXPECT_EQ(run("male sex worker").hits.at(0).id, "alias-bruxelles");
    EXPECT_EQ(run("mannelijke sekswerker").hits.at(0).id, "alias-bruxelles");
    const int antwerp = rank(run("male sex worker"), "boysproject-antwerpen");
    EXPECT_TRUE(antwerp == -1 || antwerp > 3) << antwerp;
}

TEST_F(RankingTest, IncidentalWordsDoNotDecide) {
    EXPECT_LE(rank(run("agressee sexuellement hier soir"), "cpvs-bruxelles"), 3);
    EXPECT_LE(rank(run("seksueel geweld vannacht"), "cpvs-bruxelles"), 3);
    const auto tonight = run("sans logement ce soir");
    EXPECT_TRUE(rank(tonight, "samusocial-bruxelles") == 1 ||
                rank(tonight, "pierre-d-angle-hoeksteen") == 1)
        << ids(tonight, 3).front();
}

TEST_F(RankingTest, NamesAreFoundJoinedSplitOrWithAnApostrophe) {
    EXPECT_EQ(run("sidasos").hits.at(0).id, "sida-sos");
    EXPECT_EQ(run("sida sos").hits.at(0).id, "sida-sos");
    EXPECT_EQ(run("brusshelp").hits.at(0).id, "brusshelp");
    EXPECT_EQ(run("bruss help").hits.at(0).id, "brusshelp");
    EXPECT_EQ(run("pag asa").hits.at(0).id, "pag-asa");
}

TEST_F(RankingTest, NumbersMatchWhateverTheirGrouping) {
    for (const char* number : {"0800 99 340", "0800/99.340", "080099340", "+32 800 99 340"})
        EXPECT_EQ(run(number).hits.at(0).id, "samusocial-bruxelles") << number;
    EXPECT_EQ(run("ligne 107").hits.at(0).id, "tele-accueil-bruxelles-107");
}

TEST_F(RankingTest, OtherNamesAreSearchable) {
    EXPECT_EQ(run("human rights league").hits.at(0).id, "ligue-des-droits-humains");
    EXPECT_EQ(run("liga voor mensenrechten").hits.at(0).id, "ligue-des-droits-humains");
    EXPECT_EQ(run("klein kasteeltje").hits.at(0).id, "fedasil-petit-chateau");
    EXPECT_EQ(run("hziv").hits.at(0).id, "caami-hziv");
}

TEST_F(RankingTest, AKnownWordIsNotATypoOfAnother) {
    // "transitie" (transition care) is a word of the vocabulary, not "Transit" misspelt.
    EXPECT_EQ(rank(run("transitie"), "transit-asbl"), -1);
    // A real typo is still forgiven.
    EXPECT_EQ(run("utsopy").hits.at(0).id, "utsopi");
}

TEST_F(RankingTest, NothingFoundOffersTheCategoriesTheWordsHintAt) {
    const auto result = run("avoctaa");
    EXPECT_TRUE(result.hits.empty());
    EXPECT_NE(std::find(result.suggested_categories.begin(), result.suggested_categories.end(),
                        "legal-aid"),
              result.suggested_categories.end());
    EXPECT_NE(std::find(result.suggestions.begin(), result.suggestions.end(), "avocat"),
              result.suggestions.end());
}

// The seed's services among thousands of generated ones: a query naming a service (by its
// name, another name, a typo, the other language) still finds it first.
TEST(RankingAtScale, NamesStillWin) {
    test::TempDir dir;
    const auto seed = read_seed_files(test::source_dir() / "data/seed/brussels-services.json",
                                      test::source_dir() / "data/seed/categories.json");
    ASSERT_TRUE(seed.ok());
    auto directory = generate_directory(5000, 7, seed.directory.categories);
    directory.organizations.insert(directory.organizations.end(),
                                   seed.directory.organizations.begin(),
                                   seed.directory.organizations.end());
    directory.services.insert(directory.services.end(), seed.directory.services.begin(),
                              seed.directory.services.end());
    auto db = Database::open(dir / "mixed.sqlite");
    Store(db).replace_directory(directory);
    Searcher searcher(db);
    for (const auto& [text, id] : std::vector<std::pair<std::string, std::string>>{
             {"utsopi", "utsopi"},
             {"utsopy", "utsopi"},
             {"pag asa", "pag-asa"},
             {"pagasa", "pag-asa"},
             {"stopmensenhandel", "stoptraite-point-de-contact"},
             {"liga voor mensenrechten", "ligue-des-droits-humains"},
             {"klein kasteeltje", "fedasil-petit-chateau"},
             {"sidasos", "sida-sos"},
             {"payoke", "payoke-antwerpen"},
             {"espace p", "espace-p-bruxelles"}}) {
        SearchQuery query;
        query.text = text;
        const auto result = searcher.search(query);
        ASSERT_FALSE(result.hits.empty()) << text;
        EXPECT_EQ(result.hits.front().id, id) << text;
    }
}

} // namespace
} // namespace relais
