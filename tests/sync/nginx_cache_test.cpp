// relais-server behind Debian's nginx, started from a private prefix with the locations
// operators install (docs/deploy/relais-locations.conf): a client bootstraps and pulls through
// the cache; repeated pulls are answered by nginx without reaching the server; writes and
// sessions pass through, never cached; and the server counts logins per client, not per proxy.
#include "test_support.h"

#include "data/seed_json.h"
#include "data/store.h"
#include "sync/engine.h"
#include "sync/protocol.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace relais::test {
namespace {
namespace json = boost::json;
using namespace std::chrono_literals;
using sync::HttpClient;
using sync::HttpResponse;

unsigned short free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// The server counts a request once its answer is written, so a client can have the answer a
// moment before the count moves: read it once it holds still.
std::uint64_t requests_so_far(const sync::Metrics& metrics) {
    std::uint64_t last = metrics.requests();
    for (int i = 0; i < 50; ++i) {
        std::this_thread::sleep_for(20ms);
        const std::uint64_t now = metrics.requests();
        if (now == last)
            return now;
        last = now;
    }
    return last;
}

std::string credentials(const std::string& user, const std::string& password) {
    return json::serialize(json::object{{"user", user}, {"password", password}});
}

// Debian's nginx as an ordinary program: its own prefix, pid file and cache, stopped by the
// destructor.
class Nginx {
public:
    explicit Nginx(unsigned short upstream) : port_(free_port()) {
        std::filesystem::permissions(dir_.path(), std::filesystem::perms::all); // workers
        const std::string d = dir_.path().string();
        write_file(dir_ / "nginx.conf", "worker_processes 1;\n"
                                        "pid " +
                                            d +
                                            "/nginx.pid;\n"
                                            "error_log " +
                                            d +
                                            "/error.log warn;\n"
                                            "events { worker_connections 256; }\n"
                                            "http {\n"
                                            "  access_log off;\n"
                                            "  client_body_temp_path " +
                                            d +
                                            "/body;\n"
                                            "  proxy_temp_path " +
                                            d +
                                            "/proxy;\n"
                                            "  fastcgi_temp_path " +
                                            d +
                                            "/fastcgi;\n"
                                            "  uwsgi_temp_path " +
                                            d +
                                            "/uwsgi;\n"
                                            "  scgi_temp_path " +
                                            d +
                                            "/scgi;\n"
                                            "  proxy_cache_path " +
                                            d +
                                            "/cache levels=1:2 keys_zone=relais:1m "
                                            "inactive=1h use_temp_path=off;\n"
                                            "  upstream relais_server { server 127.0.0.1:" +
                                            std::to_string(upstream) +
                                            "; keepalive 8; }\n"
                                            "  server {\n"
                                            "    listen 127.0.0.1:" +
                                            std::to_string(port_) +
                                            ";\n"
                                            "    include " RELAIS_TEST_SOURCE_DIR
                                            "/docs/deploy/relais-locations.conf;\n"
                                            "  }\n"
                                            "}\n");
        const std::string command = quote(RELAIS_NGINX) + " -p " + quote(d) + " -c " +
                                    quote(d + "/nginx.conf") + " -e " + quote(d + "/error.log") +
                                    " 2>> " + quote(d + "/error.log");
        started_ = std::system(command.c_str()) == 0;
        for (int i = 0; started_ && i < 100 && !answers(); ++i)
            std::this_thread::sleep_for(20ms);
    }
    ~Nginx() {
        const std::string d = dir_.path().string();
        const std::string command = quote(RELAIS_NGINX) + " -p " + quote(d) + " -c " +
                                    quote(d + "/nginx.conf") + " -s stop 2> /dev/null";
        std::system(command.c_str());
        for (int i = 0; i < 100 && std::filesystem::exists(dir_ / "nginx.pid"); ++i)
            std::this_thread::sleep_for(20ms);
    }
    bool ok() const { return started_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    std::string log() const { return read_file(dir_ / "error.log"); }

private:
    bool answers() const {
        const int fd = connect_to(port_);
        if (fd >= 0)
            ::close(fd);
        return fd >= 0;
    }
    TempDir dir_;
    unsigned short port_;
    bool started_ = false;
};

class NginxCache : public ::testing::Test {
protected:
    NginxCache() : server(setup()), nginx(server.port()) {}

    static TestServerSetup setup() {
        TestServerSetup result;
        result.server.trusted_proxies = {"127.0.0.1"};
        return result;
    }
    sync::SyncReport pull(Database& db) {
        sync::SyncOptions options;
        options.server_url = nginx.url();
        options.backoff = 10ms;
        return sync::SyncEngine(db, options).run();
    }
    std::vector<Service> server_services() {
        Database db = Database::open(server.db_path());
        return Store(db).services();
    }

