#include "data/tokenizer.h"

#include "data/database.h"
#include "test_support.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace relais {
namespace {

using Strings = std::vector<std::string>;

// A private in-memory connection with the relais tokenizer registered.
class AnalyzerTest : public ::testing::Test {
protected:
    SQLite::Database db{":memory:", SQLite::OPEN_READWRITE};
    std::optional<Analyzer> analyzer;

    void SetUp() override {
        register_tokenizer(db.getHandle());
        analyzer.emplace(db.getHandle());
    }

    std::vector<Word> words(const std::string& text) { return analyzer->words(text); }

    // The one word `text` is made of.
    Word word(const std::string& text) {
        const auto all = words(text);
        EXPECT_EQ(all.size(), 1u) << text;
        return all.empty() ? Word{} : all.front();
    }

    // Every form the index holds for a word: its tokens, its variants, and their stems.
    std::set<std::string> indexed_forms(const std::string& text) {
        const auto w = word(text);
        std::set<std::string> forms;
        for (const auto* list : {&w.tokens, &w.variants})
            for (const auto& form : *list) {
                forms.insert(form);
                forms.insert(stem(form));
            }
        return forms;
    }
};

bool contains(const Strings& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

TEST(FoldWords, CaseAndAccents) {
    EXPECT_EQ(fold_words("Médecin"), Strings{"medecin"});
    EXPECT_EQ(fold_words("MÉDECIN généraliste"), (Strings{"medecin", "generaliste"}));
    EXPECT_EQ(fold_words("Ça, c'est Noël à Ixelles!"),
              (Strings{"ca", "c", "est", "noel", "a", "ixelles"}));
    EXPECT_EQ(fold_words("Œuvre"), Strings{"oeuvre"});
    EXPECT_EQ(fold_words("cœur Ex Æquo"), (Strings{"coeur", "ex", "aequo"}));
}

TEST(FoldWords, ElisionsSeparate) {
    EXPECT_EQ(fold_words("l'aide"), (Strings{"l", "aide"}));
    EXPECT_EQ(fold_words("L’accueil d’urgence"), (Strings{"l", "accueil", "d", "urgence"}));
}

TEST(FoldWords, NoVariantsAndNothingFromPunctuation) {
    EXPECT_EQ(fold_words("PAG-ASA"), (Strings{"pag", "asa"}));
    EXPECT_TRUE(fold_words("").empty());
    EXPECT_TRUE(fold_words(" -- ... !? ").empty());
}

TEST(FoldWords, FoldKey) {
    EXPECT_EQ(fold_key("Saint-Josse-ten-Noode"), "saint-josse-ten-noode");
    EXPECT_EQ(fold_key("  Molenbeek   Saint-Jean "), "molenbeek-saint-jean");
    EXPECT_EQ(fold_key("Etterbeek"), fold_key("ETTERBEEK"));
    EXPECT_EQ(fold_key(""), "");
}

TEST(Stem, PluralS) {
    EXPECT_EQ(stem("services"), "service");
    EXPECT_EQ(stem("travailleurs"), "travailleur");
    EXPECT_EQ(stem("travailleuses"), "travailleuse");
    EXPECT_EQ(stem("sekswerkers"), "sekswerker");
    // Short words and double s are kept.
    EXPECT_EQ(stem("sans"), "sans");
    EXPECT_EQ(stem("plus"), "plus");
    EXPECT_EQ(stem("access"), "access");
    EXPECT_EQ(stem("service"), "service");
    EXPECT_EQ(stem("s"), "s");
    EXPECT_EQ(stem(""), "");
}

TEST_F(AnalyzerTest, PlainWords) {
    const auto all = words("Le Médecin");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].tokens, Strings{"le"});
    EXPECT_EQ(all[1].tokens, Strings{"medecin"});
    EXPECT_TRUE(all[1].variants.empty());
    EXPECT_EQ(all[1].start, 3);
    EXPECT_EQ(all[1].end, 3 + static_cast<int>(std::string("Médecin").size()));
    EXPECT_TRUE(words("").empty());
}

