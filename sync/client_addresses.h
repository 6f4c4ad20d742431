#pragma once
// Who relais-server's connections and requests come from, for the per-address connection
// cap: the peer, or for a trusted reverse proxy (an nginx cache in front) the client it names
// as the last X-Forwarded-For entry, the only one it vouches for. Connections count per
// address_key() (an IPv6 client's /64); trusted proxies are many clients, not one, and are
// not capped. Not Beast: plain addresses and HttpRequest.
// Thread rule: every member may be called from several threads at once.

#include "sync/http_types.h"

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace relais::sync {

// An IP address, with or without spaces around it, in its canonical text; nullopt when the
// text is not one.
std::optional<std::string> ip_address(std::string_view text);

class ClientAddresses {
public:
    ClientAddresses(std::vector<std::string> trusted_proxies, std::size_t max_per_address)
        : trusted_(std::move(trusted_proxies)), max_per_address_(max_per_address) {}

    bool admit(const std::string& address); // false: that address has all its connections
    void release(const std::string& address);
    bool trusted(const std::string& address) const; // one of the trusted proxies
    // Who sent the request: the peer, or for a trusted proxy the client it names.
    std::string client_address(const std::string& remote, const HttpRequest& request) const;

private:
    const std::vector<std::string> trusted_;
    const std::size_t max_per_address_;
    std::mutex mutex_;
    std::unordered_map<std::string, std::size_t> open_; // open connections by address key
};

} // namespace relais::sync
