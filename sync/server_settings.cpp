#include "sync/server_settings.h"

#include "sync/client_addresses.h"

#include <boost/any.hpp>
#include <boost/program_options.hpp>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace relais::sync {
namespace {
namespace po = boost::program_options;
namespace fs = std::filesystem;

// The value types of the settings. Boost.ProgramOptions reads each through the validate()
// overload below it (found by argument-dependent lookup), with the bounds in the type; a bad
// value is an error there, which the library completes with the key's name.

constexpr std::uint64_t kSecond = 1000; // durations are in milliseconds
constexpr std::uint64_t kMinute = 60 * kSecond;
constexpr std::uint64_t kHour = 60 * kMinute;
constexpr std::uint64_t kDay = 24 * kHour;
constexpr std::uint64_t kKiB = 1024;
constexpr std::uint64_t kMiB = 1024 * kKiB;
constexpr std::uint64_t kGiB = 1024 * kMiB;

po::error_with_option_name bad_value(const std::string& value, const std::string& expected) {
    po::error_with_option_name error("bad value '%value%' for %canonical_option%: " + expected);
    error.set_substitute("value", value);
    return error;
}

const std::string& single(boost::any& out, const std::vector<std::string>& values) {
    po::validators::check_first_occurrence(out);
    return po::validators::get_single_string(values);
}

// Digits, then a unit from `units` (name and multiplier); nullopt for anything else or an
// overflow.
std::optional<std::uint64_t>
with_unit(std::string_view text,
          std::initializer_list<std::pair<std::string_view, std::uint64_t>> units) {
    std::size_t digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
        ++digits;
    std::uint64_t number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + digits, number);
    if (digits == 0 || ec != std::errc{})
        return std::nullopt;
    for (const auto& [unit, factor] : units) {
        if (text.substr(digits) == unit) {
            if (number > UINT64_MAX / factor)
                return std::nullopt;
            return number * factor;
        }
    }
    return std::nullopt;
}

std::string show(std::uint64_t amount,
                 std::initializer_list<std::pair<std::string_view, std::uint64_t>> units) {
    for (const auto& [unit, factor] : units) // largest unit first
        if (amount % factor == 0)
            return std::to_string(amount / factor) + std::string(unit);
    return std::to_string(amount);
}

template <std::uint64_t Min, std::uint64_t Max> struct Count { std::uint64_t value = 0; };

template <std::uint64_t Min, std::uint64_t Max>
void validate(boost::any& out, const std::vector<std::string>& values, Count<Min, Max>*, int) {
    const std::string& text = single(out, values);
    const auto number = with_unit(text, {{"", 1}});
    if (!number || *number < Min || *number > Max)
        throw bad_value(text, "a whole number from " + std::to_string(Min) + " to " +
                                  std::to_string(Max));
    out = Count<Min, Max>{*number};
}

// "500ms", "15s", "10m", "12h", "90d": the unit is required.
template <std::uint64_t MinMs, std::uint64_t MaxMs> struct Duration {
    std::chrono::milliseconds value{};
};

template <std::uint64_t MinMs, std::uint64_t MaxMs>
void validate(boost::any& out, const std::vector<std::string>& values, Duration<MinMs, MaxMs>*,
              int) {
    const std::string& text = single(out, values);
    const auto ms =
        with_unit(text, {{"ms", 1}, {"s", kSecond}, {"m", kMinute}, {"h", kHour}, {"d", kDay}});
    if (!ms || *ms < MinMs || *ms > MaxMs) {
        const std::initializer_list<std::pair<std::string_view, std::uint64_t>> units{
            {"d", kDay}, {"h", kHour}, {"m", kMinute}, {"s", kSecond}, {"ms", 1}};
        throw bad_value(text, "a duration from " + (MinMs == 0 ? "0s" : show(MinMs, units)) +
                                  " to " + show(MaxMs, units) +
                                  " with its unit (ms, s, m, h or d)");
    }
    out = Duration<MinMs, MaxMs>{std::chrono::milliseconds(static_cast<std::int64_t>(*ms))};
}

// Bytes: "262144", or with a binary unit "256k", "32M", "1G".
template <std::uint64_t Min, std::uint64_t Max> struct Size { std::uint64_t value = 0; };

template <std::uint64_t Min, std::uint64_t Max>
void validate(boost::any& out, const std::vector<std::string>& values, Size<Min, Max>*, int) {
    const std::string& text = single(out, values);
    const auto bytes =
        with_unit(text, {{"", 1}, {"k", kKiB}, {"K", kKiB}, {"M", kMiB}, {"G", kGiB}});
    if (!bytes || *bytes < Min || *bytes > Max) {
        const std::initializer_list<std::pair<std::string_view, std::uint64_t>> units{
            {"G", kGiB}, {"M", kMiB}, {"k", kKiB}, {"", 1}};
        throw bad_value(text, "a size from " + show(Min, units) + " to " + show(Max, units) +
                                  " (bytes, or with k, M or G)");
    }
    out = Size<Min, Max>{*bytes};
}

struct Path {
    fs::path value;
};