TEST_F(AnalyzerTest, HyphenatedWordsAreJoined) {
    const auto all = words("Le PAG-ASA");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[1].tokens, (Strings{"pag", "asa"}));
    EXPECT_TRUE(contains(all[1].variants, "pagasa"));
    EXPECT_EQ(all[1].start, 3);
    EXPECT_EQ(all[1].end, 10);
    EXPECT_TRUE(contains(word("aide-sociale").variants, "aidesociale"));
    EXPECT_TRUE(contains(word("24/7").variants, "247"));
    // A dash between spaces separates.
    EXPECT_EQ(words("Bruxelles - Nord").size(), 2u);
}

TEST_F(AnalyzerTest, VariantsNeverRepeatTokens) {
    for (const char* text : {"PAG-ASA", "travailleur·euses", "organisé·e·s", "a-a"}) {
        const auto w = word(text);
        for (const auto& variant : w.variants)
            EXPECT_FALSE(contains(w.tokens, variant)) << text << ": " << variant;
        EXPECT_TRUE(std::is_sorted(w.variants.begin(), w.variants.end()));
    }
}

TEST_F(AnalyzerTest, InclusiveWritingMiddleDot) {
    const auto w = word("travailleur·euses");
    EXPECT_EQ(w.tokens, (Strings{"travailleur", "euses"}));
    EXPECT_TRUE(contains(w.variants, "travailleuses"));
    const auto forms = indexed_forms("travailleur·euses");
    EXPECT_TRUE(forms.contains("travailleur"));
    EXPECT_TRUE(forms.contains("travailleuse"));
    EXPECT_TRUE(forms.contains("travailleuses"));
}

TEST_F(AnalyzerTest, InclusiveWritingDots) {
    const auto w = word("travailleur.euse.s");
    EXPECT_TRUE(contains(w.variants, "travailleuse"));
    EXPECT_TRUE(contains(w.variants, "travailleuses"));
    EXPECT_TRUE(contains(w.variants, "travailleurs"));
}

TEST_F(AnalyzerTest, InclusiveWritingAppendedFeminine) {
    const auto w = word("organisé·e·s");
    EXPECT_EQ(w.tokens, (Strings{"organise", "e", "s"}));
    EXPECT_TRUE(contains(w.variants, "organisee"));
    EXPECT_TRUE(contains(w.variants, "organisees"));
    EXPECT_TRUE(contains(w.variants, "organises"));
}

TEST_F(AnalyzerTest, InclusiveWritingSplitInsideTheWord) {
    const auto w = word("Travailleu·r·ses");
    EXPECT_TRUE(contains(w.variants, "travailleur"));
    EXPECT_TRUE(contains(w.variants, "travailleuses"));
}

TEST_F(AnalyzerTest, InclusiveWritingRice) {
    const auto w = word("directeur·rice·s");
    EXPECT_TRUE(contains(w.variants, "directrice"));
    EXPECT_TRUE(contains(w.variants, "directrices"));
    EXPECT_TRUE(contains(w.variants, "directeurs"));
}

TEST_F(AnalyzerTest, SentenceEndIsNotJoined) {
    const auto all = words("depuis 1988. Ses équipes");
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[1].tokens, Strings{"1988"});
    EXPECT_TRUE(all[1].variants.empty());
    EXPECT_EQ(all[2].tokens, Strings{"ses"});
    EXPECT_TRUE(all[2].variants.empty());
}

TEST_F(AnalyzerTest, LongWordsAreNotInclusiveWriting) {
    // Joined, but "social" is no feminine ending: no inclusive forms.
    const auto w = word("bruxelles.social");
    EXPECT_TRUE(contains(w.variants, "bruxellessocial"));
    EXPECT_EQ(w.variants.size(), 1u);
}

// The tokenizer as FTS5 uses it, on a real table in a temporary directory file.
class FtsTest : public ::testing::Test {
protected:
    test::TempDir dir;
    std::optional<Database> db;

