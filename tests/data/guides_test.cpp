#include "data/guides.h"
#include "data/importer.h"

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

// The services of the bundled directory, from the seed files the app's directory is built from.
const GuideCatalogue& bundled_catalogue() {
    static const GuideCatalogue catalogue = [] {
        const ImportResult seed = read_seed_files(source_dir() / "data/seed/brussels-services.json",
                                                  source_dir() / "data/seed/categories.json");
        if (!seed.ok())
            throw std::runtime_error("the seed has problems");
        GuideCatalogue out;
        for (const Service& service : seed.directory.services)
            out.service_ids.insert(service.id);
        return out;
    }();
    return catalogue;
}

json::object text(const std::string& base) {
    return {{"fr", base + " (fr)"}, {"nl", base + " (nl)"}, {"en", base + " (en)"}};
}

json::object valid_guide() {
    return {{"id", "test-guide"},
            {"title", text("Title")},
            {"summary", text("Summary")},
            {"sections",
             json::array{json::object{{"title", text("Section")},
                                      {"paragraphs", json::array{text("P1"), text("P2")}}}}},
            {"services", json::array{json::object{{"service", "utsopi"}, {"why", text("Why")}}}},
            {"sources", json::array{json::object{{"kind", "law"},
                                                 {"title", "Code pénal / Strafwetboek"},
                                                 {"article", "art. 458"}},
                                    json::object{{"kind", "page"},
                                                 {"title", "A page"},
                                                 {"url", "https://example.org/page"}}}},
            {"checked_on", "2026-12-03"},
            {"notice", text("Not legal advice")}};
}

std::vector<Problem> problems_of(const json::value& value,
                                 const GuideCatalogue& catalogue = bundled_catalogue()) {
    const std::string text = json::serialize(value);
    std::vector<Problem> problems;
    parse_guide({"test.json", text}, catalogue, problems);
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

GuideSet shipped_guides() {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "data/guides"))
        if (entry.path().extension() == ".json")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> texts;
    for (const auto& path : paths)
        texts.push_back(test::read_file(path));
    std::vector<GuideFile> files;
    for (std::size_t i = 0; i < paths.size(); ++i)
        files.push_back({paths[i].filename().string(), texts[i]});
    return parse_guides(files, bundled_catalogue());
}

// Every text of a guide in one language, to look for what a guide must cover.
std::string all_text(const Guide& guide, Lang lang) {
    std::string out = guide.title.exact(lang) + "\n" + guide.summary.exact(lang) + "\n";
    for (const GuideSection& section : guide.sections) {
        out += section.title.exact(lang) + "\n";
        for (const LocalizedText& paragraph : section.paragraphs)
            out += paragraph.exact(lang) + "\n";
    }
    return out;
}

TEST(Guides, ShippedGuidesAreValidAgainstTheBundledDirectory) {
    const GuideSet set = shipped_guides();
    EXPECT_TRUE(set.ok()) << describe(set.problems);
    EXPECT_GE(set.guides.size(), 5u);
    for (const char* id : {"professional-secrecy", "legal-framework", "signs-of-exploitation",
                           "less-visible-sex-work", "respectful-referral"})
        EXPECT_NE(set.find(id), nullptr) << id;
    for (const Guide& guide : set.guides) {
        EXPECT_FALSE(guide.sources.empty()) << guide.id;
        EXPECT_FALSE(guide.sections.empty()) << guide.id;
        for (const GuideSource& source : guide.sources) {
            if (source.kind == GuideSourceKind::law)
                EXPECT_FALSE(source.article.empty()) << guide.id << " " << source.title;
            else
                EXPECT_FALSE(source.url.empty()) << guide.id << " " << source.title;
        }
    }
}

