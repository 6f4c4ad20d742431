#include "sync/read_routes.h"

#include "data/changelog.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/hsds.h"
#include "sync/protocol.h"

#include <SQLiteCpp/Transaction.h>
#include <boost/json.hpp>

namespace relais::sync {
namespace json = boost::json;

namespace {

// The parameters each HSDS route takes, in the order of its cache key.
std::vector<std::string_view> hsds_params(const std::vector<std::string>& path) {
    if (path.size() == 2 && path[1] == "services")
        return {"organization_id", "taxonomy_term_id",
                "taxonomy_id",     "modified_after",
                "search",          "full",
                "format",          "page",
                "per_page"};
    if (path.size() == 2 && (path[1] == "organizations" || path[1] == "taxonomy_terms"))
        return {"format", "page", "per_page"};
    if (path.size() == 3 && path[1] == "services")
        return {};
    throw HttpError{404, "not_found", "no such HSDS resource"};
}

} // namespace

std::string ReadRoutes::key(const ReadRequest& request) const {
    switch (request.route) {
    case ReadRequest::Route::snapshot:
        request.query.only({});
        return "snapshot";
    case ReadRequest::Route::changes: {
        request.query.only({"since", "limit"});
        const std::int64_t since = int_param(request.query, "since", 0, 0, INT64_MAX);
        const std::int64_t limit = int_param(request.query, "limit", default_page_, 1, max_page_);
        return "changes:" + std::to_string(since) + ":" + std::to_string(limit);
    }
    case ReadRequest::Route::hsds: {
        const auto known = hsds_params(request.path);
        request.query.only(known);
        std::string out = "hsds";
        for (const std::string& segment : request.path)
            out += "/" + segment;
        return out + "?" + request.query.key(known);
    }
    case ReadRequest::Route::health:
        request.query.only({});
        return {};
    }
    return {};
}

bool ReadRoutes::serves(const ReadRequest& request, const FeedState& feed) const {
    if (request.route != ReadRequest::Route::changes)
        return true;
    const std::int64_t since = int_param(request.query, "since", 0, 0, INT64_MAX);
    return since >= feed.floor && since <= feed.head;
}

std::optional<HttpResponse> ReadRoutes::cached(const HttpRequest& request, const FeedState& feed,
                                               const std::string& key) {
    const std::string etag = feed.etag();
    if (auto answer = cache_.get(etag, key)) {
        if (answer->status == 200 && etag_matches(request, etag))
            return not_modified(etag);
        return cached_response(answer, {{"ETag", etag}, {"Cache-Control", kReadCaching}});
    }
    if (etag_matches(request, etag))
        return not_modified(etag);
    return std::nullopt;
}

HttpResponse ReadRoutes::keep(const FeedState& feed, const std::string& key,
                              HttpResponse response) {
    const auto answer = cache_.put(feed.etag(), key, to_cached(std::move(response)));
    return cached_response(answer, {{"ETag", feed.etag()}, {"Cache-Control", kReadCaching}});
}

FeedState ReadRoutes::current_feed(Database& db) {
    const std::int64_t version = watch_.version();
    const FeedState feed = read_feed(db);
    watch_.remember(version, feed);
    return feed;
}

std::optional<HttpResponse> ReadRoutes::quick(const ReadRequest& request) {
    const std::string k = key(request);
    if (request.route == ReadRequest::Route::health)
        return health();
    const auto feed = watch_.unchanged();
    if (!feed || !serves(request, *feed))
        return std::nullopt;
    return cached(request.http, *feed, k);
}

HttpResponse ReadRoutes::answer(const ReadRequest& request) {
    const std::string k = key(request);
    if (request.route == ReadRequest::Route::health)
        return health();
    if (const auto feed = watch_.unchanged(); feed && serves(request, *feed))
        if (auto answer = cached(request.http, *feed, k))
            return std::move(*answer);
    // One build per answer at a time: clients arriving meanwhile (many new devices at once,
    // or right after a change) wait for it and take it from the cache, instead of each
    // reading the whole directory.
    const auto turn = cache_.build_turn(k);
    std::lock_guard building(*turn);
    auto db = pool_.borrow();
    // One read transaction: the records and the state they belong to are one. Deferred, as
    // every read here: in WAL a reader sees one consistent state without the write lock.
    SQLite::Transaction transaction(db->sql());
    const FeedState feed = current_feed(*db);
    if (!serves(request, feed))
        throw HttpError{410, "resync",
                        "this cursor is too old (or from another server): download the snapshot"};
    if (auto answer = cached(request.http, feed, k))
        return std::move(*answer);
    metrics_.answer_built();
    HttpResponse response;
    switch (request.route) {
    case ReadRequest::Route::snapshot:
        response = build_snapshot(*db, feed);
        break;
    case ReadRequest::Route::changes:
        response = build_changes(*db, request);
        break;
    case ReadRequest::Route::hsds:
        response = build_hsds(*db, request, feed);
        break;
    case ReadRequest::Route::health:
        break;
    }
    transaction.commit();
    // 200s and 404s depend on the state of the directory only: both are kept.
    if (response.status != 200 && response.status != 404)
        return response;
    return keep(feed, k, std::move(response));
}

HttpResponse ReadRoutes::build_snapshot(Database& db, const FeedState& feed) {
    Store store(db);
    Snapshot snapshot;
    snapshot.seq = feed.head;
    snapshot.directory.organizations = store.organizations();
    snapshot.directory.categories = store.categories();
    snapshot.directory.services = store.services();
    metrics_.snapshot_built();
    return json_response(200, to_json(snapshot));
}

HttpResponse ReadRoutes::build_changes(Database& db, const ReadRequest& request) {
    const std::int64_t since = int_param(request.query, "since", 0, 0, INT64_MAX);
    const std::int64_t limit = int_param(request.query, "limit", default_page_, 1, max_page_);
    Store store(db);
    const ChangeRange range = ChangeLog(db).after(since, static_cast<int>(limit));
    ChangesPage page;
    page.next = range.next;
    page.more = range.more;
    page.changes.reserve(range.entries.size());
    for (const ChangeEntry& entry : range.entries) {
        WireChange change{entry.seq, entry.op == ChangeOp::remove, entry.id, entry.version, {}};
        if (!change.deleted) {
            change.service = store.service(entry.id);
            if (!change.service) // written in the same transaction as the log: never expected
                throw HttpError{500, "internal", "change feed out of step with the directory"};
        }
        page.changes.push_back(std::move(change));
    }
    return json_response(200, to_json(page));
}

// Open Referral HSDS, read-only. A service is asked for by our id or its UUID, which is
// looked up in an index built once per state of the directory (never a scan per request).
HttpResponse ReadRoutes::build_hsds(Database& db, const ReadRequest& request,
                                    const FeedState& feed) {
    std::vector<std::string> path = request.path;
    if (path.size() == 3 && path[1] == "services" && !Store(db).service(path[2])) {
        std::lock_guard lock(uuids_mutex_);
        if (uuids_etag_ != feed.etag()) {
            Store store(db);
            uuids_ = hsds_service_ids(store);
            uuids_etag_ = feed.etag();
        }
        const auto it = uuids_.find(path[2]);
        if (it == uuids_.end())
            return error_from(HttpError{404, "not_found", "no such service"});
        path[2] = it->second;
    }
    return hsds_route(db, path, request.query.params);
}

HttpResponse ReadRoutes::health() {
    // The watch's own connection: however busy the pool is, health answers at once.
    const FeedState feed = watch_.now();
    return json_response(200, json::object{{"status", "ok"}, {"seq", feed.head}},
                         {{"Cache-Control", "no-store"}});
}

HttpResponse ReadRoutes::service(const std::string& id) {
    auto db = pool_.borrow();
    auto found = Store(*db).service(id);
    if (!found)
        throw HttpError{404, "not_found", "no service " + shown(id)};
    return json_response(200, json::object{{"service", relais::to_json(*found)}},
                         {{"ETag", quoted(found->version)}, {"Cache-Control", "no-cache"}});
}

HttpResponse ReadRoutes::metrics() {
    const FeedState feed = watch_.now();
    HttpResponse response;
    response.content_type = "text/plain; version=0.0.4";
    response.body = metrics_.render(feed.head, feed.floor);
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

} // namespace relais::sync