void validate(boost::any& out, const std::vector<std::string>& values, Path*, int) {
    const std::string& text = single(out, values);
    if (text.empty())
        throw bad_value(text, "a file name");
    out = Path{text};
}

struct Listen {
    std::string address;
    unsigned short port = 0;
};

void validate(boost::any& out, const std::vector<std::string>& values, Listen*, int) {
    const std::string& text = single(out, values);
    try {
        const auto [address, port] = parse_listen(text);
        out = Listen{address, port};
    } catch (const std::invalid_argument& e) {
        throw bad_value(text, e.what());
    }
}

// Addresses of reverse proxies, separated by commas: "127.0.0.1, ::1".
struct Proxies {
    std::vector<std::string> addresses;
};

void validate(boost::any& out, const std::vector<std::string>& values, Proxies*, int) {
    const std::string& text = single(out, values);
    Proxies proxies;
    std::string_view rest = text;
    for (bool more = true; more;) {
        const auto comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        more = comma != std::string_view::npos; // then an address must follow
        rest = more ? rest.substr(comma + 1) : std::string_view();
        auto address = ip_address(item);
        if (!address)
            throw bad_value(text, "IP addresses separated by commas, e.g. 127.0.0.1");
        proxies.addresses.push_back(std::move(*address));
    }
    out = std::move(proxies);
}

struct LogLevel {
    bool requests = true;
};

void validate(boost::any& out, const std::vector<std::string>& values, LogLevel*, int) {
    const std::string& text = single(out, values);
    if (text != "requests" && text != "quiet")
        throw bad_value(text, "requests (one line per request on standard error) or quiet");
    out = LogLevel{text == "requests"};
}

// Each key's type, bounds included; keys() and apply() name the same ones.
using Threads = Count<1, 256>;
using Connections = Count<1, 1'000'000>;
using Timeout = Duration<kSecond, kHour>;
using Grace = Duration<0, 10 * kMinute>;
using HeaderLimit = Size<kKiB, kMiB>;
using BodyLimit = Size<kKiB, kGiB>;
using TokenLifetime = Duration<kMinute, 365 * kDay>;
using Retention = Duration<kDay, 3650 * kDay>;
using Failures = Count<1, 1000>;
using AddressFailures = Count<1, 100'000>;
using LoginWindow = Duration<kSecond, kDay>;
using DbConnections = Count<1, 64>;
using CacheSize = Size<kMiB, 16 * kGiB>;

po::options_description keys() {
    po::options_description keys("relais-server serve");
    // clang-format off
    keys.add_options()
        ("listen", po::value<Listen>())
        ("db", po::value<Path>())
        ("tls-cert", po::value<Path>())
        ("tls-key", po::value<Path>())
        ("log-level", po::value<LogLevel>())
        ("threads", po::value<Threads>())
        ("workers", po::value<Threads>())
        ("max-connections", po::value<Connections>())
        ("max-connections-per-address", po::value<Connections>())
        ("trusted-proxies", po::value<Proxies>())
        ("max-queued-work", po::value<Connections>())
        ("request-timeout", po::value<Timeout>())
        ("write-timeout", po::value<Timeout>())
        ("shutdown-grace", po::value<Grace>())
        ("header-limit", po::value<HeaderLimit>())
        ("body-limit", po::value<BodyLimit>())
        ("token-lifetime", po::value<TokenLifetime>())
        ("tombstone-retention", po::value<Retention>())
        ("login-max-failures", po::value<Failures>())
        ("login-max-failures-per-address", po::value<AddressFailures>())
        ("login-window", po::value<LoginWindow>())
        ("db-connections", po::value<DbConnections>())
        ("response-cache", po::value<CacheSize>());
    // clang-format on
    return keys;
}

template <class T> const T* find(const po::variables_map& values, const char* key) {
    const auto it = values.find(key);
    return it == values.end() ? nullptr : &it->second.as<T>();
}

template <class Number, class Field>
void take(const po::variables_map& values, const char* key, Field& field) {
    if (const auto* number = find<Number>(values, key))
        field = static_cast<Field>(number->value);
}

template <class Duration, class Field>
void take_duration(const po::variables_map& values, const char* key, Field& field) {
    if (const auto* duration = find<Duration>(values, key))
        field = std::chrono::duration_cast<Field>(duration->value);
}