TEST(Guides, ShippedGuidesCoverWhatTheyAreFor) {
    const GuideSet set = shipped_guides();
    const Guide* secrecy = set.find("professional-secrecy");
    const Guide* legal = set.find("legal-framework");
    ASSERT_NE(secrecy, nullptr);
    ASSERT_NE(legal, nullptr);
    for (const Lang lang : kLangs) {
        const std::string secrecyText = all_text(*secrecy, lang);
        for (const char* article : {"458", "458bis", "458ter"})
            EXPECT_NE(secrecyText.find(article), std::string::npos)
                << article << " " << to_string(lang);
        const std::string legalText = all_text(*legal, lang);
        for (const char* year : {"2022", "2024"})
            EXPECT_NE(legalText.find(year), std::string::npos) << year << " " << to_string(lang);
    }
    // The articles a guide cites are among its sources.
    const auto cites = [](const Guide& guide, const std::string& article) {
        return std::any_of(guide.sources.begin(), guide.sources.end(), [&](const GuideSource& s) {
            return s.kind == GuideSourceKind::law && s.article.find(article) != std::string::npos;
        });
    };
    for (const char* article : {"458", "458bis", "458ter"})
        EXPECT_TRUE(cites(*secrecy, article)) << article;
}

TEST(Guides, ValidGuideParses) {
    const std::string text = json::serialize(valid_guide());
    std::vector<Problem> problems;
    const Guide guide = parse_guide({"x.json", text}, bundled_catalogue(), problems);
    EXPECT_TRUE(problems.empty()) << describe(problems);
    EXPECT_EQ(guide.id, "test-guide");
    EXPECT_EQ(guide.title.nl, "Title (nl)");
    ASSERT_EQ(guide.sections.size(), 1u);
    ASSERT_EQ(guide.sections[0].paragraphs.size(), 2u);
    EXPECT_EQ(guide.sections[0].paragraphs[1].en, "P2 (en)");
    ASSERT_EQ(guide.services.size(), 1u);
    EXPECT_EQ(guide.services[0].service_id, "utsopi");
    ASSERT_EQ(guide.sources.size(), 2u);
    EXPECT_EQ(guide.sources[0].kind, GuideSourceKind::law);
    EXPECT_EQ(guide.sources[0].article, "art. 458");
    EXPECT_EQ(guide.sources[1].url, "https://example.org/page");
    EXPECT_EQ(guide.checked_on, "2026-12-03");
    EXPECT_EQ(guide.notice.fr, "Not legal advice (fr)");
}

TEST(Guides, ServicesAreOptional) {
    auto guide = valid_guide();
    guide.erase("services");
    EXPECT_TRUE(problems_of(guide).empty()) << describe(problems_of(guide));
}

TEST(Guides, UnknownOrRepeatedServiceIsAProblem) {
    auto guide = valid_guide();
    guide["services"].as_array().push_back(
        json::object{{"service", "no-such-service"}, {"why", text("Why")}});
    guide["services"].as_array().push_back(
        json::object{{"service", "utsopi"}, {"why", text("Again")}});
    const auto problems = problems_of(guide);
    EXPECT_TRUE(has_problem(problems, "test-guide", "services[1].service")) << describe(problems);
    EXPECT_TRUE(has_problem(problems, "test-guide", "services[2].service")) << describe(problems);
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
    // Without a catalogue (the app at run time) an unknown id is accepted; a repeat is not.
    EXPECT_EQ(problems_of(guide, GuideCatalogue{}).size(), 1u);
}

TEST(Guides, EveryTextNeedsThreeLanguages) {
    auto guide = valid_guide();
    guide["title"].as_object().erase("nl");
    guide["sections"].as_array()[0].as_object()["paragraphs"].as_array()[1].as_object()["en"] = "";
    guide["notice"].as_object().erase("fr");
    guide["summary"].as_object()["de"] = "Zusammenfassung";
    const auto problems = problems_of(guide);
    for (const char* field :
         {"title.nl", "sections[0].paragraphs[1].en", "notice.fr", "summary.de"})
        EXPECT_TRUE(has_problem(problems, "test-guide", field)) << field << "\n"
                                                                << describe(problems);
    EXPECT_EQ(problems.size(), 4u) << describe(problems);
}

