#pragma once
// A savepoint that rolls back unless released, so writes compose with a caller's
// transaction. SQLiteCpp 3.2's Savepoint rolls back without releasing, which leaves the
// connection inside a transaction after a failed write: every later write would then wait
// for a commit that never comes.

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <string>

namespace relais {

class ScopedSavepoint {
public:
    ScopedSavepoint(SQLite::Database& db, std::string name) : db_(db), name_(std::move(name)) {
        db_.exec("SAVEPOINT " + name_);
    }
    ~ScopedSavepoint() {
        if (released_)
            return;
        try {
            db_.exec("ROLLBACK TO " + name_);
            db_.exec("RELEASE " + name_);
        } catch (const SQLite::Exception&) {
            // Nothing more to undo: SQLite has already rolled the transaction back.
        }
    }
    ScopedSavepoint(const ScopedSavepoint&) = delete;
    ScopedSavepoint& operator=(const ScopedSavepoint&) = delete;

    void release() {
        db_.exec("RELEASE " + name_);
        released_ = true;
    }

private:
    SQLite::Database& db_;
    std::string name_;
    bool released_ = false;
};

} // namespace relais

namespace relais {

// Makes a group of writes that touch the full-text index atomic. Outside any transaction it
// opens one (rolled back unless committed). Inside a caller's transaction it adds nothing:
// a savepoint there would make FTS5 flush its pending index data at every record (a new
// index segment each time, then merges), which made every write ten times slower; the
// caller's transaction is rolled back as a whole when an error passes through it
// (SQLite::Transaction does so).
class WriteScope {
public:
    explicit WriteScope(SQLite::Database& db)
        : db_(db), owner_(sqlite3_get_autocommit(db.getHandle()) != 0) {
        if (owner_)
            db_.exec("BEGIN IMMEDIATE");
    }
    ~WriteScope() {
        if (owner_ && !committed_) {
            try {
                db_.exec("ROLLBACK");
            } catch (const SQLite::Exception&) {
                // SQLite has already rolled back.
            }
        }
    }
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    void commit() {
        if (owner_)
            db_.exec("COMMIT");
        committed_ = true;
    }

private:
    SQLite::Database& db_;
    bool owner_;
    bool committed_ = false;
};

} // namespace relais
