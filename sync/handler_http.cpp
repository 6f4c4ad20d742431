#include "sync/handler_http.h"

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>

namespace relais::sync {
namespace json = boost::json;

namespace {
constexpr std::size_t kMaxBody = 256 * 1024;
} // namespace

HttpResponse json_response(int status, const json::value& body, Headers headers) {
    HttpResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.body = json::serialize(body);
    return response;
}

HttpResponse error_from(const HttpError& error) {
    json::value body = to_json(ErrorBody{error.code, error.message, error.details});
    if (error.current)
        body.as_object()["current"] = *error.current;
    for (const auto& [name, value] : error.extra)
        body.as_object()[name] = value;
    Headers headers = error.headers;
    headers.emplace_back("Cache-Control", "no-store");
    return json_response(error.status, body, std::move(headers));
}

HttpResponse no_content() {
    HttpResponse response;
    response.status = 204;
    response.content_type.clear();
    response.headers = {{"Cache-Control", "no-store"}};
    return response;
}

HttpResponse unreadable_request(int status) {
    const char* code = status == 413   ? "payload_too_large"
                       : status == 431 ? "headers_too_large"
                                       : "bad_request";
    const char* message = status == 413   ? "request bodies are limited to 256 KiB"
                          : status == 431 ? "request headers are too large"
                                          : "malformed HTTP request";
    return error_from(HttpError{status, code, message});
}

HttpResponse cached_response(const ResponseCache::Answer& answer, Headers headers) {
    HttpResponse response;
    response.status = answer->status;
    response.content_type = answer->content_type;
    response.headers = std::move(headers);
    // The body within the shared answer: it lives as long as any response sending it.
    response.cached_body = std::shared_ptr<const std::string>(answer, &answer->body);
    response.cached_fd = answer->file.fd();
    return response;
}

CachedAnswer to_cached(HttpResponse response) {
    return CachedAnswer{response.status, std::move(response.content_type), std::move(response.body),
                        BodyFile{}};
}

std::string shown(std::string_view text) {
    std::string out;
    for (const char c : text.substr(0, 100))
        out += c >= 0x20 && c < 0x7f ? c : '?';
    return out;
}

std::optional<std::int64_t> parse_int(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::string> Query::get(std::string_view name) const {
    for (const auto& [key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

void Query::only(const std::vector<std::string_view>& known) const {
    for (std::size_t i = 0; i < params.size(); ++i) {
        const std::string& name = params[i].first;
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string allowed;
            for (const std::string_view each : known)
                allowed += (allowed.empty() ? "" : ", ") + std::string(each);
            throw HttpError{
                400,
                "bad_request",
                "unknown query parameter " + shown(name) +
                    (allowed.empty() ? " (none is taken here)" : " (known: " + allowed + ")"),
                {{shown(name), "unknown parameter"}}};
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (params[j].first == name)
                throw HttpError{400,
                                "bad_request",
                                "query parameter " + shown(name) + " is given twice",
                                {{shown(name), "given twice"}}};
        }
    }
}

std::string Query::key(const std::vector<std::string_view>& known) const {
    std::string out;
    for (const std::string_view name : known) {
        const auto value = get(name);
        if (!value)
            continue;
        out += name;
        out += '=';
        if (const auto number = parse_int(*value))
            out += std::to_string(*number);
        else
            out += *value;
        out += '&';
    }
    return out;
}

std::int64_t int_param(const Query& query, std::string_view name, std::int64_t fallback,
                       std::int64_t min, std::int64_t max) {
    const auto text = query.get(name);
    if (!text)
        return fallback;
    const auto value = parse_int(*text);
    if (!value || *value < min || *value > max)
        throw HttpError{400,
                        "bad_request",
                        "query parameter " + std::string(name) + " must be an integer from " +
                            std::to_string(min) + " to " + std::to_string(max),
                        {{std::string(name), "out of range or not an integer"}}};
    return *value;
}

void require_method(const HttpRequest& request, std::initializer_list<std::string_view> allowed) {
    for (const auto method : allowed) {
        if (request.method == method)
            return;
    }
    std::string allow;
    for (const auto method : allowed)
        allow += (allow.empty() ? "" : ", ") + std::string(method);
    throw HttpError{405, "method_not_allowed", shown(request.method) + " is not allowed here",
                    {},  std::nullopt,         {{"Allow", allow}}};
}

bool etag_matches(const HttpRequest& request, const std::string& etag) {
    const std::string* header = request.header("If-None-Match");
    if (!header)
        return false;
    // A list of tags, possibly weak ("W/"): any equal opaque tag matches.
    std::string_view rest = *header;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        std::string_view tag = rest.substr(0, comma);
        while (!tag.empty() && tag.front() == ' ')
            tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ')
            tag.remove_suffix(1);
        if (tag.starts_with("W/"))
            tag.remove_prefix(2);
        if (tag == etag || tag == "*")
            return true;
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    return false;
}

HttpResponse not_modified(const std::string& etag) {
    HttpResponse response;
    response.status = 304;
    response.content_type.clear();
    response.headers = {{"ETag", etag}, {"Cache-Control", kReadCaching}};
    return response;
}

std::string quoted(std::int64_t version) {
    return "\"" + std::to_string(version) + "\"";
}

std::int64_t required_if_match(const HttpRequest& request) {
    const std::string* header = request.header("If-Match");
    if (!header)
        throw HttpError{428, "precondition_required",
                        "send If-Match with the version your edit is based on"};
    std::string_view tag = *header;
    if (tag.starts_with("W/"))
        tag.remove_prefix(2);
    if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"')
        tag = tag.substr(1, tag.size() - 2);
    const auto version = parse_int(tag);
    if (!version || *version < 1)
        throw HttpError{400,
                        "bad_request",
                        "If-Match must be a version, e.g. \"3\"",
                        {{"If-Match", "not a version number"}}};
    return *version;
}

json::object body_object(const HttpRequest& request) {
    if (request.body.size() > kMaxBody)
        throw HttpError{413, "payload_too_large", "request bodies are limited to 256 KiB"};
    boost::system::error_code ec;
    json::value value = json::parse(request.body, ec);
    if (ec)
        throw HttpError{400, "malformed_json", "the body is not valid JSON: " + ec.message()};
    if (!value.is_object())
        throw HttpError{
            422, "invalid_fields", "the body must be a JSON object", {{"", "expected an object"}}};
    return std::move(value.as_object());
}

std::optional<std::string_view> bearer_token(const HttpRequest& request) {
    const std::string* header = request.header("Authorization");
    if (!header || !header->starts_with("Bearer ") || header->size() <= 7)
        return std::nullopt;
    return std::string_view(*header).substr(7);
}

} // namespace relais::sync
