#include "sync/db_pool.h"

namespace relais::sync {

DbPool::Lease DbPool::borrow() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !idle_.empty() || open_ < max_; });
    if (!idle_.empty()) {
        auto db = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(db));
    }
    ++open_;
    lock.unlock();
    try {
        return Lease(*this, open());
    } catch (...) {
        std::lock_guard relock(mutex_);
        --open_;
        available_.notify_one();
        throw;
    }
}

std::unique_ptr<Database> DbPool::open() {
    auto db = std::make_unique<Database>(Database::open(path_));
    // An acknowledged write must survive a power cut or kill -9: full fsync on commit.
    db->sql().exec("PRAGMA synchronous = FULL");
    return db;
}

void DbPool::give_back(std::unique_ptr<Database> db) {
    std::lock_guard lock(mutex_);
    if (db)
        idle_.push_back(std::move(db));
    else
        --open_;
    available_.notify_one();
}

} // namespace relais::sync
