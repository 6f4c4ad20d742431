#pragma once
// A small HTTP/1.1 client for the sync engine and tests: one server, one kept-alive connection,
// http or https (certificates verified, SNI), a deadline per request, and abort() from any
// thread. Beast stays inside http_client.cpp.
// Thread rule: request() from one thread at a time; abort() from any thread.

#include "sync/http_types.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace relais::sync {

// The request did not get a complete answer: refused, cut, timed out, aborted, bad URL.
class TransportError : public std::runtime_error {
public:
    enum class Kind { url, connect, io, timeout, aborted, tls };
    TransportError(Kind kind, const std::string& message)
        : std::runtime_error(message), kind_(kind) {}
    Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

struct ClientOptions {
    std::chrono::milliseconds timeout = std::chrono::seconds(60); // per request
    std::uint64_t max_response = 512ull * 1024 * 1024;
    std::optional<std::filesystem::path> ca_file; // extra trusted CA (PEM), e.g. self-signed
    // Connect from this local address (e.g. "127.0.0.2"): a multi-homed machine, or a test
    // that must appear as another client.
    std::optional<std::string> local_address;
};

class HttpClient {
public:
    // base_url: "http://host:port" or "https://host[:port]", optionally with a path prefix.
    // Throws TransportError(url) when it is not one.
    explicit HttpClient(const std::string& base_url, ClientOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // `target` is appended to the base URL's path ("/v1/changes?since=3").
    HttpResponse request(const std::string& method, const std::string& target,
                         const Headers& headers = {}, const std::string& body = {});
    void abort();       // makes the current and every later request fail with `aborted`
    void reset_abort(); // allows requests again
    void disconnect();  // drops the kept-alive connection

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace relais::sync
