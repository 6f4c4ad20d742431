#include "data/backup.h"

#include "data/changelog.h"
#include "data/database.h"
#include "data/error.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace relais {
namespace {
namespace fs = std::filesystem;
using namespace std::chrono_literals;

[[noreturn]] void rethrow(const SQLite::Exception& e, const fs::path& path) {
    throw from_sqlite(e, path.string());
}

// A connection for copying pages: no migration, no functions (the backup API copies pages, it
// never runs the schema's SQL). Read-write without creating, so that closing the last
// connection to a stopped database tidies its WAL files; SQLite opens a file it may not write
// read-only.
SQLite::Database open_pages(const fs::path& path, int flags, int busy_ms = 5000) {
    return SQLite::Database(path.string(), flags, busy_ms);
}

// The schema version of a Relais database. Anything else (a file that is not SQLite, an SQLite
// file without Relais' tables) is Error(corrupt).
int relais_schema(SQLite::Database& db, const fs::path& path) {
    int version = 0;
    bool tables = false;
    try {
        version = db.execAndGet("PRAGMA user_version").getInt();
        tables = db.tableExists("services") && db.tableExists("meta");
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode();
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            throw Error(ErrorCode::corrupt, path.string() + " is not a Relais database", code);
        rethrow(e, path);
    }
    if (version < 1 || !tables)
        throw Error(ErrorCode::corrupt, path.string() + " is not a Relais database");
    return version;
}

void check_sound(SQLite::Database& db, const fs::path& path) {
    const std::string verdict = db.execAndGet("PRAGMA quick_check").getString();
    if (verdict != "ok")
        throw Error(ErrorCode::corrupt, path.string() + " is damaged: " + verdict);
}

// All pages in one step: one read transaction on the source, so the copy is one committed state
// of it (step by step, every write by another connection would start the copy again). The
// destination is written in one transaction. A source briefly locked (WAL recovery, an exclusive
// checkpoint) is waited for.
void copy_pages(SQLite::Database& from, SQLite::Database& to, const fs::path& from_path) {
    SQLite::Backup backup(to, from);
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    for (;;) {
        const int rc = backup.executeStep(-1);
        if (rc == SQLITE_DONE)
            return;
        if (std::chrono::steady_clock::now() > deadline)
            throw Error(ErrorCode::busy, from_path.string() + " stayed locked; try again", rc);
        std::this_thread::sleep_for(50ms);
    }
}

std::int64_t service_count(SQLite::Database& db) {
    return db.execAndGet("SELECT count(*) FROM services").getInt64();
}

void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd); // the rename itself survives a power cut
    ::close(fd);
}

fs::path folder_of(const fs::path& path) {
    return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

// A new file beside `final_path` (same folder: the rename into place is atomic), removed with
// its SQLite companions unless it was renamed into place.
class TempBeside {
public:
    TempBeside(const fs::path& final_path, const std::string& what) {
        std::string pattern =
            (folder_of(final_path) / (final_path.filename().string() + "." + what + "-XXXXXX"))
                .string();
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0)
            throw Error(ErrorCode::io, "cannot write in " + folder_of(final_path).string() + ": " +
                                           std::strerror(errno));
        ::close(fd);
        path_ = pattern;
    }
    ~TempBeside() {
        if (placed_)
            return;
        std::error_code ignored;
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            fs::remove(path_.string() + suffix, ignored);
    }
    TempBeside(const TempBeside&) = delete;
    TempBeside& operator=(const TempBeside&) = delete;

    const fs::path& path() const { return path_; }
    void place_as(const fs::path& final_path) {
        fs::rename(path_, final_path);
        placed_ = true;
        sync_folder(folder_of(final_path));
    }

private:
    fs::path path_;
    bool placed_ = false;
};

// Removes a file this restore created, unless the restore went through.
class CreatedFile {
public:
    CreatedFile(fs::path path, bool created) : path_(std::move(path)), created_(created) {}
    ~CreatedFile() {
        if (!created_ || kept_)
            return;
        std::error_code ignored;
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            fs::remove(path_.string() + suffix, ignored);
    }
    CreatedFile(const CreatedFile&) = delete;
    CreatedFile& operator=(const CreatedFile&) = delete;
    void keep() { kept_ = true; }

private:
    fs::path path_;
    bool created_;
    bool kept_ = false;
};

// Takes the target for this connection alone and keeps it (locking_mode EXCLUSIVE holds the
// lock until the connection closes). A server holds its connections open, and in WAL each open
// connection keeps a shared lock: a served database cannot be taken.
void claim(SQLite::Database& db, const fs::path& path) {
    try {
        db.exec("PRAGMA locking_mode = EXCLUSIVE");
        db.exec("BEGIN EXCLUSIVE");
        db.exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)
            throw Error(ErrorCode::busy,
                        path.string() +
                            " is in use (is relais-server serving it?): stop the server first",
                        e.getErrorCode());
        rethrow(e, path);
    }
}

