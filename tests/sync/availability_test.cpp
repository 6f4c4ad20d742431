// Availability against a real server: big answers built once and shared however many clients
// read them (slowly), sent whole from the cache's file and cut off when a reader stalls, cache
// keys that junk cannot vary, unknown ids answered from an index and
// a cached 404, health answered while the workers are busy, bounded queued work, and a cap on
// the connections of one address. What is checked is how much work the server does (its
// /metrics counters) and what each client gets, never how long it takes.
#include "test_support.h"

#include "sync/hsds.h"
#include "sync/response_cache.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace relais::test {
namespace {
namespace json = boost::json;
using namespace std::chrono_literals;
using sync::HttpClient;
using sync::HttpResponse;

// A counter of the server's /metrics, -1 when absent.
long counter(HttpClient& client, const std::string& name) {
    const std::string metrics = client.request("GET", "/metrics").body;
    const auto at = metrics.find("\n" + name + " ");
    return at == std::string::npos ? -1 : std::stol(metrics.substr(at + name.size() + 2));
}

long built(HttpClient& client) {
    return counter(client, "relais_read_answers_built_total");
}

// The server builds the snapshot beside its serving threads at start: wait for it, so that
// it does not count among the builds a test expects.
void wait_for_the_first_snapshot(HttpClient& client) {
    for (int i = 0; i < 250 && counter(client, "relais_snapshots_built_total") < 1; ++i)
        std::this_thread::sleep_for(20ms);
    ASSERT_EQ(counter(client, "relais_snapshots_built_total"), 1);
}

// A client that asks and never reads the answer.
int slow_reader(unsigned short port, const std::string& target) {
    const int fd = connect_to(port);
    const int small = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    const std::string request = "GET " + target + " HTTP/1.1\r\nHost: a\r\n\r\n";
    EXPECT_EQ(::send(fd, request.data(), request.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(request.size()));
    return fd;
}

TEST(Availability, SlowReadersOfTheWholeHsdsListShareOneAnswer) {
    TestServerSetup setup;
    setup.services = 300;
    TestServer server(setup);
    HttpClient client(server.url());
    wait_for_the_first_snapshot(client);
    const long before = built(client);
    std::vector<int> readers;
    for (int i = 0; i < 20; ++i)
        readers.push_back(slow_reader(server.port(), "/hsds/services?format=ndjson&full=true"));
    // Every reader has been answered (is being sent the answer) once the server counts 21
    // connections and the answer has been built.
    for (int i = 0; i < 300 && (server.metrics().connections() < 21 || built(client) == before);
         ++i)
        std::this_thread::sleep_for(10ms);
    // One more, read whole: the same bytes, from the same build.
    const HttpResponse whole = client.request("GET", "/hsds/services?full=true&format=ndjson");
    EXPECT_EQ(whole.status, 200);
    EXPECT_EQ(whole.content_type, "application/x-ndjson");
    EXPECT_EQ(std::count(whole.body.begin(), whole.body.end(), '\n'), 300);
    EXPECT_EQ(built(client), before + 1);
    EXPECT_EQ(client.request("GET", "/healthz").status, 200);
    for (const int fd : readers)
        ::close(fd);
}

TEST(Availability, ManyBootstrapsShareOneSnapshotEvenWhenItIsBig) {
    TestServerSetup setup;
    setup.services = 300;
    setup.handler.response_cache_bytes = 64 * 1024; // the snapshot is a "large" answer
    TestServer server(setup);
    HttpClient client(server.url());
    wait_for_the_first_snapshot(client);
    std::vector<std::thread> clients;
    std::atomic<int> ok{0};
    for (int i = 0; i < 16; ++i)
        clients.emplace_back([&] {
            HttpClient own(server.url());
            ok += own.request("GET", "/v1/snapshot").status == 200;
        });
    for (auto& thread : clients)
        thread.join();
    EXPECT_EQ(ok, 16);
    EXPECT_EQ(counter(client, "relais_snapshots_built_total"), 1);
}

TEST(Availability, BigCachedAnswersAreSentWholeFromTheirFile) {
    TestServerSetup setup;
    setup.services = 300; // a snapshot and a full page of changes well past the file threshold
    TestServer server(setup);
    HttpClient client(server.url());
    wait_for_the_first_snapshot(client);
    // The handler's own answer, with no network: what every send must carry.
    sync::Metrics metrics;
    sync::HandlerOptions options;
    options.database = server.db_path();
    sync::Handler handler(options, metrics);
    for (const char* target : {"/v1/snapshot", "/v1/changes?since=0&limit=200"}) {
        sync::HttpRequest request;
        request.method = "GET";
        request.target = target;
        const sync::HttpResponse expected = handler.handle(request);
        const std::string& bytes = expected.cached_body ? *expected.cached_body : expected.body;
        ASSERT_GE(bytes.size(), sync::ResponseCache::kFileFrom) << target;
        for (int i = 0; i < 3; ++i) { // built, then from the cache's file
            const HttpResponse got = client.request("GET", target);
            EXPECT_EQ(got.status, 200) << target;
            EXPECT_EQ(got.body, bytes) << target;
            EXPECT_EQ(got.content_type, "application/json");
            ASSERT_TRUE(got.header("ETag")) << target;
        }
    }
}

TEST(Availability, AClientThatStopsReadingABigAnswerIsCutOffAndOneThatLeavesHarmsNothing) {
    TestServerSetup setup;
    // A snapshot bigger than every socket buffer on the way can hold (the kernel takes up to
    // 4 MiB of a sender's queue), so that a reader who stops reading stalls the answer.
    setup.services = 6000;
    setup.server.write_timeout = 300ms;
    TestServer server(setup);
    HttpClient client(server.url());
    wait_for_the_first_snapshot(client);
    ASSERT_EQ(client.request("GET", "/v1/snapshot").status, 200); // cached from here on
    const auto before = server.metrics().connections();
    // Never reads: the answer stalls in full socket buffers until the write timeout.
    const int stalled = slow_reader(server.port(), "/v1/snapshot");
    // Reads a little, then goes away mid-answer.
    const int leaving = slow_reader(server.port(), "/v1/snapshot");
    char some[1024];
    EXPECT_GT(::recv(leaving, some, sizeof some, 0), 0);
    ::close(leaving);
    for (int i = 0; i < 300 && server.metrics().connections() > before; ++i)
        std::this_thread::sleep_for(10ms);
    EXPECT_EQ(server.metrics().connections(), before) << "a stalled answer holds its connection";
    ::close(stalled);
    // Still serving, the same bytes.
    EXPECT_EQ(client.request("GET", "/healthz").status, 200);
    EXPECT_EQ(client.request("GET", "/v1/snapshot").status, 200);
}

TEST(Availability, UnknownOrRepeatedParametersAreRefusedAndOrderMakesNoNewAnswer) {
    TestServer server;
    HttpClient client(server.url());
    wait_for_the_first_snapshot(client);
    for (const char* target :
         {"/hsds/services?junk=1", "/hsds/services?page=1&page=2", "/hsds/organizations?full=true",
          "/hsds/services/x?format=json", "/v1/changes?since=0&junk=2", "/v1/snapshot?x=1",
          "/healthz?x", "/hsds/services?full=yes"}) {
        const HttpResponse answer = client.request("GET", target);
        EXPECT_EQ(answer.status, 400) << target;
        EXPECT_EQ(json::parse(answer.body).at("error"), "bad_request") << target;
    }
    ASSERT_EQ(client.request("GET", "/hsds/services?page=2&per_page=5&full=true").status, 200);
    const long once = built(client);
    for (const char* same : {"/hsds/services?full=true&per_page=5&page=2",
                             "/hsds/services?per_page=05&page=02&full=true"})
        EXPECT_EQ(client.request("GET", same).status, 200) << same;
    EXPECT_EQ(built(client), once);
}

TEST(Availability, ServicesAreFoundByUuidAndUnknownOnesAnswerACached404) {
    TestServer server;
    HttpClient client(server.url());
    wait_for_the_first_snapshot(client);
    Service any;
    {
        Database db = Database::open(server.db_path());
        any = Store(db).services().back();
    }
    const HttpResponse found =
        client.request("GET", "/hsds/services/" + sync::hsds_uuid("service", any.id));
    ASSERT_EQ(found.status, 200);
    EXPECT_EQ(std::string(json::parse(found.body).at("id").as_string()),
              sync::hsds_uuid("service", any.id));

    const std::string unknown = "/hsds/services/" + sync::hsds_uuid("service", "no-such-service");
    const long before = built(client);
    for (int i = 0; i < 5; ++i) {
        const HttpResponse missing = client.request("GET", unknown);
        EXPECT_EQ(missing.status, 404);
        EXPECT_EQ(json::parse(missing.body).at("error"), "not_found");
    }
    EXPECT_EQ(built(client), before + 1);
}

TEST(Availability, HealthIsAnsweredWhileTheWorkersAreBusy) {
    TestServerSetup setup;
    setup.server.workers = 1;
    setup.handler.login_max_failures_per_address = 1000;
    TestServer server(setup);
    // Each wrong login costs a password hash on the one worker.
    constexpr int kLogins = 24;
    std::atomic<int> done{0};
    std::vector<std::thread> logins;
    for (int i = 0; i < kLogins; ++i)
        logins.emplace_back([&, i] {
            HttpClient own(server.url());
            own.request("POST", "/v1/session", {},
                        json::serialize(json::object{{"user", "user-" + std::to_string(i)},
                                                     {"password", "wrong"}}));
            ++done;
        });
    HttpClient probe(server.url());
    for (int i = 0; i < 200 && server.metrics().connections() < kLogins; ++i)
        std::this_thread::sleep_for(5ms);
    EXPECT_EQ(probe.request("GET", "/healthz").status, 200);
    const int answered_meanwhile = done;
    for (auto& thread : logins)
        thread.join();
    EXPECT_LT(answered_meanwhile, kLogins);
}

TEST(Availability, WorkPastTheQueueBoundGets503WithRetryAfter) {
    TestServerSetup setup;
    setup.server.workers = 1;
    setup.server.max_queued_work = 2;
    setup.handler.login_max_failures_per_address = 1000;
    TestServer server(setup);
    std::atomic<int> refused{0}, answered{0}, with_retry{0};
    std::vector<std::thread> logins;
    for (int i = 0; i < 24; ++i)
        logins.emplace_back([&, i] {
            HttpClient own(server.url());
            const HttpResponse answer =
                own.request("POST", "/v1/session", {},
                            json::serialize(json::object{{"user", "user-" + std::to_string(i)},
                                                         {"password", "wrong"}}));
            if (answer.status == 503) {
                ++refused;
                with_retry += answer.header("Retry-After") != nullptr;
            } else if (answer.status == 401) {
                ++answered;
            }
        });
    for (auto& thread : logins)
        thread.join();
    EXPECT_GT(refused, 0);
    EXPECT_EQ(with_retry, refused);
    EXPECT_GT(answered, 0);
    EXPECT_EQ(refused + answered, 24);
}

TEST(Availability, OneAddressCannotTakeEverySlot) {
    TestServerSetup setup;
    setup.server.max_connections_per_address = 4;
    TestServer server(setup);
    const std::vector<int> held = hold_connections(server, 4);
    ASSERT_EQ(server.metrics().connections(), 4);
    const int extra = connect_to(server.port());
    const std::string refused = read_all(extra, 3000);
    ::close(extra);
    EXPECT_EQ(refused.substr(0, refused.find("\r\n")), "HTTP/1.1 503 Service Unavailable");
    EXPECT_NE(refused.find("Retry-After: 1"), std::string::npos);
    // Another address is served.
    sync::ClientOptions elsewhere;
    elsewhere.local_address = "127.0.0.2";
    HttpClient other(server.url(), elsewhere);
    EXPECT_EQ(other.request("GET", "/healthz").status, 200);
    for (const int fd : held)
        ::close(fd);
}

} // namespace
} // namespace relais::test
