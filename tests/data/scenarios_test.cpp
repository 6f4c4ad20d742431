#include "data/importer.h"
#include "data/scenarios.h"

#include "test_support.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace relais {
namespace {

namespace json = boost::json;
using test::source_dir;

// The catalogue of the bundled directory, from the seed files the app's directory is built from.
const ScenarioCatalogue& bundled_catalogue() {
    static const ScenarioCatalogue catalogue = [] {
        const ImportResult seed = read_seed_files(source_dir() / "data/seed/brussels-services.json",
                                                  source_dir() / "data/seed/categories.json");
        if (!seed.ok())
            throw std::runtime_error("the seed has problems");
        ScenarioCatalogue out;
        for (const Service& service : seed.directory.services)
            out.service_ids.insert(service.id);
        for (const Category& category : seed.directory.categories)
            out.category_ids.insert(category.id);
        return out;
    }();
    return catalogue;
}

json::object text(const std::string& base) {
    return {{"fr", base + " (fr)"}, {"nl", base + " (nl)"}, {"en", base + " (en)"}};
}

json::object valid_scenario() {
    return {{"id", "test-scenario"},
            {"title", text("Title")},
            {"situation", text("Situation")},
            {"questions", json::array{text("Q1"), text("Q2"), text("Q3")}},
            {"pitfalls", json::array{text("P1")}},
            {"referrals", json::array{json::object{{"service", "utsopi"}, {"why", text("Why")}}}}};
}

std::vector<Problem> problems_of(const json::value& value,
                                 const ScenarioCatalogue& catalogue = bundled_catalogue()) {
    const std::string text = json::serialize(value);
    std::vector<Problem> problems;
    parse_scenario({"test.json", text}, catalogue, problems);
    return problems;
}

bool has_problem(const std::vector<Problem>& problems, const std::string& record,
                 const std::string& field) {
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& problem) {
        return problem.record == record && problem.field == field;
    });
}

std::string describe(const std::vector<Problem>& problems) {
    std::string out;
    for (const Problem& problem : problems)
        out += problem.record + " / " + problem.field + ": " + problem.message + "\n";
    return out;
}

TEST(Scenarios, ShippedScenariosAreValidAgainstTheBundledDirectory) {
    std::vector<std::string> texts;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "data/scenarios"))
        if (entry.path().extension() == ".json")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths)
        texts.push_back(test::read_file(path));
    std::vector<ScenarioFile> files;
    for (std::size_t i = 0; i < paths.size(); ++i)
        files.push_back({paths[i].filename().string(), texts[i]});

    const ScenarioSet set = parse_scenarios(files, bundled_catalogue());
    EXPECT_TRUE(set.ok()) << describe(set.problems);
    EXPECT_GE(set.scenarios.size(), 10u);
    for (const char* id :
         {"sti-testing-without-insurance", "signs-of-exploitation", "leaving-sex-work-training",
          "undocumented-sexual-assault", "young-man-online-sex-work", "trans-sex-worker-violence",
          "sex-worker-who-uses-drugs", "minor-sexual-exploitation", "private-sex-work-manager",
          "secrecy-police-request"})
        EXPECT_NE(set.find(id), nullptr) << id;
    for (const Scenario& scenario : set.scenarios) {
        EXPECT_GE(scenario.questions.size(), kMinScenarioQuestions) << scenario.id;
        EXPECT_LE(scenario.questions.size(), kMaxScenarioQuestions) << scenario.id;
        EXPECT_FALSE(scenario.referrals.empty()) << scenario.id;
    }
}

TEST(Scenarios, ValidScenarioParses) {
    const std::string text = json::serialize(valid_scenario());
    std::vector<Problem> problems;
    const Scenario scenario = parse_scenario({"x.json", text}, bundled_catalogue(), problems);
    EXPECT_TRUE(problems.empty()) << describe(problems);
    EXPECT_EQ(scenario.id, "test-scenario");
    EXPECT_EQ(scenario.title.nl, "Title (nl)");
    ASSERT_EQ(scenario.questions.size(), 3u);
    EXPECT_EQ(scenario.questions[2].en, "Q3 (en)");
    ASSERT_EQ(scenario.referrals.size(), 1u);
    EXPECT_EQ(scenario.referrals[0].service_id, "utsopi");
    EXPECT_EQ(scenario.referrals[0].why.fr, "Why (fr)");
}

