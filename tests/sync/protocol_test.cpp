// The wire protocol v1 against a real server: reads, caching headers, every error status with
// its JSON body, the authorisation matrix and the audit log.
#include "test_support.h"

#include "data/changelog.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "data/trust.h"
#include "sync/auth.h"
#include "sync/clock.h"
#include "sync/engine.h"
#include "sync/protocol.h"

#include <SQLiteCpp/Transaction.h>
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <thread>
#include <vector>

namespace relais::test {
namespace {
namespace json = boost::json;
using sync::HttpClient;
using sync::HttpResponse;

json::object body_of(const HttpResponse& response) {
    return json::parse(response.body).as_object();
}

// Renames a service the way another process would (an import, an account command): straight
// into the server's database, with its change-feed entry.
void rename_outside_the_server(const std::filesystem::path& path, Service service,
                               const std::string& name) {
    service.version += 1;
    service.name.fr = name;
    Database db = Database::open(path);
    SQLite::Transaction transaction(db.sql());
    Store(db).put(service);
    ChangeLog(db).record(service.id, ChangeOp::upsert, service.version, sync::now_iso8601());
    transaction.commit();
}

// Every error answer: JSON with a code, a message and a details array.
void expect_error(const HttpResponse& response, int status, std::string_view code) {
    EXPECT_EQ(response.status, status) << response.body;
    EXPECT_EQ(response.content_type, "application/json");
    const json::object body = body_of(response);
    EXPECT_EQ(body.at("error").as_string(), code) << response.body;
    EXPECT_TRUE(body.at("message").is_string());
    EXPECT_TRUE(body.at("details").is_array());
}

class ProtocolTest : public ::testing::Test {
protected:
    TestServer server;
    HttpClient client{server.url()};

