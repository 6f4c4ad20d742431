#pragma once
// The client sync engine (no Qt): brings a local directory up to date with relais-server and
// pushes the staff edits waiting in the local outbox.
// Pull: bootstraps from the snapshot when the copy has no cursor (or follows another server),
// then applies change pages; each page and the cursor after it commit in one transaction, so
// an interrupted sync leaves the copy exactly as after the last whole page and resumes from
// there. A 410 re-bootstraps. The search index follows every write (the store keeps it in step).
// Push: outbox entries in order, each with If-Match of the version it was made on; a 409 keeps
// the draft as a conflict beside the server's record; a refused edit is kept as rejected with
// the server's error. Network failures and 5xx are retried with exponential backoff; a DELETE
// whose answer was lost and that then finds the record deleted at the very version it made
// (404 with "deleted_version") is done.
// Thread rule: run on a worker thread that owns the Database; abort() from any thread.

#include "data/database.h"
#include "data/model.h"
#include "data/outbox.h"
#include "sync/http_client.h"
#include "sync/protocol.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace relais::sync {

struct SyncOptions {
    std::string server_url;           // e.g. "https://relais.example.org"
    std::optional<std::string> token; // a staff session (POST /v1/session): enables push
    int page_limit = 1000;
    int max_attempts = 4; // per request: network errors, 5xx, 429
    std::chrono::milliseconds backoff = std::chrono::milliseconds(250); // doubles per attempt
    ClientOptions http;
};

struct SyncProgress {
    enum class Stage { push, bootstrap, pull };
    Stage stage = Stage::pull;
    std::int64_t cursor = 0;
    std::int64_t applied = 0; // records applied so far in this run
};

struct SyncReport {
    bool bootstrapped = false;
    std::int64_t upserts = 0;
    std::int64_t deletes = 0;
    std::int64_t cursor = 0;
    int pushed = 0;
    int conflicts = 0;         // new conflicts kept in the outbox
    int rejected = 0;          // edits the server refused (kept with its error)
    int waiting = 0;           // outbox entries not sent (no token, or behind a conflict)
    bool unauthorized = false; // the token was refused: log in again to push
};

class SyncError : public std::runtime_error {
public:
    enum class Kind { network, server, protocol, aborted };
    SyncError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

class SyncEngine {
public:
    SyncEngine(Database& db, SyncOptions options);
    ~SyncEngine();

    // Push, then pull. Throws SyncError; what was committed before stays committed.
    SyncReport run();
    void push(SyncReport& report);
    void pull(SyncReport& report);
    void abort(); // thread-safe: the run stops at the next step and throws SyncError(aborted)

    std::function<void(const SyncProgress&)> on_progress;

private:
    // `lost`, when given, is set when an earlier attempt got no answer (it may have landed).
    HttpResponse send(const std::string& method, const std::string& target, Headers headers = {},
                      const std::string& body = {}, bool* lost = nullptr);
    void bootstrap(SyncReport& report);
    bool apply_page(const ChangesPage& page, SyncReport& report); // false: needs bootstrap
    void check_abort();
    void sleep(std::chrono::milliseconds duration);

    Database& db_;
    SyncOptions options_;
    HttpClient http_;
    std::atomic<bool> aborted_{false};
};

// POST /v1/session. Throws SyncError (server: wrong credentials, with the server's message).
SessionInfo login(const std::string& server_url, const std::string& user,
                  const std::string& password, const ClientOptions& http = {});

// DELETE /v1/session: the server forgets the token, which is refused from then on. A token the
// server no longer knows (401) counts as done. Throws SyncError (network when offline); the
// caller forgets its own copy of the token whatever happens.
void logout(const std::string& server_url, const std::string& token,
            const ClientOptions& http = {});

// Staff edits, written to the local outbox (pushed by the next sync with a token).
std::int64_t queue_create(Database& db, const Service& draft);
std::int64_t queue_update(Database& db, const Service& draft); // base version = draft.version
std::int64_t queue_delete(Database& db, const std::string& id, std::int64_t base_version);
std::int64_t queue_confirm(Database& db, const std::string& id, std::int64_t base_version);
// Conflict resolution: keep the draft (sent again on top of the server's version), or take
// the server's record (the draft is discarded).
void resolve_keep_mine(Database& db, std::int64_t outbox_entry);
void resolve_take_theirs(Database& db, std::int64_t outbox_entry);
// Per-field merge: `merged` replaces the draft and goes again on top of the server's version.
void resolve_merge(Database& db, std::int64_t outbox_entry, const Service& merged);
// A refused edit, corrected by the user: `corrected` replaces the draft and waits for the next
// push, on the same base version.
void retry_rejected(Database& db, std::int64_t outbox_entry, const Service& corrected);

// What `relais-cli sync --server URL [--db FILE]` runs: opens (or creates) the local directory
// at `db_path` and syncs it. Progress is reported through `progress` when given.
SyncReport run_sync(const std::filesystem::path& db_path, const SyncOptions& options,
                    const std::function<void(const SyncProgress&)>& progress = {});

} // namespace relais::sync
