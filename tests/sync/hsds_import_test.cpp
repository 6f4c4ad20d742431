// Open Referral HSDS 3.0 import (sync/hsds_import.h): the rules against the schema files,
// export -> import -> export of the bundled directory, the official HSDS examples, refused
// files, and `relais-cli import --format hsds` / `relais-server import --format hsds` through
// the real executables.
#include "test_support.h"

#include "data/database.h"
#include "data/store.h"
#include "sync/hsds.h"
#include "sync/hsds_import.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>

namespace relais::test {
namespace {
namespace json = boost::json;
namespace fs = std::filesystem;
using sync::HsdsImport;
using sync::HsdsImportOptions;

const fs::path kHsdsData = fs::path(RELAIS_TEST_SOURCE_DIR) / "tests/data/hsds";

struct Outcome {
    int status = -1;
    std::string out, err;
};

Outcome run(const TempDir& dir, const std::string& program, const std::string& args) {
    const std::string command = quote(program) + " " + args + " < /dev/null > " +
                                quote((dir / "out.txt").string()) + " 2> " +
                                quote((dir / "err.txt").string());
    const int raw = std::system(command.c_str());
    return Outcome{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(dir / "out.txt"),
                   read_file(dir / "err.txt")};
}

std::vector<Category> bundled_categories() {
    Database db = Database::open(bundled_database_path(), Database::Mode::read_only);
    return Store(db).categories();
}

std::string describe(const std::vector<Problem>& problems) {
    std::string out;
    for (const Problem& p : problems)
        out += p.record + ": " + p.field + ": " + p.message + "\n";
    return out;
}

bool has_problem(const std::vector<Problem>& problems, const std::string& record,
                 const std::string& field) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.record == record && p.field == field; });
}

// Writes the directory into a new SQLite file, as `relais-cli import` does.
void store_into(const fs::path& file, const Directory& directory) {
    Database db = Database::open(file);
    Store(db).replace_directory(directory);
}

// ---------------------------------------------------------------------------------------

// The hand-written rules say what the schema files say, property by property (both ways).
TEST(HsdsSchemaRules, MatchTheSchemaFiles) {
    const std::vector<sync::HsdsRule> rules = sync::hsds_schema_rules();
    std::map<std::string, std::vector<const sync::HsdsRule*>> by_schema;
    for (const sync::HsdsRule& rule : rules)
        by_schema[std::string(rule.schema)].push_back(&rule);
    ASSERT_EQ(by_schema.size(), 12u);
    for (const auto& [name, schema_rules] : by_schema) {
        const json::object schema =
            json::parse(read_file(kHsdsData / "schema" / (name + ".json"))).as_object();
        const json::object& properties = schema.at("properties").as_object();
        std::vector<std::string> required;
        if (const auto* list = schema.if_contains("required"))
            required = json::value_to<std::vector<std::string>>(*list);
        EXPECT_EQ(schema_rules.size(), properties.size()) << name;
        for (const sync::HsdsRule* rule : schema_rules) {
            const std::string where = name + "." + std::string(rule->property);
            const auto* property = properties.if_contains(rule->property);
            ASSERT_NE(property, nullptr) << where;
            const json::object& p = property->as_object();
            const std::string ref = [&] {
                const json::value* target = p.if_contains("$ref");
                if (const auto* items = p.if_contains("items"))
                    target = items->as_object().if_contains("$ref");
                if (!target)
                    return std::string();
                std::string text(target->as_string());
                return text.substr(0, text.size() - 5); // without ".json"
            }();
            const std::string type =
                p.contains("type") ? std::string(p.at("type").as_string()) : "object";
            EXPECT_EQ(type, rule->type) << where;
            EXPECT_EQ(p.contains("format") ? std::string(p.at("format").as_string()) : "",
                      rule->format)
                << where;
            EXPECT_EQ(std::find(required.begin(), required.end(), rule->property) != required.end(),
                      rule->required)
                << where;
            EXPECT_EQ(ref, rule->ref) << where;
            std::vector<std::string> values;
            if (const auto* list = p.if_contains("enum"))
                values = json::value_to<std::vector<std::string>>(*list);
            EXPECT_EQ(values, std::vector<std::string>(rule->values.begin(), rule->values.end()))
                << where;
        }
    }
}

