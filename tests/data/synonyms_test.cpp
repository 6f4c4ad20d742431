#include "data/synonyms.h"

#include "data/error.h"
#include "data/importer.h"
#include "data/tokenizer.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace relais {
namespace {

using Tokens = std::vector<std::string>;

// The group holding `member` (a folded token sequence), or nullptr.
const SynonymGroup* group_of(const SynonymTable& table, const Tokens& member) {
    for (const auto& group : table.groups)
        if (std::find(group.members.begin(), group.members.end(), member) != group.members.end())
            return &group;
    return nullptr;
}

ErrorCode parse_error(std::string_view groups, std::string_view stopwords = "") {
    try {
        parse_synonyms(groups, stopwords);
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("line"), std::string::npos) << e.what();
        return e.code();
    }
    ADD_FAILURE() << "accepted: " << groups;
    return ErrorCode::not_found;
}

TEST(Synonyms, BundledTableLoads) {
    const auto& table = synonym_table();
    EXPECT_GE(table.groups.size(), 20u);
    EXPECT_GE(table.stopwords.size(), 20u);
    EXPECT_GE(table.longest_member, 2u);
    for (const auto& group : table.groups) {
        EXPECT_GE(group.members.size() + group.categories.size(), 2u);
        for (const auto& member : group.members) {
            ASSERT_FALSE(member.empty());
            EXPECT_LE(member.size(), table.longest_member);
        }
    }
    EXPECT_EQ(&table, &synonym_table()) << "loaded once";
}

TEST(Synonyms, CpasAndOcmwShareAGroup) {
    const auto& table = synonym_table();
    const auto* cpas = group_of(table, {"cpas"});
    ASSERT_NE(cpas, nullptr);
    EXPECT_EQ(cpas, group_of(table, {"ocmw"}));
    EXPECT_EQ(group_of(table, {"pro", "deo"}), group_of(table, {"avocat"}));
    EXPECT_EQ(group_of(table, {"vih"}), group_of(table, {"hiv"}));
    EXPECT_NE(group_of(table, {"vih"}), nullptr);
    EXPECT_NE(cpas, group_of(table, {"vih"}));
}

TEST(Synonyms, MembersAreFoldedLikeTheIndex) {
    const auto& table = synonym_table();
    for (const auto& group : table.groups)
        for (const auto& member : group.members)
            for (const auto& token : member)
                EXPECT_TRUE(std::none_of(token.begin(), token.end(), [](char c) {
                    return c >= 'A' && c <= 'Z';
                })) << token;
    EXPECT_NE(group_of(table, {"sans", "abri"}), nullptr);
    EXPECT_NE(group_of(table, {"trafic", "d", "etres", "humains"}), nullptr)
        << "\"trafic d'etres humains\" splits at the apostrophe like indexed text";
}

TEST(Synonyms, StopwordsAreFolded) {
    const auto& stopwords = synonym_table().stopwords;
    for (const char* word : {"de", "la", "het", "van", "the"})
        EXPECT_TRUE(stopwords.contains(word)) << word;
    EXPECT_FALSE(stopwords.contains("cpas"));
    EXPECT_FALSE(stopwords.contains("#"));
}

TEST(Synonyms, CategoryReferencesExist) {
    std::vector<Problem> problems;
    const auto categories = parse_categories(
        test::read_file(test::source_dir() / "data/seed/categories.json"), problems);
    ASSERT_TRUE(problems.empty());
    std::set<std::string> ids;
    for (const auto& c : categories)
        ids.insert(c.id);
    int references = 0;
    for (const auto& group : synonym_table().groups)
        for (const auto& category : group.categories) {
            EXPECT_TRUE(ids.contains(category)) << "@" << category;
            ++references;
        }
    EXPECT_GT(references, 0);
}

TEST(Synonyms, ParsesGroupsCategoriesAndComments) {
    const auto table = parse_synonyms("# a comment\n"
                                      "\n"
                                      "  CPAS | Ocmw |  centre public d'action sociale \n"
                                      "abri de nuit | @housing-shelter\r\n",
                                      "# stop\nDe  LA\n\nhét\n");
    ASSERT_EQ(table.groups.size(), 2u);
    EXPECT_EQ(
        table.groups[0].members,
        (std::vector<Tokens>{{"cpas"}, {"ocmw"}, {"centre", "public", "d", "action", "sociale"}}));
    EXPECT_TRUE(table.groups[0].categories.empty());
    EXPECT_EQ(table.groups[1].members, (std::vector<Tokens>{{"abri", "de", "nuit"}}));
    EXPECT_EQ(table.groups[1].categories, (std::vector<std::string>{"housing-shelter"}));
    EXPECT_EQ(table.longest_member, 5u);
    EXPECT_EQ(table.stopwords, (std::set<std::string>{"de", "la", "het"}));
}

