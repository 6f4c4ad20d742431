#include "sync/engine.h"

#include "data/error.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/clock.h"

#include <SQLiteCpp/Transaction.h>
#include <boost/json.hpp>
#include <sqlite3.h>

#include <charconv>
#include <set>
#include <thread>

namespace relais::sync {
namespace json = boost::json;

namespace {

constexpr const char* kCursor = "sync_cursor";
constexpr const char* kServer = "server_url";
constexpr const char* kDataAsOf = "data_as_of";

std::optional<std::int64_t> parse_cursor(const std::optional<std::string>& text) {
    if (!text || text->empty())
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size() || value < 0)
        return std::nullopt;
    return value;
}

std::string describe(const HttpResponse& response) {
    std::string text = "server answered " + std::to_string(response.status);
    try {
        const ErrorBody error = error_from_json(parse_json(response.body));
        text += " (" + error.error + (error.message.empty() ? "" : ": " + error.message) + ")";
    } catch (const ProtocolError&) {
    }
    return text;
}

// Same record apart from what the server stamps on each write.
bool same_content(Service a, Service b) {
    a.version = b.version;
    a.updated_at = b.updated_at;
    return a == b;
}

} // namespace

SyncEngine::SyncEngine(Database& db, SyncOptions options)
    : db_(db), options_(std::move(options)), http_(options_.server_url, options_.http) {
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::abort() {
    aborted_ = true;
    http_.abort();
}

void SyncEngine::check_abort() {
    if (aborted_)
        throw SyncError(SyncError::Kind::aborted, "sync aborted");
}

void SyncEngine::sleep(std::chrono::milliseconds duration) {
    // In small steps, so abort() is honoured promptly.
    const auto until = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < until) {
        check_abort();
        std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
            std::chrono::milliseconds(20), until - std::chrono::steady_clock::now()));
    }
}

HttpResponse SyncEngine::send(const std::string& method, const std::string& target, Headers headers,
                              const std::string& body, bool* lost) {
    if (options_.token)
        headers.emplace_back("Authorization", "Bearer " + *options_.token);
    auto backoff = options_.backoff;
    for (int attempt = 1;; ++attempt) {
        check_abort();
        try {
            HttpResponse response = http_.request(method, target, headers, body);
            const bool transient = response.status >= 500 || response.status == 429;
            if (!transient || attempt >= options_.max_attempts)
                return response;
            if (const std::string* retry_after = response.header("Retry-After")) {
                int seconds = 0;
                std::from_chars(retry_after->data(), retry_after->data() + retry_after->size(),
                                seconds);
                backoff =
                    std::max(backoff, std::chrono::milliseconds(std::min(seconds, 30) * 1000));
            }
        } catch (const TransportError& e) {
            if (e.kind() == TransportError::Kind::aborted)
                throw SyncError(SyncError::Kind::aborted, "sync aborted");
            if (e.kind() == TransportError::Kind::url || attempt >= options_.max_attempts)
                throw SyncError(SyncError::Kind::network, e.what());
            if (lost)
                *lost = true;
        }
        sleep(backoff);
        backoff *= 2;
    }
}

SyncReport SyncEngine::run() {
    SyncReport report;
    push(report);
    pull(report);
    return report;
}

void SyncEngine::bootstrap(SyncReport& report) {
    if (on_progress)
        on_progress({SyncProgress::Stage::bootstrap, 0, report.upserts});
    const HttpResponse response = send("GET", "/v1/snapshot");
    if (response.status != 200)
        throw SyncError(SyncError::Kind::server, "snapshot: " + describe(response));
    Snapshot snapshot;
    try {
        snapshot = snapshot_from_json(parse_json(response.body));
    } catch (const ProtocolError& e) {
        throw SyncError(SyncError::Kind::protocol, std::string("snapshot: ") + e.what());
    }
    check_abort();
    Store store(db_);
    // The snapshot and the cursor after it commit together: an interrupted bootstrap
    // leaves the copy as it was. Write transactions here start IMMEDIATE: a deferred one
    // that reads first cannot become a writer once another connection (the app's worker)
    // has written, and SQLite then fails at once with "database is locked" instead of
    // waiting its turn.
    SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    store.replace_directory(snapshot.directory);
    store.set_meta(kCursor, std::to_string(snapshot.seq));
    store.set_meta(kServer, options_.server_url);
    store.set_meta(kDataAsOf, now_iso8601());
    transaction.commit();
    report.bootstrapped = true;
    report.upserts += static_cast<std::int64_t>(snapshot.directory.services.size());
    report.cursor = snapshot.seq;
}

