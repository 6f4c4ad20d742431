#pragma once
// Shared by the sync tests: temporary folders, a synthetic directory, a real relais-server on
// 127.0.0.1 (ephemeral port) in this process, staff accounts, and a TCP proxy that cuts
// responses after N bytes.

#include "data/accounts.h"
#include "data/database.h"
#include "data/model.h"
#include "support/files.h"
#include "sync/handler.h"
#include "sync/http_client.h"
#include "sync/server.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace relais::test {

// A path or argument quoted for /bin/sh, for tests that run the real programs.
std::string quote(const std::string& text);

std::vector<Category> seed_categories();
Directory test_directory(int services = 30);

struct TestServerSetup {
    int services = 30;
    sync::HandlerOptions handler; // database is filled in
    sync::ServerOptions server;   // address/port are filled in
};

class TestServer {
public:
    explicit TestServer(TestServerSetup setup = {});
    ~TestServer();
    std::string url() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }
    unsigned short port() const { return server_->port(); }
    const std::filesystem::path& db_path() const { return db_; }
    sync::Server& server() { return *server_; }
    sync::Metrics& metrics() { return metrics_; }

private:
    TempDir dir_;
    std::filesystem::path db_;
    sync::Metrics metrics_;
    std::unique_ptr<sync::Handler> handler_;
    std::unique_ptr<sync::Server> server_;
};

void add_account(const std::filesystem::path& db, const std::string& user,
                 const std::string& organization, Role role, const std::string& password);
std::string login_token(const std::string& url, const std::string& user,
                        const std::string& password);

// Forwards connections to 127.0.0.1:upstream; after `cut_after` response bytes (when >= 0) it
// closes both sides. With `cut_connections` >= 0, only that many first connections are cut
// (a transfer lost once, then a retry that goes through).
class CuttingProxy {
public:
    CuttingProxy(unsigned short upstream, long cut_after, int cut_connections = -1);
    ~CuttingProxy();
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    void accept_loop();
    void pump(int client, long cut_after);
    unsigned short upstream_;
    long cut_after_;
    int cut_connections_;
    int accepted_ = 0;
    int listener_ = -1;
    unsigned short port_ = 0;
    std::atomic<bool> stopping_{false};
    std::thread acceptor_;
    std::mutex mutex_;
    std::vector<std::thread> workers_;
};

// A program run through /bin/sh: `command` with `input` on standard input; its outputs pass
// through files in `dir`.
struct Outcome {
    int status = -1; // exit status; -1 when it did not exit normally
    std::string out;
    std::string err;
};
Outcome run_command(const std::string& command, const std::string& input,
                    const std::filesystem::path& dir);

// A real relais-server process: `argv` (the program first) started and read until it says
// "listening on HOST:PORT" (throws when it stops before). Killed (SIGKILL) when destroyed.
class ServerProcess {
public:
    explicit ServerProcess(std::vector<std::string> argv);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    unsigned short port() const { return port_; }
    const std::string& listening() const { return listening_; } // its first line
    int signal_and_wait(int signal);                            // the wait status

private:
    int pid_ = -1;
    unsigned short port_ = 0;
    std::string listening_;
};

// Raw socket helpers for what a well-behaved client would never send.
int connect_to(unsigned short port);
// `count` idle connections to the server, returned once the server has accepted them all.
std::vector<int> hold_connections(TestServer& server, int count);
std::string read_all(int fd, int timeout_ms); // until EOF or timeout

} // namespace relais::test
