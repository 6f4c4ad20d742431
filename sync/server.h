#pragma once
// relais-server's network side: Boost.Beast HTTP/1.1 over TCP, or TLS when a certificate is
// given. One C++20 coroutine per connection, each on its own strand of one of `threads` event
// loops (one thread each); requests on a connection are answered one at a time (so the write
// queue is one response deep), and every connection has a request timeout, a write timeout,
// header and body limits. Connections past the cap (in all, or from one address) get a 503 and
// are closed. Answers that need the database run on a small pool of workers, never on the I/O
// threads. stop() is graceful: no new connections, idle ones close, in-flight requests finish.
// Thread rule: construct, then run() or start() once; stop() from any thread or a signal.

#include "sync/handler.h"
#include "sync/metrics.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relais::sync {

struct ServerOptions {
    std::string address = "127.0.0.1";
    unsigned short port = 8080; // 0: any free port (see Server::port())
    int threads = 2;
    std::size_t max_connections = 512;
    // Per client address (an IPv6 client's /64): one client cannot take every slot. Past it,
    // that address alone gets 503 with Retry-After.
    std::size_t max_connections_per_address = 64;
    // Requests the handler cannot answer at once (Handler::try_quick) run on these worker
    // threads, so the I/O threads keep answering health checks and cached reads whatever
    // the load; at most max_queued_work wait or run there, more get 503 with Retry-After.
    int workers = 2;
    std::size_t max_queued_work = 256;
    // A whole request (headers and body) must arrive within this, including the wait for it on
    // a kept-alive connection: a slow client cannot hold a connection.
    std::chrono::milliseconds request_timeout = std::chrono::seconds(15);
    std::chrono::milliseconds write_timeout = std::chrono::seconds(30);
    std::chrono::milliseconds shutdown_grace = std::chrono::seconds(10);
    std::uint32_t header_limit = 16 * 1024;
    std::uint64_t body_limit = 256 * 1024;
    std::optional<std::filesystem::path> tls_cert; // PEM chain; with tls_key: HTTPS only
    std::optional<std::filesystem::path> tls_key;
    // Reverse proxies (an nginx cache in front): connections from these addresses are many
    // clients, not one. Their requests are counted against the client address the proxy gives
    // as the last X-Forwarded-For entry, and the per-address connection cap does not apply to
    // them. X-Forwarded-For from anyone else is ignored.
    std::vector<std::string> trusted_proxies;
    bool handle_signals = false; // stop on SIGINT/SIGTERM
    std::ostream* log = nullptr; // one line per request; nullptr: quiet
};

// --listen's "HOST:PORT" (an IPv6 host in brackets: "[::1]:8080"): an IP address and a port
// from 0 (any free one) to 65535, in decimal. Throws std::invalid_argument saying what is wrong
// with the value (the caller names the setting).
std::pair<std::string, unsigned short> parse_listen(std::string_view text);

class Server {
public:
    // Binds the listening socket (throws std::system_error when it cannot).
    Server(ServerOptions options, Handler& handler, Metrics& metrics);
    ~Server(); // stops and joins
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    unsigned short port() const;
    void run();   // until stopped: accepts on this thread, serves on `threads` others
    void start(); // serves on background threads
    void stop();  // graceful; returns at once, run() returns when done
    void join();  // waits for start()'s threads

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace relais::sync
