#include "data/seed_json.h"

#include "data/hours.h"

#include <boost/json.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace relais {
namespace json = boost::json;

namespace {

json::value optional_string(const std::optional<std::string>& value) {
    return value ? json::value(*value) : json::value(nullptr);
}

json::value optional_bool(const std::optional<bool>& value) {
    return value ? json::value(*value) : json::value(nullptr);
}

json::value optional_double(const std::optional<double>& value) {
    return value ? json::value(*value) : json::value(nullptr);
}

json::array string_array(const std::vector<std::string>& values) {
    json::array out;
    for (const auto& value : values)
        out.emplace_back(value);
    return out;
}

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

bool is_slug(std::string_view id) {
    return !id.empty() && id.size() <= 120 && id.front() != '-' && id.back() != '-' &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

// International format ("+32 2 519 83 05") or a short national number ("112", "116000").
bool is_phone_number(std::string_view number) {
    const auto digits =
        std::count_if(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool only_digits_and_spaces =
        std::all_of(number.begin() + (number.starts_with('+') ? 1 : 0), number.end(),
                    [](char c) { return (c >= '0' && c <= '9') || c == ' '; });
    if (!only_digits_and_spaces || number.ends_with(' '))
        return false;
    if (number.starts_with('+'))
        return number.size() > 1 && number[1] != '0' && number[1] != ' ' && digits >= 8 &&
               digits <= 15;
    return digits == static_cast<long>(number.size()) && digits >= 3 && digits <= 6;
}

// Plausible: one '@', a local part of at most 64 bytes, a domain of dot-separated labels
// (letters, digits, hyphens, or non-ASCII for international names) ending in a top-level
// label of at least two letters.
bool is_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || at != email.rfind('@') ||
        email.size() > 254)
        return false;
    const std::string_view local = email.substr(0, at);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos ||
        local.find_first_of(" \t<>,;:()[]\\\"") != std::string_view::npos)
        return false;
    std::string_view domain = email.substr(at + 1);
    int labels = 0;
    std::string_view last;
    while (true) {
        const auto dot = domain.find('.');
        const std::string_view label = domain.substr(0, dot);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-' ||
            !std::all_of(label.begin(), label.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || static_cast<unsigned char>(c) >= 0x80;
            }))
            return false;
        ++labels;
        last = label;
        if (dot == std::string_view::npos)
            break;
        domain.remove_prefix(dot + 1);
    }
    return labels >= 2 && last.size() >= 2 &&
           std::none_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_web_url(std::string_view url) {
    const auto parsed = boost::urls::parse_absolute_uri(url);
    return parsed && (parsed->scheme() == "https" || parsed->scheme() == "http") &&
           !parsed->encoded_host().empty();
}

// "YYYY-MM-DD" optionally followed by "THH:MM[:SS][Z]".
bool is_iso_date(std::string_view text) {
    if (text.size() < 10)
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return false;
    return text[4] == '-' && text[7] == '-' && (text.size() == 10 || text[10] == 'T');
}

// "YYYY-MM-DD", or "YYYY-MM" where only the month is known.
bool is_iso_day_or_month(std::string_view text) {
    if (text.size() == 7)
        return is_iso_date(std::string(text) + "-01");
    return text.size() == 10 && is_iso_date(text);
}

// C0 controls, DEL and the C1 controls (U+0080..U+009F, 0xC2 0x80..0x9F in UTF-8).
bool has_control(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}

