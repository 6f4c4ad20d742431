#pragma once
// A savepoint that rolls back unless released, so writes compose with a caller's
// transaction. SQLiteCpp 3.2's Savepoint rolls back without releasing, which leaves the
// connection inside a transaction after a failed write: every later write would then wait
// for a commit that never comes.

#include <SQLiteCpp/Database.h>

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
