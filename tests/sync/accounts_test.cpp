// Staff accounts against a real server: the login limiter (per user and address, per
// address, atomic, never flushed) and logout revoking the token on the server. Other clients
// are other loopback addresses (127.0.0.2...), which Linux routes to the same server.
#include "test_support.h"

#include "sync/engine.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace relais::test {
namespace {
namespace json = boost::json;
using sync::HttpClient;
using sync::HttpResponse;

std::string credentials(const std::string& user, const std::string& password) {
    return json::serialize(json::object{{"user", user}, {"password", password}});
}

// A client that connects from `address` (a loopback address of its own).
class From {
public:
    From(const TestServer& server, const std::string& address)
        : client_(server.url(), options(address)) {}
    int login(const std::string& user, const std::string& password) {
        return client_.request("POST", "/v1/session", {}, credentials(user, password)).status;
    }
    HttpClient& client() { return client_; }

private:
    static sync::ClientOptions options(const std::string& address) {
        sync::ClientOptions options;
        options.local_address = address;
        return options;
    }
    HttpClient client_;
};

TEST(LoginLimiter, GuessingFromOneAddressDoesNotLockTheUserOutElsewhere) {
    TestServer server;
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    From attacker(server, "127.0.0.1");
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(attacker.login("alice", "wrong"), 401);
    // The pair is blocked, even with the right password...
    const HttpResponse blocked = attacker.client().request("POST", "/v1/session", {},
                                                           credentials("alice", "alice password"));
    EXPECT_EQ(blocked.status, 429);
    ASSERT_NE(blocked.header("Retry-After"), nullptr);
    EXPECT_GT(std::stoi(*blocked.header("Retry-After")), 0);
    // ...but alice at her office logs in.
    From office(server, "127.0.0.2");
    EXPECT_EQ(office.login("alice", "alice password"), 200);
}

TEST(LoginLimiter, OneAddressCannotTryEveryUser) {
    TestServerSetup setup;
    setup.handler.login_max_failures_per_address = 8;
    TestServer server(setup);
    add_account(server.db_path(), "bob", "org-0", Role::staff, "bob password");
    From attacker(server, "127.0.0.3");
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(attacker.login("user-" + std::to_string(i), "wrong"), 401);
    EXPECT_EQ(attacker.login("bob", "wrong"), 429);
    From bob(server, "127.0.0.4");
    EXPECT_EQ(bob.login("bob", "bob password"), 200);
}

TEST(LoginLimiter, SimultaneousWrongLoginsGetNoMoreThanTheLimit) {
    TestServer server;
    add_account(server.db_path(), "carol", "org-0", Role::staff, "carol password");
    std::atomic<int> guesses{0}, refused{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 60; ++i)
        threads.emplace_back([&] {
            HttpClient client(server.url());
            const int status =
                client.request("POST", "/v1/session", {}, credentials("carol", "wrong")).status;
            (status == 401 ? guesses : status == 429 ? refused : other)++;
        });
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(guesses, 5);
    EXPECT_EQ(refused, 55);
    EXPECT_EQ(other, 0);
}

TEST(LoginLimiter, FailuresFromManyAddressesDoNotFlushABlock) {
    TestServerSetup setup;
    setup.handler.login_max_keys = 16;
    TestServer server(setup);
    add_account(server.db_path(), "dan", "org-0", Role::staff, "dan password");
    From attacker(server, "127.0.0.1");
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(attacker.login("dan", "wrong"), 401);
    EXPECT_EQ(attacker.login("dan", "wrong"), 429);
    // Three times the table's size in fresh keys, from fresh addresses.
    for (int i = 0; i < 24; ++i) {
        From flood(server, "127.0.1." + std::to_string(i + 1));
        EXPECT_EQ(flood.login("dan", "wrong"), 401) << i;
    }
    EXPECT_EQ(attacker.login("dan", "dan password"), 429);
}

TEST(Logout, DeleteSessionRevokesTheTokenOnTheServer) {
    TestServer server;
    add_account(server.db_path(), "erin", "org-0", Role::staff, "erin password");
    const std::string token = login_token(server.url(), "erin", "erin password");
    const std::string other = login_token(server.url(), "erin", "erin password");
    HttpClient client(server.url());
    const sync::Headers auth{{"Authorization", "Bearer " + token}};
    ASSERT_EQ(client.request("GET", "/v1/audit", auth).status, 403); // known, not an admin

    const HttpResponse answer = client.request("DELETE", "/v1/session", auth);
    EXPECT_EQ(answer.status, 204);
    EXPECT_TRUE(answer.body.empty());
    EXPECT_EQ(client.request("GET", "/v1/audit", auth).status, 401);
    EXPECT_EQ(client.request("DELETE", "/v1/session", auth).status, 401);
    EXPECT_EQ(client.request("DELETE", "/v1/session").status, 401);
    // Only that session ends.
    EXPECT_EQ(client.request("GET", "/v1/audit", {{"Authorization", "Bearer " + other}}).status,
              403);
}

TEST(Logout, TheClientCallRevokesAndIsDoneForAnUnknownToken) {
    TestServer server;
    add_account(server.db_path(), "fay", "org-0", Role::staff, "fay password");
    const std::string token = login_token(server.url(), "fay", "fay password");
    sync::logout(server.url(), token);
    HttpClient client(server.url());
    EXPECT_EQ(client.request("GET", "/v1/audit", {{"Authorization", "Bearer " + token}}).status,
              401);
    EXPECT_NO_THROW(sync::logout(server.url(), token)); // already gone: done
    // Offline: a network error for the caller to ignore.
    const std::string nowhere = "http://127.0.0.1:1";
    try {
        sync::logout(nowhere, token);
        ADD_FAILURE() << "no server there";
    } catch (const sync::SyncError& error) {
        EXPECT_EQ(error.kind(), sync::SyncError::Kind::network);
    }
}

} // namespace
} // namespace relais::test
