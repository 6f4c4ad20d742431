#include "sync/hsds_import_detail.h"

#include "data/tokenizer.h"
#include "sync/hsds.h"

#include <algorithm>
#include <cmath>
#include <sstream>

// A plain HSDS service mapped to a Relais one: what Relais has a place for is kept, what it
// has not is left out with a note.

namespace relais::sync::hsds_detail {
namespace {

// Service fields the plain mapping reads; the others are counted in a note.
constexpr std::string_view kMappedServiceFields[] = {
    "id",           "organization_id", "name",          "alternate_name",       "description",
    "url",          "email",           "status",        "assured_date",         "last_modified",
    "phones",       "schedules",       "service_areas", "service_at_locations", "languages",
    "organization", "attributes"};

} // namespace

const json::array& Importer::from_service_or_location(const json::object& service,
                                                      const json::object* at_location,
                                                      std::string_view key, std::string& path) {
    path = key;
    if (!array_at(service, key).empty() || !at_location)
        return array_at(service, key);
    path = "service_at_locations[0]." + std::string(key);
    if (!array_at(*at_location, key).empty())
        return array_at(*at_location, key);
    path = "service_at_locations[0].location." + std::string(key);
    const json::object* location = object_at(*at_location, "location");
    return location ? array_at(*location, key) : array_at(*at_location, key);
}

std::optional<Service> Importer::map_plain(const json::object& service, const std::string& record) {
    const auto before = result_.problems.size();
    Service s;
    const std::string uuid = string_at(service, "id");
    s.id = unique_slug(string_at(service, "name"), uuid, service_slugs_, "service");
    s.name.fr = string_at(service, "name");
    if (s.name.fr.empty())
        problem(record, "name", "must not be empty");
    s.description.fr = string_at(service, "description");
    // Our export joins several other names with "; ".
    std::stringstream others(string_at(service, "alternate_name"));
    for (std::string other; std::getline(others, other, ';');) {
        const auto first = other.find_first_not_of(' ');
        const auto last = other.find_last_not_of(' ');
        if (first != std::string::npos)
            s.other_names.push_back(other.substr(first, last - first + 1));
    }
    s.confidence = Confidence::unverified;

    if (const std::string url = string_at(service, "url"); !url.empty()) {
        if (is_web_address(url))
            s.website = url;
        else
            note(record, "url", "is not an http(s) address: left out");
    }
    if (const std::string mail = string_at(service, "email"); !mail.empty()) {
        if (is_email_address(mail))
            s.email = mail;
        else
            note(record, "email", "is not an e-mail address: left out");
    }
    if (const std::string assured = string_at(service, "assured_date"); !assured.empty()) {
        if (is_iso_day(assured))
            s.checked_on = assured;
        else
            note(record, "assured_date", "is not a date YYYY-MM-DD: left out");
    }
    // The two texts of our export; other fee texts have no place (counted below).
    const std::string fees = string_at(service, "fees_description");
    if (fees == "Free of charge.")
        s.free = true;
    else if (fees == "Fees may apply.")
        s.free = false;
    // Relais times are UTC; another offset is replaced by the time of the import.
    s.updated_at = string_at(service, "last_modified");
    if (!s.updated_at.ends_with('Z'))
        s.updated_at = now_;

    const auto& at_locations = array_at(service, "service_at_locations");
    const json::object* at_location =
        at_locations.empty() ? nullptr : at_locations.front().if_object();
    if (at_locations.size() > 1)
        note(record, "service_at_locations",
             "Relais holds one place per service: the first kept, " +
                 std::to_string(at_locations.size() - 1) + " left out");
    if (at_location)
        map_location(*at_location, record, s);

    std::string path;
    const auto& phones = from_service_or_location(service, at_location, "phones", path);
    map_phones(phones, record, path, s);
    const auto& schedules = from_service_or_location(service, at_location, "schedules", path);
    map_schedules(schedules, record, path, s);
    map_languages(service, record, s);
    map_areas(service, record, s);
    map_categories(service, record, s);

    for (const auto& [key, value] : service) {
        (void)value;
        if (std::find(std::begin(kMappedServiceFields), std::end(kMappedServiceFields), key) ==
                std::end(kMappedServiceFields) &&
            !(key == "fees_description" && s.free))
            ++unmapped_[std::string(key)];
    }
    if (result_.problems.size() != before)
        return std::nullopt;

    // The record must pass Relais' own check (as clients check what they sync): anything
    // left failing is reported rather than stored.
    std::vector<Problem> found;
    json::value encoded = to_json(s);
    encoded.as_object()["organization_id"] = "x"; // set by the caller
    service_from_json(encoded, found, known_categories_);
    for (Problem& p : found) {
        p.record = record;
        p.message = "(Relais rule, field " + p.field + ") " + p.message;
        p.field = {};
        result_.problems.push_back(std::move(p));
    }
    if (!found.empty())
        return std::nullopt;
    return s;
}

void Importer::map_location(const json::object& at_location, const std::string& record,
                            Service& s) {
    const json::object* location = object_at(at_location, "location");
    if (!location)
        return;
    const std::string path = "service_at_locations[0].location";
    const auto* lat = location->if_contains("latitude");
    const auto* lon = location->if_contains("longitude");
    if (lat && lon) {
        const double latitude = lat->to_number<double>();
        const double longitude = lon->to_number<double>();
        if (std::abs(latitude) <= 90 && std::abs(longitude) <= 180) {
            s.address.lat = latitude;
            s.address.lon = longitude;
        } else {
            note(record, path + ".latitude",
                 "latitude/longitude out of range: coordinates left out");
        }
    }
    const auto& addresses = array_at(*location, "addresses");
    const json::object* address = nullptr;
    for (const json::value& item : addresses) {
        if (string_at(item.get_object(), "address_type") == "physical") {
            address = &item.get_object();
            break;
        }
    }
    if (!address && !addresses.empty())
        address = &addresses.front().get_object();
    if (!address)
        return;
    std::string street = string_at(*address, "address_1");
    if (const std::string more = string_at(*address, "address_2"); !more.empty())
        street += ", " + more;
    const auto set = [](std::optional<std::string>& field, std::string text) {
        if (!text.empty())
            field = std::move(text);
    };
    set(s.address.street, street);
    set(s.address.postal_code, string_at(*address, "postal_code"));
    set(s.address.city, string_at(*address, "city"));
    // Our export writes the municipality as `region` where it differs from the city.
    const std::string region = string_at(*address, "region");
    set(s.address.municipality, region.empty() ? string_at(*address, "city") : region);
}

void Importer::map_phones(const json::array& phones, const std::string& record,
                          const std::string& path, Service& s) {
    for (std::size_t i = 0; i < phones.size(); ++i) {
        const json::object& phone = phones[i].get_object();
        const std::string where = indexed(path, i);
        if (string_at(phone, "type") == "fax") {
            note(record, where, "a fax number: left out");
            continue;
        }
        const std::string raw = string_at(phone, "number");
        const auto number = international_number(raw);
        if (!number) {
            note(record, where + ".number",
                 "\"" + raw +
                     "\" is not a number Relais can dial (international +CC... "
                     "or short): left out");
            continue;
        }
        Phone out{*number, std::nullopt, std::nullopt, std::nullopt};
        std::string label = string_at(phone, "description");
        if (const auto* extension = phone.if_contains("extension")) {
            const double value = extension->to_number<double>();
            label += (label.empty() ? "" : " ") + std::string("(ext. ") +
                     std::to_string(static_cast<long long>(value)) + ")";
        }
        if (!label.empty())
            out.label = label;
        s.phones.push_back(std::move(out));
    }
}

void Importer::map_schedules(const json::array& schedules, const std::string& record,
                             const std::string& path, Service& s) {
    if (schedules.empty())
        return; // unknown hours
    std::vector<HoursRange> hours;
    for (std::size_t i = 0; i < schedules.size(); ++i) {
        const json::object& schedule = schedules[i].get_object();
        const std::string where = indexed(path, i);
        const auto before = result_.problems.size();
        const std::string opens_text = string_at(schedule, "opens_at");
        const std::string closes_text = string_at(schedule, "closes_at");
        const auto opens = minutes_of(opens_text);
        const auto closes = minutes_of(closes_text);
        if (schedule.contains("opens_at") && (!opens || *opens == 1440))
            problem(record, where + ".opens_at",
                    "must be a time HH:MM[:SS] from 00:00 to 23:59 (is \"" + opens_text + "\")");
        if (schedule.contains("closes_at") && !closes)
            problem(record, where + ".closes_at",
                    "must be a time HH:MM[:SS] from 00:00 to 24:00 (is \"" + closes_text + "\")");
        const std::string freq = string_at(schedule, "freq");
        const std::string byday = string_at(schedule, "byday");
        if (freq == "MONTHLY" || byday.empty() || !schedule.contains("opens_at") ||
            !schedule.contains("closes_at")) {
            if (result_.problems.size() == before)
                note(record, where,
                     "not a weekly opening (freq WEEKLY, byday, opens_at, closes_at): "
                     "left out");
            continue;
        }
        HoursRange range;
        std::stringstream days(byday);
        for (std::string day; std::getline(days, day, ',');) {
            day.erase(std::remove(day.begin(), day.end(), ' '), day.end());
            const auto found = std::find(std::begin(kHsdsWeekdays), std::end(kHsdsWeekdays), day);
            if (found == std::end(kHsdsWeekdays)) {
                problem(record, where + ".byday",
                        "unknown day '" + day + "' (expected MO, TU, WE, TH, FR, SA, SU)");
                continue;
            }
            range.days =
                static_cast<std::uint8_t>(range.days | (1u << (found - std::begin(kHsdsWeekdays))));
        }
        if (result_.problems.size() != before)
            continue;
        range.opens = *opens;
        range.closes = *closes;
        if (range.opens == range.closes) {
            note(record, where, "opens and closes at the same time: left out");
            continue;
        }
        if (const std::string text = string_at(schedule, "description"); !text.empty())
            range.note = text;
        if (schedule.contains("valid_from") || schedule.contains("valid_to") ||
            schedule.contains("until"))
            note(record, where, "validity dates (valid_from, valid_to, until) left out");
        hours.push_back(std::move(range));
    }
    if (!hours.empty())
        s.hours = std::move(hours);
}

void Importer::map_languages(const json::object& service, const std::string& record, Service& s) {
    const auto& languages = array_at(service, "languages");
    if (languages.empty())
        return; // unknown
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const auto code = language_code(languages[i].get_object());
        if (!code) {
            note(record, indexed("languages", i), "no ISO 639-1 code known: left out");
            continue;
        }
        if (std::find(codes.begin(), codes.end(), *code) == codes.end())
            codes.push_back(*code);
    }
    if (!codes.empty())
        s.languages = std::move(codes);
}

