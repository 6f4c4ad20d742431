#include "sync/feed_watch.h"

#include "data/changelog.h"

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
}

std::int64_t FeedWatch::version() {
    std::lock_guard lock(mutex_);
    return read_version();
}

void FeedWatch::remember(std::int64_t version, const FeedState& state) {
    std::lock_guard lock(mutex_);
    known_ = std::pair(version, state);
}

std::optional<FeedState> FeedWatch::unchanged() {
    std::lock_guard lock(mutex_);
    if (!known_ || read_version() != known_->first)
        return std::nullopt;
    return known_->second;
}

FeedState FeedWatch::now() {
    std::lock_guard lock(mutex_);
    if (known_ && read_version() == known_->first)
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
