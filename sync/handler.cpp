#include "sync/handler.h"

#include "data/accounts.h"
#include "data/changelog.h"
#include "data/database.h"
#include "data/error.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/auth.h"
#include "sync/clock.h"
#include "sync/hsds.h"
#include "sync/protocol.h"

#include <SQLiteCpp/Transaction.h>
#include <boost/json.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace relais::sync {
namespace json = boost::json;

namespace {

constexpr std::size_t kMaxBody = 256 * 1024;
constexpr const char* kReadCaching = "public, max-age=5";

// Thrown inside a route to answer with an error; turned into a response in one place.
struct HttpError {
    int status;
    std::string code;
    std::string message;
    std::vector<ErrorDetail> details = {};
    std::optional<json::value> current = std::nullopt; // 409: the server's record
    Headers headers = {};
    json::object extra = {}; // more members of the body (e.g. a 404's "deleted_version")
};

HttpResponse json_response(int status, const json::value& body, Headers headers = {}) {
    HttpResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.body = json::serialize(body);
    return response;
}

HttpResponse error_from(const HttpError& error) {
    json::value body = to_json(ErrorBody{error.code, error.message, error.details});
    if (error.current)
        body.as_object()["current"] = *error.current;
    for (const auto& [name, value] : error.extra)
        body.as_object()[name] = value;
    Headers headers = error.headers;
    headers.emplace_back("Cache-Control", "no-store");
    return json_response(error.status, body, std::move(headers));
}

// Client text quoted in a message: printable ASCII only (a JSON body must stay valid UTF-8),
// at most 100 bytes.
std::string shown(std::string_view text) {
    std::string out;
    for (const char c : text.substr(0, 100))
        out += c >= 0x20 && c < 0x7f ? c : '?';
    return out;
}

std::optional<std::int64_t> parse_int(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// A borrowed connection; returns to the pool when destroyed.
class Pool {
public:
    Pool(std::filesystem::path path, std::size_t max) : path_(std::move(path)), max_(max) {}

    class Lease {
    public:
        Lease(Pool& pool, std::unique_ptr<Database> db) : pool_(pool), db_(std::move(db)) {}
        ~Lease() { pool_.give_back(std::move(db_)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Database& operator*() { return *db_; }
        Database* operator->() { return db_.get(); }

    private:
        Pool& pool_;
        std::unique_ptr<Database> db_;
    };

    Lease borrow() {
        std::unique_lock lock(mutex_);
        available_.wait(lock, [&] { return !idle_.empty() || open_ < max_; });
        if (!idle_.empty()) {
            auto db = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(db));
        }
        ++open_;
        lock.unlock();
        try {
            return Lease(*this, open());
        } catch (...) {
            std::lock_guard relock(mutex_);
            --open_;
            available_.notify_one();
            throw;
        }
    }

private:
    std::unique_ptr<Database> open() {
        auto db = std::make_unique<Database>(Database::open(path_));
        // An acknowledged write must survive a power cut or kill -9: full fsync on commit.
        db->sql().exec("PRAGMA synchronous = FULL");
        return db;
    }
    void give_back(std::unique_ptr<Database> db) {
        std::lock_guard lock(mutex_);
        if (db)
            idle_.push_back(std::move(db));
        else
            --open_;
        available_.notify_one();
    }

    std::filesystem::path path_;
    std::size_t max_;
    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<Database>> idle_;
    std::size_t open_ = 0;
};

// Serialized read answers, valid while the feed's head and floor stay the same (their ETag).
// Bounded in bytes; everything goes when the directory changes. Bodies are shared, never
// copied: a hit costs a reference count, and the server sends the cached bytes themselves.
class ResponseCache {
public:
    using Body = std::shared_ptr<const std::string>;

    explicit ResponseCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

    Body get(const std::string& etag, const std::string& key) {
        std::lock_guard lock(mutex_);
        if (etag != etag_)
            return nullptr;
        const auto it = entries_.find(key);
        return it == entries_.end() ? nullptr : it->second;
    }

    // Keeps `body` when it fits, and returns it shared either way.
    Body put(const std::string& etag, const std::string& key, std::string body) {
        auto shared = std::make_shared<const std::string>(std::move(body));
        std::lock_guard lock(mutex_);
        if (etag != etag_) {
            entries_.clear();
            bytes_ = 0;
            etag_ = etag;
        }
        if (shared->size() > max_bytes_ / 2)
            return shared;
        if (bytes_ + shared->size() > max_bytes_) {
            entries_.clear();
            bytes_ = 0;
        }
        if (entries_.emplace(key, shared).second)
            bytes_ += shared->size();
        return shared;
    }

private:
    std::size_t max_bytes_;
    std::mutex mutex_;
    std::string etag_;
    std::unordered_map<std::string, Body> entries_;
    std::size_t bytes_ = 0;
};

HttpResponse cached_response(ResponseCache::Body body, Headers headers) {
    HttpResponse response;
    response.headers = std::move(headers);
    response.cached_body = std::move(body);
    return response;
}

// Answers with `response`, its body now kept in the cache (moved there, not copied).
HttpResponse keep(ResponseCache& cache, const std::string& etag, const std::string& key,
                  HttpResponse response) {
    response.cached_body = cache.put(etag, key, std::move(response.body));
    response.body.clear();
    return response;
}

// The change feed's head and floor: one state of the directory, named by the ETag of every
// read answer.
struct FeedState {
    std::int64_t head = 0;
    std::int64_t floor = 0;

    std::string etag() const {
        return "\"" + std::to_string(head) + "." + std::to_string(floor) + "\"";
    }
};

// Read inside the caller's transaction, so that the state and what is read with it agree.
FeedState read_feed(Database& db) {
    ChangeLog log(db);
    const std::int64_t head = log.head();
    return FeedState{head, log.floor()};
}

// Knows when the feed state last read still holds, without a transaction: the data version
// of a connection of its own moves with every commit of any other connection or process.
// Most read requests are then answered from the response cache without the database.
class FeedWatch {
public:
    explicit FeedWatch(const std::filesystem::path& path)
        : db_(Database::open(path)), data_version_(db_.sql(), "PRAGMA data_version") {}

    // Take before reading the state that remember() is then given.
    std::int64_t version() {
        std::lock_guard lock(mutex_);
        return read_version();
    }

    void remember(std::int64_t version, const FeedState& state) {
        std::lock_guard lock(mutex_);
        known_ = std::pair(version, state);
    }

    std::optional<FeedState> unchanged() {
        std::lock_guard lock(mutex_);
        if (!known_ || read_version() != known_->first)
            return std::nullopt;
        return known_->second;
    }

private:
    std::int64_t read_version() {
        data_version_.executeStep();
        const std::int64_t version = data_version_.getColumn(0).getInt64();
        data_version_.reset(); // no read transaction left open
        return version;
    }

    Database db_;
    SQLite::Statement data_version_;
    std::mutex mutex_;
    std::optional<std::pair<std::int64_t, FeedState>> known_;
};

std::string quoted(std::int64_t version) {
    return "\"" + std::to_string(version) + "\"";
}

bool etag_matches(const HttpRequest& request, const std::string& etag) {
    const std::string* header = request.header("If-None-Match");
    if (!header)
        return false;
    // A list of tags, possibly weak ("W/"): any equal opaque tag matches.
    std::string_view rest = *header;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        std::string_view tag = rest.substr(0, comma);
        while (!tag.empty() && tag.front() == ' ')
            tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ')
            tag.remove_suffix(1);
        if (tag.starts_with("W/"))
            tag.remove_prefix(2);
        if (tag == etag || tag == "*")
            return true;
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    return false;
}

HttpResponse not_modified(const std::string& etag) {
    HttpResponse response;
    response.status = 304;
    response.content_type.clear();
    response.headers = {{"ETag", etag}, {"Cache-Control", kReadCaching}};
    return response;
}

std::int64_t required_if_match(const HttpRequest& request) {
    const std::string* header = request.header("If-Match");
    if (!header)
        throw HttpError{428, "precondition_required",
                        "send If-Match with the version your edit is based on"};
    std::string_view tag = *header;
    if (tag.starts_with("W/"))
        tag.remove_prefix(2);
    if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"')
        tag = tag.substr(1, tag.size() - 2);
    const auto version = parse_int(tag);
    if (!version || *version < 1)
        throw HttpError{400,
                        "bad_request",
                        "If-Match must be a version, e.g. \"3\"",
                        {{"If-Match", "not a version number"}}};
    return *version;
}

json::object body_object(const HttpRequest& request) {
    if (request.body.size() > kMaxBody)
        throw HttpError{413, "payload_too_large", "request bodies are limited to 256 KiB"};
    boost::system::error_code ec;
    json::value value = json::parse(request.body, ec);
    if (ec)
        throw HttpError{400, "malformed_json", "the body is not valid JSON: " + ec.message()};
    if (!value.is_object())
        throw HttpError{
            422, "invalid_fields", "the body must be a JSON object", {{"", "expected an object"}}};
    return std::move(value.as_object());
}

struct Query {
    std::optional<std::string> get(std::string_view name) const {
        for (const auto& [key, value] : params) {
            if (key == name)
                return value;
        }
        return std::nullopt;
    }
    std::vector<std::pair<std::string, std::string>> params;
};

std::int64_t int_param(const Query& query, std::string_view name, std::int64_t fallback,
                       std::int64_t min, std::int64_t max) {
    const auto text = query.get(name);
    if (!text)
        return fallback;
    const auto value = parse_int(*text);
    if (!value || *value < min || *value > max)
        throw HttpError{400,
                        "bad_request",
                        "query parameter " + std::string(name) + " must be an integer from " +
                            std::to_string(min) + " to " + std::to_string(max),
                        {{std::string(name), "out of range or not an integer"}}};
    return *value;
}

void require_method(const HttpRequest& request, std::initializer_list<std::string_view> allowed) {
    for (const auto method : allowed) {
        if (request.method == method)
            return;
    }
    std::string allow;
    for (const auto method : allowed)
        allow += (allow.empty() ? "" : ", ") + std::string(method);
    throw HttpError{405, "method_not_allowed", shown(request.method) + " is not allowed here",
                    {},  std::nullopt,         {{"Allow", allow}}};
}

} // namespace

HttpResponse error_response(int status, std::string_view code, std::string_view message) {
    return error_from(HttpError{status, std::string(code), std::string(message)});
}

struct Handler::Impl {
    Impl(HandlerOptions opts, Metrics& m)
        : options(std::move(opts)), metrics(m), pool(options.database, options.max_db_connections),
          limiter(options.login_window, options.login_max_keys),
          cache(options.response_cache_bytes), watch(options.database) {
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

    HttpResponse dispatch(const HttpRequest& request);
    HttpResponse snapshot(const HttpRequest& request);
    HttpResponse changes(const HttpRequest& request, const Query& query);
    HttpResponse login(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);
    HttpResponse get_service(const std::string& id);
    HttpResponse write(const HttpRequest& request, const std::string& action,
                       const std::string& id);
    HttpResponse audit(const HttpRequest& request, const Query& query);
    HttpResponse hsds(const HttpRequest& request, const std::vector<std::string>& path,
                      const Query& query);
    HttpResponse health();

    // The feed state read in the caller's transaction (and remembered by the watch).
    FeedState current_feed(Database& db);
    // A cached read answer (or 304) for this state of the feed, if there is one.
    std::optional<HttpResponse> cached_read(const HttpRequest& request, const FeedState& feed,
                                            const std::string& key);

    Account require_account(const HttpRequest& request, Database& db);
    Service decode_write(json::object body, const std::string& id, std::int64_t version,
                         const std::string& now, Store& store);

    HandlerOptions options;
    Metrics& metrics;
    Pool pool;
    LoginLimiter limiter;
    ResponseCache cache;
    FeedWatch watch;
    // One snapshot built at a time while it fits the cache (see snapshot()).
    std::mutex snapshot_build;
    std::atomic<bool> snapshot_fits_cache{true};
};

Handler::Handler(HandlerOptions options, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), metrics)) {
}
Handler::~Handler() = default;

void Handler::prepare() noexcept {
    try {
        HttpRequest request;
        request.method = "GET";
        request.target = "/v1/snapshot";
        impl_->snapshot(request);
    } catch (...) {
        // The next request for it meets the same problem and answers with it.
    }
}

HttpResponse Handler::handle(const HttpRequest& request) noexcept {
    try {
        try {
            return impl_->dispatch(request);
        } catch (const HttpError& error) {
            return error_from(error);
        } catch (const SQLite::Exception& e) {
            if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
                return error_from({503,
                                   "busy",
                                   "the directory is busy; retry shortly",
                                   {},
                                   std::nullopt,
                                   {{"Retry-After", "1"}}});
            return error_response(500, "internal", "the server failed to answer");
        } catch (const relais::Error& e) {
            if (e.sqlite_code() == SQLITE_BUSY || e.sqlite_code() == SQLITE_LOCKED)
                return error_from({503,
                                   "busy",
                                   "the directory is busy; retry shortly",
                                   {},
                                   std::nullopt,
                                   {{"Retry-After", "1"}}});
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

HttpResponse Handler::Impl::dispatch(const HttpRequest& request) {
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

    if (is({"healthz"})) {
        require_method(request, {"GET"});
        return health();
    }
    if (is({"metrics"})) {
        require_method(request, {"GET"});
        auto db = pool.borrow();
        ChangeLog log(*db);
        HttpResponse response;
        response.content_type = "text/plain; version=0.0.4";
        response.body = metrics.render(log.head(), log.floor());
        response.headers.emplace_back("Cache-Control", "no-store");
        return response;
    }
    if (!path.empty() && path[0] == "hsds") {
        require_method(request, {"GET"});
        return hsds(request, path, query);
    }
    if (path.size() < 2 || path[0] != "v1")
        throw HttpError{404, "not_found", "no such resource"};

    if (is({"v1", "snapshot"})) {
        require_method(request, {"GET"});
        return snapshot(request);
    }
    if (is({"v1", "changes"})) {
        require_method(request, {"GET"});
        return changes(request, query);
    }
    if (is({"v1", "session"})) {
        require_method(request, {"POST", "DELETE"});
        return request.method == "POST" ? login(request) : logout(request);
    }
    if (is({"v1", "audit"})) {
        require_method(request, {"GET"});
        return audit(request, query);
    }
    if (is({"v1", "services"})) {
        require_method(request, {"POST"});
        return write(request, "create", "");
    }
    if (path.size() == 3 && path[1] == "services") {
        require_method(request, {"GET", "PUT", "DELETE"});
        if (request.method == "GET")
            return get_service(path[2]);
        return write(request, request.method == "PUT" ? "update" : "delete", path[2]);
    }
    if (path.size() == 4 && path[1] == "services" && path[3] == "confirm") {
        require_method(request, {"POST"});
        return write(request, "confirm", path[2]);
    }
    throw HttpError{404, "not_found", "no such resource"};
}

HttpResponse Handler::Impl::health() {
    auto db = pool.borrow();
    const std::int64_t head = ChangeLog(*db).head();
    return json_response(200, json::object{{"status", "ok"}, {"seq", head}},
                         {{"Cache-Control", "no-store"}});
}

FeedState Handler::Impl::current_feed(Database& db) {
    const std::int64_t version = watch.version();
    const FeedState feed = read_feed(db);
    watch.remember(version, feed);
    return feed;
}

std::optional<HttpResponse> Handler::Impl::cached_read(const HttpRequest& request,
                                                       const FeedState& feed,
                                                       const std::string& key) {
    const std::string etag = feed.etag();
    if (etag_matches(request, etag))
        return not_modified(etag);
    if (auto cached = cache.get(etag, key))
        return cached_response(std::move(cached),
                               {{"ETag", etag}, {"Cache-Control", kReadCaching}});
    return std::nullopt;
}

HttpResponse Handler::Impl::snapshot(const HttpRequest& request) {
    const std::string key = "snapshot";
    if (const auto feed = watch.unchanged())
        if (auto answer = cached_read(request, *feed, key))
            return std::move(*answer);
    // One build at a time: clients arriving meanwhile (many new devices at once, or right
    // after a change) wait for it and take it from the cache, instead of each reading the
    // whole directory. Not for a snapshot too big to cache: waiting would gain nothing.
    std::unique_lock building(snapshot_build, std::defer_lock);
    if (snapshot_fits_cache)
        building.lock();
    auto db = pool.borrow();
    // One read transaction: the records and the seq they correspond to are one state.
    // Deferred, as every read here: in WAL a reader sees one consistent state without the
    // write lock, which an IMMEDIATE transaction would take from every other request.
    SQLite::Transaction transaction(db->sql());
    const FeedState feed = current_feed(*db);
    if (auto answer = cached_read(request, feed, key))
        return std::move(*answer);
    Store store(*db);
    Snapshot snapshot;
    snapshot.seq = feed.head;
    snapshot.directory.organizations = store.organizations();
    snapshot.directory.categories = store.categories();
    snapshot.directory.services = store.services();
    transaction.commit();
    metrics.snapshot_built();
    Headers headers{{"ETag", feed.etag()}, {"Cache-Control", kReadCaching}};
    auto response = json_response(200, to_json(snapshot), std::move(headers));
    snapshot_fits_cache = response.body.size() <= options.response_cache_bytes / 2;
    return keep(cache, feed.etag(), key, std::move(response));
}

HttpResponse Handler::Impl::changes(const HttpRequest& request, const Query& query) {
    const std::int64_t since = int_param(query, "since", 0, 0, INT64_MAX);
    const std::int64_t limit = int_param(query, "limit", options.default_page, 1, options.max_page);
    const std::string key = "changes:" + std::to_string(since) + ":" + std::to_string(limit);
    const auto in_feed = [&](const FeedState& feed) {
        return since >= feed.floor && since <= feed.head;
    };
    if (const auto feed = watch.unchanged(); feed && in_feed(*feed))
        if (auto answer = cached_read(request, *feed, key))
            return std::move(*answer);
    auto db = pool.borrow();
    SQLite::Transaction transaction(db->sql());
    const FeedState feed = current_feed(*db);
    if (!in_feed(feed))
        throw HttpError{410, "resync",
                        "this cursor is too old (or from another server): download the snapshot"};
    if (auto answer = cached_read(request, feed, key))
        return std::move(*answer);
    Store store(*db);
    const ChangeRange range = ChangeLog(*db).after(since, static_cast<int>(limit));
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
    transaction.commit();
    Headers headers{{"ETag", feed.etag()}, {"Cache-Control", kReadCaching}};
    return keep(cache, feed.etag(), key, json_response(200, to_json(page), std::move(headers)));
}

// Open Referral HSDS, read-only: cached and tagged like the snapshot (one state of the feed).
HttpResponse Handler::Impl::hsds(const HttpRequest& request, const std::vector<std::string>& path,
                                 const Query& query) {
    const std::string key = "hsds:" + request.target;
    if (const auto feed = watch.unchanged())
        if (auto answer = cached_read(request, *feed, key))
            return std::move(*answer);
    auto db = pool.borrow();
    SQLite::Transaction transaction(db->sql());
    const FeedState feed = current_feed(*db);
    if (auto answer = cached_read(request, feed, key))
        return std::move(*answer);
    HttpResponse response = hsds_route(*db, path, query.params);
    transaction.commit();
    if (response.status != 200)
        return response;
    response.headers = {{"ETag", feed.etag()}, {"Cache-Control", kReadCaching}};
    if (response.content_type == "application/json") // ndjson streams are not kept
        return keep(cache, feed.etag(), key, std::move(response));
    return response;
}

HttpResponse Handler::Impl::login(const HttpRequest& request) {
    json::object body = body_object(request);
    const json::value* user = body.if_contains("user");
    const json::value* password = body.if_contains("password");
    std::vector<ErrorDetail> problems;
    if (!user || !user->is_string() || user->get_string().empty() ||
        user->get_string().size() > 128)
        problems.push_back({"user", "a user name of 1 to 128 characters is required"});
    if (!password || !password->is_string() || password->get_string().size() > 1024)
        problems.push_back({"password", "a password of at most 1024 characters is required"});
    if (!problems.empty())
        throw HttpError{422, "invalid_fields", "user and password are required", problems};

    const std::string user_name(user->get_string());
    const std::string from = address_key(request.remote_address);
    // The pair first: a success forgets it (see LoginLimiter::succeeded).
    const std::vector<LoginLimiter::Key> keys{
        {"user:" + std::to_string(user_name.size()) + ":" + user_name + "@" + from,
         options.login_max_failures},
        {"address:" + from, options.login_max_failures_per_address}};
    if (const auto wait = limiter.begin(keys, LoginLimiter::Clock::now()))
        throw HttpError{429, "too_many_requests", "too many failed logins; try again later",
                        {},  std::nullopt,        {{"Retry-After", std::to_string(wait->count())}}};

    std::optional<Account> account;
    {
        auto db = pool.borrow();
        account = Accounts(*db).find(user_name);
    }
    // The hash runs with no connection borrowed: it is slow on purpose.
    const bool ok = verify_password(account && !account->disabled ? account->password_hash : "",
                                    std::string_view(password->get_string()));
    if (!ok)
        throw HttpError{401, "invalid_credentials", "wrong user name or password",
                        {},  std::nullopt,          {{"WWW-Authenticate", "Bearer"}}};
    limiter.succeeded(keys);
    const std::string token = new_token();
    const auto wall = std::chrono::system_clock::now();
    const std::string expires_at = iso8601(wall + options.token_lifetime);
    {
        auto db = pool.borrow();
        Accounts(*db).add_session(token_hash(token), user_name, iso8601(wall), expires_at);
    }
    return json_response(200,
                         to_json(SessionInfo{token, expires_at, account->organization_id,
                                             std::string(to_string(account->role))}),
                         {{"Cache-Control", "no-store"}});
}

// The session ends on the server: its token is refused from now on.
HttpResponse Handler::Impl::logout(const HttpRequest& request) {
    auto db = pool.borrow();
    require_account(request, *db);
    const std::string_view token = std::string_view(*request.header("Authorization")).substr(7);
    Accounts(*db).end_session(token_hash(token));
    HttpResponse response;
    response.status = 204;
    response.content_type.clear();
    response.headers = {{"Cache-Control", "no-store"}};
    return response;
}

Account Handler::Impl::require_account(const HttpRequest& request, Database& db) {
    const std::string* header = request.header("Authorization");
    const Headers challenge{{"WWW-Authenticate", "Bearer"}};
    if (!header || !header->starts_with("Bearer ") || header->size() <= 7)
        throw HttpError{401, "unauthorized", "this needs a staff login (Authorization: Bearer)",
                        {},  std::nullopt,   challenge};
    const std::string_view token = std::string_view(*header).substr(7);
    auto account = Accounts(db).session_account(token_hash(token), now_iso8601());
    if (!account)
        throw HttpError{401, "unauthorized", "the session is unknown or has expired; log in again",
                        {},  std::nullopt,   challenge};
    return *account;
}

HttpResponse Handler::Impl::get_service(const std::string& id) {
    auto db = pool.borrow();
    auto service = Store(*db).service(id);
    if (!service)
        throw HttpError{404, "not_found", "no service " + shown(id)};
    return json_response(200, json::object{{"service", relais::to_json(*service)}},
                         {{"ETag", quoted(service->version)}, {"Cache-Control", "no-cache"}});
}

Service Handler::Impl::decode_write(json::object body, const std::string& id, std::int64_t version,
                                    const std::string& now, Store& store) {
    std::vector<ErrorDetail> details;
    if (const json::value* sent = body.if_contains("id");
        sent && (!sent->is_string() || sent->get_string() != id))
        details.push_back({"id", "does not match the service addressed"});
    // The server owns these: whatever the client sent is replaced.
    body["id"] = id;
    body["version"] = version;
    body["updated_at"] = now;
    std::vector<std::string> known;
    for (const Category& category : store.categories())
        known.push_back(category.id);
    std::vector<Problem> problems;
    Service service = service_from_json(body, problems, known);
    for (const Problem& problem : problems)
        details.push_back({problem.field, problem.message});
    if (details.empty() && !store.organization(service.organization_id))
        details.push_back({"organization_id", "no such organization"});
    if (!details.empty())
        throw HttpError{422, "invalid_fields", "some fields are invalid", details};
    return service;
}

// Trust is not the client's to say (data/trust.h). An edit by the organisation's own staff is
// a confirmation, dated by the server's clock, never the client's; an administrator's edit is
// not. The research fields (checked_on, evidence_date) change only through an administrator.
static void owned_fields(Service& next, const std::optional<Service>& current,
                         const Account& account, const std::string& now) {
    const bool staff = account.role != Role::admin;
    next.last_verified_at = staff     ? std::optional<std::string>(now)
                            : current ? current->last_verified_at
                                      : std::nullopt;
    if (staff) {
        next.checked_on = current ? current->checked_on : std::nullopt;
        next.evidence_date = current ? current->evidence_date : std::nullopt;
    }
}

HttpResponse Handler::Impl::write(const HttpRequest& request, const std::string& action,
                                  const std::string& path_id) {
    const bool creating = action == "create";
    std::optional<json::object> body;
    if (action == "create" || action == "update")
        body = body_object(request);
    auto db = pool.borrow();
    const Account account = require_account(request, *db);
    const std::int64_t base = creating ? 0 : required_if_match(request);
    std::string id = path_id;
    if (creating) {
        const json::value* sent = body->if_contains("id");
        if (!sent || !sent->is_string() || sent->get_string().empty() ||
            sent->get_string().size() > 200)
            throw HttpError{422,
                            "invalid_fields",
                            "a new service needs an id",
                            {{"id", "a string of 1 to 200 characters is required"}}};
        id = std::string(sent->get_string());
    }
    const auto may_write = [&](const std::string& organization_id) {
        if (account.role != Role::admin && organization_id != account.organization_id)
            throw HttpError{403, "forbidden",
                            "this listing belongs to another organisation; ask its staff or an "
                            "administrator"};
    };

    SQLite::Transaction transaction(db->sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Store store(*db);
    const std::string now = now_iso8601();
    const std::optional<Service> current = store.service(id);
    Service next;
    if (creating) {
        if (current) {
            may_write(current->organization_id);
            throw HttpError{
                409, "conflict", "a service with this id exists", {}, relais::to_json(*current)};
        }
        const std::optional<Tombstone> tombstone = store.tombstone(id);
        // A deleted id stays its organisation's (an administrator may give it to another).
        if (tombstone && tombstone->organization_id)
            may_write(*tombstone->organization_id);
        const std::int64_t version = tombstone ? tombstone->version + 1 : 1;
        next = decode_write(std::move(*body), id, version, now, store);
        may_write(next.organization_id);
        owned_fields(next, std::nullopt, account, now);
    } else {
        if (!current) {
            HttpError error{404, "not_found", "no service " + shown(id)};
            // Deleted: the version its deletion made, so that a client whose DELETE was lost
            // on the way back knows that it landed.
            if (const auto tombstone = store.tombstone(id))
                error.extra["deleted_version"] = tombstone->version;
            throw error;
        }
        may_write(current->organization_id);
        if (current->version != base)
            throw HttpError{409,
                            "conflict",
                            "the service changed since version " + std::to_string(base) +
                                "; compare with the current record",
                            {},
                            relais::to_json(*current)};
        if (action == "update") {
            next = decode_write(std::move(*body), id, current->version + 1, now, store);
            may_write(next.organization_id);
            owned_fields(next, current, account, now);
        } else {
            next = *current;
            next.version = current->version + 1;
            next.updated_at = now;
            if (action == "confirm")
                next.last_verified_at = now;
        }
    }

    ChangeLog log(*db);
    const bool deleting = action == "delete";
    if (deleting)
        store.remove(id, next.version, now);
    else
        store.put(next);
    log.record(id, deleting ? ChangeOp::remove : ChangeOp::upsert, next.version, now);
    AuditEntry entry;
    entry.at = now;
    entry.user = account.user;
    entry.action = action;
    entry.record_id = id;
    if (current)
        entry.before = json::serialize(relais::to_json(*current));
    if (!deleting)
        entry.after = json::serialize(relais::to_json(next));
    Accounts(*db).audit(entry);
    const auto retention_start = std::chrono::system_clock::now() - options.tombstone_retention;
    log.prune_deletes(iso8601(retention_start));
    transaction.commit();

    if (deleting) {
        HttpResponse response;
        response.status = 204;
        response.content_type.clear();
        response.headers = {{"Cache-Control", "no-store"}};
        return response;
    }
    Headers headers{{"ETag", quoted(next.version)}, {"Cache-Control", "no-store"}};
    if (creating)
        headers.emplace_back("Location", "/v1/services/" + shown(id));
    return json_response(creating ? 201 : 200, json::object{{"service", relais::to_json(next)}},
                         std::move(headers));
}

HttpResponse Handler::Impl::audit(const HttpRequest& request, const Query& query) {
    const std::int64_t after = int_param(query, "after", 0, 0, INT64_MAX);
    const std::int64_t limit = int_param(query, "limit", 100, 1, 1000);
    auto db = pool.borrow();
    const Account account = require_account(request, *db);
    if (account.role != Role::admin)
        throw HttpError{403, "forbidden", "the audit log is for administrators"};
    json::array entries;
    std::int64_t next = after;
    const auto parse_record = [](const std::optional<std::string>& text) -> json::value {
        if (!text)
            return nullptr;
        boost::system::error_code ec;
        json::value value = json::parse(*text, ec);
        return ec ? json::value(nullptr) : value;
    };
    for (const AuditEntry& entry : Accounts(*db).audit_log(after, static_cast<int>(limit))) {
        next = entry.n;
        entries.push_back(json::object{{"n", entry.n},
                                       {"at", entry.at},
                                       {"user", entry.user},
                                       {"action", entry.action},
                                       {"id", entry.record_id},
                                       {"before", parse_record(entry.before)},
                                       {"after", parse_record(entry.after)}});
    }
    return json_response(200, json::object{{"entries", std::move(entries)}, {"next", next}},
                         {{"Cache-Control", "no-store"}});
}

} // namespace relais::sync
