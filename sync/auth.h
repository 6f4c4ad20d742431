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
#include <vector>

namespace relais::sync {

// argon2id in libsodium's encoded form (parameters and salt inside). At most two hashes run
// at once, so a burst of logins cannot take the server's memory.
std::string hash_password(std::string_view password);
// False for a wrong password or a malformed hash. Takes as long as a real check when
// `hash` is empty, so an unknown user cannot be told from a wrong password.
bool verify_password(const std::string& hash, std::string_view password);

std::string new_token();                        // URL-safe base64 of 32 random bytes
std::string token_hash(std::string_view token); // hex of BLAKE2b-256

// The key that groups a peer's logins: the address itself for IPv4, its /64 network for IPv6
// (one subscriber gets a whole /64, so single IPv6 addresses are free to an attacker).
std::string address_key(std::string_view address);

// Counts failed logins per key in a fixed window; a key with `max_failures` of them in its
// window is blocked until the window ends. Login uses two keys with their own limits: the
// (user, address) pair, so that guessing from one place does not lock the user out of any
// other, and the address alone, so that one place cannot try every user.
// begin() is the check and the record in one step: the attempt counts as a failure from the
// start, and a success gives it back. So N simultaneous attempts get at most max_failures
// through, never max_failures plus whatever was in flight.
// Bounded: a full table forgets unblocked keys (expired first, then the oldest), never an
// active block. When every key is an active block (a flood from that many places), a key it
// does not know yet is refused until the first block ends.
// Thread rule: every member locks internally.
class LoginLimiter {
public:
    using Clock = std::chrono::steady_clock;
    struct Key {
        std::string name;
        int max_failures;
    };

    LoginLimiter(std::chrono::seconds window, std::size_t max_keys = 10000)
        : window_(window), max_keys_(max_keys) {}

    // Seconds to wait when any key is blocked (nothing is recorded then); nullopt when the
    // attempt may go ahead, counted as a failure on every key until succeeded().
    std::optional<std::chrono::seconds> begin(const std::vector<Key>& keys, Clock::time_point now);
    // The attempt was right: the first key is forgotten, the others get their count back.
    void succeeded(const std::vector<Key>& keys);

    std::size_t size(); // keys held (for tests and metrics)

private:
    struct Entry {
        int failures = 0;
        int max_failures = 0;
        Clock::time_point window_start;
    };
    bool blocked(const Entry& entry, Clock::time_point now) const;
    // Room for one more key; false when every key held is an active block.
    bool make_room(Clock::time_point now, const std::vector<Key>& keep);
    std::chrono::seconds wait(const Entry& entry, Clock::time_point now) const;

    std::chrono::seconds window_;
    std::size_t max_keys_;
    std::mutex mutex_;
    std::map<std::string, Entry> entries_;
};

} // namespace relais::sync