// `base`: the folder relative paths start from (the file's; empty on the command line).
void apply(const po::variables_map& values, const fs::path& base, ServeSettings& settings) {
    const auto path = [&](const char* key) -> std::optional<fs::path> {
        const auto* given = find<Path>(values, key);
        if (!given)
            return std::nullopt;
        return given->value.is_absolute() || base.empty() ? given->value : base / given->value;
    };
    ServerOptions& server = settings.server;
    HandlerOptions& handler = settings.handler;
    if (const auto* listen = find<Listen>(values, "listen")) {
        server.address = listen->address;
        server.port = listen->port;
    }
    if (auto db = path("db"))
        settings.database = std::move(db);
    if (auto cert = path("tls-cert"))
        server.tls_cert = std::move(cert);
    if (auto key = path("tls-key"))
        server.tls_key = std::move(key);
    if (const auto* level = find<LogLevel>(values, "log-level"))
        settings.request_log = level->requests;
    take<Threads>(values, "threads", server.threads);
    take<Threads>(values, "workers", server.workers);
    take<Connections>(values, "max-connections", server.max_connections);
    take<Connections>(values, "max-connections-per-address", server.max_connections_per_address);
    take<Connections>(values, "max-queued-work", server.max_queued_work);
    if (const auto* proxies = find<Proxies>(values, "trusted-proxies"))
        server.trusted_proxies = proxies->addresses;
    take_duration<Timeout>(values, "request-timeout", server.request_timeout);
    take_duration<Timeout>(values, "write-timeout", server.write_timeout);
    take_duration<Grace>(values, "shutdown-grace", server.shutdown_grace);
    take<HeaderLimit>(values, "header-limit", server.header_limit);
    take<BodyLimit>(values, "body-limit", server.body_limit);
    take_duration<TokenLifetime>(values, "token-lifetime", handler.token_lifetime);
    take_duration<Retention>(values, "tombstone-retention", handler.tombstone_retention);
    take<Failures>(values, "login-max-failures", handler.login_max_failures);
    take<AddressFailures>(values, "login-max-failures-per-address",
                          handler.login_max_failures_per_address);
    take_duration<LoginWindow>(values, "login-window", handler.login_window);
    take<DbConnections>(values, "db-connections", handler.max_db_connections);
    take<CacheSize>(values, "response-cache", handler.response_cache_bytes);
}

po::variables_map read_file(const fs::path& file, const po::options_description& keys) {
    std::error_code ec;
    if (!fs::exists(file, ec))
        throw std::invalid_argument("no configuration file " + file.string());
    if (fs::is_directory(file, ec))
        throw std::invalid_argument(file.string() + " is a folder, not a configuration file");
    std::ifstream in(file);
    if (!in)
        throw std::invalid_argument("cannot read the configuration file " + file.string() + ": " +
                                    std::strerror(errno));
    po::variables_map values;
    try {
        po::store(po::parse_config_file(in, keys), values);
    } catch (const po::unknown_option& e) {
        throw std::invalid_argument(file.string() + ": unknown key '" + e.get_option_name() + "'");
    } catch (const po::multiple_occurrences& e) {
        throw std::invalid_argument(file.string() + ": " + e.get_option_name() +
                                    " is set more than once");
    } catch (const po::invalid_config_file_syntax& e) {
        throw std::invalid_argument(file.string() + ": '" + e.tokens() +
                                    "' is not a key = value line");
    } catch (const po::error& e) {
        throw std::invalid_argument(file.string() + ": " + e.what());
    }
    return values;
}

po::variables_map read_command_line(const std::map<std::string, std::string>& options,
                                    const std::vector<std::string>& switches,
                                    const po::options_description& keys) {
    po::parsed_options parsed(&keys, po::command_line_style::allow_long);
    const auto add = [&](const std::string& flag, const std::string& value) {
        po::option option(flag.substr(2), {value});
        option.original_tokens = {flag, value};
        parsed.options.push_back(std::move(option));
    };
    for (const auto& [flag, value] : options) {
        if (flag == "--config")
            continue;
        if (!flag.starts_with("--") || !keys.find_nothrow(flag.substr(2), false))
            throw std::invalid_argument("serve has no option " + flag);
        add(flag, value);
    }
    for (const std::string& flag : switches) {
        if (flag == "--quiet") {
            if (!options.contains("--log-level"))
                add("--log-level", "quiet");
        } else if (flag != "--help") {
            throw std::invalid_argument("serve has no option " + flag);
        }
    }
    po::variables_map values;
    try {
        po::store(parsed, values);
    } catch (const po::error& e) {
        throw std::invalid_argument(e.what());
    }
    return values;
}

void check_readable(const std::optional<fs::path>& path, const char* key) {
    if (path && !std::ifstream(*path))
        throw std::invalid_argument(std::string(key) + ": cannot read " + path->string());
}

} // namespace

ServeSettings read_serve_settings(const std::map<std::string, std::string>& options,
                                  const std::vector<std::string>& switches) {
    const po::options_description known = keys();
    ServeSettings settings;
    // Both are read whole, so that a mistake in the file is reported even where a flag
    // overrides it.
    std::optional<po::variables_map> from_file;
    fs::path base;
    if (const auto config = options.find("--config"); config != options.end()) {
        const fs::path file = config->second;
        from_file = read_file(file, known);
        base = fs::absolute(file).parent_path();
    }
    const po::variables_map from_command_line = read_command_line(options, switches, known);
    if (from_file)
        apply(*from_file, base, settings);
    apply(from_command_line, {}, settings);

    if (settings.server.tls_cert.has_value() != settings.server.tls_key.has_value())
        throw std::invalid_argument("tls-cert and tls-key go together: give both or neither");
    check_readable(settings.server.tls_cert, "tls-cert");
    check_readable(settings.server.tls_key, "tls-key");
    return settings;
}

} // namespace relais::sync