bool SyncEngine::apply_page(const ChangesPage& page, SyncReport& report) {
    Store store(db_);
    std::int64_t upserts = 0, deletes = 0;
    try {
        SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        Store::Batch batch(store);
        for (const WireChange& change : page.changes) {
            if (change.deleted) {
                if (store.remove(change.id, change.version, now_iso8601()))
                    ++deletes;
            } else {
                store.put(*change.service);
                ++upserts;
            }
        }
        batch.finish();
        store.set_meta(kCursor, std::to_string(page.next));
        store.set_meta(kDataAsOf, now_iso8601());
        check_abort();
        transaction.commit();
    } catch (const SQLite::Exception& e) {
        // A record naming an organisation or category this copy lacks: the page rolled back;
        // a fresh snapshot brings everything in step.
        if (e.getErrorCode() == SQLITE_CONSTRAINT)
            return false;
        throw;
    } catch (const relais::Error& e) {
        if (e.sqlite_code() == SQLITE_CONSTRAINT || (e.sqlite_code() & 0xff) == SQLITE_CONSTRAINT)
            return false;
        throw;
    }
    report.upserts += upserts;
    report.deletes += deletes;
    report.cursor = page.next;
    return true;
}

void SyncEngine::pull(SyncReport& report) {
    std::optional<std::int64_t> cursor;
    {
        Store store(db_);
        cursor = parse_cursor(store.meta(kCursor));
        if (store.meta(kServer).value_or("") != options_.server_url)
            cursor.reset(); // another server's cursor means nothing here
    }
    if (!cursor) {
        bootstrap(report);
        cursor = report.cursor;
    }
    report.cursor = *cursor;
    for (int resyncs = 0;;) {
        const HttpResponse response =
            send("GET", "/v1/changes?since=" + std::to_string(report.cursor) +
                            "&limit=" + std::to_string(options_.page_limit));
        if (response.status == 410) {
            if (++resyncs > 2)
                throw SyncError(SyncError::Kind::server, "the server keeps asking to resync");
            bootstrap(report);
            continue;
        }
        if (response.status != 200)
            throw SyncError(SyncError::Kind::server, "changes: " + describe(response));
        ChangesPage page;
        try {
            page = changes_from_json(parse_json(response.body));
        } catch (const ProtocolError& e) {
            throw SyncError(SyncError::Kind::protocol, std::string("changes: ") + e.what());
        }
        if (page.next < report.cursor)
            throw SyncError(SyncError::Kind::protocol, "changes: the cursor went backwards");
        check_abort();
        if (!apply_page(page, report)) {
            if (++resyncs > 2)
                throw SyncError(SyncError::Kind::protocol, "changes do not fit the snapshot");
            bootstrap(report);
            continue;
        }
        if (on_progress)
            on_progress(
                {SyncProgress::Stage::pull, report.cursor, report.upserts + report.deletes});
        if (!page.more)
            return;
    }
}