    void SetUp() override {
        db.emplace(Database::open(dir / "fts.sqlite"));
        db->sql().exec("CREATE VIRTUAL TABLE notes USING fts5(body, tokenize = 'relais')");
        int id = 0;
        for (const char* body :
             {"Soutien aux travailleur·euses du sexe", "Accueil du PAG-ASA, rue des Tanneurs",
              "Médecin généraliste sans rendez-vous",
              "Association fondée en 1988. Ses équipes vont à la rencontre",
              "Union des Travailleu·r·ses du Sexe Organisé·e·s",
              "Permanence d'aide sociale pour les sans-abri", "Resto du Cœur, avec Ex Æquo"}) {
            SQLite::Statement insert(db->sql(), "INSERT INTO notes(rowid, body) VALUES (?, ?)");
            insert.bind(1, ++id);
            insert.bind(2, body);
            insert.exec();
        }
    }

    std::vector<int> match(const std::string& query) {
        SQLite::Statement select(db->sql(),
                                 "SELECT rowid FROM notes WHERE notes MATCH ? ORDER BY rowid");
        select.bind(1, query);
        std::vector<int> rows;
        while (select.executeStep())
            rows.push_back(select.getColumn(0).getInt());
        return rows;
    }
};

TEST_F(FtsTest, InclusiveWritingMatchesEveryForm) {
    EXPECT_EQ(match("travailleuses"), (std::vector<int>{1, 5}));
    EXPECT_EQ(match("travailleuse"), (std::vector<int>{1, 5}));
    EXPECT_EQ(match("travailleur"), (std::vector<int>{1, 5}));
    EXPECT_EQ(match("travailleurs"), (std::vector<int>{}))
        << "queries are not stemmed: the plural matches its own written form only";
    EXPECT_EQ(match("organisees"), std::vector<int>{5});
    EXPECT_EQ(match("organisee"), std::vector<int>{5});
}

TEST_F(FtsTest, JoinedFormsMatch) {
    EXPECT_EQ(match("pagasa"), std::vector<int>{2});
    EXPECT_EQ(match("pag"), std::vector<int>{2});
    EXPECT_EQ(match("\"pag asa\""), std::vector<int>{2});
    EXPECT_EQ(match("sansabri"), std::vector<int>{6});
    EXPECT_EQ(match("rendezvous"), std::vector<int>{3});
}

TEST_F(FtsTest, AccentsAndCaseAreFolded) {
    EXPECT_EQ(match("medecin"), std::vector<int>{3});
    EXPECT_EQ(match("MÉDECIN"), std::vector<int>{3});
    EXPECT_EQ(match("generaliste"), std::vector<int>{3});
    EXPECT_EQ(match("equipes"), std::vector<int>{4});
    EXPECT_EQ(match("equipe"), std::vector<int>{4}) << "plural stem";
}

TEST_F(FtsTest, LigaturesMatchAsTyped) {
    EXPECT_EQ(match("coeur"), std::vector<int>{7});
    EXPECT_EQ(match("cœur"), std::vector<int>{7});
    EXPECT_EQ(match("aequo"), std::vector<int>{7});
}

TEST_F(FtsTest, ElisionsAndSentenceEnds) {
    EXPECT_EQ(match("aide"), std::vector<int>{6});
    EXPECT_TRUE(match("1988ses").empty());
    EXPECT_EQ(match("1988"), std::vector<int>{4});
    EXPECT_EQ(match("ses"), (std::vector<int>{4, 5})) << "5: the last part of Travailleu·r·ses";
}

TEST_F(FtsTest, IndexIsConsistent) {
    db->sql().exec("INSERT INTO notes(notes) VALUES ('integrity-check')");
    db->sql().exec("DELETE FROM notes WHERE rowid = 1");
    db->sql().exec("INSERT INTO notes(notes) VALUES ('integrity-check')");
    EXPECT_EQ(match("travailleuses"), std::vector<int>{5});
}

} // namespace
} // namespace relais