TEST(Scenarios, UnknownServiceIdIsAProblem) {
    auto scenario = valid_scenario();
    scenario["referrals"].as_array().push_back(
        json::object{{"service", "no-such-service"}, {"why", text("Why")}});
    const auto problems = problems_of(scenario);
    EXPECT_TRUE(has_problem(problems, "test-scenario", "referrals[1].service"))
        << describe(problems);
    EXPECT_EQ(problems.size(), 1u) << describe(problems);
    // Without a catalogue (the app at run time) the same scenario is accepted.
    EXPECT_TRUE(problems_of(scenario, ScenarioCatalogue{}).empty());
}

TEST(Scenarios, DuplicateReferralIsAProblem) {
    auto scenario = valid_scenario();
    scenario["referrals"].as_array().push_back(
        json::object{{"service", "utsopi"}, {"why", text("Again")}});
    EXPECT_TRUE(has_problem(problems_of(scenario), "test-scenario", "referrals[1].service"));
}

TEST(Scenarios, MissingLanguagesAreProblems) {
    auto scenario = valid_scenario();
    scenario["title"].as_object().erase("nl");
    scenario["questions"].as_array()[1].as_object()["en"] = "";
    scenario["referrals"].as_array()[0].as_object()["why"].as_object().erase("fr");
    scenario["situation"].as_object()["de"] = "Situation (de)";
    const auto problems = problems_of(scenario);
    EXPECT_TRUE(has_problem(problems, "test-scenario", "title.nl")) << describe(problems);
    EXPECT_TRUE(has_problem(problems, "test-scenario", "questions[1].en")) << describe(problems);
    EXPECT_TRUE(has_problem(problems, "test-scenario", "referrals[0].why.fr"))
        << describe(problems);
    EXPECT_TRUE(has_problem(problems, "test-scenario", "situation.de")) << describe(problems);
    EXPECT_EQ(problems.size(), 4u) << describe(problems);
}

TEST(Scenarios, MissingFieldsAndWrongCountsAreProblems) {
    auto scenario = valid_scenario();
    scenario.erase("situation");
    scenario["questions"].as_array().resize(2);
    scenario["pitfalls"] = json::array{};
    scenario["referrals"] = "utsopi";
    scenario["extra"] = true;
    const auto problems = problems_of(scenario);
    for (const char* field : {"situation", "questions", "pitfalls", "referrals", "extra"})
        EXPECT_TRUE(has_problem(problems, "test-scenario", field)) << field << "\n"
                                                                   << describe(problems);
}

TEST(Scenarios, BadIdsAreProblemsNamedByFile) {
    auto scenario = valid_scenario();
    scenario["id"] = "Not A Slug";
    EXPECT_TRUE(has_problem(problems_of(scenario), "test.json", "id"));
    scenario.erase("id");
    EXPECT_TRUE(has_problem(problems_of(scenario), "test.json", "id"));
    // A scenario may not take a category's id: `relais --fiche ID` names either.
    scenario["id"] = "sexual-health";
    EXPECT_TRUE(has_problem(problems_of(scenario), "sexual-health", "id"));
}

TEST(Scenarios, MalformedJsonIsAProblem) {
    std::vector<Problem> problems;
    parse_scenario({"broken.json", R"({"id": "x", "title": )"}, bundled_catalogue(), problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].record, "broken.json");
    EXPECT_NE(problems[0].message.find("not valid JSON"), std::string::npos);

    problems.clear();
    parse_scenario({"array.json", "[1, 2]"}, bundled_catalogue(), problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].record, "array.json");
}

TEST(Scenarios, DuplicateIdsAcrossFilesAreProblems) {
    const std::string text = json::serialize(valid_scenario());
    const ScenarioSet set =
        parse_scenarios({{"a.json", text}, {"b.json", text}}, bundled_catalogue());
    EXPECT_EQ(set.scenarios.size(), 1u);
    ASSERT_EQ(set.problems.size(), 1u);
    EXPECT_EQ(set.problems[0].field, "id");
    EXPECT_NE(set.problems[0].message.find("b.json"), std::string::npos);
}

} // namespace
} // namespace relais
