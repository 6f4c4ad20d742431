#include "data/outbox.h"

#include "data/columns.h"
#include "data/error.h"

#include <SQLiteCpp/Statement.h>

#include <array>

namespace relais {
namespace {

constexpr std::array<std::string_view, 4> kOps{"create", "update", "delete", "confirm"};
constexpr std::array<std::string_view, 3> kStates{"pending", "conflict", "rejected"};

template <typename Enum, std::size_t N>
Enum parse(const std::array<std::string_view, N>& names, const std::string& text) {
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == text)
            return static_cast<Enum>(i);
    }
    throw Error(ErrorCode::corrupt, "unknown outbox value: " + text);
}

} // namespace

std::string_view to_string(OutboxOp op) {
    return kOps[static_cast<std::size_t>(op)];
}
std::string_view to_string(OutboxState state) {
    return kStates[static_cast<std::size_t>(state)];
}

std::int64_t Outbox::add(std::string_view record_id, OutboxOp op,
                         std::optional<std::int64_t> base_version,
                         std::optional<std::string> draft_json, std::string_view at) {
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO outbox (record_id, op, base_version, draft_json, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::string(record_id));
    insert.bind(2, std::string(to_string(op)));
    if (base_version)
        insert.bind(3, *base_version);
    else
        insert.bind(3);
    if (draft_json)
        insert.bind(4, *draft_json);
    else
        insert.bind(4);
    insert.bind(5, std::string(at));
    insert.bind(6, std::string(at));
    insert.exec();
    return db_.sql().getLastInsertRowid();
}

std::vector<OutboxEntry> Outbox::select(const char* where, std::int64_t n) {
    SQLite::Statement query(
        db_.sql(), std::string("SELECT n, record_id, op, base_version, draft_json, state, "
                               "server_json, error_json, created_at, updated_at, base_json "
                               "FROM outbox WHERE ") +
                       where + " ORDER BY n");
    if (query.getBindParameterCount() > 0)
        query.bind(1, n);
    std::vector<OutboxEntry> entries;
    while (query.executeStep()) {
        OutboxEntry entry;
        entry.n = query.getColumn(0).getInt64();
        entry.record_id = query.getColumn(1).getString();
        entry.op = parse<OutboxOp>(kOps, query.getColumn(2).getString());
        entry.base_version = nullable<std::int64_t>(query.getColumn(3));
        entry.draft_json = nullable<std::string>(query.getColumn(4));
        entry.state = parse<OutboxState>(kStates, query.getColumn(5).getString());
        entry.server_json = nullable<std::string>(query.getColumn(6));
        entry.error_json = nullable<std::string>(query.getColumn(7));
        entry.created_at = query.getColumn(8).getString();
        entry.updated_at = query.getColumn(9).getString();
        entry.base_json = nullable<std::string>(query.getColumn(10));
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<OutboxEntry> Outbox::entries() {
    return select("1", 0);
}
std::vector<OutboxEntry> Outbox::pending() {
    return select("state = 'pending'", 0);
}

std::optional<OutboxEntry> Outbox::entry(std::int64_t n) {
    auto found = select("n = ?", n);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::map<std::string, OutboxState> Outbox::record_states() {
    SQLite::Statement query(db_.sql(), "SELECT record_id, state FROM outbox ORDER BY n");
    std::map<std::string, OutboxState> states;
    while (query.executeStep()) {
        const OutboxState state = parse<OutboxState>(kStates, query.getColumn(1).getString());
        auto [found, added] = states.emplace(query.getColumn(0).getString(), state);
        if (!added && found->second == OutboxState::pending)
            found->second = state;
    }
    return states;
}

bool Outbox::remove(std::int64_t n) {
    SQLite::Statement drop(db_.sql(), "DELETE FROM outbox WHERE n = ?");
    drop.bind(1, n);
    return drop.exec() > 0;
}

void Outbox::set_state(std::int64_t n, OutboxState state, const char* column,
                       std::optional<std::string_view> json, std::string_view at) {
    // `column` is one of two fixed names chosen below, never caller text.
    SQLite::Statement update(db_.sql(), std::string("UPDATE outbox SET state = ?, ") + column +
                                            " = ?, updated_at = ? WHERE n = ?");
    update.bind(1, std::string(to_string(state)));
    if (json)
        update.bind(2, std::string(*json));
    else
        update.bind(2);
    update.bind(3, std::string(at));
    update.bind(4, n);
    if (update.exec() == 0)
        throw Error(ErrorCode::not_found, "no outbox entry " + std::to_string(n));
}

void Outbox::mark_conflict(std::int64_t n, std::string_view server_json, std::string_view at) {
    set_state(n, OutboxState::conflict, "server_json", server_json, at);
}

void Outbox::mark_rejected(std::int64_t n, std::string_view error_json, std::string_view at) {
    set_state(n, OutboxState::rejected, "error_json", error_json, at);
}

void Outbox::rebase(std::int64_t n, std::int64_t base_version, std::string_view at) {
    SQLite::Statement update(db_.sql(),
                             "UPDATE outbox SET state = 'pending', base_version = ?, "
                             "server_json = NULL, error_json = NULL, updated_at = ? WHERE n = ?");
    update.bind(1, base_version);
    update.bind(2, std::string(at));
    update.bind(3, n);
    if (update.exec() == 0)
        throw Error(ErrorCode::not_found, "no outbox entry " + std::to_string(n));
}

void Outbox::retry(std::int64_t n, std::string_view at) {
    SQLite::Statement update(db_.sql(), "UPDATE outbox SET state = 'pending', server_json = NULL, "
                                        "error_json = NULL, updated_at = ? WHERE n = ?");
    update.bind(1, std::string(at));
    update.bind(2, n);
    if (update.exec() == 0)
        throw Error(ErrorCode::not_found, "no outbox entry " + std::to_string(n));
}

void Outbox::set_base(std::int64_t n, std::string_view base_json) {
    SQLite::Statement update(db_.sql(), "UPDATE outbox SET base_json = ? WHERE n = ?");
    update.bind(1, std::string(base_json));
    update.bind(2, n);
    if (update.exec() == 0)
        throw Error(ErrorCode::not_found, "no outbox entry " + std::to_string(n));
}

void Outbox::replace_draft(std::int64_t n, std::string_view draft_json, std::string_view at) {
    SQLite::Statement update(db_.sql(),
                             "UPDATE outbox SET draft_json = ?, updated_at = ? WHERE n = ?");
    update.bind(1, std::string(draft_json));
    update.bind(2, std::string(at));
    update.bind(3, n);
    if (update.exec() == 0)
        throw Error(ErrorCode::not_found, "no outbox entry " + std::to_string(n));
}

} // namespace relais