// export -> import -> export: the same files, byte for byte, and the same records.
TEST(HsdsImport, ExportImportExportOfTheBundledDirectoryIsTheIdentity) {
    TempDir dir;
    const fs::path first = dir / "first";
    const fs::path second = dir / "second";
    fs::create_directories(first);
    fs::create_directories(second);
    Database bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
    const std::size_t exported = sync::export_hsds(bundled, first);
    ASSERT_GT(exported, 10u);

    // No categories given: those of the file's taxonomy terms (the Relais profile) are used.
    const HsdsImport imported = sync::read_hsds_dir(first, HsdsImportOptions{});
    ASSERT_TRUE(imported.ok()) << describe(imported.problems);
    EXPECT_TRUE(imported.notes.empty()) << describe(imported.notes);
    ASSERT_EQ(imported.directory.services.size(), exported);
    store_into(dir / "imported.sqlite", imported.directory);

    Database copy = Database::open(dir / "imported.sqlite", Database::Mode::read_only);
    EXPECT_EQ(sync::export_hsds(copy, second), exported);
    for (const char* file : {"services.json", "organizations.json", "taxonomy_terms.json"})
        EXPECT_TRUE(read_file(first / file) == read_file(second / file)) << file << " differs";

    Store original(bundled), back(copy);
    EXPECT_EQ(back.services(), original.services());
    EXPECT_EQ(back.organizations(), original.organizations());
    EXPECT_EQ(back.categories(), original.categories());
}

// A folder holding the given services (and organizations) as HSDS files.
fs::path hsds_folder(const TempDir& dir, const std::string& name, const json::array& services,
                     const json::array* organizations = nullptr) {
    const fs::path folder = dir / name;
    fs::create_directories(folder);
    write_file(folder / "services.json", json::serialize(services));
    if (organizations)
        write_file(folder / "organizations.json", json::serialize(*organizations));
    return folder;
}

json::value example(const std::string& file) {
    return json::parse(read_file(kHsdsData / "examples" / file));
}