// Today's date (UTC) plus `days`, as "YYYY-MM-DD".
std::string utc_date(int days) {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day date{today + std::chrono::days(days)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

constexpr std::array<std::string_view, 27> kServiceKeys{"id",
                                                        "organization",
                                                        "organization_id",
                                                        "name",
                                                        "other_names",
                                                        "area",
                                                        "checked_on",
                                                        "evidence_date",
                                                        "description",
                                                        "categories",
                                                        "audience",
                                                        "address",
                                                        "phones",
                                                        "email",
                                                        "website",
                                                        "hours",
                                                        "languages",
                                                        "free",
                                                        "anonymous",
                                                        "appointment",
                                                        "sources",
                                                        "confidence",
                                                        "notes",
                                                        "version",
                                                        "updated_at",
                                                        "last_verified_at",
                                                        "deleted"};

} // namespace

json::value to_json(const LocalizedText& text) {
    return json::object{{"fr", text.fr}, {"nl", text.nl}, {"en", text.en}};
}

json::value to_json(const std::vector<HoursRange>& hours) {
    json::array out;
    for (const auto& range : hours) {
        json::array days;
        for (int d = 0; d < 7; ++d)
            if (range.has(static_cast<Weekday>(d)))
                days.emplace_back(to_string(static_cast<Weekday>(d)));
        json::object line{{"days", std::move(days)},
                          {"opens", format_hhmm(range.opens)},
                          {"closes", format_hhmm(range.closes)}};
        if (range.note)
            line["note"] = *range.note;
        out.emplace_back(std::move(line));
    }
    return out;
}

json::value to_json(const Service& s) {
    json::array phones;
    for (const auto& phone : s.phones) {
        json::object line{{"number", phone.number}, {"label", optional_string(phone.label)}};
        if (phone.caveat)
            line["caveat"] = to_string(*phone.caveat);
        if (phone.kind)
            line["kind"] = to_string(*phone.kind);
        phones.emplace_back(std::move(line));
    }
    json::object out{
        {"id", s.id},
        {"organization_id", s.organization_id},
        {"name", to_json(s.name)},
        {"description", to_json(s.description)},
        {"categories", string_array(s.categories)},
        {"audience", string_array(s.audience)},
        {"address", json::object{{"street", optional_string(s.address.street)},
                                 {"postal_code", optional_string(s.address.postal_code)},
                                 {"municipality", optional_string(s.address.municipality)},
                                 {"city", optional_string(s.address.city)},
                                 {"lat", optional_double(s.address.lat)},
                                 {"lon", optional_double(s.address.lon)}}},
        {"phones", std::move(phones)},
        {"email", optional_string(s.email)},
        {"website", optional_string(s.website)},
        {"hours", s.hours ? to_json(*s.hours) : json::value(nullptr)},
        {"languages", s.languages ? json::value(string_array(*s.languages)) : json::value(nullptr)},
        {"free", optional_bool(s.free)},
        {"anonymous", optional_bool(s.anonymous)},
        {"appointment",
         s.appointment ? json::value(to_string(*s.appointment)) : json::value(nullptr)},
        {"sources", string_array(s.sources)},
        {"confidence", to_string(s.confidence)},
        {"notes", optional_string(s.notes)},
        {"checked_on", optional_string(s.checked_on)},
        {"last_verified_at", optional_string(s.last_verified_at)},
        {"version", s.version},
        {"updated_at", s.updated_at},
    };
    // Written only when set, so that records without them read as before.
    if (!s.other_names.empty())
        out["other_names"] = string_array(s.other_names);
    if (s.area)
        out["area"] = to_string(*s.area);
    if (s.evidence_date)
        out["evidence_date"] = *s.evidence_date;
    return out;
}

json::value to_json(const Trust& trust) {
    json::object out{{"state", to_string(trust.state)},
                     {"date", optional_string(trust.date)},
                     {"by", trust.by ? json::value(to_string(*trust.by)) : json::value(nullptr)}};
    if (trust.evidence_date)
        out["evidence_date"] = *trust.evidence_date;
    return out;
}

json::value to_json(const Organization& organization) {
    return json::object{{"id", organization.id}, {"name", organization.name}};
}

json::value to_json(const Category& category) {
    return json::object{{"id", category.id},
                        {"fr", category.label.fr},
                        {"nl", category.label.nl},
                        {"en", category.label.en}};
}

namespace {

LocalizedText localized_text(const json::value& value, std::string_view record,
                             std::string_view field, std::vector<Problem>& problems,
                             bool require_text) {
    Checker check(std::string(record), problems);
    LocalizedText text;
    const auto* object = check.object(value, std::string(field));
    if (!object)
        return text;
    for (const auto& [key, item] : *object) {
        const auto lang = lang_from_string(key);
        const std::string path = std::string(field) + "." + std::string(key);
        if (!lang) {
            check.fail(path, "unknown language (expected fr, nl or en)");
            continue;
        }
        if (item.is_null())
            continue;
        if (!item.is_string()) {
            check.fail(path, "must be a string");
            continue;
        }
        text.exact(*lang) = std::string(item.get_string());
    }
    if (require_text && text.empty())
        check.fail(std::string(field), "needs a text in at least one of fr, nl, en");
    return text;
}

} // namespace

LocalizedText localized_from_json(const json::value& value, std::string_view record,
                                  std::string_view field, std::vector<Problem>& problems) {
    return localized_text(value, record, field, problems, true);
}

std::optional<std::vector<HoursRange>>
hours_from_json(const json::value& value, std::string_view record, std::vector<Problem>& problems) {
    Checker check(std::string(record), problems);
    if (value.is_null())
        return std::nullopt;
    const auto* array = value.if_array();
    if (!array) {
        check.fail("hours", "must be an array or null (unknown)");
        return std::nullopt;
    }
    std::vector<HoursRange> hours;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string path = "hours[" + std::to_string(i) + "]";
        const auto* line = check.object((*array)[i], path);
        if (!line)
            continue;
        HoursRange range;
        const auto days = check.string_list(*line, "days", true, path + ".days");
        for (const auto& day : days) {
            if (const auto parsed = weekday_from_string(day))
                range.days =
                    static_cast<std::uint8_t>(range.days | (1u << static_cast<int>(*parsed)));
            else
                check.fail(path + ".days", "unknown day '" + day + "' (expected mo..su)");
        }
        if (days.empty() && line->contains("days"))
            check.fail(path + ".days", "must name at least one day");
        const auto opens_text = check.nullable_string(*line, "opens", path + ".opens");
        const auto closes_text = check.nullable_string(*line, "closes", path + ".closes");
        // -1 marks a missing or malformed time (already reported).
        const int opens = opens_text ? parse_hhmm(*opens_text).value_or(-1) : -1;
        const int closes = closes_text ? parse_hhmm(*closes_text).value_or(-1) : -1;
        if (opens < 0 || opens == 1440)
            check.fail(path + ".opens", "must be a time HH:MM from 00:00 to 23:59");
        if (closes < 0)
            check.fail(path + ".closes", "must be a time HH:MM from 00:00 to 24:00");
        if (opens >= 0 && opens == closes)
            check.fail(path + ".closes", "must differ from opens (use 00:00-24:00 for all day)");
        range.opens = std::max(opens, 0);
        range.closes = std::max(closes, 0);
        range.note = check.nullable_string(*line, "note", path + ".note");
        for (const auto& [key, item] : *line) {
            (void)item;
            if (key != "days" && key != "opens" && key != "closes" && key != "note")
                check.fail(path + "." + std::string(key), "unknown field");
        }
        hours.push_back(std::move(range));
    }
    return hours;
}

