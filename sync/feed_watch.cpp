#include "sync/feed_watch.h"

#include "data/changelog.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>

namespace relais::sync {

std::string FeedState::etag() const {
    return "\"" + std::to_string(head) + "." + std::to_string(floor) + "\"";
}

FeedState read_feed(Database& db) {
    ChangeLog log(db);
    const std::int64_t head = log.head();
    return FeedState{head, log.floor()};
}

FeedWatch::FeedWatch(const std::filesystem::path& path)
    : db_(Database::open(path)), data_version_(db_.sql(), "PRAGMA data_version") {
    notify_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (notify_ < 0)
        return;
    // The folder, not the files: SQLite creates and deletes the WAL and its companions.
    const std::filesystem::path folder = std::filesystem::absolute(path).parent_path();
    if (::inotify_add_watch(notify_, folder.c_str(),
                            IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                IN_CLOSE_WRITE) < 0) {
        ::close(notify_);
        notify_ = -1;
    }
}

FeedWatch::~FeedWatch() {
    if (notify_ >= 0)
        ::close(notify_);
}

void FeedWatch::drain() {
    if (notify_ < 0) {
        dirty_ = true; // cannot tell: always ask
        return;
    }
    alignas(inotify_event) char events[4096];
    for (;;) {
        const ssize_t n = ::read(notify_, events, sizeof events);
        if (n > 0) {
            dirty_ = true; // what was written does not matter: only that something was
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN)
            dirty_ = true; // cannot tell: ask
        return;
    }
}

bool FeedWatch::still_known() {
    drain();
    if (!known_)
        return false;
    if (!dirty_)
        return true;
    // Events are drained before the version is read: a commit after this read leaves an event
    // for the next call.
    if (read_version() != known_->first) {
        known_.reset();
        return false;
    }
    dirty_ = false;
    return true;
}

std::int64_t FeedWatch::version() {
    std::lock_guard lock(mutex_);
    drain();
    return read_version();
}

void FeedWatch::remember(std::int64_t version, const FeedState& state) {
    std::lock_guard lock(mutex_);
    // Not marked clean: a commit seen meanwhile by another call still counts against it.
    known_ = std::pair(version, state);
}

std::optional<FeedState> FeedWatch::unchanged() {
    std::lock_guard lock(mutex_);
    if (!still_known())
        return std::nullopt;
    return known_->second;
}

FeedState FeedWatch::now() {
    std::lock_guard lock(mutex_);
    if (still_known())
        return known_->second;
    return read_feed(db_);
}

std::int64_t FeedWatch::read_version() {
    data_version_.executeStep();
    const std::int64_t version = data_version_.getColumn(0).getInt64();
    data_version_.reset(); // no read transaction left open
    return version;
}

} // namespace relais::sync
