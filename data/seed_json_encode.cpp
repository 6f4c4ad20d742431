#include "data/seed_json.h"

#include "data/hours.h"

#include <boost/json.hpp>

// Encoding of the seed / wire JSON format (never fails).

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

} // namespace relais