    Service any_service() {
        Database db = Database::open(server.db_path());
        return Store(db).services().front();
    }
    Service service_of_other_org(const std::string& organization) {
        Database db = Database::open(server.db_path());
        for (const Service& service : Store(db).services()) {
            if (service.organization_id != organization)
                return service;
        }
        throw std::runtime_error("one organisation only");
    }
    std::string bearer(const std::string& token) { return "Bearer " + token; }
    HttpResponse put(const Service& service, const std::string& token, std::int64_t base) {
        return client.request(
            "PUT", "/v1/services/" + service.id,
            {{"Authorization", bearer(token)}, {"If-Match", "\"" + std::to_string(base) + "\""}},
            json::serialize(relais::to_json(service)));
    }
};

TEST_F(ProtocolTest, SnapshotHasEverythingAndTheHead) {
    const HttpResponse response = client.request("GET", "/v1/snapshot");
    ASSERT_EQ(response.status, 200);
    const sync::Snapshot snapshot = sync::snapshot_from_json(json::parse(response.body));
    Database db = Database::open(server.db_path());
    EXPECT_EQ(snapshot.seq, ChangeLog(db).head());
    EXPECT_EQ(snapshot.directory.services, Store(db).services());
    EXPECT_EQ(snapshot.directory.organizations.size(), Store(db).organizations().size());
    EXPECT_EQ(snapshot.directory.categories.size(), Store(db).categories().size());
    ASSERT_NE(response.header("ETag"), nullptr);
    ASSERT_NE(response.header("Cache-Control"), nullptr);
}

TEST_F(ProtocolTest, ChangesArePagedInOrderAndCoverEveryService) {
    std::set<std::string> seen;
    std::int64_t since = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        const HttpResponse response =
            client.request("GET", "/v1/changes?since=" + std::to_string(since) + "&limit=7");
        ASSERT_EQ(response.status, 200) << response.body;
        const sync::ChangesPage page = sync::changes_from_json(json::parse(response.body));
        std::int64_t previous = since;
        for (const sync::WireChange& change : page.changes) {
            EXPECT_GT(change.seq, previous);
            previous = change.seq;
            EXPECT_FALSE(change.deleted);
            EXPECT_TRUE(seen.insert(change.id).second) << change.id;
        }
        EXPECT_GT(page.next, since);
        since = page.next;
        more = page.more;
    }
    EXPECT_EQ(seen.size(), 30u);
    EXPECT_EQ(pages, 5);
}

TEST_F(ProtocolTest, ConditionalGetAnswers304UntilSomethingChanges) {
    const HttpResponse first = client.request("GET", "/v1/changes?since=0");
    ASSERT_EQ(first.status, 200);
    const std::string etag = *first.header("ETag");
    const HttpResponse again =
        client.request("GET", "/v1/changes?since=0", {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.empty());
    const HttpResponse snapshot = client.request("GET", "/v1/snapshot", {{"If-None-Match", etag}});
    EXPECT_EQ(snapshot.status, 304);

    add_account(server.db_path(), "admin", "org-0", Role::admin, "correct horse");
    const std::string token = login_token(server.url(), "admin", "correct horse");
    Service service = any_service();
    service.notes = "changed";
    ASSERT_EQ(put(service, token, service.version).status, 200);
    const HttpResponse after =
        client.request("GET", "/v1/changes?since=0", {{"If-None-Match", etag}});
    EXPECT_EQ(after.status, 200);
    EXPECT_NE(*after.header("ETag"), etag);
}

TEST_F(ProtocolTest, CachedAnswersFollowWritesFromOutsideTheServer) {
    // Read answers are cached while the database stays the same; a write by another process
    // (an import, an account command) must end that at once, for every read route.
    const HttpResponse before = client.request("GET", "/v1/changes?since=0&limit=5000");
    ASSERT_EQ(before.status, 200);
    ASSERT_EQ(client.request("GET", "/v1/snapshot").status, 200);
    ASSERT_EQ(client.request("GET", "/hsds/services?per_page=100").status, 200);
    rename_outside_the_server(server.db_path(), any_service(), "Zorglub renommé");
    const HttpResponse after = client.request("GET", "/v1/changes?since=0&limit=5000");
    ASSERT_EQ(after.status, 200);
    EXPECT_NE(*after.header("ETag"), *before.header("ETag"));
    EXPECT_NE(after.body.find("Zorglub renommé"), std::string::npos);
    EXPECT_NE(client.request("GET", "/v1/snapshot").body.find("Zorglub renommé"),
              std::string::npos);
    EXPECT_NE(client.request("GET", "/hsds/services?per_page=100").body.find("Zorglub renommé"),
              std::string::npos);
}

// The snapshot is built once at start, then once after each change however many clients ask
// for it at the same moment: the others wait for that build and take it from the cache.
TEST(SnapshotBuildTest, ClientsArrivingTogetherShareOneSnapshotBuild) {
    // Big enough that a build takes a while: clients asking meanwhile really arrive together.
    TestServerSetup setup;
    setup.services = 1000;
    TestServer server(setup);
    HttpClient client(server.url());
    const auto any_service = [&] {
        Database db = Database::open(server.db_path());
        return Store(db).services().front();
    };
    const auto built = [&] {
        const std::string metrics = client.request("GET", "/metrics").body;
        const std::string name = "\nrelais_snapshots_built_total ";
        const auto at = metrics.find(name);
        return at == std::string::npos ? -1 : std::stoi(metrics.substr(at + name.size()));
    };
    for (int i = 0; i < 250 && built() < 1; ++i) // built beside the serving threads
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    EXPECT_EQ(built(), 1);
    const auto together = [&] {
        std::vector<std::string> bodies(8);
        std::vector<std::thread> clients;
        for (std::size_t i = 0; i < bodies.size(); ++i)
            clients.emplace_back([&, i] {
                HttpClient own(server.url());
                const HttpResponse response = own.request("GET", "/v1/snapshot");
                if (response.status == 200)
                    bodies[i] = response.body;
            });
        for (auto& thread : clients)
            thread.join();
        return bodies;
    };
    const auto first = together();
    EXPECT_EQ(built(), 1);
    ASSERT_FALSE(first[0].empty());
    for (const auto& body : first)
        EXPECT_EQ(body, first[0]);

    rename_outside_the_server(server.db_path(), any_service(), "Zorglub renommé");
    const auto second = together();
    EXPECT_EQ(built(), 2);
    ASSERT_NE(second[0].find("Zorglub renommé"), std::string::npos);
    for (const auto& body : second)
        EXPECT_EQ(body, second[0]);
}

TEST_F(ProtocolTest, CursorsBelowTheFloorOrAboveTheHeadAreToldToResync) {
    add_account(server.db_path(), "admin", "org-0", Role::admin, "correct horse");
    const std::string token = login_token(server.url(), "admin", "correct horse");
    const Service service = any_service();
    const HttpResponse deleted =
        client.request("DELETE", "/v1/services/" + service.id,
                       {{"Authorization", bearer(token)}, {"If-Match", "\"1\""}});
    ASSERT_EQ(deleted.status, 204) << deleted.body;
    {
        Database db = Database::open(server.db_path());
        EXPECT_EQ(ChangeLog(db).prune_deletes("9999-01-01T00:00:00Z"), 1);
    }
    expect_error(client.request("GET", "/v1/changes?since=0"), 410, "resync");
    expect_error(client.request("GET", "/v1/changes?since=999999"), 410, "resync");
    // The snapshot's seq is a valid cursor again.
    const auto snapshot =
        sync::snapshot_from_json(json::parse(client.request("GET", "/v1/snapshot").body));
    EXPECT_EQ(client.request("GET", "/v1/changes?since=" + std::to_string(snapshot.seq)).status,
              200);
}

TEST_F(ProtocolTest, EveryErrorStatusHasItsJsonBody) {
    add_account(server.db_path(), "staff", "org-0", Role::staff, "correct horse");
    const std::string token = login_token(server.url(), "staff", "correct horse");
    Database db = Database::open(server.db_path());
    const Service own = Store(db).services_of("org-0").front();
    const Service other = service_of_other_org("org-0");
    const std::string path = "/v1/services/" + own.id;
    const sync::Headers auth{{"Authorization", bearer(token)}};
    auto with = [&](sync::Headers extra) {
        sync::Headers headers = auth;
        headers.insert(headers.end(), extra.begin(), extra.end());
        return headers;
    };

    expect_error(client.request("GET", "/v1/changes?since=abc"), 400, "bad_request");
    expect_error(client.request("GET", "/v1/changes?limit=0"), 400, "bad_request");
    expect_error(client.request("PUT", path, with({{"If-Match", "\"1\""}}), "{not json"), 400,
                 "malformed_json");
    expect_error(
        client.request("PUT", path, {{"If-Match", "\"1\""}}, json::serialize(relais::to_json(own))),
        401, "unauthorized");
    expect_error(put(other, token, other.version), 403, "forbidden");
    expect_error(client.request("GET", "/v1/nothing"), 404, "not_found");
    expect_error(client.request("GET", "/v1/services/no-such-service"), 404, "not_found");
    Service missing = own;
    missing.id = "no-such-service";
    expect_error(put(missing, token, 1), 404, "not_found");
    expect_error(client.request("DELETE", "/v1/snapshot"), 405, "method_not_allowed");

    const HttpResponse stale = put(own, token, own.version + 5);
    expect_error(stale, 409, "conflict");
    EXPECT_EQ(sync::service_from_wire(body_of(stale).at("current")), own);

    expect_error(
        client.request("PUT", path, with({{"If-Match", "\"1\""}}), std::string(300 * 1024, ' ')),
        413, "payload_too_large");

    json::value invalid = relais::to_json(own);
    invalid.as_object()["email"] = 42;
    invalid.as_object()["categories"] = json::array{"no-such-category"};
    const HttpResponse unprocessable =
        client.request("PUT", path, with({{"If-Match", "\"1\""}}), json::serialize(invalid));
    expect_error(unprocessable, 422, "invalid_fields");
    std::set<std::string> fields;
    const json::object problems = body_of(unprocessable);
    for (const auto& detail : problems.at("details").as_array())
        fields.insert(std::string(detail.at("field").as_string()));
    EXPECT_TRUE(fields.count("email")) << unprocessable.body;
    EXPECT_EQ(fields.size(), 2u) << unprocessable.body;

    expect_error(client.request("PUT", path, auth, json::serialize(relais::to_json(own))), 428,
                 "precondition_required");
}

TEST_F(ProtocolTest, AuthorisationMatrix) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    add_account(server.db_path(), "root", "org-1", Role::admin, "root password");
    add_account(server.db_path(), "gone", "org-0", Role::staff, "gone password");
    const std::string alice = login_token(server.url(), "alice", "alice password");
    const std::string root = login_token(server.url(), "root", "root password");
    const std::string gone = login_token(server.url(), "gone", "gone password");
    Database db = Database::open(server.db_path());
    Service own = Store(db).services_of("org-0").front();
    Service other = service_of_other_org("org-0");

    // Anonymous: reads yes, writes no.
    EXPECT_EQ(client.request("GET", "/v1/services/" + own.id).status, 200);
    expect_error(client.request("PUT", "/v1/services/" + own.id, {{"If-Match", "\"1\""}},
                                json::serialize(relais::to_json(own))),
                 401, "unauthorized");
    // Staff: own organisation yes, another no; cannot move a listing to another organisation.
    own.notes = "alice was here";
    const HttpResponse mine = put(own, alice, own.version);
    ASSERT_EQ(mine.status, 200) << mine.body;
    own = sync::service_from_wire(body_of(mine).at("service"));
    EXPECT_EQ(own.notes, "alice was here");
    expect_error(put(other, alice, other.version), 403, "forbidden");
    Service moved = own;
    moved.organization_id = other.organization_id;
    expect_error(put(moved, alice, own.version), 403, "forbidden");
    // Admin: everything.
    other.notes = "root was here";
    EXPECT_EQ(put(other, root, other.version).status, 200);
    // Forged, expired and disabled-account tokens.
    expect_error(put(own, sync::new_token(), own.version), 401, "unauthorized");
    expect_error(put(own, "", own.version), 401, "unauthorized");
    const std::string expired = sync::new_token();
    Accounts(db).add_session(sync::token_hash(expired), "alice", "2020-01-01T00:00:00Z",
                             "2020-01-02T00:00:00Z");
    expect_error(put(own, expired, own.version), 401, "unauthorized");
    ASSERT_TRUE(Accounts(db).set_disabled("gone", true));
    expect_error(put(own, gone, own.version), 401, "unauthorized");
    // The audit log: admins only.
    expect_error(client.request("GET", "/v1/audit", {{"Authorization", bearer(alice)}}), 403,
                 "forbidden");
    const HttpResponse audit =
        client.request("GET", "/v1/audit", {{"Authorization", bearer(root)}});
    ASSERT_EQ(audit.status, 200);
    const json::array entries = body_of(audit).at("entries").as_array();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].at("user").as_string(), "alice");
    EXPECT_EQ(entries[0].at("action").as_string(), "update");
    EXPECT_FALSE(entries[0].at("before").at("notes") == "alice was here");
    EXPECT_EQ(entries[0].at("after").at("notes"), "alice was here");
    EXPECT_EQ(entries[1].at("user").as_string(), "root");
}

