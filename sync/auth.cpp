#include "sync/auth.h"

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

std::optional<std::chrono::seconds> LoginLimiter::blocked(const std::string& key,
                                                          Clock::time_point now) {
    std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it == entries_.end())
        return std::nullopt;
    const auto ends = it->second.window_start + window_;
    if (now >= ends) {
        entries_.erase(it);
        return std::nullopt;
    }
    if (it->second.failures < max_failures_)
        return std::nullopt;
    // Round up: "Retry-After: 0" would invite an immediate retry.
    const auto wait = std::chrono::ceil<std::chrono::seconds>(ends - now);
    return std::max(wait, std::chrono::seconds(1));
}

void LoginLimiter::failure(const std::string& key, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it != entries_.end() && now >= it->second.window_start + window_)
        it->second = Entry{0, now};
    if (it == entries_.end()) {
        if (entries_.size() >= max_keys_) {
            // Forget the key whose window started first.
            const auto oldest = std::min_element(
                entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
                    return a.second.window_start < b.second.window_start;
                });
            entries_.erase(oldest);
        }
        it = entries_.emplace(key, Entry{0, now}).first;
    }
    ++it->second.failures;
}

void LoginLimiter::success(const std::string& key) {
    std::lock_guard lock(mutex_);
    entries_.erase(key);
}

} // namespace relais::sync
