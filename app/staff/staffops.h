#pragma once
// The staff member's work on the local directory, run on the directory worker's thread: read
// their organisation's listings with the state of their edits, and write edits into the
// outbox. Every edit is written to the outbox and shown in the local directory in one
// transaction, so what the user sees is exactly what waits to be sent.

#include "data/database.h"
#include "data/model.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace relais::app {

struct Connection;

// One row of "My listings".
struct ListingRow {
    enum class State { synced, pending, conflict, rejected };
    std::string id;
    Service service; // the local record (a retired one: the last known)
    State state = State::synced;
    bool retired = false;         // retirement waiting to be sent
    std::int64_t entry = 0;       // the outbox entry to resolve (conflict, rejected)
    std::string errorJson;        // rejected: the server's answer
    std::optional<Service> draft; // rejected: the edit the server refused
};

std::vector<ListingRow> loadListings(Connection& connection, const std::string& organizationId);
std::optional<Service> loadService(Connection& connection, const std::string& id);

// Writes `draft` into the outbox (a new service when `creating`) and into the local directory.
// A refused edit being corrected (`rejectedEntry`) is replaced and queued again instead.
void saveEdit(Connection& connection, const Service& draft, bool creating,
              std::optional<std::int64_t> rejectedEntry);
// "Still accurate": only the verification date changes.
void confirmListing(Connection& connection, const std::string& id, const std::string& today);
void retireListing(Connection& connection, const std::string& id);
// Drops a refused edit and restores the last record known from the server (when kept).
void discardRejected(Connection& connection, std::int64_t entry);

struct ConflictData {
    std::int64_t entry = 0;
    std::string op;                // "update", "create", "delete", "confirm"
    std::optional<Service> mine;   // the local draft (update, create)
    std::optional<Service> theirs; // the server's current record (absent: deleted there)
};
std::optional<ConflictData> loadConflict(Connection& connection, const std::string& id);
void keepMine(Connection& connection, std::int64_t entry);
void takeTheirs(Connection& connection, std::int64_t entry);
void mergeConflict(Connection& connection, std::int64_t entry, const Service& merged);

// After a pull: edits not sent yet are shown again in the local directory.
void showPendingEdits(Database& db);

} // namespace relais::app