// Opens the prepared copy of `backup`, migrating an older one; a failure is the backup's.
Database upgrade(const fs::path& prepared, const fs::path& backup) {
    try {
        return Database::open(prepared);
    } catch (const Error& e) {
        std::string reason = e.what();
        if (const std::string prefix = prepared.string() + ": "; reason.starts_with(prefix))
            reason.erase(0, prefix.size());
        throw Error(e.code(),
                    backup.string() + " cannot be brought up to schema " +
                        std::to_string(Database::current_schema_version()) + ": " + reason,
                    e.sqlite_code());
    }
}

std::int64_t change_log_head(SQLite::Database& db) {
    if (!db.tableExists("sqlite_sequence"))
        return 0;
    return db
        .execAndGet("SELECT coalesce(max(seq), 0) FROM sqlite_sequence "
                    "WHERE name = 'change_log'")
        .getInt64();
}

} // namespace

CopyInfo backup_database(const fs::path& database, const fs::path& out) {
    if (!fs::exists(database))
        throw Error(ErrorCode::io, "no such database: " + database.string());
    if (fs::is_directory(out))
        throw Error(ErrorCode::invalid_input, out.string() + " is a folder: name the backup file");
    if (fs::exists(out) && fs::equivalent(database, out))
        throw Error(ErrorCode::invalid_input, "the backup would replace the database itself");
    try {
        SQLite::Database source = open_pages(database, SQLite::OPEN_READWRITE);
        relais_schema(source, database);
        TempBeside temp(out, "partial");
        CopyInfo info;
        {
            SQLite::Database copy = open_pages(temp.path(), SQLite::OPEN_READWRITE);
            copy_pages(source, copy, database);
            // One self-contained file: a rollback journal, nothing in a WAL beside it. A server
            // opening it (after a restore) turns WAL on again.
            copy.exec("PRAGMA journal_mode = DELETE");
            check_sound(copy, temp.path());
            info.schema_version = relais_schema(copy, temp.path());
            info.services = service_count(copy);
        }
        temp.place_as(out);
        return info;
    } catch (const SQLite::Exception& e) {
        rethrow(e, database);
    }
}

CopyInfo restore_database(const fs::path& backup, const fs::path& target, std::string_view now) {
    if (!fs::exists(backup))
        throw Error(ErrorCode::io, "no such backup: " + backup.string());
    if (fs::is_directory(backup))
        throw Error(ErrorCode::invalid_input, backup.string() + " is a folder, not a backup");
    if (fs::exists(target) && fs::equivalent(backup, target))
        throw Error(ErrorCode::invalid_input, "the backup and the database are the same file");
    const fs::path* current = &backup;
    try {
        // The backup first: nothing is touched for a file that cannot be restored.
        {
            SQLite::Database source = open_pages(backup, SQLite::OPEN_READONLY);
            const int version = relais_schema(source, backup);
            const int known = Database::current_schema_version();
            if (version > known)
                throw Error(ErrorCode::schema_too_new,
                            backup.string() + " comes from a newer version of Relais (schema " +
                                std::to_string(version) + ", this program knows up to " +
                                std::to_string(known) + "); update Relais to restore it");
            check_sound(source, backup);
        }

        current = &target;
        const bool existed = fs::exists(target);
        const bool empty = !existed || fs::file_size(target) == 0;
        CreatedFile created(target, !existed);
        SQLite::Database destination =
            open_pages(target, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 1000);
        claim(destination, target);
        std::int64_t replaced_head = 0;
        if (!empty) {
            relais_schema(destination, target); // never overwrite another program's database
            replaced_head = change_log_head(destination);
        }

        // The directory as it will be, prepared beside the target: the backup's pages, migrated
        // to this program's schema, its change feed moved past the replaced one's.
        current = &backup;
        TempBeside prepared(target, "restore");
        {
            SQLite::Database source = open_pages(backup, SQLite::OPEN_READONLY);
            SQLite::Database copy = open_pages(prepared.path(), SQLite::OPEN_READWRITE);
            copy_pages(source, copy, backup);
        }
        CopyInfo info;
        {
            Database db = upgrade(prepared.path(), backup);
            ChangeLog log(db);
            SQLite::Transaction transaction(db.sql());
            log.continue_after(replaced_head);
            log.force_resync(now);
            transaction.commit();
            db.sql().exec("PRAGMA journal_mode = DELETE");
            info.schema_version = db.schema_version();
            info.services = service_count(db.sql());
        }

        // Into the target in one transaction, under the lock taken above.
        current = &target;
        {
            SQLite::Database source = open_pages(prepared.path(), SQLite::OPEN_READONLY);
            copy_pages(source, destination, prepared.path());
        }
        created.keep();
        return info;
    } catch (const SQLite::Exception& e) {
        rethrow(e, *current);
    }
}

} // namespace relais