Category category_from_json(const json::value& value, std::vector<Problem>& problems) {
    Category category;
    const auto* object = value.if_object();
    const auto* id = object ? object->if_contains("id") : nullptr;
    const std::string record = id && id->is_string() ? std::string(id->get_string()) : "?";
    Checker check(record, problems);
    if (!object) {
        check.fail("", "a category must be an object");
        return category;
    }
    if (auto text = check.required_string(*object, "id")) {
        category.id = *text;
        if (!is_slug(category.id))
            check.fail("id", "must be lowercase letters, digits and hyphens");
    }
    for (const Lang lang : kLangs) {
        if (auto text = check.required_string(*object, std::string(to_string(lang))))
            category.label.exact(lang) = *text;
    }
    return category;
}

namespace {

// The bounds of every field of a service (ServiceLimits), checked once it is decoded.
void check_bounds(const Service& s, Checker& check) {
    const ServiceLimits limits;
    const auto text = [&](const std::string& path, std::string_view value, std::size_t max) {
        if (value.size() > max)
            check.fail(path, "is too long (at most " + std::to_string(max) + " bytes)");
        if (has_control(value))
            check.fail(path, "must not contain control characters");
    };
    const auto optional = [&](const std::string& path, const std::optional<std::string>& value,
                              std::size_t max) {
        if (value)
            text(path, *value, max);
    };
    const auto list = [&](const std::string& path, const std::vector<std::string>& values,
                          std::size_t max_items, std::size_t max_bytes) {
        if (values.size() > max_items)
            check.fail(path, "has too many entries (at most " + std::to_string(max_items) + ")");
        for (std::size_t i = 0; i < values.size() && i < max_items; ++i)
            text(path + "[" + std::to_string(i) + "]", values[i], max_bytes);
    };
    const auto localized = [&](const std::string& path, const LocalizedText& value,
                               std::size_t max) {
        for (const Lang lang : kLangs)
            text(path + "." + std::string(to_string(lang)), value.exact(lang), max);
    };

    localized("name", s.name, limits.name);
    localized("description", s.description, limits.long_text);
    list("other_names", s.other_names, limits.other_names, limits.name);
    list("categories", s.categories, limits.categories, limits.short_text);
    for (std::size_t i = 0; i < s.categories.size() && i < limits.categories; ++i) {
        if (std::find(s.categories.begin(), s.categories.begin() + static_cast<long>(i),
                      s.categories[i]) != s.categories.begin() + static_cast<long>(i))
            check.fail("categories[" + std::to_string(i) + "]", "is named twice");
    }
    list("audience", s.audience, limits.audience, limits.short_text);
    optional("address.street", s.address.street, limits.line);
    optional("address.postal_code", s.address.postal_code, limits.short_text);
    optional("address.municipality", s.address.municipality, limits.line);
    optional("address.city", s.address.city, limits.line);
    if (s.phones.size() > limits.phones)
        check.fail("phones",
                   "has too many numbers (at most " + std::to_string(limits.phones) + ")");
    for (std::size_t i = 0; i < s.phones.size() && i < limits.phones; ++i) {
        const std::string path = "phones[" + std::to_string(i) + "]";
        text(path + ".number", s.phones[i].number, limits.short_text);
        optional(path + ".label", s.phones[i].label, limits.line);
    }
    optional("email", s.email, limits.email);
    optional("website", s.website, limits.url);
    if (s.hours && s.hours->size() > limits.hours)
        check.fail("hours", "has too many lines (at most " + std::to_string(limits.hours) + ")");
    for (std::size_t i = 0; s.hours && i < s.hours->size() && i < limits.hours; ++i)
        optional("hours[" + std::to_string(i) + "].note", (*s.hours)[i].note, limits.line);
    if (s.languages)
        list("languages", *s.languages, limits.languages, limits.short_text);
    list("sources", s.sources, limits.sources, limits.url);
    optional("notes", s.notes, limits.long_text);
    if (s.last_verified_at && is_iso_date(*s.last_verified_at) &&
        s.last_verified_at->substr(0, 10) > utc_date(1))
        check.fail("last_verified_at", "must not be in the future");
}

} // namespace

