#pragma once
// Wire protocol v1: the JSON documents exchanged by relais-server and the sync engine, with
// Boost.JSON conversions. Services travel in the seed format (data/seed_json.h).
// Decoding validates at the edge and throws ProtocolError naming what is wrong.

#include "data/model.h"

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace relais::sync {

class ProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct WireChange {
    std::int64_t seq = 0;
    bool deleted = false; // op "delete"; otherwise "upsert" with `service`
    std::string id;
    std::int64_t version = 0;
    std::optional<Service> service;
};

struct ChangesPage {
    std::vector<WireChange> changes;
    std::int64_t next = 0;
    bool more = false;
};

struct Snapshot {
    std::int64_t seq = 0;
    Directory directory;
};

struct SessionInfo {
    std::string token;
    std::string expires_at;
    std::string organization_id;
    std::string role; // "staff" | "admin"
};

// Error body of every non-2xx answer: {"error", "message", "details"}.
struct ErrorDetail {
    std::string field;
    std::string message;
};
struct ErrorBody {
    std::string error;
    std::string message;
    std::vector<ErrorDetail> details;
};

boost::json::value to_json(const WireChange& change);
boost::json::value to_json(const ChangesPage& page);
boost::json::value to_json(const Snapshot& snapshot);
boost::json::value to_json(const SessionInfo& session);
boost::json::value to_json(const ErrorBody& error);

ChangesPage changes_from_json(const boost::json::value& value);
Snapshot snapshot_from_json(const boost::json::value& value);
SessionInfo session_from_json(const boost::json::value& value);
ErrorBody error_from_json(const boost::json::value& value);
// A service document, e.g. {"service": {...}} or a 409's "current".
Service service_from_wire(const boost::json::value& value);

// Parses text; throws ProtocolError on malformed JSON.
boost::json::value parse_json(std::string_view text);

} // namespace relais::sync
