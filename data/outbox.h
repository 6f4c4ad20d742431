#pragma once
// The client's outbox: staff edits made on this device, written locally first and pushed to
// the server in order. Each edit keeps the version it was made on; an edit the server refuses
// stays here (as a conflict beside the server's record, or as rejected with the server's
// error) until the user resolves it: nothing is dropped silently.
// Records are kept as JSON text; encoding and decoding belong to the caller.
// Thread rule: as Database.

#include "data/database.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

enum class OutboxOp { create, update, remove, confirm };
enum class OutboxState { pending, conflict, rejected };
std::string_view to_string(OutboxOp op);
std::string_view to_string(OutboxState state);

struct OutboxEntry {
    std::int64_t n = 0; // push order
    std::string record_id;
    OutboxOp op = OutboxOp::update;
    std::optional<std::int64_t> base_version; // absent on create
    std::optional<std::string> draft_json;    // create, update
    OutboxState state = OutboxState::pending;
    std::optional<std::string> server_json; // conflict: the server's current record
    std::optional<std::string> error_json;  // rejected: the server's error body
    std::optional<std::string> base_json;   // the record before this edit (absent: new)
    std::string created_at;
    std::string updated_at;
};

class Outbox {
public:
    explicit Outbox(Database& db) : db_(db) {}

    std::int64_t add(std::string_view record_id, OutboxOp op,
                     std::optional<std::int64_t> base_version,
                     std::optional<std::string> draft_json, std::string_view at);
    std::vector<OutboxEntry> entries(); // every entry, in push order
    std::vector<OutboxEntry> pending(); // pending entries, in push order
    std::optional<OutboxEntry> entry(std::int64_t n);
    // The state that matters most per edited record (conflict or rejected over pending), for
    // marking results and details; records without edits are absent.
    std::map<std::string, OutboxState> record_states();
    bool remove(std::int64_t n); // accepted by the server, or discarded by the user

    void mark_conflict(std::int64_t n, std::string_view server_json, std::string_view at);
    void mark_rejected(std::int64_t n, std::string_view error_json, std::string_view at);
    // "Keep mine": the draft goes again, now on top of the server's version.
    void rebase(std::int64_t n, std::int64_t base_version, std::string_view at);
    // A refused edit, corrected: pending again on the same base version.
    void retry(std::int64_t n, std::string_view at);
    // Keeps the record as it was before the edit, to show it again if the edit is dropped.
    void set_base(std::int64_t n, std::string_view base_json);
    // A merged or corrected draft replaces the one kept (before a rebase).
    void replace_draft(std::int64_t n, std::string_view draft_json, std::string_view at);

private:
    std::vector<OutboxEntry> select(const char* where, std::int64_t n);
    void set_state(std::int64_t n, OutboxState state, const char* column,
                   std::optional<std::string_view> json, std::string_view at);
    Database& db_;
};

} // namespace relais