TEST(Synonyms, EmptyListsAreValid) {
    const auto table = parse_synonyms("", "");
    EXPECT_TRUE(table.groups.empty());
    EXPECT_TRUE(table.stopwords.empty());
    EXPECT_EQ(table.longest_member, 1u);
}

TEST(Synonyms, OneMemberGroupIsAnError) {
    EXPECT_EQ(parse_error("cpas\n"), ErrorCode::invalid_input);
    EXPECT_EQ(parse_error("cpas | ocmw\n# fine\nlonely\n"), ErrorCode::invalid_input);
    EXPECT_EQ(parse_error("@social-aid\n"), ErrorCode::invalid_input);
    try {
        parse_synonyms("a | b\n\nalone\n", "");
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
    }
}

TEST(Synonyms, EmptyMemberIsAnError) {
    EXPECT_EQ(parse_error("cpas | -- | ocmw\n"), ErrorCode::invalid_input);
    EXPECT_EQ(parse_error("cpas | ! | ocmw\n"), ErrorCode::invalid_input);
    EXPECT_EQ(parse_error("cpas || ocmw\n"), ErrorCode::invalid_input);
    EXPECT_EQ(parse_error("cpas | ocmw |\n"), ErrorCode::invalid_input);
    EXPECT_EQ(parse_error("| cpas | ocmw\n"), ErrorCode::invalid_input);
}

// --- The bundled vocabulary ----------------------------------------------------------------

// The groups a query phrase resolves to, as parse() finds them (by stem).
std::vector<std::size_t> groups_of_text(std::string_view text) {
    const auto& table = synonym_table();
    const auto tokens = fold_words(text);
    if (tokens.empty())
        return {};
    const auto* groups = table.find(tokens, 0, tokens.size());
    return groups ? *groups : std::vector<std::size_t>{};
}

// The one group a phrase belongs to (fails the test when it is in none or several).
std::size_t only_group(std::string_view text) {
    const auto groups = groups_of_text(text);
    EXPECT_EQ(groups.size(), 1u) << text;
    return groups.empty() ? static_cast<std::size_t>(-1) : groups.front();
}

// The categories a phrase brings in, over all the groups holding it.
std::set<std::string> categories_of(std::string_view text) {
    std::set<std::string> out;
    for (const auto index : groups_of_text(text))
        for (const auto& category : synonym_table().groups[index].categories)
            out.insert(category);
    return out;
}

TEST(Vocabulary, MembersOfAGroupAreDistinct) {
    for (const auto& group : synonym_table().groups) {
        std::set<std::vector<std::string>> seen;
        for (const auto& member : group.members) {
            std::string text;
            for (const auto& token : member)
                text += token + " ";
            EXPECT_TRUE(seen.insert(member).second) << "twice in a group: " << text;
        }
    }
}

TEST(Vocabulary, NoMemberInTwoGroupsUnlessIntended) {
    // A girl is young and a woman: the only members meant to be in two groups.
    const std::set<std::string> intended{"fille", "meisje", "girl"};
    for (const auto& [key, holders] : synonym_table().groups_of) {
        if (!intended.contains(key)) {
            EXPECT_EQ(holders.size(), 1u) << "\"" << key << "\" is in several groups";
        }
    }
    for (const auto& word : intended)
        EXPECT_EQ(categories_of(word), std::set<std::string>{}) << word;
    std::vector<std::size_t> both{only_group("femmes"), only_group("mineures")};
    std::sort(both.begin(), both.end());
    auto girls = groups_of_text("filles");
    std::sort(girls.begin(), girls.end());
    EXPECT_EQ(girls, both);
}

TEST(Vocabulary, NoOneWordMemberIsAStopword) {
    const auto& table = synonym_table();
    for (const auto& group : table.groups) {
        for (const auto& member : group.members) {
            if (member.size() == 1) {
                EXPECT_FALSE(table.stopwords.contains(member.front())) << member.front();
            }
        }
    }
}

