#pragma once
// Serialized read answers (status, type and body), valid while the change feed's head and
// floor stay the same (the ETag they carry): everything goes when the directory changes.
// Answers are shared, never copied: a hit costs a reference count, and the server sends the
// kept bytes themselves.
// Bounded: small answers within `max_bytes` (all dropped when full), and at most `max_large`
// answers bigger than half of that (the snapshot, whole HSDS lists), the oldest dropped first,
// so that a big answer exists once per directory version however many clients read it.
// One build per key at a time (build_turn): clients arriving while an answer is being built
// wait for it and take it from here, instead of each building a copy.
// Large answers are also kept as a sealed in-memory file, sent by the kernel itself (BodyFile).
// Thread rule: every member locks internally.

#include "sync/body_file.h"

#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace relais::sync {

struct CachedAnswer {
    int status = 200;
    std::string content_type;
    std::string body;
    BodyFile file; // the body again, for sendfile(), when it is large (put() makes it)
};

class ResponseCache {
public:
    using Answer = std::shared_ptr<const CachedAnswer>;
    // From this size up, an answer is worth a file: below it, one copy costs less than the
    // file's own system calls.
    static constexpr std::size_t kFileFrom = 32 * 1024;

    ResponseCache(std::size_t max_bytes, std::size_t max_large)
        : max_bytes_(max_bytes), max_large_(max_large) {}

    Answer get(const std::string& etag, const std::string& key);
    // Keeps `answer` when it fits, and returns it shared either way.
    Answer put(const std::string& etag, const std::string& key, CachedAnswer answer);

    // Hold the returned mutex while building the answer for `key`, then look again.
    std::shared_ptr<std::mutex> build_turn(const std::string& key);

private:
    void start(const std::string& etag); // under mutex_

    std::size_t max_bytes_;
    std::size_t max_large_;
    std::mutex mutex_;
    std::string etag_;
    std::unordered_map<std::string, Answer> entries_;
    std::size_t bytes_ = 0;
    std::deque<std::string> large_; // keys of large entries, oldest first
    std::unordered_map<std::string, std::weak_ptr<std::mutex>> building_;
};

} // namespace relais::sync