// Every service of the official HSDS examples imports (with a default category: their
// taxonomy terms are not Relais categories) and is stored.
TEST(HsdsImport, TheOfficialExamplesImport) {
    TempDir dir;
    HsdsImportOptions options;
    options.categories = bundled_categories();
    options.default_category = "social-aid";

    const json::object organization_full = example("organization_full.json").as_object();
    json::object organization = organization_full;
    organization.erase("services");
    json::array organization_services = organization_full.at("services").as_array();
    for (json::value& service : organization_services)
        service.as_object()["organization_id"] = organization.at("id");
    const json::array organizations{organization};

    struct Case {
        std::string name;
        json::array services;
        const json::array* organizations = nullptr;
    };
    std::vector<Case> cases{
        {"service_full", json::array{example("service_full.json")}},
        {"service_list", example("service_list.json").as_object().at("contents").as_array()},
        {"service_at_location_full",
         json::array{example("service_at_location_full.json").at("service")}},
        {"organization_full", organization_services, &organizations},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const fs::path folder = hsds_folder(dir, c.name, c.services, c.organizations);
        const HsdsImport imported = sync::read_hsds_dir(folder, options);
        ASSERT_TRUE(imported.ok()) << describe(imported.problems);
        ASSERT_EQ(imported.directory.services.size(), c.services.size());
        store_into(dir / (c.name + ".sqlite"), imported.directory);
        Database db = Database::open(dir / (c.name + ".sqlite"), Database::Mode::read_only);
        EXPECT_EQ(Store(db).services(), imported.directory.services);
    }

    // What service_full.json becomes.
    const HsdsImport imported = sync::read_hsds_dir(
        hsds_folder(dir, "one", json::array{example("service_full.json")}), options);
    ASSERT_TRUE(imported.ok()) << describe(imported.problems);
    const Service& s = imported.directory.services.at(0);
    EXPECT_EQ(s.id, "community-counselling");
    EXPECT_EQ(s.organization_id, "example-organization-inc");
    EXPECT_EQ(imported.directory.organizations.at(0).name, "Example Organization Inc.");
    EXPECT_EQ(s.name.fr, "Community Counselling");
    EXPECT_EQ(s.name.nl, "");
    EXPECT_EQ(s.other_names, std::vector<std::string>{"MyCity Counselling Services"});
    EXPECT_EQ(s.website, "http://example.com/counselling");
    EXPECT_EQ(s.email, "email@example.com");
    ASSERT_EQ(s.phones.size(), 1u);
    EXPECT_EQ(s.phones[0].number, "+44 1234 234567");
    EXPECT_TRUE(s.phones[0].label && s.phones[0].label->ends_with("(ext. 100)"));
    ASSERT_TRUE(s.hours);
    ASSERT_EQ(s.hours->size(), 1u);
    EXPECT_TRUE((*s.hours)[0].has(Weekday::th));
    EXPECT_TRUE((*s.hours)[0].has(Weekday::fr));
    EXPECT_FALSE((*s.hours)[0].has(Weekday::mo));
    EXPECT_EQ((*s.hours)[0].opens, 10 * 60);
    EXPECT_EQ((*s.hours)[0].closes, 18 * 60);
    EXPECT_EQ(s.languages, std::vector<std::string>{"ur"});
    EXPECT_EQ(s.address.street, "1-30 Main Street, MyVillage");
    EXPECT_EQ(s.address.postal_code, "ABC 1234");
    EXPECT_EQ(s.address.city, "MyCity");
    EXPECT_FALSE(s.address.lat); // 100, 101 in the example: not coordinates
    EXPECT_EQ(s.checked_on, "2005-01-01");
    EXPECT_EQ(s.categories, std::vector<std::string>{"social-aid"});
    EXPECT_EQ(s.confidence, Confidence::unverified);
    // What has no place is listed, not dropped silently.
    EXPECT_TRUE(has_problem(imported.notes, "<services.json>", "eligibility_description"))
        << describe(imported.notes);
    EXPECT_TRUE(has_problem(imported.notes, "ac148810-d857-441c-9679-408f346de14b",
                            "service_at_locations[0].location.latitude"))
        << describe(imported.notes);

    // Without a default category, the unmapped taxonomy is a problem.
    options.default_category.reset();
    const HsdsImport refused = sync::read_hsds_dir(
        hsds_folder(dir, "two", json::array{example("service_full.json")}), options);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(has_problem(refused.problems, "ac148810-d857-441c-9679-408f346de14b", "attributes"))
        << describe(refused.problems);
}

// A plain service mapped by category term name, with Belgian numbers and weekly hours.
TEST(HsdsImport, PlainServicesMapTermsNumbersAndSlugs) {
    HsdsImportOptions options;
    options.categories = bundled_categories();
    const auto service = [](const std::string& id, const std::string& name) {
        return json::object{
            {"id", id},
            {"name", name},
            {"status", "active"},
            {"organization", json::object{{"id", "11111111-2222-4333-8444-555555555555"},
                                          {"name", "Asbl Exemple (Bruxelles)"},
                                          {"description", "-"}}},
            {"phones", json::array{json::object{{"id", "21111111-2222-4333-8444-555555555555"},
                                                {"number", "02/511.11.11"}}}},
            {"schedules", json::array{json::object{{"id", "31111111-2222-4333-8444-555555555555"},
                                                   {"freq", "WEEKLY"},
                                                   {"byday", "MO,TU"},
                                                   {"opens_at", "09:00"},
                                                   {"closes_at", "24:00"}}}},
            {"attributes",
             json::array{json::object{
                 {"id", "41111111-2222-4333-8444-555555555555"},
                 {"taxonomy_term", json::object{{"id", "51111111-2222-4333-8444-555555555555"},
                                                {"name", "Legal aid"},
                                                {"description", "-"}}}}}}};
    };
    const json::array services{service("a1111111-2222-4333-8444-555555555555", "Permanence"),
                               service("b1111111-2222-4333-8444-555555555555", "Permanence")};
    const HsdsImport imported =
        sync::parse_hsds(json::serialize(services), std::nullopt, std::nullopt, options);
    ASSERT_TRUE(imported.ok()) << describe(imported.problems);
    ASSERT_EQ(imported.directory.services.size(), 2u);
    EXPECT_EQ(imported.directory.services[0].id, "permanence");
    EXPECT_EQ(imported.directory.services[1].id, "permanence-b1111111");
    EXPECT_EQ(imported.directory.organizations.size(), 1u);
    EXPECT_EQ(imported.directory.organizations[0].id, "asbl-exemple");
    const Service& s = imported.directory.services[0];
    EXPECT_EQ(s.categories, std::vector<std::string>{"legal-aid"});
    ASSERT_EQ(s.phones.size(), 1u);
    EXPECT_EQ(s.phones[0].number, "+32 2 511 11 11");
    ASSERT_TRUE(s.hours);
    EXPECT_EQ((*s.hours)[0].closes, 1440);
    EXPECT_FALSE(s.languages); // not given: unknown
}