TEST(Vocabulary, LessVisibleSexWorkLeadsToSexWorkSupport) {
    for (const char* text :
         {"webcam", "cam girl", "onlyfans", "sugar dating", "sugar daddy", "escort ads", "carrees",
          "carrée", "vitrines", "raamprostitutie", "salon de massage", "massagesalon", "privés",
          "bars", "travail du sexe", "sekswerkers", "sex worker"})
        EXPECT_TRUE(categories_of(text).contains("sex-work-support")) << text;
    // Online and private work are groups of their own: their words mark the listings that
    // use them, and the category brings in the rest.
    EXPECT_NE(only_group("webcam"), only_group("travail du sexe"));
    EXPECT_NE(only_group("carrees"), only_group("travail du sexe"));
    EXPECT_NE(only_group("webcam"), only_group("carrees"));
    EXPECT_EQ(categories_of("arreter le travail du sexe"),
              (std::set<std::string>{"sex-work-support", "social-aid", "employment-training"}));
    EXPECT_EQ(categories_of("client violent"),
              (std::set<std::string>{"sex-work-support", "violence-support"}));
}

TEST(Vocabulary, StigmatisingWordsLeadToTheRespectfulGroup) {
    const auto sex_work = only_group("travail du sexe");
    for (const char* text :
         {"prostituée", "prostitute", "tapineuse", "pute", "putain", "hoer", "hoertje", "whore",
          "hooker", "call girl", "callgirl", "fille de joie", "sekswerker", "sex workers"})
        EXPECT_EQ(only_group(text), sex_work) << text;
    for (const char* text : {"travelo", "transsexuelle", "travesti", "shemale", "tranny",
                             "transgenre", "transitie", "transition", "hormonothérapie"})
        EXPECT_EQ(only_group(text), only_group("trans")) << text;
    for (const char* text : {"illégal", "illegaal", "illegal", "clandestin", "sans-papiers",
                             "zonder papieren", "undocumented", "pas de papiers"})
        EXPECT_EQ(only_group(text), only_group("sans papiers")) << text;
    for (const char* text : {"pédé", "flikker", "hsh", "msm", "homosexuel"})
        EXPECT_EQ(only_group(text), only_group("lgbt")) << text;
}

TEST(Vocabulary, SignsOfExploitationLeadToTrafficking) {
    const auto trafficking = only_group("traite des êtres humains");
    for (const char* text : {"papiers gardés",
                             "passeport confisqué",
                             "paspoort afgenomen",
                             "passport taken",
                             "dette de voyage",
                             "travel debt",
                             "passeur",
                             "smokkelaar",
                             "smuggler",
                             "proxénète",
                             "souteneur",
                             "pooier",
                             "pimp",
                             "loverboy",
                             "travail forcé",
                             "travaux forcés",
                             "forced labour",
                             "dwangarbeid",
                             "exploitée",
                             "uitgebuit"})
        EXPECT_EQ(only_group(text), trafficking) << text;
    EXPECT_TRUE(categories_of("passeur").contains("trafficking-exploitation"));
}

TEST(Vocabulary, LongestMemberWinsOverItsWords) {
    const auto& table = synonym_table();
    // parse() tries the longest run of words first.
    const auto tokens = fold_words("travail forcé");
    ASSERT_EQ(tokens.size(), 2u);
    ASSERT_NE(table.find(tokens, 0, 2), nullptr);
    EXPECT_EQ(*table.find(tokens, 0, 2), groups_of_text("traite"));
    // "travail" alone is in no group: it is in "travail du sexe", "travail force" and
    // "travail de rue", which the index would all mark as employment.
    EXPECT_TRUE(groups_of_text("travail").empty());
    EXPECT_EQ(only_group("chercher du travail"), only_group("emploi"));
    EXPECT_EQ(only_group("dette de voyage"), only_group("traite"));
    EXPECT_NE(only_group("dettes"), only_group("traite"));
    EXPECT_NE(only_group("agressée sexuellement"), only_group("agressée"));
    EXPECT_EQ(only_group("agressée sexuellement"), only_group("violence sexuelle"));
}

