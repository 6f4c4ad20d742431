#pragma once
// The request handler's database connections: at most `max` open at once, each borrowed by
// one request at a time and given back when its lease ends (one connection per thread, as
// SQLite wants). Connections are opened on first need, with synchronous = FULL: an
// acknowledged write survives a power cut or kill -9.
// Thread rule: borrow() from any thread; it waits while every connection is lent.

#include "data/database.h"

#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace relais::sync {

class DbPool {
public:
    DbPool(std::filesystem::path path, std::size_t max) : path_(std::move(path)), max_(max) {}

    class Lease {
    public:
        Lease(DbPool& pool, std::unique_ptr<Database> db) : pool_(pool), db_(std::move(db)) {}
        ~Lease() { pool_.give_back(std::move(db_)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Database& operator*() { return *db_; }
        Database* operator->() { return db_.get(); }

    private:
        DbPool& pool_;
        std::unique_ptr<Database> db_;
    };

    Lease borrow();

private:
    std::unique_ptr<Database> open();
    void give_back(std::unique_ptr<Database> db);

    std::filesystem::path path_;
    std::size_t max_;
    std::mutex mutex_;
    std::condition_variable available_;
    std::vector<std::unique_ptr<Database>> idle_;
    std::size_t open_ = 0;
};

} // namespace relais::sync
