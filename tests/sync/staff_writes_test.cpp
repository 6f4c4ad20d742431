// Staff writes against a real server: the bounds of the one validator (the server's 422
// names every field, and the client's check finds the same ones), deleted ids that stay their
// organisation's, and a DELETE whose answer was lost on the way back.
#include "test_support.h"

#include "data/outbox.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/engine.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <set>

namespace relais::test {
namespace {
namespace json = boost::json;
using sync::HttpClient;
using sync::HttpResponse;

std::set<std::string> fields_named(const HttpResponse& response) {
    std::set<std::string> fields;
    const json::value body = json::parse(response.body);
    for (const json::value& detail : body.at("details").as_array())
        fields.insert(std::string(detail.at("field").as_string()));
    return fields;
}

class StaffWritesTest : public ::testing::Test {
protected:
    TestServer server;
    HttpClient client{server.url()};

    void SetUp() override {
        add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
        add_account(server.db_path(), "root", "org-0", Role::admin, "root password");
        alice = login_token(server.url(), "alice", "alice password");
        root = login_token(server.url(), "root", "root password");
    }
    Service service_of(const std::string& organization, bool same = true) {
        Database db = Database::open(server.db_path());
        for (const Service& service : Store(db).services()) {
            if ((service.organization_id == organization) == same)
                return service;
        }
        throw std::runtime_error("no such service");
    }
    sync::Headers auth(const std::string& token, std::optional<std::int64_t> base = {}) {
        sync::Headers headers{{"Authorization", "Bearer " + token}};
        if (base)
            headers.emplace_back("If-Match", "\"" + std::to_string(*base) + "\"");
        return headers;
    }