void Importer::map_areas(const json::object& service, const std::string& record, Service& s) {
    const auto& areas = array_at(service, "service_areas");
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const json::object& area = areas[i].get_object();
        auto found = area_named(string_at(area, "name"));
        if (!found)
            found = area_named(string_at(area, "extent"));
        if (found && !s.area) {
            s.area = found;
            continue;
        }
        note(record, indexed("service_areas", i),
             found ? "Relais holds one area per service: left out"
                   : "names no area Relais knows (Brussels, Belgium, Flanders, Wallonia): "
                     "left out");
    }
}

std::optional<std::string> Importer::category_of(const json::object& term) {
    const std::string code = string_at(term, "code");
    const std::string uuid = string_at(term, "id");
    const std::string name = fold_key(string_at(term, "name"));
    for (const Category& category : result_.directory.categories) {
        if (code == category.id || uuid == hsds_uuid("taxonomy_term", category.id) ||
            name == category.id || name == fold_key(category.label.fr) ||
            name == fold_key(category.label.nl) || name == fold_key(category.label.en))
            return category.id;
    }
    return std::nullopt;
}

void Importer::map_categories(const json::object& service, const std::string& record, Service& s) {
    std::vector<std::string> unmatched;
    for (const json::value& item : array_at(service, "attributes")) {
        const json::object& attribute = item.get_object();
        const json::object* term = object_at(attribute, "taxonomy_term");
        if (!term) {
            const auto it = terms_by_id_.find(string_at(attribute, "taxonomy_term_id"));
            term = it == terms_by_id_.end() ? nullptr : it->second;
        }
        if (!term)
            continue;
        if (const auto category = category_of(*term)) {
            if (std::find(s.categories.begin(), s.categories.end(), *category) ==
                s.categories.end())
                s.categories.push_back(*category);
        } else {
            unmatched.push_back(string_at(*term, "name"));
        }
    }
    if (!s.categories.empty())
        return;
    if (options_.default_category) {
        s.categories.push_back(*options_.default_category);
        note(record, "attributes",
             "no taxonomy term maps to a Relais category: given the default category " +
                 *options_.default_category);
        return;
    }
    std::string names;
    for (const std::string& name : unmatched)
        names += (names.empty() ? " (terms: " : ", ") + name;
    if (!names.empty())
        names += ")";
    problem(record, "attributes",
            "no taxonomy term maps to a Relais category" + names +
                ": give a default category (--default-category)");
}

} // namespace relais::sync::hsds_detail
