// Open Referral HSDS interop: the /hsds/... endpoints and `relais-server export --format hsds`
// validated against the HSDS 3.0 JSON schemas (tests/data/hsds/, python3-jsonschema), with the
// Relais profile extension, deterministic UUIDs and the API's pagination.
#include "test_support.h"

#include "data/database.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/hsds.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>

namespace relais::test {
namespace {
namespace json = boost::json;
namespace fs = std::filesystem;
using sync::HttpClient;
using sync::HttpResponse;

const fs::path kSchemas = fs::path(RELAIS_TEST_SOURCE_DIR) / "tests/data/hsds/schema";
const fs::path kValidator = fs::path(RELAIS_TEST_SOURCE_DIR) / "tests/sync/validate_hsds.py";

// Runs the schema validator over (kind, file) pairs; returns its report ("" when valid).
std::string validate(const TempDir& dir,
                     const std::vector<std::pair<std::string, fs::path>>& files) {
    std::string command =
        quote(RELAIS_PYTHON) + " " + quote(kValidator.string()) + " " + quote(kSchemas.string());
    for (const auto& [kind, file] : files)
        command += " " + kind + " " + quote(file.string());
    const fs::path report = dir / "validation.txt";
    command += " > " + quote(report.string()) + " 2>&1";
    const int status = std::system(command.c_str());
    const std::string text = read_file(report);
    if (status != 0)
        return text.empty() ? "validator exited with " + std::to_string(status) : text;
    return {};
}

TEST(HsdsUuid, IsTheVersion5UuidOfKindAndIdInTheRelaisNamespace) {
    // Expected values from Python's uuid.uuid5 (an independent implementation).
    EXPECT_EQ(sync::hsds_uuid("service", "espace-p-bruxelles"),
              "9b0a5218-7e47-5cb2-b1cb-247a771e3914");
    EXPECT_EQ(sync::hsds_uuid("organization", "espace-p"), "e748f02d-561d-5032-9430-a06284b7cd72");
    EXPECT_EQ(sync::hsds_uuid("taxonomy_term", "legal-aid"),
              "108fd0f3-c520-58d1-807d-ea97f686caa1");
    EXPECT_NE(sync::hsds_uuid("service", "x"), sync::hsds_uuid("organization", "x"));
}

class HsdsEndpointTest : public ::testing::Test {
protected:
    TestServer server;
    HttpClient client{server.url()};
    TempDir dir;

