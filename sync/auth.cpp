#include "sync/auth.h"

#include <arpa/inet.h>
#include <sodium.h>

#include <algorithm>
#include <semaphore>
#include <stdexcept>

namespace relais::sync {
namespace {

// OWASP's argon2id minimum (19 MiB, 2 passes): a deliberate cost per guess, small enough for
// a server that must stay within a few tens of MB.
constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19u * 1024u * 1024u;

void ensure_sodium() {
    static const int ready = sodium_init();
    if (ready < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

std::counting_semaphore<2>& hashing_slots() {
    static std::counting_semaphore<2> slots(2);
    return slots;
}

struct Slot {
    Slot() { hashing_slots().acquire(); }
    ~Slot() { hashing_slots().release(); }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
};

const std::string& dummy_hash() {
    static const std::string hash = hash_password("relais-dummy-password");
    return hash;
}

} // namespace

std::string hash_password(std::string_view password) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    Slot slot;
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
    ensure_sodium();
    if (hash.empty()) {
        // Same work as a real check, then refuse.
        const std::string& dummy = dummy_hash();
        Slot slot;
        if (crypto_pwhash_str_verify(dummy.c_str(), password.data(), password.size()) == 0)
            return false; // whatever the outcome: there is no such account
        return false;
    }
    Slot slot;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string new_token() {
    ensure_sodium();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, bytes, sizeof bytes,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(bytes, sizeof bytes);
    return out;
}

std::string token_hash(std::string_view token) {
    ensure_sodium();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                       token.size(), nullptr, 0);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string address_key(std::string_view address) {
    const std::string text(address);
    unsigned char bytes[16];
    if (text.find(':') == std::string::npos || ::inet_pton(AF_INET6, text.c_str(), bytes) != 1)
        return text;
    // An IPv4-mapped address is the IPv4 address.
    static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::equal(bytes, bytes + 12, kMapped)) {
        char out[INET_ADDRSTRLEN];
        return ::inet_ntop(AF_INET, bytes + 12, out, sizeof out) ? out : text;
    }
    std::fill(bytes + 8, bytes + 16, 0);
    char out[INET6_ADDRSTRLEN];
    if (!::inet_ntop(AF_INET6, bytes, out, sizeof out))
        return text;
    return std::string(out) + "/64";
}

bool LoginLimiter::blocked(const Entry& entry, Clock::time_point now) const {
    return entry.failures >= entry.max_failures && now < entry.window_start + window_;
}

std::chrono::seconds LoginLimiter::wait(const Entry& entry, Clock::time_point now) const {
    // Round up: "Retry-After: 0" would invite an immediate retry.
    const auto left = std::chrono::ceil<std::chrono::seconds>(entry.window_start + window_ - now);
    return std::max(left, std::chrono::seconds(1));
}

bool LoginLimiter::make_room(Clock::time_point now, const std::vector<Key>& keep) {
    if (entries_.size() < max_keys_)
        return true;
    const auto kept = [&](const std::string& name) {
        return std::any_of(keep.begin(), keep.end(),
                           [&](const Key& key) { return key.name == name; });
    };
    // Expired keys go first; then the unblocked key whose window started first.
    auto victim = entries_.end();
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (kept(it->first))
            continue;
        if (now >= it->second.window_start + window_) {
            victim = it;
            break;
        }
        if (!blocked(it->second, now) &&
            (victim == entries_.end() || it->second.window_start < victim->second.window_start))
            victim = it;
    }
    if (victim == entries_.end())
        return false;
    entries_.erase(victim);
    return true;
}

std::optional<std::chrono::seconds> LoginLimiter::begin(const std::vector<Key>& keys,
                                                        Clock::time_point now) {
    std::lock_guard lock(mutex_);
    std::optional<std::chrono::seconds> longest;
    const auto refuse = [&](std::chrono::seconds wait) {
        longest = std::max(longest.value_or(std::chrono::seconds(0)), wait);
    };
    for (const Key& key : keys) {
        const auto it = entries_.find(key.name);
        if (it != entries_.end() && blocked(it->second, now))
            refuse(wait(it->second, now));
    }
    if (longest)
        return longest;
    // Every key finds a place before anything is recorded (none of this attempt's own keys
    // is evicted to make it).
    for (const Key& key : keys) {
        if (entries_.count(key.name) == 0 && !make_room(now, keys)) {
            // Full of active blocks: wait for the first to end.
            std::chrono::seconds first = window_;
            for (const auto& entry : entries_)
                first = std::min(first, wait(entry.second, now));
            return first;
        }
        entries_.try_emplace(key.name);
    }
    for (const Key& key : keys) {
        Entry& entry = entries_.at(key.name);
        if (entry.max_failures == 0 || now >= entry.window_start + window_)
            entry = Entry{0, key.max_failures, now};
        ++entry.failures;
    }
    return std::nullopt;
}

void LoginLimiter::succeeded(const std::vector<Key>& keys) {
    std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto it = entries_.find(keys[i].name);
        if (it == entries_.end())
            continue;
        if (i == 0 || it->second.failures <= 1)
            entries_.erase(it);
        else
            --it->second.failures;
    }
}

std::size_t LoginLimiter::size() {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

} // namespace relais::sync