// The bundled directory's export without the Relais profile: the plain mapping keeps what
// HSDS carries (the French texts, phones, hours, languages, categories, the address).
TEST(HsdsImport, TheExportWithoutTheProfileImportsAsPlainHsds) {
    TempDir dir;
    Database bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
    sync::export_hsds(bundled, dir.path());
    json::array services = json::parse(read_file(dir / "services.json")).as_array();
    for (json::value& service : services) {
        service.as_object().erase("relais_record");
        service.as_object().erase("relais_translations");
        service.at("organization").as_object().erase("relais_record");
    }
    write_file(dir / "services.json", json::serialize(services));
    fs::remove(dir / "organizations.json");
    HsdsImportOptions options;
    options.categories = bundled_categories();
    const HsdsImport imported = sync::read_hsds_dir(dir.path(), options);
    ASSERT_TRUE(imported.ok()) << describe(imported.problems);

    const std::vector<Service> original = Store(bundled).services();
    ASSERT_EQ(imported.directory.services.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        const Service& was = original[i];
        const Service& got = imported.directory.services[i];
        SCOPED_TRACE(was.id);
        EXPECT_EQ(got.name.fr, was.name.in(Lang::fr));
        EXPECT_EQ(got.other_names, was.other_names);
        EXPECT_EQ(got.categories, was.categories);
        // HSDS has no way to say "known: none": an empty list reads back as unknown.
        const auto or_unknown = [](auto list) {
            return list && list->empty() ? decltype(list){} : list;
        };
        EXPECT_EQ(got.hours, or_unknown(was.hours));
        EXPECT_EQ(got.languages, or_unknown(was.languages));
        ASSERT_EQ(got.phones.size(), was.phones.size());
        for (std::size_t p = 0; p < got.phones.size(); ++p) {
            EXPECT_EQ(got.phones[p].number, was.phones[p].number);
            EXPECT_EQ(got.phones[p].label, was.phones[p].label);
        }
        if (was.address.street && was.address.postal_code && was.address.city) {
            EXPECT_EQ(got.address.street, was.address.street);
            EXPECT_EQ(got.address.postal_code, was.address.postal_code);
            EXPECT_EQ(got.address.city, was.address.city);
        }
        EXPECT_EQ(got.address.lat, was.address.lat);
    }
}

