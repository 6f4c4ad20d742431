#pragma once
// Secrets, through libsodium only: argon2id password hashes, random session tokens (256 bits)
// that are stored as a BLAKE2b hash, and a login rate limiter.
// Thread rule: the free functions are thread-safe; LoginLimiter locks internally.

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace relais::sync {

// argon2id in libsodium's encoded form (parameters and salt inside). At most two hashes run
// at once, so a burst of logins cannot take the server's memory.
std::string hash_password(std::string_view password);
// False for a wrong password or a malformed hash. Takes as long as a real check when
// `hash` is empty, so an unknown user cannot be told from a wrong password.
bool verify_password(const std::string& hash, std::string_view password);

std::string new_token();                        // URL-safe base64 of 32 random bytes
std::string token_hash(std::string_view token); // hex of BLAKE2b-256

// Counts failed logins per key (user name, peer address) in a sliding window. Bounded: when
// full it forgets the oldest keys.
class LoginLimiter {
public:
    using Clock = std::chrono::steady_clock;
    LoginLimiter(int max_failures, std::chrono::seconds window, std::size_t max_keys = 10000)
        : max_failures_(max_failures), window_(window), max_keys_(max_keys) {}

    // Seconds to wait when `key` is blocked, nullopt when it may try.
    std::optional<std::chrono::seconds> blocked(const std::string& key, Clock::time_point now);
    void failure(const std::string& key, Clock::time_point now);
    void success(const std::string& key);

private:
    struct Entry {
        int failures = 0;
        Clock::time_point window_start;
    };
    int max_failures_;
    std::chrono::seconds window_;
    std::size_t max_keys_;
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

} // namespace relais::sync
