#include "sync/protocol.h"

#include "data/seed_json.h"

#include <boost/json.hpp>

namespace relais::sync {
namespace json = boost::json;

namespace {

const json::object& as_object(const json::value& value, std::string_view what) {
    if (!value.is_object())
        throw ProtocolError(std::string(what) + " is not an object");
    return value.get_object();
}

const json::value& field(const json::object& object, std::string_view name, std::string_view what) {
    const json::value* found = object.if_contains(name);
    if (!found)
        throw ProtocolError(std::string(what) + " has no \"" + std::string(name) + "\"");
    return *found;
}

std::int64_t integer(const json::object& object, std::string_view name, std::string_view what) {
    const json::value& value = field(object, name, what);
    if (value.is_int64())
        return value.get_int64();
    if (value.is_uint64() && value.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
        return static_cast<std::int64_t>(value.get_uint64());
    throw ProtocolError(std::string(what) + "." + std::string(name) + " is not an integer");
}

std::string text(const json::object& object, std::string_view name, std::string_view what) {
    const json::value& value = field(object, name, what);
    if (!value.is_string())
        throw ProtocolError(std::string(what) + "." + std::string(name) + " is not a string");
    return std::string(value.get_string());
}

const json::array& array(const json::object& object, std::string_view name, std::string_view what) {
    const json::value& value = field(object, name, what);
    if (!value.is_array())
        throw ProtocolError(std::string(what) + "." + std::string(name) + " is not an array");
    return value.get_array();
}

Service decode_service(const json::value& value) {
    std::vector<Problem> problems;
    Service service = service_from_json(value, problems);
    if (!problems.empty()) {
        const Problem& first = problems.front();
        throw ProtocolError("invalid service " + first.record + ": " + first.field + ": " +
                            first.message);
    }
    return service;
}

} // namespace

json::value parse_json(std::string_view body) {
    boost::system::error_code ec;
    // A snapshot is tens of thousands of small values: allocated from a few large blocks,
    // they are quicker to make and freed all at once with the value.
    json::value value =
        json::parse(body, ec, json::make_shared_resource<json::monotonic_resource>());
    if (ec)
        throw ProtocolError("malformed JSON: " + ec.message());
    return value;
}

json::value to_json(const WireChange& change) {
    json::object object;
    object["seq"] = change.seq;
    object["op"] = change.deleted ? "delete" : "upsert";
    object["id"] = change.id;
    object["version"] = change.version;
    object["service"] = change.service ? relais::to_json(*change.service) : json::value(nullptr);
    return object;
}

json::value to_json(const ChangesPage& page) {
    json::array changes;
    changes.reserve(page.changes.size());
    for (const WireChange& change : page.changes)
        changes.push_back(to_json(change));
    return json::object{{"changes", std::move(changes)}, {"next", page.next}, {"more", page.more}};
}

json::value to_json(const Snapshot& snapshot) {
    json::array services, organizations, categories;
    services.reserve(snapshot.directory.services.size());
    for (const Service& service : snapshot.directory.services)
        services.push_back(relais::to_json(service));
    for (const Organization& organization : snapshot.directory.organizations)
        organizations.push_back(relais::to_json(organization));
    for (const Category& category : snapshot.directory.categories)
        categories.push_back(relais::to_json(category));
    return json::object{{"seq", snapshot.seq},
                        {"services", std::move(services)},
                        {"organizations", std::move(organizations)},
                        {"categories", std::move(categories)}};
}

json::value to_json(const SessionInfo& session) {
    return json::object{{"token", session.token},
                        {"expires_at", session.expires_at},
                        {"organization_id", session.organization_id},
                        {"role", session.role}};
}

json::value to_json(const ErrorBody& error) {
    json::array details;
    for (const ErrorDetail& detail : error.details)
        details.push_back(json::object{{"field", detail.field}, {"message", detail.message}});
    return json::object{
        {"error", error.error}, {"message", error.message}, {"details", std::move(details)}};
}

ChangesPage changes_from_json(const json::value& value) {
    const json::object& object = as_object(value, "changes page");
    ChangesPage page;
    page.next = integer(object, "next", "changes page");
    const json::value& more = field(object, "more", "changes page");
    if (!more.is_bool())
        throw ProtocolError("changes page.more is not a boolean");
    page.more = more.get_bool();
    for (const json::value& item : array(object, "changes", "changes page")) {
        const json::object& entry = as_object(item, "change");
        WireChange change;
        change.seq = integer(entry, "seq", "change");
        change.id = text(entry, "id", "change");
        change.version = integer(entry, "version", "change");
        const std::string op = text(entry, "op", "change");
        if (op == "delete") {
            change.deleted = true;
        } else if (op == "upsert") {
            change.service = decode_service(field(entry, "service", "change"));
            if (change.service->id != change.id)
                throw ProtocolError("change " + change.id + " carries another service");
        } else {
            throw ProtocolError("change.op is neither upsert nor delete");
        }
        page.changes.push_back(std::move(change));
    }
    return page;
}

Snapshot snapshot_from_json(const json::value& value) {
    const json::object& object = as_object(value, "snapshot");
    Snapshot snapshot;
    snapshot.seq = integer(object, "seq", "snapshot");
    for (const json::value& item : array(object, "organizations", "snapshot")) {
        const json::object& organization = as_object(item, "organization");
        snapshot.directory.organizations.push_back(
            {text(organization, "id", "organization"), text(organization, "name", "organization")});
    }
    for (const json::value& item : array(object, "categories", "snapshot")) {
        std::vector<Problem> problems;
        Category category = category_from_json(item, problems);
        if (!problems.empty())
            throw ProtocolError("invalid category: " + problems.front().message);
        snapshot.directory.categories.push_back(std::move(category));
    }
    const json::array& services = array(object, "services", "snapshot");
    snapshot.directory.services.reserve(services.size());
    for (const json::value& item : services)
        snapshot.directory.services.push_back(decode_service(item));
    return snapshot;
}

SessionInfo session_from_json(const json::value& value) {
    const json::object& object = as_object(value, "session");
    return {text(object, "token", "session"), text(object, "expires_at", "session"),
            text(object, "organization_id", "session"), text(object, "role", "session")};
}

ErrorBody error_from_json(const json::value& value) {
    const json::object& object = as_object(value, "error");
    ErrorBody error;
    error.error = text(object, "error", "error");
    if (const json::value* message = object.if_contains("message"); message && message->is_string())
        error.message = std::string(message->get_string());
    if (const json::value* details = object.if_contains("details");
        details && details->is_array()) {
        for (const json::value& item : details->get_array()) {
            if (!item.is_object())
                continue;
            ErrorDetail detail;
            if (const json::value* f = item.get_object().if_contains("field"); f && f->is_string())
                detail.field = std::string(f->get_string());
            if (const json::value* m = item.get_object().if_contains("message");
                m && m->is_string())
                detail.message = std::string(m->get_string());
            error.details.push_back(std::move(detail));
        }
    }
    return error;
}

Service service_from_wire(const json::value& value) {
    return decode_service(value);
}

} // namespace relais::sync
