#pragma once
// The change feed's head and floor: one state of the directory, named by the ETag of every
// read answer; and FeedWatch, which knows when the state last read still holds without a
// transaction: the data version of a connection of its own moves with every commit of any
// other connection or process. Most read requests are then answered from the response cache
// without borrowing a connection.
// Asking SQLite takes file locks (a tenth of the server's time on a cached change feed), so
// FeedWatch asks only when the database's folder has been written to since it last asked, as
// inotify tells: no write, no change. Any commit, of this process or another, writes the WAL
// or the database file before it returns, so a request that follows a commit always sees it.
// Without inotify, it asks every time.
// Thread rule: FeedWatch locks internally; its connection is used by no one else.

#include "data/database.h"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace relais::sync {

struct FeedState {
    std::int64_t head = 0;
    std::int64_t floor = 0;

    std::string etag() const;
};

// Read inside the caller's transaction, so that the state and what is read with it agree.
FeedState read_feed(Database& db);

class FeedWatch {
public:
    explicit FeedWatch(const std::filesystem::path& path);
    ~FeedWatch();
    FeedWatch(const FeedWatch&) = delete;
    FeedWatch& operator=(const FeedWatch&) = delete;

    // Take before reading the state that remember() is then given.
    std::int64_t version();
    void remember(std::int64_t version, const FeedState& state);
    // The state remembered, while nothing has been committed since.
    std::optional<FeedState> unchanged();
    // The state now, read on the watch's own connection (for /healthz: no connection of the
    // pool is needed, however busy it is).
    FeedState now();

private:
    std::int64_t read_version();
    void drain();       // the folder's events so far: marks dirty_ when there were any
    bool still_known(); // known_ holds, asking SQLite only when dirty_

    Database db_;
    int notify_ = -1;   // inotify on the database's folder, or -1
    bool dirty_ = true; // written to since known_ was last checked against SQLite
    SQLite::Statement data_version_;
    std::mutex mutex_;
    std::optional<std::pair<std::int64_t, FeedState>> known_;
};

} // namespace relais::sync
