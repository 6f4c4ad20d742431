#pragma once
// What the parts of the seed / wire JSON format (data/seed_json.h) share: seed_json.cpp
// decodes, seed_json_encode.cpp encodes, seed_json_rules.cpp holds the rules a decoded
// service must keep (the formats of its fields, their bounds). Internal to data/.

#include "data/model.h"
#include "data/seed_json.h"

#include <boost/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relais::seed_json_detail {
namespace json = boost::json;

// Collects problems against one record, with field paths relative to it.
class Checker {
public:
    Checker(std::string record, std::vector<Problem>& problems)
        : record_(std::move(record)), problems_(problems) {}

    void fail(const std::string& field, const std::string& message) {
        problems_.push_back(Problem{record_, field, message});
    }

    const json::object* object(const json::value& value, const std::string& field) {
        if (const auto* object = value.if_object())
            return object;
        fail(field, "must be an object");
        return nullptr;
    }

    std::optional<std::string> required_string(const json::object& object,
                                               const std::string& field) {
        const auto* value = object.if_contains(field);
        if (!value || !value->is_string() || value->get_string().empty()) {
            fail(field, "is required and must be a non-empty string");
            return std::nullopt;
        }
        return std::string(value->get_string());
    }

    // A missing key and null both mean "unknown".
    std::optional<std::string> nullable_string(const json::object& object, const std::string& field,
                                               const std::string& path) {
        const auto* value = object.if_contains(field);
        if (!value || value->is_null())
            return std::nullopt;
        if (!value->is_string()) {
            fail(path, "must be a string or null");
            return std::nullopt;
        }
        std::string text(value->get_string());
        if (text.empty()) {
            fail(path, "must not be empty (use null for unknown)");
            return std::nullopt;
        }
        return text;
    }

    std::optional<bool> nullable_bool(const json::object& object, const std::string& field) {
        const auto* value = object.if_contains(field);
        if (!value || value->is_null())
            return std::nullopt;
        if (!value->is_bool()) {
            fail(field, "must be true, false or null");
            return std::nullopt;
        }
        return value->get_bool();
    }

    // `path` names the list in problems when it is nested ("hours[0].days"); default: field.
    std::vector<std::string> string_list(const json::object& object, const std::string& field,
                                         bool required, const std::string& path = {}) {
        const std::string& where = path.empty() ? field : path;
        std::vector<std::string> out;
        const auto* value = object.if_contains(field);
        if (!value || value->is_null()) {
            if (required)
                fail(where, "is required");
            return out;
        }
        const auto* array = value->if_array();
        if (!array) {
            fail(where, "must be an array of strings");
            return out;
        }
        for (std::size_t i = 0; i < array->size(); ++i) {
            const auto& item = (*array)[i];
            if (!item.is_string() || item.get_string().empty()) {
                fail(where + "[" + std::to_string(i) + "]", "must be a non-empty string");
                continue;
            }
            out.emplace_back(item.get_string());
        }
        return out;
    }

    const std::string& record() const { return record_; }
    std::vector<Problem>& problems() { return problems_; }

private:
    std::string record_;
    std::vector<Problem>& problems_;
};

// Lowercase letters, digits and '-', neither first nor last; at most 120 characters.
bool is_slug(std::string_view id);

// International format ("+32 2 519 83 05") or a short national number ("112", "116000").
bool is_phone_number(std::string_view number);

// Plausible: one '@', a local part of at most 64 bytes, a domain of dot-separated labels
// (letters, digits, hyphens, or non-ASCII for international names) ending in a top-level
// label of at least two letters.
bool is_email(std::string_view email);

// An absolute http(s) address with a host.
bool is_web_url(std::string_view url);

// "YYYY-MM-DD" optionally followed by "THH:MM[:SS][Z]".
bool is_iso_date(std::string_view text);

// "YYYY-MM-DD", or "YYYY-MM" where only the month is known.
bool is_iso_day_or_month(std::string_view text);

// The bounds of every field of a service (ServiceLimits), checked once it is decoded.
void check_bounds(const Service& s, Checker& check);

} // namespace relais::seed_json_detail
