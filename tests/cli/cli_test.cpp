// relais-cli as other tools use it: the real executable, its exit status, its standard output
// and its standard error.

#include "data/database.h"
#include "data/store.h"
#include "data/version.h"
#include "test_support.h"

#include <SQLiteCpp/Database.h>
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace relais {
namespace {

namespace json = boost::json;
using test::read_file;
using test::source_dir;
using test::TempDir;
using test::write_file;

struct Output {
    bool exited = false; // normally, not by a signal
    int status = -1;
    std::string out;
    std::string err;
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

class CliTest : public ::testing::Test {
protected:
    TempDir dir;

    // The command line keeps a synced copy in the user's data folder: point that folder
    // into the test's own, so that no copy on this machine changes what the tests see.
    void SetUp() override { setenv("XDG_DATA_HOME", (dir / "xdg").c_str(), 1); }

    // Runs relais-cli with `args`, `input` on its standard input.
    Output run(const std::vector<std::string>& args, const std::string& input = {}) {
        const auto in = dir / "cli.stdin";
        const auto out = dir / "cli.stdout";
        const auto err = dir / "cli.stderr";
        write_file(in, input);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
        posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
        std::vector<std::string> words{RELAIS_CLI};
        words.insert(words.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& word : words)
            argv.push_back(word.data());
        argv.push_back(nullptr);
        pid_t pid = 0;
        const int spawned = posix_spawn(&pid, RELAIS_CLI, &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0)
            throw std::runtime_error("cannot run " + std::string(RELAIS_CLI));
        int status = 0;
        if (waitpid(pid, &status, 0) != pid)
            throw std::runtime_error("waitpid failed");
        Output result;
        result.exited = WIFEXITED(status);
        result.status = result.exited ? WEXITSTATUS(status) : -1;
        result.out = read_file(out);
        result.err = read_file(err);
        return result;
    }

    // A writable directory file imported from the bundled seed.
    std::filesystem::path seed_database(const std::string& name = "directory.sqlite") {
        const auto path = dir / name;
        const auto result =
            run({"import", (source_dir() / "data/seed/brussels-services.json").string(),
                 "--categories", (source_dir() / "data/seed/categories.json").string(), "--db",
                 path.string(), "--quiet"});
        EXPECT_EQ(result.status, 0) << result.err;
        return path;
    }
};

// A failure as the interface promises it: a non-zero exit, one line on standard error, no
// stack trace or abort.
void expect_one_line_error(const Output& result, const std::string& mention = {}) {
    EXPECT_TRUE(result.exited) << "killed by a signal: " << result.err;
    EXPECT_NE(result.status, 0);
    EXPECT_EQ(lines(result.err).size(), 1u) << result.err;
    EXPECT_TRUE(result.err.ends_with('\n')) << result.err;
    EXPECT_TRUE(result.err.starts_with("relais-cli: ")) << result.err;
    for (const char* trace : {"terminate called", "what()", "Aborted", "#0 ", "Traceback"})
        EXPECT_EQ(result.err.find(trace), std::string::npos) << result.err;
    if (!mention.empty()) {
        EXPECT_NE(result.err.find(mention), std::string::npos)
            << "error should mention " << mention << ": " << result.err;
    }
}

json::object parse_object(const std::string& line) {
    boost::system::error_code ec;
    auto value = json::parse(line, ec);
    if (ec || !value.is_object()) {
        ADD_FAILURE() << "not a JSON object: " << line;
        return {};
    }
    return value.as_object();
}

// One search answer (one line of `search --json`), its shape checked.
json::object search_answer(const std::string& line) {
    auto answer = parse_object(line);
    EXPECT_TRUE(answer.contains("query") && answer.at("query").is_string()) << line;
    EXPECT_TRUE(answer.contains("elapsed_us") && answer.at("elapsed_us").is_int64()) << line;
    if (answer.contains("elapsed_us") && answer.at("elapsed_us").is_int64()) {
        EXPECT_GE(answer.at("elapsed_us").as_int64(), 0);
    }
    EXPECT_TRUE(answer.contains("hits") && answer.at("hits").is_array()) << line;
    if (!answer.contains("hits") || !answer.at("hits").is_array())
        return answer;
    for (const auto& value : answer.at("hits").as_array()) {
        EXPECT_TRUE(value.is_object()) << line;
        if (!value.is_object())
            continue;
        const auto& hit = value.as_object();
        for (const char* key : {"id", "name", "organization_id", "snippet"})
            EXPECT_TRUE(hit.contains(key) && hit.at(key).is_string()) << key << " in " << line;
        EXPECT_TRUE(hit.contains("score") && hit.at("score").is_number()) << line;
        EXPECT_TRUE(hit.contains("open") && (hit.at("open").is_bool() || hit.at("open").is_null()))
            << line;
        EXPECT_TRUE(hit.contains("categories") && hit.at("categories").is_array()) << line;
        if (const auto* categories = hit.if_contains("categories");
            categories && categories->is_array()) {
            for (const auto& category : categories->as_array())
                EXPECT_TRUE(category.is_string()) << line;
        }
    }
    return answer;
}

const json::array& hits(const json::object& answer) {
    static const json::array none;
    const auto* value = answer.if_contains("hits");
    return value && value->is_array() ? value->as_array() : none;
}

std::string hit_id(const json::value& hit) {
    return std::string(hit.at("id").as_string());
}

std::map<std::string, std::string> stats_of(const std::string& text) {
    std::map<std::string, std::string> values;
    for (const auto& line : lines(text)) {
        const auto colon = line.find(": ");
        if (colon != std::string::npos)
            values[line.substr(0, colon)] = line.substr(colon + 2);
    }
    return values;
}

TEST_F(CliTest, SearchJsonShape) {
    const auto result = run({"search", "--json", "utsopi"});
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const auto output = lines(result.out);
    ASSERT_EQ(output.size(), 1u) << result.out;
    const auto answer = search_answer(output[0]);
    EXPECT_EQ(answer.at("query").as_string(), "utsopi");
    ASSERT_FALSE(hits(answer).empty());
    const auto& first = hits(answer)[0].as_object();
    EXPECT_EQ(hit_id(first), "utsopi");
    EXPECT_EQ(first.at("name").as_string(), "UTSOPI – Union belge des travailleur·euses du sexe");
    EXPECT_EQ(first.at("organization_id").as_string(), "utsopi-asbl");
    const auto& categories = first.at("categories").as_array();
    EXPECT_NE(std::find(categories.begin(), categories.end(), json::value("sex-work-support")),
              categories.end());
}

TEST_F(CliTest, SearchWithoutJsonIsReadable) {
    const auto result = run({"search", "utsopi"});
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("1. UTSOPI"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("[utsopi]"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find('\x1b'), std::string::npos) << "no terminal codes into a pipe";
}

TEST_F(CliTest, BatchModeAnswersEachLine) {
    const auto result = run({"search", "--json"}, "utsopi\nmédecin\ncpas\n");
    ASSERT_EQ(result.status, 0) << result.err;
    const auto output = lines(result.out);
    ASSERT_EQ(output.size(), 3u) << result.out;
    const std::vector<std::string> queries{"utsopi", "médecin", "cpas"};
    for (std::size_t i = 0; i < output.size(); ++i) {
        const auto answer = search_answer(output[i]);
        EXPECT_EQ(answer.at("query").as_string(), queries[i]);
        EXPECT_FALSE(hits(answer).empty()) << queries[i];
    }
    EXPECT_EQ(hit_id(hits(parse_object(output[0]))[0]), "utsopi");
}

TEST_F(CliTest, BatchModeWithoutFinalNewline) {
    const auto result = run({"search", "--json", "--limit", "3"}, "cpas\nocmw");
    ASSERT_EQ(result.status, 0) << result.err;
    const auto output = lines(result.out);
    ASSERT_EQ(output.size(), 2u) << result.out;
    for (const auto& line : output)
        EXPECT_LE(hits(search_answer(line)).size(), 3u);
}

TEST_F(CliTest, LangGivesNamesInThatLanguage) {
    const auto nl = run({"search", "--json", "--lang", "nl", "utsopi"});
    ASSERT_EQ(nl.status, 0) << nl.err;
    const auto answer = search_answer(lines(nl.out).at(0));
    ASSERT_FALSE(hits(answer).empty());
    EXPECT_EQ(hits(answer)[0].at("name").as_string(), "UTSOPI – Belgische vakbond van sekswerkers");
    const auto en = run({"search", "--json", "--lang", "en", "utsopi"});
    EXPECT_EQ(hits(search_answer(lines(en.out).at(0)))[0].at("name").as_string(),
              "UTSOPI – Belgian Union of Sex Workers");
    expect_one_line_error(run({"search", "--json", "--lang", "de", "utsopi"}), "--lang");
}

TEST_F(CliTest, CategoryFilter) {
    const auto result = run({"search", "--json", "--category", "legal-aid", "aide"});
    ASSERT_EQ(result.status, 0) << result.err;
    const auto answer = search_answer(lines(result.out).at(0));
    ASSERT_FALSE(hits(answer).empty());
    for (const auto& hit : hits(answer)) {
        const auto& categories = hit.at("categories").as_array();
        EXPECT_NE(std::find(categories.begin(), categories.end(), json::value("legal-aid")),
                  categories.end())
            << hit_id(hit);
    }
    // Repeated: any of them.
    const auto both = run({"search", "--json", "--limit", "100", "--category", "legal-aid",
                           "--category", "emergency", ""});
    ASSERT_EQ(both.status, 0) << both.err;
    std::set<std::string> seen;
    const auto answer_both = search_answer(lines(both.out).at(0));
    for (const auto& hit : hits(answer_both))
        for (const auto& category : hit.at("categories").as_array())
            seen.insert(std::string(category.as_string()));
    EXPECT_TRUE(seen.contains("legal-aid"));
    EXPECT_TRUE(seen.contains("emergency"));
}

TEST_F(CliTest, UnknownCategoryFails) {
    expect_one_line_error(run({"search", "--json", "--category", "no-such-category", "aide"}),
                          "no-such-category");
}

TEST_F(CliTest, OpenAt) {
    const auto result = run({"search", "--json", "--open-at", "2026-12-01T10:00", "medecin"});
    ASSERT_EQ(result.status, 0) << result.err;
    const auto answer = search_answer(lines(result.out).at(0));
    ASSERT_FALSE(hits(answer).empty());
    for (const auto& hit : hits(answer))
        EXPECT_EQ(hit.at("open"), json::value(true)) << hit_id(hit);
    EXPECT_EQ(run({"search", "--json", "--open-at", "now", "medecin"}).status, 0);
}

TEST_F(CliTest, OpenAtGarbageFails) {
    for (const char* when : {"garbage", "2026-13-01T10:00", "2026-12-01", "10:00", ""})
        expect_one_line_error(run({"search", "--json", "--open-at", when, "medecin"}), "--open-at");
}

TEST_F(CliTest, UnknownFlagFails) {
    const auto result = run({"search", "--bogus-flag", "utsopi"});
    expect_one_line_error(result, "--bogus-flag");
    EXPECT_EQ(result.out, "");
    expect_one_line_error(run({"stats", "--verbose"}), "--verbose");
    expect_one_line_error(run({"frobnicate"}));
    expect_one_line_error(run({}));
    expect_one_line_error(run({"search", "--limit", "0", "x"}), "--limit");
    expect_one_line_error(run({"search", "--limit", "many", "x"}), "--limit");
}

TEST_F(CliTest, VersionSaysTheProgramAndItsVersion) {
    const auto result = run({"--version"});
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_EQ(result.out, std::string("relais-cli ") + relais::version() + "\n");
    EXPECT_TRUE(std::regex_match(result.out, std::regex(R"(relais-cli \d+\.\d+\.\d+\n)")))
        << result.out;
}

TEST_F(CliTest, HelpSucceeds) {
    const auto result = run({"--help"});
    EXPECT_EQ(result.status, 0);
    EXPECT_NE(result.out.find("search"), std::string::npos);
}

TEST_F(CliTest, MissingDatabaseFails) {
    const auto missing = dir / "missing.sqlite";
    expect_one_line_error(run({"search", "--db", missing.string(), "utsopi"}), "missing.sqlite");
    expect_one_line_error(run({"show", "utsopi", "--db", missing.string()}), "missing.sqlite");
    expect_one_line_error(run({"stats", "--db", missing.string()}), "missing.sqlite");
    EXPECT_FALSE(std::filesystem::exists(missing)) << "a missing directory must not be created";
}

TEST_F(CliTest, CorruptDatabaseFails) {
    const auto corrupt = dir / "corrupt.sqlite";
    std::string garbage(16384, 'x');
    write_file(corrupt, garbage);
    expect_one_line_error(run({"search", "--db", corrupt.string(), "utsopi"}), "corrupt.sqlite");
    expect_one_line_error(run({"stats", "--db", corrupt.string()}));
    expect_one_line_error(run({"show", "utsopi", "--db", corrupt.string()}));
    expect_one_line_error(
        run({"import", (source_dir() / "data/seed/brussels-services.json").string(), "--db",
             corrupt.string()}));
    EXPECT_EQ(read_file(corrupt), garbage);

    // A real SQLite file that is not a directory.
    const auto foreign = dir / "foreign.sqlite";
    {
        SQLite::Database db(foreign.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE songs (title TEXT)");
    }
    expect_one_line_error(run({"search", "--db", foreign.string(), "utsopi"}));
}

TEST_F(CliTest, NewerDatabaseFails) {
    const auto path = seed_database();
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(Database::current_schema_version() + 1));
    }
    expect_one_line_error(run({"search", "--db", path.string(), "utsopi"}), "newer");
}

TEST_F(CliTest, ShowJson) {
    const auto result = run({"show", "utsopi", "--json"});
    ASSERT_EQ(result.status, 0) << result.err;
    ASSERT_EQ(lines(result.out).size(), 1u);
    const auto service = parse_object(result.out);
    EXPECT_EQ(service.at("id").as_string(), "utsopi");
    EXPECT_EQ(service.at("organization_id").as_string(), "utsopi-asbl");
    EXPECT_EQ(service.at("name").at("nl").as_string(),
              "UTSOPI – Belgische vakbond van sekswerkers");
    // Unknown stays unknown on the way out.
    const auto espace = run({"show", "espace-p-bruxelles", "--json"});
    ASSERT_EQ(espace.status, 0) << espace.err;
    const auto unknown = parse_object(espace.out);
    EXPECT_TRUE(unknown.at("hours").is_null());
    EXPECT_TRUE(unknown.at("email").is_null());
    EXPECT_TRUE(unknown.at("phones").as_array().empty());
    // Where it works, and how far it can be trusted (data/place.h, data/trust.h).
    EXPECT_EQ(service.at("area").as_string(), "brussels");
    EXPECT_EQ(service.at("trust").at("state").as_string(), "checked");
    EXPECT_EQ(service.at("trust").at("date").as_string(), "2026-11");
    EXPECT_EQ(service.at("trust").at("by").as_string(), "public sources");
    const auto nid = parse_object(run({"show", "le-nid-bruxelles", "--json"}).out);
    EXPECT_EQ(nid.at("trust").at("state").as_string(), "unconfirmed");
    EXPECT_TRUE(nid.at("trust").at("date").is_null());
    EXPECT_EQ(nid.at("trust").at("evidence_date").as_string(), "2006");
    const auto line = parse_object(run({"show", "hulplijn-1712", "--json"}).out);
    EXPECT_EQ(line.at("area").as_string(), "national");
}

TEST_F(CliTest, ShowText) {
    const auto result = run({"show", "espace-p-bruxelles"});
    ASSERT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("Espace P... – antenne de Bruxelles"), std::string::npos);
    EXPECT_NE(result.out.find("Horaires : inconnu"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Téléphone : inconnu"), std::string::npos) << result.out;
    const auto en = run({"show", "espace-p-bruxelles", "--lang", "en"});
    EXPECT_NE(en.out.find("Espace P... – Brussels branch"), std::string::npos) << en.out;
    EXPECT_NE(en.out.find("Trust: Checked against public sources in December 2026, not yet "
                          "confirmed by the service."),
              std::string::npos)
        << en.out;
    // What the detail page shows: weekly hours, phones with labels and caveats, the place.
    const auto alias = run({"show", "alias-bruxelles", "--lang", "nl"});
    EXPECT_NE(alias.out.find("Openingsuren:\n  dinsdag:"), std::string::npos) << alias.out;
    EXPECT_NE(alias.out.find("Talen: "), std::string::npos) << alias.out;
    const auto utsopi = run({"show", "utsopi", "--lang", "en"});
    EXPECT_NE(utsopi.out.find("[old information]"), std::string::npos) << utsopi.out;
    const auto boys = run({"show", "boysproject-antwerpen", "--lang", "en"});
    EXPECT_NE(boys.out.find("Place: Antwerpen · outside Brussels"), std::string::npos) << boys.out;
    EXPECT_EQ(run({"show", "utsopi", "--lang", "de"}).status, 1);
}

TEST_F(CliTest, ShowUnknownIdFails) {
    const auto result = run({"show", "nope"});
    EXPECT_EQ(result.status, 1);
    expect_one_line_error(result, "nope");
    EXPECT_EQ(result.out, "");
}

TEST_F(CliTest, ValidateSeed) {
    const auto result =
        run({"validate", (source_dir() / "data/seed/brussels-services.json").string()});
    EXPECT_EQ(result.status, 0) << result.err;
    EXPECT_NE(result.out.find("115 services valid"), std::string::npos) << result.out;
    const auto with_categories =
        run({"validate", (source_dir() / "data/seed/brussels-services.json").string(),
             "--categories", (source_dir() / "data/seed/categories.json").string()});
    EXPECT_EQ(with_categories.status, 0) << with_categories.err;
}

// A copy of the seed with three broken records.
std::filesystem::path broken_seed(const TempDir& dir) {
    auto services = json::parse(read_file(source_dir() / "data/seed/brussels-services.json"));
    auto& records = services.as_array();
    records[0].as_object()["email"] = "not-an-email";
    records[1].as_object()["free"] = "yes";
    records[2].as_object()["categories"] = json::array{"no-such-category"};
    const auto path = dir / "broken.json";
    write_file(path, json::serialize(services));
    return path;
}

TEST_F(CliTest, ValidateBrokenFileListsEveryProblem) {
    const auto path = broken_seed(dir);
    const auto seed = json::parse(read_file(path)).as_array();
    const auto result = run({"validate", path.string()});
    EXPECT_EQ(result.status, 1);
    EXPECT_TRUE(result.exited);
    const auto problems = lines(result.err);
    ASSERT_EQ(problems.size(), 4u) << result.err;
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string id(seed[i].at("id").as_string());
        EXPECT_TRUE(problems[i].starts_with(id + ": ")) << problems[i];
    }
    EXPECT_NE(problems[0].find("email"), std::string::npos);
    EXPECT_NE(problems[1].find("free"), std::string::npos);
    EXPECT_NE(problems[2].find("categories[0]"), std::string::npos);
    EXPECT_NE(problems[3].find("3 problems"), std::string::npos) << problems[3];
}

TEST_F(CliTest, ValidateUnreadableFiles) {
    const auto missing = run({"validate", (dir / "missing.json").string()});
    EXPECT_EQ(missing.status, 1);
    EXPECT_TRUE(missing.exited);
    EXPECT_NE(missing.err.find("missing.json"), std::string::npos) << missing.err;
    write_file(dir / "malformed.json", "[{\"id\": ");
    const auto malformed = run({"validate", (dir / "malformed.json").string()});
    EXPECT_EQ(malformed.status, 1);
    EXPECT_NE(malformed.err.find("malformed JSON"), std::string::npos) << malformed.err;
    write_file(dir / "object.json", "{\"services\": []}");
    EXPECT_EQ(run({"validate", (dir / "object.json").string()}).status, 1);
    for (const auto& result : {missing, malformed})
        EXPECT_EQ(result.err.find("terminate called"), std::string::npos);
}

TEST_F(CliTest, ImportOfBrokenFileLeavesDatabaseUnchanged) {
    const auto db = seed_database();
    const auto before = run({"stats", "--db", db.string()});
    ASSERT_EQ(before.status, 0) << before.err;
    const auto bytes = read_file(db);
    const auto result = run({"import", broken_seed(dir).string(), "--db", db.string()});
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.err.find("nothing was imported"), std::string::npos) << result.err;
    EXPECT_EQ(run({"stats", "--db", db.string()}).out, before.out);
    EXPECT_TRUE(read_file(db) == bytes) << "the database file changed";

    // Nor is a new file left behind.
    const auto fresh = dir / "fresh.sqlite";
    EXPECT_EQ(run({"import", broken_seed(dir).string(), "--db", fresh.string()}).status, 1);
    EXPECT_FALSE(std::filesystem::exists(fresh));
}

TEST_F(CliTest, ImportGeneratedFile) {
    const auto json_file = dir / "generated.json";
    const auto made =
        run({"generate", "--count", "40", "--seed", "3", "--out", json_file.string()});
    ASSERT_EQ(made.status, 0) << made.err;
    ASSERT_TRUE(std::filesystem::exists(dir / "generated.categories.json"));
    const auto validated = run({"validate", json_file.string(), "--categories",
                                (dir / "generated.categories.json").string()});
    EXPECT_EQ(validated.status, 0) << validated.err;

    const auto db = seed_database();
    const auto imported = run({"import", json_file.string(), "--db", db.string()});
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_NE(imported.out.find("Imported 40 services"), std::string::npos) << imported.out;
    const auto stats = stats_of(run({"stats", "--db", db.string()}).out);
    EXPECT_EQ(stats.at("services"), "40") << "an import replaces the directory";
    EXPECT_EQ(stats.at("directory"), db.string()) << "stats names the file it counted";

    auto database = Database::open(db);
    Store store(database);
    EXPECT_EQ(store.service("utsopi"), std::nullopt);
    store.check_search_index();
    EXPECT_TRUE(store.meta("data_as_of"));

    const auto searched = run({"search", "--db", db.string(), "--json", ""});
    ASSERT_EQ(searched.status, 0) << searched.err;
    EXPECT_FALSE(hits(search_answer(lines(searched.out).at(0))).empty());
}

TEST_F(CliTest, GenerateIsDeterministic) {
    const auto out = dir / "x.json";
    const std::vector<std::string> args{"generate", "--count", "50",        "--seed",
                                        "7",        "--out",   out.string()};
    ASSERT_EQ(run(args).status, 0);
    const auto first = read_file(out);
    const auto first_categories = read_file(dir / "x.categories.json");
    ASSERT_EQ(run(args).status, 0);
    EXPECT_TRUE(read_file(out) == first) << "same count and seed, different output";
    EXPECT_TRUE(read_file(dir / "x.categories.json") == first_categories);
    EXPECT_EQ(json::parse(first).as_array().size(), 50u);

    ASSERT_EQ(run({"generate", "--count", "50", "--seed", "8", "--out", out.string()}).status, 0);
    EXPECT_FALSE(read_file(out) == first) << "another seed, another directory";
}

TEST_F(CliTest, GenerateSqlite) {
    const auto out = dir / "x.sqlite";
    const auto made = run({"generate", "--count", "50", "--seed", "7", "--out", out.string()});
    ASSERT_EQ(made.status, 0) << made.err;
    const auto stats = run({"stats", "--db", out.string()});
    ASSERT_EQ(stats.status, 0) << stats.err;
    EXPECT_EQ(stats_of(stats.out).at("services"), "50") << stats.out;
    // Overwritten, not added to.
    ASSERT_EQ(run({"generate", "--count", "20", "--seed", "7", "--out", out.string()}).status, 0);
    EXPECT_EQ(stats_of(run({"stats", "--db", out.string()}).out).at("services"), "20");

    expect_one_line_error(run({"generate", "--count", "0", "--out", out.string()}), "--count");
    expect_one_line_error(run({"generate", "--count", "5"}), "--out");
}

TEST_F(CliTest, Stats) {
    const auto result = run({"stats"});
    ASSERT_EQ(result.status, 0) << result.err;
    const auto stats = stats_of(result.out);
    EXPECT_EQ(stats.at("services"), "115");
    EXPECT_EQ(stats.at("categories"), "14");
    EXPECT_GE(std::stoi(stats.at("organisations")), 80);
    EXPECT_EQ(stats.at("deleted (tombstones)"), "0");
    EXPECT_NE(stats.at("data as of"), "unknown");
}

TEST_F(CliTest, QueriesWithSearchSyntaxAreSafe) {
    // Whatever a person types is text, never FTS5 syntax.
    std::string input;
    const std::vector<std::string> queries{"l'accueil", "aide-sociale", "a OR b", "*",
                                           "\"",        "NEAR(",        "^x",     "col:umn",
                                           "(((",       "\\",           "AND",    "-"};
    for (const auto& query : queries)
        input += query + "\n";
    const auto result = run({"search", "--json"}, input);
    ASSERT_EQ(result.status, 0) << result.err;
    const auto output = lines(result.out);
    ASSERT_EQ(output.size(), queries.size()) << result.out << result.err;
    for (std::size_t i = 0; i < output.size(); ++i)
        EXPECT_EQ(search_answer(output[i]).at("query").as_string(), queries[i]);
}

TEST_F(CliTest, SyncWithoutAServerFailsAndKeepsTheLocalCopy) {
    const auto db = seed_database("local.sqlite");
    const auto before = run({"stats", "--db", db.string()});
    // Port 9 on loopback: nothing listens there.
    const auto result = run({"sync", "--server", "http://127.0.0.1:9", "--db", db.string()});
    EXPECT_EQ(result.status, 1);
    EXPECT_NE(result.err.find("sync failed"), std::string::npos) << result.err;
    EXPECT_EQ(lines(result.err).size(), 1u) << result.err;
    EXPECT_EQ(run({"stats", "--db", db.string()}).out, before.out);
    // Searching the copy still works offline.
    EXPECT_EQ(run({"search", "--db", db.string(), "utsopi"}).status, 0);
}

TEST_F(CliTest, SearchUsesTheSyncedCopyOnceThereIsOne) {
    EXPECT_NE(run({"stats"}).out.find("services: 115"), std::string::npos);
    const auto copy = dir / "xdg" / "relais" / "relais-cli.sqlite";
    std::filesystem::create_directories(copy.parent_path());
    ASSERT_EQ(run({"generate", "--count", "50", "--out", copy.string()}).status, 0);
    EXPECT_NE(run({"stats"}).out.find("services: 50"), std::string::npos);
}

} // namespace
} // namespace relais
