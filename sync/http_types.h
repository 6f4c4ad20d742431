#pragma once
// HTTP requests and responses as plain values, so the request handler and the sync engine
// stay free of Beast (which lives only in server.cpp and http_client.cpp).

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relais::sync {

using Headers = std::vector<std::pair<std::string, std::string>>;

// Case-insensitive lookup (HTTP field names are); nullptr when absent.
const std::string* find_header(const Headers& headers, std::string_view name);

struct HttpRequest {
    std::string method; // "GET", "PUT"...
    std::string target; // origin-form: path and query
    Headers headers;
    std::string body;
    std::string remote_address; // peer IP, for login rate limiting

    const std::string* header(std::string_view name) const { return find_header(headers, name); }
};

struct HttpResponse {
    int status = 200;
    Headers headers; // besides Content-Type / Content-Length
    std::string content_type = "application/json";
    std::string body;
    // Instead of `body`: an answer kept by the server's response cache, sent from there
    // rather than copied for every request.
    std::shared_ptr<const std::string> cached_body;
    // The same body as a sealed file the kernel can send (see BodyFile), or -1. Open while
    // cached_body is held.
    int cached_fd = -1;

    const std::string* header(std::string_view name) const { return find_header(headers, name); }
};

} // namespace relais::sync
