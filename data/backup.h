#pragma once
// Copies of a Relais database, and putting one back, through SQLite's online backup API.
// A backup may run while a server writes: the copy is one committed state of the database (one
// read transaction; in WAL the writers carry on meanwhile). It is written to a temporary file
// beside the destination, checked, then renamed into place, so a failed backup never leaves a
// half file under the final name. A restore checks the backup first, then writes the target in
// one transaction, and only while no other connection has the target open: a server must be
// stopped first (it would go on with what it holds in memory).
// Thread rule: each call opens its own connections; any thread.

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace relais {

struct CopyInfo {
    int schema_version = 0;
    std::int64_t services = 0;
};

// The backup is readable by its owner only: it holds the staff's password hashes.
// Throws Error: io (no database, unwritable folder), corrupt (not a Relais database, or the
// copy is damaged), invalid_input (`out` is a folder or the database itself), busy (the source
// stayed locked). `out`, when it exists, is replaced only by a complete, checked copy.
CopyInfo backup_database(const std::filesystem::path& database, const std::filesystem::path& out);

// Replaces the directory in `target` (created when missing) by the one in `backup`. An older
// backup is migrated to the current schema on the way. Every client must download the snapshot
// again afterwards: the change feed goes on past the numbers the replaced database had given
// out, behind a forced resync. `now` (ISO 8601 UTC) dates that resync.
// Throws Error, leaving the target as it was: corrupt (`backup` is not a Relais database or is
// damaged; or `target` is a database of something else), schema_too_new (`backup` comes from a
// newer Relais), busy (another connection has `target` open: a running server), io.
CopyInfo restore_database(const std::filesystem::path& backup, const std::filesystem::path& target,
                          std::string_view now);

} // namespace relais
