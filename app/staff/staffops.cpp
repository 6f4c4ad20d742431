#include "app/staff/staffops.h"

#include "app/core/directoryworker.h"
#include "data/error.h"
#include "data/outbox.h"
#include "data/seed_json.h"
#include "data/store.h"

#include <SQLiteCpp/Transaction.h>

#ifdef RELAIS_HAVE_SYNC
#include "sync/clock.h"
#include "sync/engine.h"
#include "sync/protocol.h"

#include <boost/json/serialize.hpp>
#endif

#include <map>

namespace relais::app {

#ifdef RELAIS_HAVE_SYNC

namespace {

// Staff work goes through its own short-lived connection: the worker's long-lived one can hold
// an old read snapshot (the Store keeps cached statements open after a single-row read), and
// writing on it after a sync from another connection fails with SQLITE_BUSY_SNAPSHOT.
// Transactions here start IMMEDIATE for the same reason: they read before they write.
struct Fresh {
    explicit Fresh(Connection& connection) : db(Database::open(connection.db.path())), store(db) {}
    Database db;
    Store store;
};

std::optional<Service> decode(const std::optional<std::string>& json) {
    if (!json || *json == "null")
        return std::nullopt;
    try {
        return sync::service_from_wire(sync::parse_json(*json));
    } catch (const sync::ProtocolError&) {
        return std::nullopt;
    }
}

// A refused draft may break the rules (that is why it was refused): read it as well as it
// goes, for the user to correct.
std::optional<Service> decodeDraft(const std::optional<std::string>& json) {
    if (!json || *json == "null")
        return std::nullopt;
    try {
        std::vector<Problem> problems;
        return service_from_json(sync::parse_json(*json), problems);
    } catch (const sync::ProtocolError&) {
        return std::nullopt;
    }
}

// Keeps the record as it was before an edit (none for a new listing), to show it again if the
// user drops an edit the server refused.
void rememberBase(Database& db, std::int64_t entry, const std::optional<Service>& before) {
    if (before)
        Outbox(db).set_base(entry, boost::json::serialize(relais::to_json(*before)));
}

// Edits not sent yet, shown in the local directory over what the server last sent.
void applyPending(Database& db, Store& store) {
    for (const OutboxEntry& entry : Outbox(db).pending()) {
        if (entry.op == OutboxOp::remove) {
            if (store.service(entry.record_id))
                store.remove(entry.record_id, entry.base_version.value_or(0) + 1,
                             sync::now_iso8601());
        } else if (auto draft = decode(entry.draft_json)) {
            store.put(*draft);
        }
    }
}

// A dropped edit leaves the local directory as the server last had it: the record from before
// the edit, or no record for a listing that was never accepted. A newer record a pull brought
// in the meantime stays.
void restoreBase(Store& store, const OutboxEntry& dropped) {
    const std::optional<Service> current = store.service(dropped.record_id);
    if (dropped.op == OutboxOp::create) {
        if (current && current->version <= dropped.base_version.value_or(0))
            store.remove(dropped.record_id, current->version + 1, sync::now_iso8601());
        return;
    }
    const std::optional<Service> base = decode(dropped.base_json);
    if (base && (!current || current->version <= base->version))
        store.put(*base);
}

} // namespace

std::vector<ListingRow> loadListings(Connection& connection, const std::string& organizationId) {
    Fresh fresh(connection);
    std::vector<ListingRow> rows;
    std::map<std::string, std::size_t> index;
    for (Service& service : fresh.store.services_of(organizationId)) {
        index[service.id] = rows.size();
        ListingRow row;
        row.id = service.id;
        row.service = std::move(service);
        rows.push_back(std::move(row));
    }
    // The outbox decides each row's state: the first unresolved entry wins over pending ones.
    for (const OutboxEntry& entry : Outbox(fresh.db).entries()) {
        auto found = index.find(entry.record_id);
        if (found == index.end()) {
            // Retired here, or another organisation's listing the server refused.
            ListingRow row;
            row.id = entry.record_id;
            if (auto draft = decodeDraft(entry.draft_json))
                row.service = *draft;
            else if (auto theirs = decode(entry.server_json))
                row.service = *theirs;
            else
                row.service.id = entry.record_id;
            found = index.emplace(entry.record_id, rows.size()).first;
            rows.push_back(std::move(row));
        }
        ListingRow& row = rows[found->second];
        if (entry.op == OutboxOp::remove)
            row.retired = true;
        if (row.state == ListingRow::State::conflict || row.state == ListingRow::State::rejected)
            continue;
        switch (entry.state) {
        case OutboxState::pending:
            row.state = ListingRow::State::pending;
            break;
        case OutboxState::conflict:
            row.state = ListingRow::State::conflict;
            row.entry = entry.n;
            break;
        case OutboxState::rejected:
            row.state = ListingRow::State::rejected;
            row.entry = entry.n;
            row.errorJson = entry.error_json.value_or("");
            row.draft = decodeDraft(entry.draft_json);
            break;
        }
    }
    return rows;
}

void saveEdit(Connection& connection, const Service& draft, bool creating,
              std::optional<std::int64_t> rejectedEntry) {
    Fresh fresh(connection);
    if (rejectedEntry) {
        // retry_rejected is atomic on its own; the local copy follows.
        sync::retry_rejected(fresh.db, *rejectedEntry, draft);
        fresh.store.put(draft);
        return;
    }
    SQLite::Transaction transaction(fresh.db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    if (creating) {
        sync::queue_create(fresh.db, draft);
    } else {
        const std::optional<Service> before = fresh.store.service(draft.id);
        rememberBase(fresh.db, sync::queue_update(fresh.db, draft), before);
    }
    fresh.store.put(draft);
    transaction.commit();
}

std::optional<Service> loadService(Connection& connection, const std::string& id) {
    Fresh fresh(connection);
    return fresh.store.service(id);
}

void confirmListing(Connection& connection, const std::string& id, const std::string& today) {
    Fresh fresh(connection);
    std::optional<Service> service = fresh.store.service(id);
    if (!service)
        throw Error(ErrorCode::not_found, "no service " + id);
    SQLite::Transaction transaction(fresh.db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    rememberBase(fresh.db, sync::queue_confirm(fresh.db, id, service->version), service);
    service->last_verified_at = today;
    fresh.store.put(*service);
    transaction.commit();
}

void retireListing(Connection& connection, const std::string& id) {
    Fresh fresh(connection);
    const std::optional<Service> service = fresh.store.service(id);
    if (!service)
        throw Error(ErrorCode::not_found, "no service " + id);
    SQLite::Transaction transaction(fresh.db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    rememberBase(fresh.db, sync::queue_delete(fresh.db, id, service->version), service);
    fresh.store.remove(id, service->version + 1, sync::now_iso8601());
    transaction.commit();
}

void discardRejected(Connection& connection, std::int64_t entry) {
    Fresh fresh(connection);
    Outbox outbox(fresh.db);
    const auto found = outbox.entry(entry);
    if (!found || found->state != OutboxState::rejected)
        throw Error(ErrorCode::not_found, "no refused edit " + std::to_string(entry));
    SQLite::Transaction transaction(fresh.db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    outbox.remove(entry);
    restoreBase(fresh.store, *found);
    applyPending(fresh.db, fresh.store); // later edits of the same listing still show
    transaction.commit();
}

std::optional<ConflictData> loadConflict(Connection& connection, const std::string& id) {
    Fresh fresh(connection);
    for (const OutboxEntry& entry : Outbox(fresh.db).entries()) {
        if (entry.record_id != id || entry.state != OutboxState::conflict)
            continue;
        ConflictData data;
        data.entry = entry.n;
        data.op = std::string(to_string(entry.op));
        data.mine = decode(entry.draft_json);
        data.theirs = decode(entry.server_json);
        return data;
    }
    return std::nullopt;
}

void keepMine(Connection& connection, std::int64_t entry) {
    Fresh fresh(connection);
    SQLite::Transaction transaction(fresh.db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    sync::resolve_keep_mine(fresh.db, entry);
    // This device shows the user's version again until the server has it.
    if (auto stored = Outbox(fresh.db).entry(entry)) {
        if (auto draft = decode(stored->draft_json)) {
            draft->version = stored->base_version.value_or(draft->version);
            fresh.store.put(*draft);
        }
    }
    transaction.commit();
}

void takeTheirs(Connection& connection, std::int64_t entry) {
    Fresh fresh(connection);
    sync::resolve_take_theirs(fresh.db, entry);
}

void mergeConflict(Connection& connection, std::int64_t entry, const Service& merged) {
    Fresh fresh(connection);
    // resolve_merge is atomic on its own. The merged record is what this device shows until
    // the server accepts it (and again after any pull while it waits).
    sync::resolve_merge(fresh.db, entry, merged);
    if (auto stored = Outbox(fresh.db).entry(entry); stored && stored->draft_json) {
        if (auto draft = decode(stored->draft_json))
            fresh.store.put(*draft);
    }
}

void showPendingEdits(Database& db) {
    Store store(db);
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    applyPending(db, store);
    transaction.commit();
}

#else

namespace {
[[noreturn]] void unavailable() {
    throw Error(ErrorCode::not_found, "editing needs the sync engine, not part of this build");
}
} // namespace

std::vector<ListingRow> loadListings(Connection&, const std::string&) {
    return {};
}
std::optional<Service> loadService(Connection&, const std::string&) {
    return std::nullopt;
}
void saveEdit(Connection&, const Service&, bool, std::optional<std::int64_t>) {
    unavailable();
}
void confirmListing(Connection&, const std::string&, const std::string&) {
    unavailable();
}
void retireListing(Connection&, const std::string&) {
    unavailable();
}
void discardRejected(Connection&, std::int64_t) {
    unavailable();
}
std::optional<ConflictData> loadConflict(Connection&, const std::string&) {
    return std::nullopt;
}
void keepMine(Connection&, std::int64_t) {
    unavailable();
}
void takeTheirs(Connection&, std::int64_t) {
    unavailable();
}
void mergeConflict(Connection&, std::int64_t, const Service&) {
    unavailable();
}
void showPendingEdits(Database&) {
}

#endif

} // namespace relais::app
