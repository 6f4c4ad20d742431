#include "sync/client_addresses.h"

#include "sync/auth.h"
#include "sync/server.h"

#include <boost/asio/ip/address.hpp>

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string_view>

namespace relais::sync {

std::optional<std::string> ip_address(std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(text, ec);
    if (ec)
        return std::nullopt;
    return address.to_string();
}

// Declared in sync/server.h: the address relais-server listens on.
std::pair<std::string, unsigned short> parse_listen(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos)
        throw std::invalid_argument("HOST:PORT expected, e.g. 127.0.0.1:8080");
    std::string_view host = text.substr(0, colon);
    const std::string_view port_text = text.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    else if (host.find(':') != std::string_view::npos)
        throw std::invalid_argument("an IPv6 address goes in brackets, e.g. [::1]:8080");
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(std::string(host), ec);
    if (ec)
        throw std::invalid_argument("'" + std::string(host) + "' is not an IP address");
    unsigned port = 0;
    const auto [end, parse_error] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (port_text.empty() || parse_error != std::errc{} ||
        end != port_text.data() + port_text.size() || port > 65535)
        throw std::invalid_argument("the port must be a number from 0 to 65535");
    return {address.to_string(), static_cast<unsigned short>(port)};
}

bool ClientAddresses::trusted(const std::string& address) const {
    return std::find(trusted_.begin(), trusted_.end(), address) != trusted_.end();
}

std::string ClientAddresses::client_address(const std::string& remote,
                                            const HttpRequest& request) const {
    if (!trusted(remote))
        return remote;
    const std::string* forwarded = request.header("X-Forwarded-For");
    if (!forwarded)
        return remote;
    // The proxy appends the address it saw: the last entry is the only one it vouches for.
    std::string_view last = *forwarded;
    if (const auto comma = last.rfind(','); comma != std::string_view::npos)
        last.remove_prefix(comma + 1);
    return ip_address(last).value_or(remote);
}

bool ClientAddresses::admit(const std::string& address) {
    if (trusted(address))
        return true;
    std::lock_guard lock(mutex_);
    std::size_t& count = open_[address_key(address)];
    if (count >= max_per_address_)
        return false;
    ++count;
    return true;
}

void ClientAddresses::release(const std::string& address) {
    if (trusted(address))
        return;
    std::lock_guard lock(mutex_);
    const auto it = open_.find(address_key(address));
    if (it != open_.end() && --it->second == 0)
        open_.erase(it);
}

} // namespace relais::sync