    json::object get_object(const std::string& target) {
        const HttpResponse response = client.request("GET", target);
        EXPECT_EQ(response.status, 200) << target << ": " << response.body;
        EXPECT_EQ(response.content_type, "application/json");
        return json::parse(response.body).as_object();
    }
    fs::path save(const std::string& name, const std::string& target) {
        const HttpResponse response = client.request("GET", target);
        EXPECT_EQ(response.status, 200) << target << ": " << response.body;
        write_file(dir / name, response.body);
        return dir / name;
    }
};

TEST_F(HsdsEndpointTest, EveryEndpointValidatesAgainstTheSchemas) {
    Service first;
    {
        Database db = Database::open(server.db_path());
        first = Store(db).services().front();
    }
    const std::string uuid = sync::hsds_uuid("service", first.id);
    const std::string report =
        validate(dir, {{"services-page", save("services.json", "/hsds/services")},
                       {"services-page", save("full.json", "/hsds/services?full=true&per_page=7")},
                       {"service", save("one.json", "/hsds/services/" + uuid)},
                       {"service", save("by-slug.json", "/hsds/services/" + first.id)},
                       {"organizations-page", save("organizations.json", "/hsds/organizations")},
                       {"taxonomy_terms-page", save("terms.json", "/hsds/taxonomy_terms")}});
    EXPECT_EQ(report, "");

    const json::object one = json::parse(read_file(dir / "one.json")).as_object();
    EXPECT_EQ(one.at("id").as_string(), uuid);
    EXPECT_EQ(one.at("name").as_string(), first.name.in(Lang::fr));
    const json::object& names = one.at("relais_translations").at("name").as_object();
    EXPECT_EQ(names.at("nl").as_string(), first.name.nl);
    EXPECT_EQ(names.at("en").as_string(), first.name.en);
    EXPECT_EQ(one.at("relais_record").at("id").as_string(), first.id);
    EXPECT_EQ(one.at("relais_record").at("version").as_int64(), first.version);
    EXPECT_EQ(read_file(dir / "one.json"), read_file(dir / "by-slug.json"));
}

TEST_F(HsdsEndpointTest, ListsArePagedAsTheHsdsApiSays) {
    const json::object page1 = get_object("/hsds/services?page=1&per_page=12");
    EXPECT_EQ(page1.at("total_items").as_int64(), 30);
    EXPECT_EQ(page1.at("total_pages").as_int64(), 3);
    EXPECT_EQ(page1.at("page_number").as_int64(), 1);
    EXPECT_EQ(page1.at("size").as_int64(), 12);
    EXPECT_TRUE(page1.at("first_page").as_bool());
    EXPECT_FALSE(page1.at("last_page").as_bool());
    EXPECT_FALSE(page1.at("empty").as_bool());

    std::set<std::string> ids;
    for (int page = 1; page <= 3; ++page) {
        const json::object body =
            get_object("/hsds/services?per_page=12&page=" + std::to_string(page));
        for (const json::value& item : body.at("contents").as_array())
            ids.insert(std::string(item.at("id").as_string()));
        EXPECT_EQ(body.at("last_page").as_bool(), page == 3);
    }
    EXPECT_EQ(ids.size(), 30u);
    const json::object beyond = get_object("/hsds/services?per_page=12&page=4");
    EXPECT_EQ(beyond.at("size").as_int64(), 0);
    EXPECT_TRUE(beyond.at("contents").as_array().empty());

    // Filters: an organisation's services, a taxonomy term's services.
    const json::object service = get_object("/hsds/services?per_page=1&full=true")
                                     .at("contents")
                                     .as_array()
                                     .at(0)
                                     .as_object();
    const std::string organization(service.at("organization_id").as_string());
    const json::object of_org =
        get_object("/hsds/services?per_page=500&organization_id=" + organization);
    EXPECT_GE(of_org.at("total_items").as_int64(), 1);
    for (const json::value& item : of_org.at("contents").as_array())
        EXPECT_EQ(item.at("organization_id").as_string(), organization);
    const std::string term(
        service.at("attributes").as_array().at(0).at("taxonomy_term_id").as_string());
    const json::object of_term =
        get_object("/hsds/services?per_page=500&full=true&taxonomy_term_id=" + term);
    EXPECT_GE(of_term.at("total_items").as_int64(), 1);
    for (const json::value& item : of_term.at("contents").as_array()) {
        bool found = false;
        for (const json::value& attribute : item.at("attributes").as_array())
            found = found || attribute.at("taxonomy_term_id").as_string() == term;
        EXPECT_TRUE(found);
    }

    // format=ndjson streams every item, one a line.
    const HttpResponse ndjson = client.request("GET", "/hsds/organizations?format=ndjson");
    EXPECT_EQ(ndjson.status, 200);
    EXPECT_EQ(ndjson.content_type, "application/x-ndjson");
    EXPECT_EQ(static_cast<std::int64_t>(std::count(ndjson.body.begin(), ndjson.body.end(), '\n')),
              get_object("/hsds/organizations").at("total_items").as_int64());
}

TEST_F(HsdsEndpointTest, BadParametersUnknownIdsAndWritesAreRefusedWithJsonErrors) {
    for (const char* target : {"/hsds/services?per_page=0", "/hsds/services?page=x",
                               "/hsds/taxonomy_terms?per_page=100000", "/hsds/services?format=xml"})
        EXPECT_EQ(client.request("GET", target).status, 400) << target;
    const HttpResponse missing =
        client.request("GET", "/hsds/services/00000000-0000-5000-8000-000000000000");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(json::parse(missing.body).at("error").as_string(), "not_found");
    EXPECT_EQ(client.request("GET", "/hsds/locations").status, 404);
    EXPECT_EQ(client.request("POST", "/hsds/services", {}, "{}").status, 405);
}

TEST_F(HsdsEndpointTest, ReadsCarryAnETagAndAnswer304) {
    const HttpResponse first = client.request("GET", "/hsds/taxonomy_terms");
    ASSERT_EQ(first.status, 200);
    const std::string* etag = first.header("ETag");
    ASSERT_NE(etag, nullptr);
    EXPECT_EQ(client.request("GET", "/hsds/taxonomy_terms", {{"If-None-Match", *etag}}).status,
              304);
}

// The export, through the real executable, of the bundled Brussels directory (real records:
// addresses, hours, phones...) and of the synthetic one.
TEST(HsdsExport, TheExportOfTheBundledDirectoryValidates) {
    TempDir dir;
    const fs::path db = dir / "brussels.sqlite";
    fs::copy_file(bundled_database_path(), db);
    const fs::path out = dir / "hsds";
    const std::string command = quote(RELAIS_SERVER_PATH) + " export --format hsds " +
                                quote(out.string()) + " --db " + quote(db.string()) + " > " +
                                quote((dir / "stdout.txt").string()) + " 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << read_file(dir / "stdout.txt");
    EXPECT_NE(read_file(dir / "stdout.txt").find("exported "), std::string::npos);

    const std::string report = validate(dir, {{"services", out / "services.json"},
                                              {"organizations", out / "organizations.json"},
                                              {"taxonomy_terms", out / "taxonomy_terms.json"}});
    EXPECT_EQ(report, "");

    Database database = Database::open(db, Database::Mode::read_only);
    Store store(database);
    const json::array services = json::parse(read_file(out / "services.json")).as_array();
    ASSERT_EQ(services.size(), store.services().size());
    // Nothing of ours is lost: relais_record and relais_translations give the record back.
    for (const json::value& item : services) {
        json::object record = item.at("relais_record").as_object();
        record["name"] = item.at("relais_translations").at("name");
        record["description"] = item.at("relais_translations").at("description");
        std::vector<Problem> problems;
        const Service back = service_from_json(record, problems);
        ASSERT_TRUE(problems.empty()) << record;
        EXPECT_EQ(std::optional<Service>(back), store.service(back.id));
    }
    EXPECT_EQ(json::parse(read_file(out / "organizations.json")).as_array().size(),
              store.organizations().size());
    EXPECT_EQ(json::parse(read_file(out / "taxonomy_terms.json")).as_array().size(),
              store.categories().size());
}

TEST(HsdsExport, OtherFormatsAreRefusedAndNothingIsWritten) {
    TempDir dir;
    const std::string command = quote(RELAIS_SERVER_PATH) + " export --format csv " +
                                quote((dir / "out").string()) + " --db " +
                                quote((dir / "db.sqlite").string()) + " 2>/dev/null";
    EXPECT_NE(std::system(command.c_str()), 0);
    EXPECT_FALSE(fs::exists(dir / "out"));
}

} // namespace
} // namespace relais::test
