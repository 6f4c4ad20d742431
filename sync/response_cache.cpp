#include "sync/response_cache.h"

#include <algorithm>

namespace relais::sync {

void ResponseCache::start(const std::string& etag) {
    if (etag == etag_)
        return;
    entries_.clear();
    large_.clear();
    bytes_ = 0;
    etag_ = etag;
}

ResponseCache::Answer ResponseCache::get(const std::string& etag, const std::string& key) {
    std::lock_guard lock(mutex_);
    if (etag != etag_)
        return nullptr;
    const auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : it->second;
}

ResponseCache::Answer ResponseCache::put(const std::string& etag, const std::string& key,
                                         CachedAnswer answer) {
    if (answer.body.size() >= kFileFrom && answer.file.fd() < 0)
        answer.file = BodyFile::of(answer.body);
    auto shared = std::make_shared<const CachedAnswer>(std::move(answer));
    std::lock_guard lock(mutex_);
    start(etag);
    if (entries_.count(key))
        return shared;
    if (shared->body.size() > max_bytes_ / 2) {
        if (max_large_ == 0)
            return shared;
        if (large_.size() >= max_large_) {
            entries_.erase(large_.front());
            large_.pop_front();
        }
        large_.push_back(key);
        entries_.emplace(key, shared);
        return shared;
    }
    if (bytes_ + shared->body.size() > max_bytes_) {
        // Small entries go; the large ones stay.
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (std::find(large_.begin(), large_.end(), it->first) == large_.end())
                it = entries_.erase(it);
            else
                ++it;
        }
        bytes_ = 0;
    }
    entries_.emplace(key, shared);
    bytes_ += shared->body.size();
    return shared;
}

std::shared_ptr<std::mutex> ResponseCache::build_turn(const std::string& key) {
    std::lock_guard lock(mutex_);
    if (building_.size() > 1024)
        std::erase_if(building_, [](const auto& entry) { return entry.second.expired(); });
    std::weak_ptr<std::mutex>& slot = building_[key];
    auto turn = slot.lock();
    if (!turn) {
        turn = std::make_shared<std::mutex>();
        slot = turn;
    }
    return turn;
}

} // namespace relais::sync
