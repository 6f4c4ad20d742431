// The request handler: the router and the one place where errors become answers. The parts
// live beside it: db_pool (connections), response_cache and feed_watch (cached reads),
// handler_http (shared builders and readers), read_routes and write_routes.
#include "sync/handler.h"

#include "data/accounts.h"
#include "data/changelog.h"
#include "data/error.h"
#include "data/store.h"
#include "sync/clock.h"
#include "sync/db_pool.h"
#include "sync/feed_watch.h"
#include "sync/handler_http.h"
#include "sync/read_routes.h"
#include "sync/response_cache.h"
#include "sync/write_routes.h"

#include <SQLiteCpp/Transaction.h>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <sqlite3.h>

#include <algorithm>

namespace relais::sync {

namespace {

HttpResponse busy() {
    return error_from({503,
                       "busy",
                       "the directory is busy; retry shortly",
                       {},
                       std::nullopt,
                       {{"Retry-After", "1"}}});
}

// Every failure of a route as its answer; never an exception.
template <typename Answer, typename F> Answer answering(F&& route) noexcept {
    try {
        try {
            return route();
        } catch (const HttpError& error) {
            return error_from(error);
        } catch (const SQLite::Exception& e) {
            if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
                return busy();
            return error_response(500, "internal", "the server failed to answer");
        } catch (const relais::Error& e) {
            if (e.sqlite_code() == SQLITE_BUSY || e.sqlite_code() == SQLITE_LOCKED)
                return busy();
            if (e.code() == ErrorCode::conflict)
                return error_response(409, "conflict", e.what());
            return error_response(500, "internal", "the server failed to answer");
        } catch (const std::exception&) {
            return error_response(500, "internal", "the server failed to answer");
        }
    } catch (...) {
        // Even building the error failed (out of memory): a bare answer, no allocation of note.
        HttpResponse response;
        response.status = 500;
        return response;
    }
}

} // namespace

HttpResponse error_response(int status, std::string_view code, std::string_view message) {
    return error_from(HttpError{status, std::string(code), std::string(message)});
}

struct Handler::Impl {
    Impl(HandlerOptions opts, Metrics& m)
        : options(std::move(opts)), metrics(m), pool(options.database, options.max_db_connections),
          cache(options.response_cache_bytes, options.response_cache_large),
          watch(options.database),
          reads(options.default_page, options.max_page, metrics, pool, cache, watch),
          writes(options, pool) {
        auto db = pool.borrow();
        SQLite::Transaction transaction(db->sql(), SQLite::TransactionBehavior::IMMEDIATE);
        Store store(*db);
        ChangeLog log(*db);
        const auto now = std::chrono::system_clock::now();
        log.cover(store, iso8601(now));
        log.prune_deletes(iso8601(now - options.tombstone_retention));
        Accounts(*db).purge_sessions(iso8601(now));
        transaction.commit();
    }

    // The answer, or with `quick` nullopt when it cannot be given without waiting.
    std::optional<HttpResponse> dispatch(const HttpRequest& request, bool quick);

    HandlerOptions options;
    Metrics& metrics;
    DbPool pool;
    ResponseCache cache;
    FeedWatch watch;
    ReadRoutes reads;
    WriteRoutes writes;
};

namespace {

HttpResponse welcome() {
    HttpResponse response;
    response.content_type = "text/plain; charset=utf-8";
    response.body =
        "Relais\n\n"
        "FR  Ceci est un serveur Relais. Dans l'application Relais : Réglages, Adresse du "
        "serveur : saisissez l'adresse de cette page, puis Synchroniser maintenant.\n"
        "NL  Dit is een Relais-server. In de Relais-app: Instellingen, Serveradres: vul het "
        "adres van deze pagina in en kies Nu synchroniseren.\n"
        "EN  This is a Relais server. In the Relais app: Settings, Server address: enter this "
        "page's address, then Sync now.\n";
    return response;
}

} // namespace

Handler::Handler(HandlerOptions options, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), metrics)) {
}
Handler::~Handler() = default;

void Handler::prepare() noexcept {
    HttpRequest request;
    request.method = "GET";
    request.target = "/v1/snapshot";
    // A failure is left to the next request for it, which meets the same problem.
    handle(request);
}

HttpResponse Handler::handle(const HttpRequest& request) noexcept {
    return answering<HttpResponse>([&] { return *impl_->dispatch(request, false); });
}

std::optional<HttpResponse> Handler::try_quick(const HttpRequest& request) noexcept {
    return answering<std::optional<HttpResponse>>([&] { return impl_->dispatch(request, true); });
}

std::optional<HttpResponse> Handler::Impl::dispatch(const HttpRequest& request, bool quick) {
    const auto parsed = boost::urls::parse_origin_form(request.target);
    if (!parsed)
        throw HttpError{400, "bad_request", "the request target is not a valid path"};
    const boost::urls::url_view url = *parsed;
    std::vector<std::string> path;
    for (auto segment : url.segments())
        path.push_back(segment);
    Query query;
    for (auto param : url.params())
        query.params.emplace_back(param.key, param.value);

    const auto is = [&](std::initializer_list<std::string_view> expected) {
        return std::equal(path.begin(), path.end(), expected.begin(), expected.end());
    };
    const auto read = [&](ReadRequest::Route route) -> std::optional<HttpResponse> {
        require_method(request, {"GET"});
        const ReadRequest asked{route, request, path, query};
        return quick ? reads.quick(asked) : reads.answer(asked);
    };
    // Everything else may wait (for a connection, a password hash, the disk).
    const auto later = [&](auto&& route) -> std::optional<HttpResponse> {
        if (quick)
            return std::nullopt;
        return route();
    };

    if (path.empty()) {
        // Someone opened the server's address in a browser (the classroom QR code leads
        // there): say what the address is for instead of an error.
        require_method(request, {"GET"});
        return welcome();
    }
    if (is({"healthz"}))
        return read(ReadRequest::Route::health);
    if (is({"metrics"})) {
        require_method(request, {"GET"});
        return reads.metrics();
    }
    if (!path.empty() && path[0] == "hsds")
        return read(ReadRequest::Route::hsds);
    if (path.size() < 2 || path[0] != "v1")
        throw HttpError{404, "not_found", "no such resource"};
    if (is({"v1", "snapshot"}))
        return read(ReadRequest::Route::snapshot);
    if (is({"v1", "changes"}))
        return read(ReadRequest::Route::changes);
    if (is({"v1", "session"})) {
        require_method(request, {"POST", "DELETE"});
        return later([&] {
            return request.method == "POST" ? writes.login(request) : writes.logout(request);
        });
    }
    if (is({"v1", "audit"})) {
        require_method(request, {"GET"});
        return later([&] { return writes.audit(request, query); });
    }
    if (is({"v1", "services"})) {
        require_method(request, {"POST"});
        return later([&] { return writes.write(request, WriteAction::create, ""); });
    }
    if (path.size() == 3 && path[1] == "services") {
        require_method(request, {"GET", "PUT", "DELETE"});
        if (request.method == "GET")
            return later([&] { return reads.service(path[2]); });
        const WriteAction action =
            request.method == "PUT" ? WriteAction::update : WriteAction::remove;
        return later([&] { return writes.write(request, action, path[2]); });
    }
    if (path.size() == 4 && path[1] == "services" && path[3] == "confirm") {
        require_method(request, {"POST"});
        return later([&] { return writes.write(request, WriteAction::confirm, path[2]); });
    }
    throw HttpError{404, "not_found", "no such resource"};
}

} // namespace relais::sync
