#include "data/synonyms.h"

#include "data/error.h"
#include "data/importer.h"
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
        test::read_text(test::source_dir() / "data/seed/categories.json"), problems);
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

} // namespace
} // namespace relais