    std::string alice, root;
};

TEST_F(StaffWritesTest, EveryBoundIsRefusedWith422NamingTheField) {
    const Service original = service_of("org-0");
    json::object body = relais::to_json(original).as_object();
    json::array phones;
    for (int i = 0; i < 11; ++i)
        phones.push_back(json::object{{"number", "+32 2 500 00 0" + std::to_string(i % 10)},
                                      {"label", nullptr}});
    body["phones"] = phones;
    json::array categories;
    for (int i = 0; i < 21; ++i)
        categories.push_back(json::value(original.categories.front()));
    body["categories"] = categories;
    body["name"].as_object()["fr"] = std::string("Nom\0cache", 9);
    body["description"].as_object()["nl"] = std::string(5000, 'x');
    body["website"] = "ftp://example.org/";
    body["email"] = "someone@localhost";
    body["last_verified_at"] = "2999-01-01";
    body["notes"] = "line\x1b[31m red";

    const HttpResponse answer = client.request(
        "PUT", "/v1/services/" + original.id, auth(alice, original.version), json::serialize(body));
    ASSERT_EQ(answer.status, 422) << answer.body;
    EXPECT_EQ(json::parse(answer.body).at("error"), "invalid_fields");
    const std::set<std::string> named = fields_named(answer);
    for (const char* field : {"phones", "categories", "categories[1]", "name.fr", "description.nl",
                              "website", "email", "last_verified_at", "notes"})
        EXPECT_TRUE(named.count(field)) << field << " in " << answer.body;

    // The client's editor checks with the same validator and finds the same fields.
    std::vector<Problem> problems;
    service_from_json(body, problems);
    std::set<std::string> found;
    for (const Problem& problem : problems)
        found.insert(problem.field);
    EXPECT_EQ(found, named);

    // Nothing was written.
    const HttpResponse unchanged = client.request("GET", "/v1/services/" + original.id);
    EXPECT_EQ(sync::service_from_wire(json::parse(unchanged.body).at("service")), original);
}

TEST_F(StaffWritesTest, ListsAtTheirBoundsAreAccepted) {
    Service edited = service_of("org-0");
    edited.phones.clear();
    for (int i = 0; i < 10; ++i)
        edited.phones.push_back(
            {"+32 2 500 00 0" + std::to_string(i), std::nullopt, std::nullopt, std::nullopt});
    const HttpResponse answer =
        client.request("PUT", "/v1/services/" + edited.id, auth(alice, edited.version),
                       json::serialize(relais::to_json(edited)));
    ASSERT_EQ(answer.status, 200) << answer.body;
    EXPECT_EQ(sync::service_from_wire(json::parse(answer.body).at("service")).phones.size(), 10u);
}

TEST_F(StaffWritesTest, ADeletedIdStaysItsOrganisations) {
    const Service other = service_of("org-0", false); // not alice's organisation
    add_account(server.db_path(), "owner", other.organization_id, Role::staff, "owner password");
    ASSERT_EQ(
        client.request("DELETE", "/v1/services/" + other.id, auth(root, other.version)).status,
        204);

    // Staff of another organisation cannot take the id, whichever organisation they name.
    Service taken = other;
    taken.organization_id = "org-0";
    const HttpResponse refused = client.request("POST", "/v1/services", auth(alice),
                                                json::serialize(relais::to_json(taken)));
    EXPECT_EQ(refused.status, 403) << refused.body;
    const HttpResponse as_owner = client.request("POST", "/v1/services", auth(alice),
                                                 json::serialize(relais::to_json(other)));
    EXPECT_EQ(as_owner.status, 403) << as_owner.body;

    // Its own organisation can.
    const std::string owner = login_token(server.url(), "owner", "owner password");
    const HttpResponse again = client.request("POST", "/v1/services", auth(owner),
                                              json::serialize(relais::to_json(other)));
    ASSERT_EQ(again.status, 201) << again.body;
    EXPECT_EQ(sync::service_from_wire(json::parse(again.body).at("service")).version,
              other.version + 2);
}

TEST_F(StaffWritesTest, AnAdministratorMayGiveADeletedIdToAnotherOrganisation) {
    const Service other = service_of("org-0", false);
    ASSERT_EQ(
        client.request("DELETE", "/v1/services/" + other.id, auth(root, other.version)).status,
        204);
    Service moved = other;
    moved.organization_id = "org-0";
    const HttpResponse answer =
        client.request("POST", "/v1/services", auth(root), json::serialize(relais::to_json(moved)));
    EXPECT_EQ(answer.status, 201) << answer.body;
}

TEST_F(StaffWritesTest, ARetriedDeleteWhoseAnswerWasLostIsDone) {
    TempDir dir;
    Database db = Database::open(dir / "client.sqlite");
    sync::SyncOptions options;
    options.server_url = server.url();
    options.token = alice;
    options.backoff = std::chrono::milliseconds(10);
    sync::SyncEngine(db, options).run();
    const Service mine = service_of("org-0");
    sync::queue_delete(db, mine.id, mine.version);

    // The first connection gets the request through and loses the whole answer.
    CuttingProxy proxy(server.port(), 0, 1);
    options.server_url = proxy.url();
    Store(db).set_meta("server_url", proxy.url());
    const sync::SyncReport report = sync::SyncEngine(db, options).run();
    EXPECT_EQ(report.pushed, 1);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_TRUE(Outbox(db).entries().empty());
    EXPECT_FALSE(Store(db).service(mine.id));
    EXPECT_EQ(client.request("GET", "/v1/services/" + mine.id).status, 404);
}

TEST_F(StaffWritesTest, ADeleteOfAnotherVersionThatFindsNothingIsStillRefused) {
    TempDir dir;
    Database db = Database::open(dir / "client.sqlite");
    sync::SyncOptions options;
    options.server_url = server.url();
    options.token = alice;
    options.backoff = std::chrono::milliseconds(10);
    sync::SyncEngine(db, options).run();
    Service mine = service_of("org-0");
    // Changed and deleted elsewhere meanwhile: not what this device's delete was based on.
    mine.notes = "edited elsewhere";
    ASSERT_EQ(client
                  .request("PUT", "/v1/services/" + mine.id, auth(alice, mine.version),
                           json::serialize(relais::to_json(mine)))
                  .status,
              200);
    ASSERT_EQ(
        client.request("DELETE", "/v1/services/" + mine.id, auth(alice, mine.version + 1)).status,
        204);
    sync::queue_delete(db, mine.id, mine.version);

    CuttingProxy proxy(server.port(), 0, 1);
    options.server_url = proxy.url();
    Store(db).set_meta("server_url", proxy.url());
    const sync::SyncReport report = sync::SyncEngine(db, options).run();
    EXPECT_EQ(report.pushed, 0);
    EXPECT_EQ(report.rejected, 1);
}

} // namespace
} // namespace relais::test
