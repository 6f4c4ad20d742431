#include "data/seed_json.h"

#include "data/hours.h"
#include "data/seed_json_detail.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>

// Decoding of the seed / wire JSON format: every field checked, every problem reported
// (data/seed_json_detail.h lists the parts).

namespace relais {
namespace json = boost::json;

using seed_json_detail::Checker;
using seed_json_detail::is_email;
using seed_json_detail::is_iso_date;
using seed_json_detail::is_iso_day_or_month;
using seed_json_detail::is_phone_number;
using seed_json_detail::is_slug;
using seed_json_detail::is_web_url;

namespace {

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
    seed_json_detail::check_bounds(s, check);
    return s;
}

} // namespace relais
