#pragma once
// What the scenario and guide decoders share: a collector of problems against one record, with
// field paths relative to it, and the three-language text rule. Internal to data/.

#include "data/model.h"
#include "data/seed_json.h"

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace relais::detail {

// Lowercase letters, digits and '-', neither first nor last; at most 80 characters.
inline bool is_slug(std::string_view id) {
    return !id.empty() && id.size() <= 80 && id.front() != '-' && id.back() != '-' &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

class Check {
public:
    Check(std::string record, std::vector<Problem>& problems)
        : record_(std::move(record)), problems_(problems) {}

    void fail(const std::string& field, const std::string& message) {
        problems_.push_back(Problem{record_, field, message});
    }
    void rename(std::string record) { record_ = std::move(record); }

    template <std::size_t N>
    void only_keys(const boost::json::object& object, const std::array<std::string_view, N>& keys,
                   const std::string& prefix) {
        for (const auto& [key, value] : object) {
            if (std::find(keys.begin(), keys.end(), std::string_view(key)) == keys.end())
                fail(prefix + std::string(key), "is not a known field");
        }
    }

    // A text required in each of fr, nl and en, nothing else.
    LocalizedText text(const boost::json::value* value, const std::string& field) {
        LocalizedText text;
        if (!value) {
            fail(field, "is required (an object with fr, nl and en)");
            return text;
        }
        const auto* object = value->if_object();
        if (!object) {
            fail(field, "must be an object with fr, nl and en");
            return text;
        }
        for (const auto& [key, item] : *object) {
            if (!lang_from_string(key))
                fail(field + "." + std::string(key), "unknown language (expected fr, nl or en)");
        }
        for (const Lang lang : kLangs) {
            const std::string path = field + "." + std::string(to_string(lang));
            const auto* item = object->if_contains(to_string(lang));
            if (!item) {
                fail(path, "is missing: every text needs fr, nl and en");
                continue;
            }
            if (!item->is_string() || item->get_string().empty()) {
                fail(path, "must be a non-empty string");
                continue;
            }
            text.exact(lang) = std::string(item->get_string());
        }
        return text;
    }

    // A required non-empty string.
    std::string string(const boost::json::object& object, const std::string& key,
                       const std::string& field) {
        const auto* value = object.if_contains(key);
        if (!value || !value->is_string() || value->get_string().empty()) {
            fail(field, "is required: a non-empty string");
            return {};
        }
        return std::string(value->get_string());
    }

    const boost::json::array* list(const boost::json::object& object, const std::string& field,
                                   std::size_t min, std::size_t max) {
        const auto* value = object.if_contains(field);
        if (!value) {
            fail(field, "is required");
            return nullptr;
        }
        const auto* array = value->if_array();
        if (!array) {
            fail(field, "must be an array");
            return nullptr;
        }
        if (array->size() < min || array->size() > max)
            fail(field, "must hold between " + std::to_string(min) + " and " + std::to_string(max) +
                            " items (has " + std::to_string(array->size()) + ")");
        return array;
    }

private:
    std::string record_;
    std::vector<Problem>& problems_;
};

} // namespace relais::detail
