#include "data/changelog.h"

#include "data/savepoint.h"
#include "data/store.h"

#include <SQLiteCpp/Statement.h>

namespace relais {

std::int64_t ChangeLog::head() {
    // sqlite_sequence keeps the highest seq ever assigned, even after its row was replaced or
    // pruned; it has no row until the first insert.
    SQLite::Statement query(db_.sql(), "SELECT seq FROM sqlite_sequence WHERE name = 'change_log'");
    return query.executeStep() ? query.getColumn(0).getInt64() : 0;
}

std::int64_t ChangeLog::floor() {
    SQLite::Statement query(db_.sql(), "SELECT floor FROM change_log_state WHERE id = 1");
    return query.executeStep() ? query.getColumn(0).getInt64() : 0;
}

std::int64_t ChangeLog::record(std::string_view id, ChangeOp op, std::int64_t version,
                               std::string_view changed_at) {
    SQLite::Statement insert(db_.sql(), "INSERT OR REPLACE INTO change_log "
                                        "(kind, record_id, op, version, changed_at) "
                                        "VALUES ('service', ?, ?, ?, ?)");
    insert.bind(1, std::string(id));
    insert.bind(2, op == ChangeOp::upsert ? "upsert" : "delete");
    insert.bind(3, version);
    insert.bind(4, std::string(changed_at));
    insert.exec();
    return db_.sql().getLastInsertRowid();
}

ChangeRange ChangeLog::after(std::int64_t since, int limit) {
    ChangeRange range;
    range.next = since;
    // One row more than asked tells whether more follow.
    SQLite::Statement query(db_.sql(), "SELECT seq, kind, record_id, op, version, changed_at "
                                       "FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?");
    query.bind(1, since);
    query.bind(2, limit + 1);
    int rows = 0;
    while (query.executeStep()) {
        if (rows == limit) {
            range.more = true;
            break;
        }
        ++rows;
        range.next = query.getColumn(0).getInt64();
        if (query.getColumn(1).getString() != "service")
            continue; // a marker only moves the cursor
        ChangeEntry entry;
        entry.seq = range.next;
        entry.id = query.getColumn(2).getString();
        entry.op = query.getColumn(3).getString() == "upsert" ? ChangeOp::upsert : ChangeOp::remove;
        entry.version = query.getColumn(4).getInt64();
        entry.changed_at = query.getColumn(5).getString();
        range.entries.push_back(std::move(entry));
    }
    return range;
}

std::int64_t ChangeLog::force_resync(std::string_view changed_at) {
    ScopedSavepoint savepoint(db_.sql(), "force_resync");
    SQLite::Statement marker(db_.sql(), "INSERT OR REPLACE INTO change_log "
                                        "(kind, record_id, op, version, changed_at) "
                                        "VALUES ('marker', 'resync', 'upsert', 0, ?)");
    marker.bind(1, std::string(changed_at));
    marker.exec();
    const std::int64_t seq = db_.sql().getLastInsertRowid();
    SQLite::Statement raise(db_.sql(), "UPDATE change_log_state SET floor = ? WHERE id = 1");
    raise.bind(1, seq);
    raise.exec();
    savepoint.release();
    return seq;
}

void ChangeLog::continue_after(std::int64_t seq) {
    if (head() >= seq)
        return;
    // AUTOINCREMENT takes the next seq from sqlite_sequence, which SQLite lets us write.
    ScopedSavepoint savepoint(db_.sql(), "continue_after");
    db_.sql().exec("DELETE FROM sqlite_sequence WHERE name = 'change_log'");
    SQLite::Statement set(db_.sql(),
                          "INSERT INTO sqlite_sequence (name, seq) VALUES ('change_log', ?)");
    set.bind(1, seq);
    set.exec();
    savepoint.release();
}

int ChangeLog::prune_deletes(std::string_view before) {
    ScopedSavepoint savepoint(db_.sql(), "prune_deletes");
    SQLite::Statement newest(db_.sql(), "SELECT max(seq), count(*) FROM change_log "
                                        "WHERE op = 'delete' AND changed_at < ?");
    newest.bind(1, std::string(before));
    newest.executeStep();
    const int count = newest.getColumn(1).getInt();
    if (count > 0) {
        const std::int64_t max_seq = newest.getColumn(0).getInt64();
        SQLite::Statement drop(db_.sql(),
                               "DELETE FROM change_log WHERE op = 'delete' AND changed_at < ?");
        drop.bind(1, std::string(before));
        drop.exec();
        SQLite::Statement raise(db_.sql(),
                                "UPDATE change_log_state SET floor = max(floor, ?) WHERE id = 1");
        raise.bind(1, max_seq);
        raise.exec();
    }
    savepoint.release();
    return count;
}

int ChangeLog::cover(Store& store, std::string_view changed_at) {
    ScopedSavepoint savepoint(db_.sql(), "cover");
    SQLite::Statement insert(db_.sql(), "INSERT OR IGNORE INTO change_log "
                                        "(kind, record_id, op, version, changed_at) "
                                        "VALUES ('service', ?, 'upsert', ?, ?)");
    int added = 0;
    for (const Service& service : store.services()) {
        insert.reset();
        insert.bind(1, service.id);
        insert.bind(2, service.version);
        insert.bind(3, std::string(changed_at));
        added += insert.exec();
    }
    savepoint.release();
    return added;
}

void ChangeLog::restart(Store& store, std::string_view changed_at) {
    ScopedSavepoint savepoint(db_.sql(), "restart");
    db_.sql().exec("DELETE FROM change_log WHERE kind = 'service'");
    cover(store, changed_at);
    force_resync(changed_at);
    savepoint.release();
}

} // namespace relais