TEST_F(ProtocolTest, TrustIsTheServersToSay) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    add_account(server.db_path(), "root", "org-1", Role::admin, "root password");
    const std::string alice = login_token(server.url(), "alice", "alice password");
    const std::string root = login_token(server.url(), "root", "root password");
    Database db = Database::open(server.db_path());
    Service own = Store(db).services_of("org-0").front();
    // A staff edit confirms the listing by the server's clock, whatever (past) date the client
    // sends (a future one is refused: StaffWritesTest); the research's check date is not the
    // organisation's to change.
    const auto checked = own.checked_on;
    own.last_verified_at = "2020-01-01";
    own.checked_on = "2026-12-01";
    const HttpResponse edited = put(own, alice, own.version);
    ASSERT_EQ(edited.status, 200) << edited.body;
    const Service stored = sync::service_from_wire(body_of(edited).at("service"));
    ASSERT_TRUE(stored.last_verified_at);
    EXPECT_EQ(stored.last_verified_at->substr(0, 10), sync::now_iso8601().substr(0, 10));
    EXPECT_EQ(stored.checked_on, checked);
    EXPECT_EQ(trust_of(stored, utc_today()).state, TrustState::confirmed);
    // An administrator's edit is no confirmation by the organisation: the date stays.
    Service again = stored;
    again.notes = "edited by the coordinator";
    again.last_verified_at = "2021-06-01";
    const HttpResponse by_admin = put(again, root, stored.version);
    ASSERT_EQ(by_admin.status, 200) << by_admin.body;
    EXPECT_EQ(sync::service_from_wire(body_of(by_admin).at("service")).last_verified_at,
              stored.last_verified_at);
}