// Bad files: every problem listed with its record and field, nothing imported.
TEST(HsdsImport, BadFilesAreRefusedWithEveryProblem) {
    HsdsImportOptions options;
    options.categories = bundled_categories();
    options.default_category = "social-aid";

    const HsdsImport malformed =
        sync::parse_hsds("[{\"id\": \"x\",\n \"name\": }]", std::nullopt, std::nullopt, options);
    ASSERT_EQ(malformed.problems.size(), 1u) << describe(malformed.problems);
    EXPECT_EQ(malformed.problems[0].record, "<services.json>");
    EXPECT_NE(malformed.problems[0].message.find("line 2, column 10"), std::string::npos)
        << malformed.problems[0].message;
    EXPECT_TRUE(malformed.directory.services.empty());

    json::object good = example("service_full.json").as_object();
    json::object no_name = good;
    no_name["id"] = "00000000-0000-4000-8000-000000000001";
    no_name.erase("name");
    json::object no_number = good;
    no_number["id"] = "00000000-0000-4000-8000-000000000002";
    no_number["phones"].as_array()[0].as_object().erase("number");
    json::object bad_time = good;
    bad_time["id"] = "00000000-0000-4000-8000-000000000003";
    bad_time["schedules"].as_array()[0].as_object()["opens_at"] = "10h";
    json::object bad_types = good;
    bad_types.erase("id");
    bad_types["status"] = "open";
    bad_types["url"] = 12;
    const json::array services{good, no_name, no_number, bad_time, bad_types};
    const HsdsImport refused =
        sync::parse_hsds(json::serialize(services), std::nullopt, std::nullopt, options);
    EXPECT_FALSE(refused.ok());
    const std::string all = describe(refused.problems);
    EXPECT_TRUE(has_problem(refused.problems, "00000000-0000-4000-8000-000000000001", "name"))
        << all;
    EXPECT_TRUE(
        has_problem(refused.problems, "00000000-0000-4000-8000-000000000002", "phones[0].number"))
        << all;
    EXPECT_TRUE(has_problem(refused.problems, "00000000-0000-4000-8000-000000000003",
                            "schedules[0].opens_at"))
        << all;
    EXPECT_TRUE(has_problem(refused.problems, "#4", "id")) << all;
    EXPECT_TRUE(has_problem(refused.problems, "#4", "status")) << all;
    EXPECT_TRUE(has_problem(refused.problems, "#4", "url")) << all;
    EXPECT_EQ(refused.problems.size(), 6u) << all;

    // Not an array, a missing services.json.
    EXPECT_FALSE(sync::parse_hsds("{\"a\": 1}", std::nullopt, std::nullopt, options).ok());
    TempDir dir;
    const HsdsImport missing = sync::read_hsds_dir(dir.path(), options);
    ASSERT_EQ(missing.problems.size(), 1u);
    EXPECT_NE(missing.problems[0].record.find("services.json"), std::string::npos);
}

// Profile records are checked by the Relais rules too: a broken relais_record is refused.
TEST(HsdsImport, ABrokenRelaisRecordIsRefused) {
    TempDir dir;
    Database bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
    sync::export_hsds(bundled, dir.path());
    json::array services = json::parse(read_file(dir / "services.json")).as_array();
    const std::string uuid(services.at(0).at("id").as_string());
    services.at(0).as_object()["relais_record"].as_object()["categories"] =
        json::array{"no-such-category"};
    services.at(1).as_object()["relais_record"].as_object()["id"] =
        services.at(2).at("relais_record").at("id");
    write_file(dir / "services.json", json::serialize(services));
    const HsdsImport refused = sync::read_hsds_dir(dir.path(), HsdsImportOptions{});
    EXPECT_TRUE(has_problem(refused.problems, uuid, "relais_record.categories[0]"))
        << describe(refused.problems);
    EXPECT_TRUE(has_problem(refused.problems, std::string(services.at(2).at("id").as_string()),
                            "relais_record.id"))
        << describe(refused.problems);
}

// ---------------------------------------------------------------------------------------
// The commands, through the real executables.

class HsdsImportCommands : public ::testing::Test {
protected:
    TempDir dir;
    fs::path exported = dir / "exported";

    void SetUp() override {
        setenv("XDG_DATA_HOME", (dir / "xdg").c_str(), 1);
        Database bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
        fs::create_directories(exported);
        sync::export_hsds(bundled, exported);
    }
    std::vector<Service> services_in(const fs::path& db) {
        Database database = Database::open(db, Database::Mode::read_only);
        return Store(database).services();
    }
};

TEST_F(HsdsImportCommands, RelaisCliImportsAnExportThatExportsTheSameFiles) {
    const fs::path db = dir / "cli.sqlite";
    const Outcome imported =
        run(dir, RELAIS_CLI_PATH,
            "import --format hsds " + quote(exported.string()) + " --db " + quote(db.string()));
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_NE(imported.out.find("Imported "), std::string::npos) << imported.out;

    const fs::path again = dir / "again";
    const Outcome export_again =
        run(dir, RELAIS_SERVER_PATH,
            "export --format hsds " + quote(again.string()) + " --db " + quote(db.string()));
    ASSERT_EQ(export_again.status, 0) << export_again.err;
    for (const char* file : {"services.json", "organizations.json", "taxonomy_terms.json"})
        EXPECT_TRUE(read_file(exported / file) == read_file(again / file)) << file << " differs";
}

