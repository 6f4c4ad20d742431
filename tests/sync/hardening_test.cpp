// What a hostile or broken client, or a crash, must not achieve: oversized or malformed
// requests, slow clients, too many connections; and durability of acknowledged writes across
// kill -9 of a real relais-server process.
#include "test_support.h"

#include "data/seed_json.h"
#include "data/store.h"
#include "sync/engine.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace relais::test {
namespace {
namespace json = boost::json;
using namespace std::chrono_literals;

void send_text(int fd, const std::string& text) {
    ASSERT_EQ(::send(fd, text.data(), text.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(text.size()));
}

std::string status_line(const std::string& response) {
    return response.substr(0, response.find("\r\n"));
}

json::object json_body(const std::string& response) {
    return json::parse(response.substr(response.find("\r\n\r\n") + 4)).as_object();
}

TEST(Hardening, OversizedBodyGets413AndTheConnectionCloses) {
    TestServer server;
    const int fd = connect_to(server.port());
    send_text(fd, "PUT /v1/services/x HTTP/1.1\r\nHost: a\r\nContent-Length: 300000\r\n\r\n" +
                      std::string(1000, 'x'));
    const std::string response = read_all(fd, 3000);
    ::close(fd);
    EXPECT_EQ(status_line(response), "HTTP/1.1 413 Payload Too Large");
    EXPECT_EQ(json_body(response).at("error"), "payload_too_large");
}

TEST(Hardening, OversizedHeadersGet431) {
    TestServer server;
    const int fd = connect_to(server.port());
    send_text(fd,
              "GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
    const std::string response = read_all(fd, 3000);
    ::close(fd);
    EXPECT_EQ(status_line(response), "HTTP/1.1 431 Request Header Fields Too Large");
    EXPECT_EQ(json_body(response).at("error"), "headers_too_large");
}

TEST(Hardening, GarbageGets400) {
    TestServer server;
    for (const std::string& garbage :
         {std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15),
          std::string("GET / HTTP/9.9\r\n\r\n"), std::string("GET\r\n\r\n"),
          std::string("POST /v1/session HTTP/1.1\r\nContent-Length: -4\r\n\r\n")}) {
        const int fd = connect_to(server.port());
        send_text(fd, garbage);
        const std::string response = read_all(fd, 3000);
        ::close(fd);
        EXPECT_EQ(status_line(response), "HTTP/1.1 400 Bad Request") << garbage;
    }
    // Still serving.
    sync::HttpClient client(server.url());
    EXPECT_EQ(client.request("GET", "/healthz").status, 200);
}

TEST(Hardening, ASlowClientIsDisconnected) {
    TestServerSetup setup;
    setup.server.request_timeout = 300ms;
    TestServer server(setup);
    const int fd = connect_to(server.port());
    const auto started = std::chrono::steady_clock::now();
    send_text(fd, "GET /healthz HTTP/1.1\r\nHo");
    for (int i = 0; i < 10; ++i) {
        std::this_thread::sleep_for(50ms);
        ::send(fd, "s", 1, MSG_NOSIGNAL); // dribbling bytes does not extend the deadline
    }
    const std::string response = read_all(fd, 3000);
    ::close(fd);
    EXPECT_TRUE(response.empty()) << response;
    EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
}

TEST(Hardening, ConnectionsPastTheCapGet503) {
    TestServerSetup setup;
    setup.server.max_connections = 4;
    TestServer server(setup);
    const std::vector<int> held = hold_connections(server, 4);
    ASSERT_EQ(server.metrics().connections(), 4);
    const int extra = connect_to(server.port());
    const std::string response = read_all(extra, 3000);
    ::close(extra);
    EXPECT_EQ(status_line(response), "HTTP/1.1 503 Service Unavailable");
    EXPECT_NE(response.find("Retry-After: 1"), std::string::npos);
    EXPECT_EQ(json_body(response).at("error"), "busy");
    for (const int fd : held)
        ::close(fd);
    for (int i = 0; i < 100 && server.metrics().connections() > 0; ++i)
        std::this_thread::sleep_for(10ms);
    sync::HttpClient client(server.url());
    EXPECT_EQ(client.request("GET", "/healthz").status, 200);
}

TEST(Hardening, TheRequestLogEscapesWhatIsNotUtf8) {
    std::ostringstream log;
    {
        TestServerSetup setup;
        setup.server.log = &log;
        TestServer server(setup);
        const int fd = connect_to(server.port());
        send_text(fd, "GET /v1/services/caf\xc3\xa9-\xff\xfe\xc3-end HTTP/1.1\r\nHost: a\r\n"
                      "Connection: close\r\n\r\n");
        const std::string response = read_all(fd, 3000);
        ::close(fd);
        // Beast takes any byte from 0x80 in a target; the handler refuses it as no URL.
        EXPECT_EQ(status_line(response), "HTTP/1.1 400 Bad Request");
    }
    const std::string text = log.str();
    EXPECT_NE(text.find("GET /v1/services/caf\xc3\xa9-\\xff\\xfe\\xc3-end 400"), std::string::npos)
        << text;
    for (const char raw : {'\xff', '\xfe'})
        EXPECT_EQ(text.find(raw), std::string::npos);
}

TEST(Hardening, StopClosesIdleConnectionsAndReturnsPromptly) {
    auto server = std::make_unique<TestServer>();
    const int idle = connect_to(server->port());
    sync::HttpClient client(server->url());
    ASSERT_EQ(client.request("GET", "/healthz").status, 200); // a kept-alive connection
    const auto started = std::chrono::steady_clock::now();
    server.reset();
    EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
    EXPECT_TRUE(read_all(idle, 1000).empty());
    ::close(idle);
}

// relais-server serving `db` on any free port, quietly.
std::vector<std::string> serve_args(const std::filesystem::path& db,
                                    const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{RELAIS_SERVER_PATH, "serve",       "--db",   db.string(),
                                  "--listen",         "127.0.0.1:0", "--quiet"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

TEST(Durability, AWriteAcknowledgedBeforeKill9IsThereAfterRestart) {
    TempDir dir;
    const auto db_path = dir / "server.sqlite";
    {
        Database db = Database::open(db_path);
        Store(db).replace_directory(test_directory(10));
    }
    add_account(db_path, "root", "org-0", Role::admin, "root password");
    Service written;
    {
        ServerProcess process(serve_args(db_path));
        const std::string token = login_token(process.url(), "root", "root password");
        sync::HttpClient client(process.url());
        Service service = sync::service_from_wire(
            json::parse(
                client.request("GET", "/v1/services/" + test_directory(10).services[0].id).body)
                .at("service"));
        service.notes = "acknowledged just before the crash";
        const auto response =
            client.request("PUT", "/v1/services/" + service.id,
                           {{"Authorization", "Bearer " + token},
                            {"If-Match", "\"" + std::to_string(service.version) + "\""}},
                           json::serialize(relais::to_json(service)));
        ASSERT_EQ(response.status, 200);
        written = sync::service_from_wire(json::parse(response.body).at("service"));
        const int status = process.signal_and_wait(SIGKILL);
        ASSERT_TRUE(WIFSIGNALED(status));
    }
    ServerProcess restarted(serve_args(db_path));
    sync::HttpClient client(restarted.url());
    const auto response = client.request("GET", "/v1/services/" + written.id);
    ASSERT_EQ(response.status, 200);
    EXPECT_EQ(sync::service_from_wire(json::parse(response.body).at("service")), written);
    // And the change feed carries it.
    TempDir client_dir;
    sync::SyncOptions options;
    options.server_url = restarted.url();
    sync::run_sync(client_dir / "client.sqlite", options);
    Database copy = Database::open(client_dir / "client.sqlite");
    EXPECT_EQ(Store(copy).service(written.id), written);
}

TEST(Durability, SigtermStopsTheServerCleanly) {
    TempDir dir;
    {
        Database db = Database::open(dir / "server.sqlite");
        Store(db).replace_directory(test_directory(5));
    }
    ServerProcess process(serve_args(dir / "server.sqlite"));
    sync::HttpClient client(process.url());
    ASSERT_EQ(client.request("GET", "/healthz").status, 200);
    const int status = process.signal_and_wait(SIGTERM);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(Tls, HttpsWithACertificateServesTheProtocol) {
    TempDir dir;
    const auto cert = dir / "cert.pem";
    const auto key = dir / "key.pem";
    const std::string command = std::string(RELAIS_OPENSSL) +
                                " req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=relais "
                                "-addext subjectAltName=IP:127.0.0.1 -keyout " +
                                key.string() + " -out " + cert.string() + " 2>/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0);
    {
        Database db = Database::open(dir / "server.sqlite");
        Store(db).replace_directory(test_directory(5));
    }
    ServerProcess process(serve_args(dir / "server.sqlite",
                                     {"--tls-cert", cert.string(), "--tls-key", key.string()}));
    const std::string url =
        "https://127.0.0.1:" + process.url().substr(process.url().rfind(':') + 1);
    sync::ClientOptions trusting;
    trusting.ca_file = cert;
    sync::HttpClient client(url, trusting);
    EXPECT_EQ(client.request("GET", "/healthz").status, 200);
    // Without trusting the certificate, the client refuses the connection.
    sync::HttpClient wary(url);
    EXPECT_THROW(wary.request("GET", "/healthz"), sync::TransportError);
    // The engine syncs over TLS.
    sync::SyncOptions options;
    options.server_url = url;
    options.http = trusting;
    EXPECT_TRUE(sync::run_sync(dir / "client.sqlite", options).bootstrapped);
}

} // namespace
} // namespace relais::test