TEST(Vocabulary, HealthMoneyAndViolenceNeeds) {
    const auto insurance = only_group("mutuelle");
    for (const char* text :
         {"mutualité", "ziekenfonds", "assurance maladie", "health insurance", "sans mutuelle",
          "pas d'assurance maladie", "geen ziekenfonds", "uninsured", "no health insurance"})
        EXPECT_EQ(only_group(text), insurance) << text;
    EXPECT_TRUE(categories_of("sans mutuelle").contains("health-care"));
    EXPECT_EQ(only_group("prep"), only_group("vih"));
    for (const char* text : {"ivg", "avortement", "abortus", "abortion", "enceinte", "zwanger"})
        EXPECT_EQ(only_group(text), only_group("planning familial")) << text;

    const auto income = only_group("revenu d'intégration");
    for (const char* text : {"leefloon", "integration income", "plus de revenus", "sans revenus",
                             "geen inkomen", "no income"})
        EXPECT_EQ(only_group(text), income) << text;
    EXPECT_TRUE(categories_of("leefloon").contains("social-aid"));
    // Listings say "selon les revenus" of fees: the bare word must not mean the income.
    EXPECT_TRUE(groups_of_text("revenus").empty());
    EXPECT_TRUE(groups_of_text("income").empty());
    for (const char* text :
         {"dettes", "schulden", "debt", "médiation de dettes", "schuldbemiddeling"})
        EXPECT_EQ(only_group(text), only_group("dette")) << text;

    const auto sexual = only_group("violence sexuelle");
    for (const char* text : {"agressée sexuellement", "viol", "violée", "verkracht", "verkrachting",
                             "seksueel geweld", "rape", "rape crisis centre", "sexual assault"})
        EXPECT_EQ(only_group(text), sexual) << text;
    EXPECT_TRUE(categories_of("verkracht").contains("violence-support"));
    EXPECT_TRUE(categories_of("violent").contains("violence-support"));
}

TEST(Vocabulary, TimeWordsPullNoCategory) {
    const auto& table = synonym_table();
    for (const char* word : {"hier", "soir", "nuit", "nacht", "night", "vannacht", "vanavond",
                             "gisteren", "tonight", "yesterday", "aujourd", "today"}) {
        EXPECT_TRUE(table.stopwords.contains(word)) << word;
        EXPECT_TRUE(groups_of_text(word).empty()) << word;
    }
    // Phrases that hold them still name a need.
    // Nowhere to sleep: a shelter, and an emergency one.
    const auto& nowhere = table.groups[only_group("sans logement")].categories;
    EXPECT_EQ(nowhere, (std::vector<std::string>{"housing-shelter", "emergency"}));
    EXPECT_EQ(only_group("accueil de nuit"), only_group("sans logement"));
    EXPECT_EQ(only_group("night shelter"), only_group("sans logement"));
    EXPECT_EQ(only_group("jour et nuit"), only_group("urgence"));
}

TEST(Vocabulary, AllBrusselsMunicipalitiesHaveTheirNames) {
    // French, Dutch and postal code of the 19 municipalities (one name for six of them).
    const std::vector<std::vector<const char*>> municipalities{
        {"Anderlecht", "1070"},
        {"Auderghem", "Oudergem", "1160"},
        {"Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "1082"},
        {"Bruxelles", "Brussel", "Bruxelles-Ville"},
        {"Etterbeek", "1040"},
        {"Evere", "1140"},
        {"Forest", "Vorst", "1190"},
        {"Ganshoren", "1083"},
        {"Ixelles", "Elsene", "1050"},
        {"Jette", "1090"},
        {"Koekelberg", "1081"},
        {"Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "Molenbeek", "1080"},
        {"Saint-Gilles", "Sint-Gillis", "1060"},
        {"Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "Saint-Josse", "1210"},
        {"Schaerbeek", "Schaarbeek", "1030"},
        {"Uccle", "Ukkel", "1180"},
        {"Watermael-Boitsfort", "Watermaal-Bosvoorde", "1170"},
        {"Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "1200"},
        {"Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "1150"}};
    std::set<std::size_t> seen;
    for (const auto& names : municipalities) {
        const auto group = only_group(names.front());
        EXPECT_TRUE(seen.insert(group).second) << names.front();
        for (const auto* name : names)
            EXPECT_EQ(only_group(name), group) << name;
        EXPECT_TRUE(synonym_table().groups[group].categories.empty()) << names.front();
    }
    EXPECT_EQ(seen.size(), 19u);
}

} // namespace
} // namespace relais