TEST_F(HsdsImportCommands, RelaisServerImportsAnExportAndKeepsTheRecords) {
    const fs::path db = dir / "server.sqlite";
    const Outcome imported =
        run(dir, RELAIS_SERVER_PATH,
            "import --format hsds " + quote(exported.string()) + " --db " + quote(db.string()));
    ASSERT_EQ(imported.status, 0) << imported.err;
    EXPECT_NE(imported.out.find("imported "), std::string::npos) << imported.out;
    // The server stamps records new to it with its own time (its change feed's order).
    std::vector<Service> expected = services_in(bundled_database_path());
    std::vector<Service> got = services_in(db);
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        got[i].updated_at = expected[i].updated_at;
        EXPECT_EQ(got[i], expected[i]) << expected[i].id;
    }
    // Imported again: unchanged records keep their version and time.
    const std::vector<Service> before = services_in(db);
    ASSERT_EQ(
        run(dir, RELAIS_SERVER_PATH,
            "import --format hsds " + quote(exported.string()) + " --db " + quote(db.string()))
            .status,
        0);
    EXPECT_EQ(services_in(db), before);
}

TEST_F(HsdsImportCommands, ABadFolderIsRefusedAndTheDatabaseIsUntouched) {
    const fs::path db = dir / "target.sqlite";
    ASSERT_EQ(
        run(dir, RELAIS_CLI_PATH,
            "import --format hsds " + quote(exported.string()) + " --db " + quote(db.string()))
            .status,
        0);
    const std::vector<Service> before = services_in(db);

    json::array services = json::parse(read_file(exported / "services.json")).as_array();
    json::object& first = services.at(0).as_object();
    const std::string uuid(first.at("id").as_string());
    first.erase("name");
    first["phones"].as_array().push_back(json::object{{"id", first.at("id")}});
    const fs::path bad = dir / "bad";
    fs::create_directories(bad);
    fs::copy_file(exported / "organizations.json", bad / "organizations.json");
    fs::copy_file(exported / "taxonomy_terms.json", bad / "taxonomy_terms.json");
    write_file(bad / "services.json", json::serialize(services));

    const Outcome cli =
        run(dir, RELAIS_CLI_PATH,
            "import --format hsds " + quote(bad.string()) + " --db " + quote(db.string()));
    EXPECT_EQ(cli.status, 1);
    EXPECT_NE(cli.err.find(uuid + ": name: is required"), std::string::npos) << cli.err;
    EXPECT_NE(cli.err.find(": phones[1].number: is required"), std::string::npos) << cli.err;
    EXPECT_NE(cli.err.find("nothing was imported"), std::string::npos) << cli.err;
    EXPECT_EQ(services_in(db), before);

    const Outcome server =
        run(dir, RELAIS_SERVER_PATH,
            "import --format hsds " + quote(bad.string()) + " --db " + quote(db.string()));
    EXPECT_EQ(server.status, 1);
    EXPECT_NE(server.err.find(uuid + ": name: is required"), std::string::npos) << server.err;
    EXPECT_EQ(services_in(db), before);

    write_file(bad / "services.json", "[{\"id\": ");
    const Outcome malformed =
        run(dir, RELAIS_CLI_PATH,
            "import --format hsds " + quote(bad.string()) + " --db " + quote(db.string()));
    EXPECT_EQ(malformed.status, 1);
    EXPECT_NE(malformed.err.find("<services.json>: malformed JSON at line 1"), std::string::npos)
        << malformed.err;
    EXPECT_EQ(services_in(db), before);

    // Unknown formats are refused by both.
    EXPECT_EQ(run(dir, RELAIS_CLI_PATH,
                  "import --format csv " + quote(bad.string()) + " --db " + quote(db.string()))
                  .status,
              2);
    EXPECT_NE(run(dir, RELAIS_SERVER_PATH,
                  "import --format csv " + quote(bad.string()) + " --db " + quote(db.string()))
                  .status,
              0);
    EXPECT_EQ(services_in(db), before);
}

} // namespace
} // namespace relais::test