    TestServer server;
    Nginx nginx;
    TempDir dir;
};

TEST_F(NginxCache, AClientSyncsThroughTheCacheAndRepeatedPullsStayThere) {
    ASSERT_TRUE(nginx.ok()) << nginx.log();
    Database db = Database::open(dir / "client.sqlite");
    const sync::SyncReport first = pull(db);
    EXPECT_TRUE(first.bootstrapped);
    EXPECT_EQ(Store(db).services(), server_services());
    pull(db); // the first page after the snapshot, now kept by nginx

    const auto reached = requests_so_far(server.metrics());
    for (int i = 0; i < 5; ++i) {
        const sync::SyncReport again = pull(db);
        EXPECT_FALSE(again.bootstrapped);
        EXPECT_EQ(again.upserts, 0);
        EXPECT_EQ(again.cursor, first.cursor);
    }
    EXPECT_EQ(requests_so_far(server.metrics()), reached) << "a repeated pull reached the server";

    // What nginx says of it, and that a new device's bootstrap is served from the cache too.
    HttpClient client(nginx.url());
    const HttpResponse snapshot = client.request("GET", "/v1/snapshot");
    EXPECT_EQ(snapshot.status, 200);
    ASSERT_TRUE(snapshot.header("X-Cache-Status"));
    EXPECT_EQ(*snapshot.header("X-Cache-Status"), "HIT");
    EXPECT_EQ(*snapshot.header("Cache-Control"), "public, max-age=5, must-revalidate");
    EXPECT_EQ(requests_so_far(server.metrics()), reached);
    // Operators' metrics are not on the public address.
    EXPECT_EQ(client.request("GET", "/metrics").status, 404);
}

TEST_F(NginxCache, WritesAndSessionsPassThroughAndTheChangeArrivesOnceTheCacheTimeIsOver) {
    ASSERT_TRUE(nginx.ok()) << nginx.log();
    add_account(server.db_path(), "root", "org-0", Role::admin, "root password");
    Database db = Database::open(dir / "client.sqlite");
    pull(db);
    pull(db);

    HttpClient client(nginx.url());
    const auto before = requests_so_far(server.metrics());
    const HttpResponse session =
        client.request("POST", "/v1/session", {}, credentials("root", "root password"));
    ASSERT_EQ(session.status, 200) << session.body;
    EXPECT_EQ(*session.header("Cache-Control"), "no-store");
    const std::string token = json::parse(session.body).at("token").as_string().c_str();
    Service changed = server_services()[3];
    changed.notes = "new opening hours from Monday";
    const HttpResponse put =
        client.request("PUT", "/v1/services/" + changed.id,
                       {{"Authorization", "Bearer " + token},
                        {"If-Match", "\"" + std::to_string(changed.version) + "\""}},
                       json::serialize(relais::to_json(changed)));
    ASSERT_EQ(put.status, 200) << put.body;
    EXPECT_EQ(requests_so_far(server.metrics()), before + 2) << "a write was answered by nginx";
    Database server_db = Database::open(server.db_path());
    EXPECT_EQ(Store(server_db).service(changed.id)->notes, changed.notes);

    // The page the client asks for next was kept for up to max-age (5 s); after it, nginx asks
    // the server again and the change arrives.
    const auto deadline = std::chrono::steady_clock::now() + 8s;
    bool arrived = false;
    while (!arrived && std::chrono::steady_clock::now() < deadline) {
        pull(db);
        arrived = Store(db).service(changed.id)->notes == changed.notes;
        if (!arrived)
            std::this_thread::sleep_for(250ms);
    }
    EXPECT_TRUE(arrived) << "the change never came through the cache";
}

TEST_F(NginxCache, LoginsAreCountedPerClientBehindTheProxy) {
    ASSERT_TRUE(nginx.ok()) << nginx.log();
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    sync::ClientOptions guesser_address;
    guesser_address.local_address = "127.0.0.5";
    HttpClient guesser(nginx.url(), guesser_address);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(guesser.request("POST", "/v1/session", {}, credentials("alice", "wrong")).status,
                  401);
    EXPECT_EQ(
        guesser.request("POST", "/v1/session", {}, credentials("alice", "alice password")).status,
        429);
    // Alice, another client of the same proxy, is not locked out by the guesser.
    sync::ClientOptions office_address;
    office_address.local_address = "127.0.0.6";
    HttpClient office(nginx.url(), office_address);
    EXPECT_EQ(
        office.request("POST", "/v1/session", {}, credentials("alice", "alice password")).status,
        200);
}

TEST(TrustedProxy, XForwardedForFromAnyoneElseIsIgnored) {
    TestServer server; // no trusted proxy
    add_account(server.db_path(), "bob", "org-0", Role::staff, "bob password");
    HttpClient client(server.url());
    for (int i = 0; i < 5; ++i)
        client.request("POST", "/v1/session", {{"X-Forwarded-For", "10.0.0.1"}},
                       credentials("bob", "wrong"));
    // Claiming another address changes nothing: the pair (bob, 127.0.0.1) is blocked.
    EXPECT_EQ(client
                  .request("POST", "/v1/session", {{"X-Forwarded-For", "10.0.0.2"}},
                           credentials("bob", "bob password"))
                  .status,
              429);
}

} // namespace
} // namespace relais::test