void SyncEngine::push(SyncReport& report) {
    Outbox outbox(db_);
    std::set<std::string> blocked; // records with an unresolved entry: later edits wait
    for (const OutboxEntry& entry : outbox.entries()) {
        if (entry.state != OutboxState::pending)
            blocked.insert(entry.record_id);
    }
    const std::vector<OutboxEntry> pending = outbox.pending();
    if (!options_.token) {
        report.waiting += static_cast<int>(pending.size());
        return;
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        // Re-read: an earlier push may have rebased this entry.
        const auto current_entry = outbox.entry(pending[i].n);
        if (!current_entry || current_entry->state != OutboxState::pending)
            continue;
        const OutboxEntry& entry = *current_entry;
        if (blocked.count(entry.record_id) || report.unauthorized) {
            ++report.waiting;
            continue;
        }
        if (on_progress)
            on_progress({SyncProgress::Stage::push, 0, report.pushed});
        Headers headers;
        if (entry.base_version)
            headers.emplace_back("If-Match", "\"" + std::to_string(*entry.base_version) + "\"");
        const std::string path = "/v1/services/" + entry.record_id;
        HttpResponse response;
        bool lost = false;
        switch (entry.op) {
        case OutboxOp::create:
            response = send("POST", "/v1/services", headers, entry.draft_json.value_or(""));
            break;
        case OutboxOp::update:
            response = send("PUT", path, headers, entry.draft_json.value_or(""));
            break;
        case OutboxOp::remove:
            response = send("DELETE", path, headers, {}, &lost);
            break;
        case OutboxOp::confirm:
            response = send("POST", path + "/confirm", headers);
            break;
        }
        const std::string now = now_iso8601();
        std::optional<Service> accepted;
        bool applied = response.status >= 200 && response.status < 300;
        json::value body;
        if (!response.body.empty()) {
            boost::system::error_code ec;
            body = json::parse(response.body, ec);
        }
        if (applied && response.status != 204) {
            try {
                accepted = service_from_wire(body.as_object().at("service"));
            } catch (const std::exception& e) {
                throw SyncError(SyncError::Kind::protocol,
                                std::string("push: unreadable answer: ") + e.what());
            }
        }
        if (entry.op == OutboxOp::remove && lost && response.status == 404 && body.is_object() &&
            entry.base_version) {
            // Our first DELETE landed and its answer was lost: the record is gone at exactly
            // the version that deletion made.
            const json::value* deleted = body.as_object().if_contains("deleted_version");
            if (deleted && deleted->is_int64() && deleted->get_int64() == *entry.base_version + 1)
                applied = true;
        }
        if (response.status == 409 && body.is_object() && body.as_object().contains("current") &&
            entry.draft_json && entry.op != OutboxOp::confirm) {
            // After a retried write the first attempt may have landed: then the "conflict" is
            // our own edit, and it was accepted.
            try {
                Service current = service_from_wire(body.as_object().at("current"));
                Service draft = service_from_wire(parse_json(*entry.draft_json));
                if (same_content(current, draft)) {
                    applied = true;
                    accepted = std::move(current);
                }
            } catch (const ProtocolError&) {
            }
        }

        SQLite::Transaction transaction(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        Store store(db_);
        if (applied) {
            std::int64_t new_version = 0;
            if (accepted) {
                store.put(*accepted);
                new_version = accepted->version;
            } else {
                new_version = entry.base_version.value_or(0) + 1;
                store.remove(entry.record_id, new_version, now);
            }
            outbox.remove(entry.n);
            // Later edits of the same record were made on top of this one.
            for (const OutboxEntry& later : outbox.pending()) {
                if (later.record_id == entry.record_id && later.base_version &&
                    later.base_version == entry.base_version)
                    outbox.rebase(later.n, new_version, now);
            }
            ++report.pushed;
        } else if (response.status == 409) {
            std::string current = "null";
            if (body.is_object() && body.as_object().contains("current"))
                current = json::serialize(body.as_object().at("current"));
            outbox.mark_conflict(entry.n, current, now);
            blocked.insert(entry.record_id);
            ++report.conflicts;
        } else if (response.status == 401) {
            report.unauthorized = true;
            ++report.waiting;
        } else if (response.status >= 400 && response.status < 500 && response.status != 429) {
            outbox.mark_rejected(entry.n, response.body, now);
            blocked.insert(entry.record_id);
            ++report.rejected;
        } else {
            throw SyncError(SyncError::Kind::server, "push: " + describe(response));
        }
        transaction.commit();
    }
}

SessionInfo login(const std::string& server_url, const std::string& user,
                  const std::string& password, const ClientOptions& http) {
    HttpResponse response;
    try {
        HttpClient client(server_url, http);
        response =
            client.request("POST", "/v1/session", {},
                           json::serialize(json::object{{"user", user}, {"password", password}}));
    } catch (const TransportError& e) {
        throw SyncError(SyncError::Kind::network, e.what());
    }
    if (response.status != 200)
        throw SyncError(SyncError::Kind::server, "login: " + describe(response));
    try {
        return session_from_json(parse_json(response.body));
    } catch (const ProtocolError& e) {
        throw SyncError(SyncError::Kind::protocol, std::string("login: ") + e.what());
    }
}

void logout(const std::string& server_url, const std::string& token, const ClientOptions& http) {
    HttpResponse response;
    try {
        HttpClient client(server_url, http);
        response = client.request("DELETE", "/v1/session", {{"Authorization", "Bearer " + token}});
    } catch (const TransportError& e) {
        throw SyncError(SyncError::Kind::network, e.what());
    }
    if (response.status != 204 && response.status != 401)
        throw SyncError(SyncError::Kind::server, "logout: " + describe(response));
}

std::int64_t queue_create(Database& db, const Service& draft) {
    return Outbox(db).add(draft.id, OutboxOp::create, std::nullopt,
                          json::serialize(relais::to_json(draft)), now_iso8601());
}

std::int64_t queue_update(Database& db, const Service& draft) {
    return Outbox(db).add(draft.id, OutboxOp::update, draft.version,
                          json::serialize(relais::to_json(draft)), now_iso8601());
}

std::int64_t queue_delete(Database& db, const std::string& id, std::int64_t base_version) {
    return Outbox(db).add(id, OutboxOp::remove, base_version, std::nullopt, now_iso8601());
}

std::int64_t queue_confirm(Database& db, const std::string& id, std::int64_t base_version) {
    return Outbox(db).add(id, OutboxOp::confirm, base_version, std::nullopt, now_iso8601());
}

void resolve_keep_mine(Database& db, std::int64_t outbox_entry) {
    Outbox outbox(db);
    const auto entry = outbox.entry(outbox_entry);
    if (!entry || entry->state != OutboxState::conflict || !entry->server_json)
        throw Error(ErrorCode::not_found, "no conflict " + std::to_string(outbox_entry));
    std::int64_t version = 0;
    try {
        version = service_from_wire(parse_json(*entry->server_json)).version;
    } catch (const ProtocolError& e) {
        throw Error(ErrorCode::corrupt, std::string("conflict record: ") + e.what());
    }
    outbox.rebase(outbox_entry, version, now_iso8601());
}

void resolve_take_theirs(Database& db, std::int64_t outbox_entry) {
    Outbox outbox(db);
    const auto entry = outbox.entry(outbox_entry);
    if (!entry || entry->state != OutboxState::conflict)
        throw Error(ErrorCode::not_found, "no conflict " + std::to_string(outbox_entry));
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    if (entry->server_json && *entry->server_json != "null") {
        try {
            Store(db).put(service_from_wire(parse_json(*entry->server_json)));
        } catch (const ProtocolError& e) {
            throw Error(ErrorCode::corrupt, std::string("conflict record: ") + e.what());
        }
    }
    outbox.remove(outbox_entry);
    transaction.commit();
}

void resolve_merge(Database& db, std::int64_t outbox_entry, const Service& merged) {
    Outbox outbox(db);
    const auto entry = outbox.entry(outbox_entry);
    if (!entry || entry->state != OutboxState::conflict || !entry->server_json ||
        !entry->draft_json)
        throw Error(ErrorCode::not_found, "no conflict to merge " + std::to_string(outbox_entry));
    std::int64_t version = 0;
    try {
        version = service_from_wire(parse_json(*entry->server_json)).version;
    } catch (const ProtocolError& e) {
        throw Error(ErrorCode::corrupt, std::string("conflict record: ") + e.what());
    }
    Service draft = merged;
    draft.version = version;
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    outbox.replace_draft(outbox_entry, json::serialize(relais::to_json(draft)), now_iso8601());
    outbox.rebase(outbox_entry, version, now_iso8601());
    transaction.commit();
}

void retry_rejected(Database& db, std::int64_t outbox_entry, const Service& corrected) {
    Outbox outbox(db);
    const auto entry = outbox.entry(outbox_entry);
    if (!entry || entry->state != OutboxState::rejected || !entry->draft_json)
        throw Error(ErrorCode::not_found, "no refused edit " + std::to_string(outbox_entry));
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    outbox.replace_draft(outbox_entry, json::serialize(relais::to_json(corrected)), now_iso8601());
    outbox.retry(outbox_entry, now_iso8601());
    transaction.commit();
}

SyncReport run_sync(const std::filesystem::path& db_path, const SyncOptions& options,
                    const std::function<void(const SyncProgress&)>& progress) {
    Database db = Database::open(db_path);
    SyncEngine engine(db, options);
    engine.on_progress = progress;
    return engine.run();
}

} // namespace relais::sync