TEST_F(ProtocolTest, CreateConfirmAndDelete) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    const std::string alice = login_token(server.url(), "alice", "alice password");
    const sync::Headers auth{{"Authorization", bearer(alice)}};
    Service fresh = any_service();
    fresh.id = "new-service";
    fresh.organization_id = "org-0";
    const HttpResponse created =
        client.request("POST", "/v1/services", auth, json::serialize(relais::to_json(fresh)));
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(*created.header("Location"), "/v1/services/new-service");
    const Service stored = sync::service_from_wire(body_of(created).at("service"));
    EXPECT_EQ(stored.version, 1);
    expect_error(
        client.request("POST", "/v1/services", auth, json::serialize(relais::to_json(fresh))), 409,
        "conflict");
    Service elsewhere = fresh;
    elsewhere.id = "elsewhere";
    elsewhere.organization_id = "org-1";
    expect_error(
        client.request("POST", "/v1/services", auth, json::serialize(relais::to_json(elsewhere))),
        403, "forbidden");

    // "Still accurate": last_verified_at alone changes (and the version).
    sync::Headers confirm = auth;
    confirm.emplace_back("If-Match", "\"1\"");
    const HttpResponse confirmed =
        client.request("POST", "/v1/services/new-service/confirm", confirm);
    ASSERT_EQ(confirmed.status, 200) << confirmed.body;
    Service verified = sync::service_from_wire(body_of(confirmed).at("service"));
    EXPECT_EQ(verified.version, 2);
    ASSERT_TRUE(verified.last_verified_at);
    Service expected = stored;
    expected.version = 2;
    expected.updated_at = verified.updated_at;
    expected.last_verified_at = verified.last_verified_at;
    EXPECT_EQ(verified, expected);

    sync::Headers remove = auth;
    remove.emplace_back("If-Match", "\"2\"");
    EXPECT_EQ(client.request("DELETE", "/v1/services/new-service", remove).status, 204);
    expect_error(client.request("GET", "/v1/services/new-service"), 404, "not_found");
    const auto page =
        sync::changes_from_json(json::parse(client.request("GET", "/v1/changes").body));
    ASSERT_FALSE(page.changes.empty());
    EXPECT_TRUE(page.changes.back().deleted);
    EXPECT_EQ(page.changes.back().id, "new-service");
    EXPECT_EQ(page.changes.back().version, 3);
}