TEST(Guides, SourcesMustSayWhereEachFactComesFrom) {
    auto guide = valid_guide();
    auto& sources = guide["sources"].as_array();
    sources[0].as_object().erase("article"); // a law without its article
    sources[1].as_object().erase("url");     // a page without its address
    sources.push_back(json::object{{"kind", "page"}, {"title", "x"}, {"url", "not a url"}});
    sources.push_back(json::object{{"kind", "rumour"}, {"title", "y"}, {"url", "https://a.b"}});
    sources.push_back(json::object{{"kind", "page"}, {"url", "https://a.b"}}); // no title
    const auto problems = problems_of(guide);
    for (const char* field : {"sources[0].article", "sources[1].url", "sources[2].url",
                              "sources[3].kind", "sources[4].title"})
        EXPECT_TRUE(has_problem(problems, "test-guide", field)) << field << "\n"
                                                                << describe(problems);

    guide["sources"] = json::array{};
    EXPECT_TRUE(has_problem(problems_of(guide), "test-guide", "sources"));
    guide.erase("sources");
    EXPECT_TRUE(has_problem(problems_of(guide), "test-guide", "sources"));
}

TEST(Guides, CheckedOnIsARealDate) {
    auto guide = valid_guide();
    for (const char* bad : {"2026-13-01", "2026-02-30", "3 Dec 2026", "2026-12-3", ""}) {
        guide["checked_on"] = bad;
        EXPECT_TRUE(has_problem(problems_of(guide), "test-guide", "checked_on")) << bad;
    }
    guide["checked_on"] = "2024-02-29";
    EXPECT_TRUE(problems_of(guide).empty());
    guide.erase("checked_on");
    EXPECT_TRUE(has_problem(problems_of(guide), "test-guide", "checked_on"));
}

TEST(Guides, MissingFieldsAndWrongShapesAreProblems) {
    auto guide = valid_guide();
    guide.erase("notice");
    guide["sections"].as_array().push_back(json::object{{"title", text("Empty")}});
    guide["sections"].as_array().push_back("not an object");
    guide["extra"] = true;
    const auto problems = problems_of(guide);
    for (const char* field : {"notice", "sections[1].paragraphs", "sections[2]", "extra"})
        EXPECT_TRUE(has_problem(problems, "test-guide", field)) << field << "\n"
                                                                << describe(problems);
    guide["sections"] = json::array{};
    EXPECT_TRUE(has_problem(problems_of(guide), "test-guide", "sections"));
}

TEST(Guides, BadIdsAndMalformedJsonAreNamedByFile) {
    auto guide = valid_guide();
    guide["id"] = "Not A Slug";
    EXPECT_TRUE(has_problem(problems_of(guide), "test.json", "id"));
    std::vector<Problem> problems;
    parse_guide({"broken.json", R"({"id": "x", "title": )"}, bundled_catalogue(), problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].record, "broken.json");
    EXPECT_NE(problems[0].message.find("not valid JSON"), std::string::npos);
}

TEST(Guides, DuplicateIdsAcrossFilesAreProblems) {
    const std::string text = json::serialize(valid_guide());
    const GuideSet set = parse_guides({{"a.json", text}, {"b.json", text}}, bundled_catalogue());
    EXPECT_EQ(set.guides.size(), 1u);
    ASSERT_EQ(set.problems.size(), 1u);
    EXPECT_EQ(set.problems[0].field, "id");
    EXPECT_NE(set.problems[0].message.find("b.json"), std::string::npos);
    EXPECT_NE(set.find("test-guide"), nullptr);
    EXPECT_EQ(set.find("other"), nullptr);
}

} // namespace
} // namespace relais
