#pragma once
// The anonymous reads of the request handler: snapshot, change feed, one service, Open
// Referral HSDS, health and metrics. Every answer that depends only on the state of the
// directory is kept by the response cache under a key made of the route and its known
// parameters (unknown ones are refused), 404s included; quick() answers from there without
// ever waiting, so that the server can keep cache hits on its I/O threads and send the rest
// to its workers.
// Thread rule: every member may be called from several threads at once.

#include "sync/db_pool.h"
#include "sync/feed_watch.h"
#include "sync/handler_http.h"
#include "sync/metrics.h"
#include "sync/response_cache.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace relais::sync {

// A read route and what it was asked, as the router found it.
struct ReadRequest {
    enum class Route { snapshot, changes, hsds, health };
    Route route;
    const HttpRequest& http;
    const std::vector<std::string>& path;
    const Query& query;
};

class ReadRoutes {
public:
    ReadRoutes(int default_page, int max_page, Metrics& metrics, DbPool& pool, ResponseCache& cache,
               FeedWatch& watch)
        : default_page_(default_page), max_page_(max_page), metrics_(metrics), pool_(pool),
          cache_(cache), watch_(watch) {}

    // The answer when it needs no database read (a cache hit, a 304, health); nullopt when
    // answer() must run. Throws HttpError for a request that is wrong whatever the state.
    std::optional<HttpResponse> quick(const ReadRequest& request);
    HttpResponse answer(const ReadRequest& request);

    HttpResponse service(const std::string& id);
    HttpResponse metrics();

private:
    // The cache key of a request (and the checks of its parameters).
    std::string key(const ReadRequest& request) const;
    // The changes route's cursor must lie in the feed; other routes take any state.
    bool serves(const ReadRequest& request, const FeedState& feed) const;
    // A cached read answer (or 304) for this state of the feed, if there is one.
    std::optional<HttpResponse> cached(const HttpRequest& request, const FeedState& feed,
                                       const std::string& key);
    HttpResponse keep(const FeedState& feed, const std::string& key, HttpResponse response);
    // The feed state read in the caller's transaction (and remembered by the watch).
    FeedState current_feed(Database& db);

    HttpResponse build_snapshot(Database& db, const FeedState& feed);
    HttpResponse build_changes(Database& db, const ReadRequest& request);
    HttpResponse build_hsds(Database& db, const ReadRequest& request, const FeedState& feed);
    HttpResponse health();

    int default_page_;
    int max_page_;
    Metrics& metrics_;
    DbPool& pool_;
    ResponseCache& cache_;
    FeedWatch& watch_;
    // HSDS service UUIDs to our ids, for one state of the directory.
    std::mutex uuids_mutex_;
    std::string uuids_etag_;
    std::unordered_map<std::string, std::string> uuids_;
};

} // namespace relais::sync