TEST_F(ProtocolTest, LoginIsRateLimitedPerUser) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    for (int i = 0; i < 5; ++i)
        expect_error(
            client.request("POST", "/v1/session", {}, R"({"user": "alice", "password": "wrong"})"),
            401, "invalid_credentials");
    const HttpResponse limited = client.request(
        "POST", "/v1/session", {}, R"({"user": "alice", "password": "alice password"})");
    expect_error(limited, 429, "too_many_requests");
    ASSERT_NE(limited.header("Retry-After"), nullptr);
    EXPECT_GT(std::stoi(*limited.header("Retry-After")), 0);
    expect_error(client.request("POST", "/v1/session", {}, R"({"user": 3})"), 422,
                 "invalid_fields");
}

TEST_F(ProtocolTest, SessionCarriesRoleAndOrganisation) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    const sync::SessionInfo session = sync::login(server.url(), "alice", "alice password");
    EXPECT_GE(session.token.size(), 43u); // 256 bits in base64
    EXPECT_EQ(session.organization_id, "org-0");
    EXPECT_EQ(session.role, "staff");
    EXPECT_GT(session.expires_at, sync::now_iso8601());
    // Only a hash of the token is stored.
    Database db = Database::open(server.db_path());
    EXPECT_TRUE(Accounts(db).session_account(sync::token_hash(session.token), sync::now_iso8601()));
    SQLite::Statement stored(db.sql(), "SELECT count(*) FROM sessions WHERE token_hash = ?");
    stored.bind(1, session.token);
    stored.executeStep();
    EXPECT_EQ(stored.getColumn(0).getInt(), 0);
}

TEST_F(ProtocolTest, TheRootSaysWhatTheAddressIsFor) {
    // A participant's phone opens the classroom QR code in its browser.
    const HttpResponse root = client.request("GET", "/");
    EXPECT_EQ(root.status, 200);
    EXPECT_EQ(root.content_type, "text/plain; charset=utf-8");
    for (const char* words : {"Adresse du serveur", "Serveradres", "Server address"})
        EXPECT_NE(root.body.find(words), std::string::npos) << root.body;
    EXPECT_EQ(client.request("POST", "/").status, 405);
}

TEST_F(ProtocolTest, HealthAndMetrics) {
    const HttpResponse health = client.request("GET", "/healthz");
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(body_of(health).at("status"), "ok");
    client.request("GET", "/v1/nothing");
    const HttpResponse metrics = client.request("GET", "/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_TRUE(metrics.content_type.starts_with("text/plain"));
    EXPECT_NE(metrics.body.find("relais_http_requests_total{status=\"404\"} 1"), std::string::npos)
        << metrics.body;
    EXPECT_NE(metrics.body.find("relais_change_log_head 30"), std::string::npos);
    EXPECT_NE(metrics.body.find("relais_http_request_duration_seconds_bucket{le=\"+Inf\"}"),
              std::string::npos);
    EXPECT_NE(metrics.body.find("relais_connections 1"), std::string::npos);
}

} // namespace
} // namespace relais::test
