#pragma once
// What every route of the request handler shares: the error thrown inside a route and turned
// into an answer in one place, the builders of answers, and the readers of requests (query
// parameters, If-Match, If-None-Match, JSON bodies). Not Beast: plain HttpRequest/HttpResponse.

#include "sync/http_types.h"
#include "sync/protocol.h"
#include "sync/response_cache.h"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relais::sync {

inline constexpr const char* kReadCaching = "public, max-age=5, must-revalidate";

// Thrown inside a route to answer with an error.
struct HttpError {
    int status;
    std::string code;
    std::string message;
    std::vector<ErrorDetail> details = {};
    std::optional<boost::json::value> current = std::nullopt; // 409: the server's record
    Headers headers = {};
    boost::json::object extra = {}; // more members of the body (e.g. a 404's "deleted_version")
};

HttpResponse json_response(int status, const boost::json::value& body, Headers headers = {});
HttpResponse error_from(const HttpError& error);
HttpResponse no_content();
// The answer to a request that cannot be read to its end, before the connection closes: 413
// (its body is over the limit), 431 (its headers are) or 400 (malformed).
HttpResponse unreadable_request(int status);
// An answer kept by the response cache, sent from there.
HttpResponse cached_response(const ResponseCache::Answer& answer, Headers headers);
// What the cache keeps of an answer (its headers are the caller's to add).
CachedAnswer to_cached(HttpResponse response);

// Client text quoted in a message: printable ASCII only, at most 100 bytes.
std::string shown(std::string_view text);
std::optional<std::int64_t> parse_int(std::string_view text);

// The decoded query parameters of a request, and the key they make for the response cache.
struct Query {
    std::vector<std::pair<std::string, std::string>> params;

    std::optional<std::string> get(std::string_view name) const;
    // Refuses (400) any parameter not in `known`, and any given twice: so that junk cannot
    // make every request a new one for the cache.
    void only(const std::vector<std::string_view>& known) const;
    // The known parameters that were given, in the order of `known`: a cache key, the same
    // whatever order the client wrote them in. Integers are written in their shortest form.
    std::string key(const std::vector<std::string_view>& known) const;
};

std::int64_t int_param(const Query& query, std::string_view name, std::int64_t fallback,
                       std::int64_t min, std::int64_t max);
void require_method(const HttpRequest& request, std::initializer_list<std::string_view> allowed);
bool etag_matches(const HttpRequest& request, const std::string& etag);
HttpResponse not_modified(const std::string& etag);
std::string quoted(std::int64_t version);
std::int64_t required_if_match(const HttpRequest& request);
boost::json::object body_object(const HttpRequest& request);
// The bearer token of the request; nullopt when there is none.
std::optional<std::string_view> bearer_token(const HttpRequest& request);

} // namespace relais::sync
