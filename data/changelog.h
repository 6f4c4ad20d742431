#pragma once
// The server's change feed: every accepted write gets the next sequence number, and a client
// that knows the seq of the last change it applied asks for everything after it.
// Compacted: only the latest change of each record is kept (a record written again moves to a
// new, higher seq), so the feed is as large as the directory, not as its history. Deletions
// are kept for a retention window; pruning them raises the floor, and a client whose cursor is
// below the floor must re-bootstrap from a snapshot.
// Thread rule: as Database. Call the writers inside the transaction that writes the record, so
// record and change commit together.

#include "data/database.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

class Store;

enum class ChangeOp { upsert, remove };

struct ChangeEntry {
    std::int64_t seq = 0;
    std::string id; // service id
    ChangeOp op = ChangeOp::upsert;
    std::int64_t version = 0;
    std::string changed_at;
};

struct ChangeRange {
    std::vector<ChangeEntry> entries;
    std::int64_t next = 0; // cursor to ask from next time
    bool more = false;     // more entries follow `next`
};

class ChangeLog {
public:
    explicit ChangeLog(Database& db) : db_(db) {}

    // Highest seq ever given out (0 for an empty log).
    std::int64_t head();
    // Cursors below the floor are too old: their changes may have been pruned.
    std::int64_t floor();

    // Records the latest change of a service; returns its seq.
    std::int64_t record(std::string_view id, ChangeOp op, std::int64_t version,
                        std::string_view changed_at);

    // Changes with seq > since, oldest first, at most `limit` rows.
    ChangeRange after(std::int64_t since, int limit);

    // Makes every existing cursor too old (after directory-wide changes: organisations,
    // categories), so all clients re-bootstrap. Returns the new floor (= head).
    std::int64_t force_resync(std::string_view changed_at);

    // Makes the next seq follow `seq` at least. A restored database continues the numbering
    // of the one it replaces, so that no cursor a client holds points into reused numbers.
    void continue_after(std::int64_t seq);

    // Drops deletions recorded before `before` (ISO 8601 UTC) and raises the floor past them.
    // Returns how many were dropped.
    int prune_deletes(std::string_view before);

    // Logs each live service that has no change yet (a directory imported or bundled before
    // the log existed). Returns how many were added.
    int cover(Store& store, std::string_view changed_at);

    // After the whole directory was replaced: logs every live service anew and forces every
    // client to re-bootstrap.
    void restart(Store& store, std::string_view changed_at);

private:
    Database& db_;
};

} // namespace relais
