#pragma once
// The request handler of relais-server: one HttpRequest in, one HttpResponse out, no network.
// Total: any request gets an answer (errors as JSON {"error", "message", "details"}), never an
// exception. Routes: the wire protocol v1 (/v1/...), Open Referral HSDS (/hsds/...), /healthz,
// /metrics.
// Thread rule: handle() and try_quick() may be called from several threads at once; each call
// that reads the database borrows its own connection from a small pool.

#include "sync/http_types.h"
#include "sync/metrics.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>

namespace relais::sync {

struct HandlerOptions {
    std::filesystem::path database;
    std::chrono::seconds token_lifetime = std::chrono::hours(12);
    // Deletions stay in the change feed this long; older cursors must re-bootstrap.
    std::chrono::seconds tombstone_retention = std::chrono::hours(24 * 90);
    int default_page = 1000;
    int max_page = 5000;
    // Failed logins allowed within login_window: per (user, address), and per address for all
    // users together (an office behind one address shares it). A user's right password from
    // another address is never refused for what happened elsewhere.
    int login_max_failures = 5;
    int login_max_failures_per_address = 20;
    std::chrono::seconds login_window = std::chrono::minutes(15);
    std::size_t login_max_keys = 10000; // the limiter's table (it never forgets a block)
    std::size_t max_db_connections = 4;
    // Read answers kept serialized: small ones within response_cache_bytes, and up to
    // response_cache_large bigger than half of that (the snapshot: 13 MB at 10k services, the
    // whole HSDS list in ndjson: 45 MB), each once per state of the directory, shared by every
    // client reading it.
    std::size_t response_cache_bytes = 32u * 1024u * 1024u;
    std::size_t response_cache_large = 3;
};

class Handler {
public:
    // Opens the database (migrating it), logs any service not yet in the change feed and
    // prunes expired deletions. Throws relais::Error when the database cannot be opened.
    Handler(HandlerOptions options, Metrics& metrics);
    ~Handler();
    Handler(const Handler&) = delete;
    Handler& operator=(const Handler&) = delete;

    HttpResponse handle(const HttpRequest& request) noexcept;
    // The answer when it is ready without waiting: from the response cache, health, or an
    // error in the request itself. nullopt when handle() must run, which may read the
    // database, hash a password or wait for a connection (the server runs it on a worker).
    std::optional<HttpResponse> try_quick(const HttpRequest& request) noexcept;

    // Builds ahead of time what every new client asks for first (the snapshot), so that the
    // first one after a start does not wait for it. Failures are left to the next request.
    void prepare() noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Shared builder of error answers.
HttpResponse error_response(int status, std::string_view code, std::string_view message);

} // namespace relais::sync