Service service_from_json(const json::value& value, std::vector<Problem>& problems,
                          const std::vector<std::string>& known_categories) {
    Service s;
    const auto* object = value.if_object();
    const auto* id_value = object ? object->if_contains("id") : nullptr;
    const std::string record =
        id_value && id_value->is_string() ? std::string(id_value->get_string()) : "?";
    Checker check(record, problems);
    if (!object) {
        check.fail("", "a service must be an object");
        return s;
    }
    for (const auto& [key, item] : *object) {
        (void)item;
        if (std::find(kServiceKeys.begin(), kServiceKeys.end(), key) == kServiceKeys.end())
            check.fail(std::string(key), "unknown field");
    }

    if (auto id = check.required_string(*object, "id")) {
        s.id = *id;
        if (!is_slug(s.id))
            check.fail("id", "must be lowercase letters, digits and hyphens (at most 120)");
    }
    if (const auto* org = object->if_contains("organization_id"); org && !org->is_null()) {
        if (org->is_string() && is_slug(org->get_string()))
            s.organization_id = std::string(org->get_string());
        else
            check.fail("organization_id", "must be an id (lowercase letters, digits, hyphens)");
    }
    if (const auto* name = object->if_contains("name"))
        s.name = localized_from_json(*name, record, "name", problems);
    else
        check.fail("name", "is required");
    if (const auto* description = object->if_contains("description");
        description && !description->is_null()) {
        // A description may be unknown in every language; a name may not.
        s.description = localized_text(*description, record, "description", problems, false);
    }
    s.other_names = check.string_list(*object, "other_names", false);
    if (auto area = check.nullable_string(*object, "area", "area")) {
        s.area = area_from_string(*area);
        if (!s.area)
            check.fail("area", "must be brussels, national, flanders, wallonia or unknown");
    }

    s.categories = check.string_list(*object, "categories", true);
    if (s.categories.empty() && object->contains("categories"))
        check.fail("categories", "must name at least one category");
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        if (!known_categories.empty() && std::find(known_categories.begin(), known_categories.end(),
                                                   s.categories[i]) == known_categories.end())
            check.fail("categories[" + std::to_string(i) + "]",
                       "unknown category '" + s.categories[i] + "'");
    }
    s.audience = check.string_list(*object, "audience", false);

    if (const auto* address = object->if_contains("address"); address && !address->is_null()) {
        if (const auto* a = check.object(*address, "address")) {
            s.address.street = check.nullable_string(*a, "street", "address.street");
            s.address.postal_code = check.nullable_string(*a, "postal_code", "address.postal_code");
            s.address.municipality =
                check.nullable_string(*a, "municipality", "address.municipality");
            s.address.city = check.nullable_string(*a, "city", "address.city");
            auto coordinate = [&](const char* key, double limit) -> std::optional<double> {
                const auto* v = a->if_contains(key);
                if (!v || v->is_null())
                    return std::nullopt;
                if (!v->is_number() || std::abs(v->to_number<double>()) > limit) {
                    check.fail(std::string("address.") + key, "must be a coordinate or null");
                    return std::nullopt;
                }
                return v->to_number<double>();
            };
            s.address.lat = coordinate("lat", 90);
            s.address.lon = coordinate("lon", 180);
            for (const auto& [key, item] : *a) {
                (void)item;
                if (key != "street" && key != "postal_code" && key != "municipality" &&
                    key != "city" && key != "lat" && key != "lon")
                    check.fail("address." + std::string(key), "unknown field");
            }
        }
    }

    if (const auto* phones = object->if_contains("phones"); phones && !phones->is_null()) {
        if (const auto* array = phones->if_array()) {
            for (std::size_t i = 0; i < array->size(); ++i) {
                const std::string path = "phones[" + std::to_string(i) + "]";
                const auto* p = check.object((*array)[i], path);
                if (!p)
                    continue;
                Phone phone;
                if (auto number = check.required_string(*p, "number")) {
                    phone.number = *number;
                    if (!is_phone_number(phone.number))
                        check.fail(path + ".number",
                                   "must be in international format (+32 2 123 45 67) or a "
                                   "short number (112)");
                }
                phone.label = check.nullable_string(*p, "label", path + ".label");
                if (auto caveat = check.nullable_string(*p, "caveat", path + ".caveat")) {
                    phone.caveat = caveat_from_string(*caveat);
                    if (!phone.caveat)
                        check.fail(path + ".caveat", "must be unofficial, dated or null");
                }
                if (auto kind = check.nullable_string(*p, "kind", path + ".kind")) {
                    phone.kind = phone_kind_from_string(*kind);
                    if (!phone.kind)
                        check.fail(path + ".kind", "must be reception, helpline, emergency, "
                                                   "whatsapp, appointments, office or null");
                }
                for (const auto& [key, item] : *p) {
                    (void)item;
                    if (key != "number" && key != "label" && key != "caveat" && key != "kind")
                        check.fail(path + "." + std::string(key), "unknown field");
                }
                s.phones.push_back(std::move(phone));
            }
        } else {
            check.fail("phones", "must be an array");
        }
    }

    s.email = check.nullable_string(*object, "email", "email");
    if (s.email && !is_email(*s.email))
        check.fail("email", "is not an e-mail address");
    s.website = check.nullable_string(*object, "website", "website");
    if (s.website && !is_web_url(*s.website))
        check.fail("website", "must be an http(s) address");

    if (const auto* hours = object->if_contains("hours"))
        s.hours = hours_from_json(*hours, record, problems);

    if (const auto* languages = object->if_contains("languages");
        languages && !languages->is_null()) {
        s.languages = check.string_list(*object, "languages", false);
        for (std::size_t i = 0; i < s.languages->size(); ++i) {
            const auto& code = (*s.languages)[i];
            if (code.size() != 2 ||
                !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                check.fail("languages[" + std::to_string(i) + "]",
                           "must be a two-letter language code");
        }
    }

    s.free = check.nullable_bool(*object, "free");
    s.anonymous = check.nullable_bool(*object, "anonymous");
    if (auto appointment = check.nullable_string(*object, "appointment", "appointment")) {
        s.appointment = appointment_from_string(*appointment);
        if (!s.appointment)
            check.fail("appointment", "must be required, optional, walk-in or null");
    }
    s.sources = check.string_list(*object, "sources", false);
    if (auto confidence = check.required_string(*object, "confidence")) {
        if (auto parsed = confidence_from_string(*confidence))
            s.confidence = *parsed;
        else
            check.fail("confidence", "must be verified, partial or unverified");
    }
    s.notes = check.nullable_string(*object, "notes", "notes");
    s.checked_on = check.nullable_string(*object, "checked_on", "checked_on");
    if (s.checked_on && !is_iso_day_or_month(*s.checked_on))
        check.fail("checked_on", "must be a date YYYY-MM-DD or a month YYYY-MM");
    s.evidence_date = check.nullable_string(*object, "evidence_date", "evidence_date");
    if (s.evidence_date &&
        !(is_iso_day_or_month(*s.evidence_date) ||
          (s.evidence_date->size() == 4 && is_iso_day_or_month(*s.evidence_date + "-01"))))
        check.fail("evidence_date", "must be a year YYYY, a month YYYY-MM or a date YYYY-MM-DD");
    s.last_verified_at = check.nullable_string(*object, "last_verified_at", "last_verified_at");
    if (s.last_verified_at && !is_iso_date(*s.last_verified_at))
        check.fail("last_verified_at", "must be an ISO 8601 date");
    if (const auto* version = object->if_contains("version"); version && !version->is_null()) {
        if (version->is_int64() && version->get_int64() >= 1)
            s.version = version->get_int64();
        else if (version->is_uint64() && version->get_uint64() >= 1 &&
                 version->get_uint64() < (1ull << 62))
            s.version = static_cast<std::int64_t>(version->get_uint64());
        else
            check.fail("version", "must be a positive integer");
    }
    if (auto updated = check.nullable_string(*object, "updated_at", "updated_at")) {
        if (is_iso_date(*updated))
            s.updated_at = *updated;
        else
            check.fail("updated_at", "must be an ISO 8601 date-time");
    }
    check_bounds(s, check);
    return s;
}

} // namespace relais
