#include "data/service_row.h"

#include "data/columns.h"

#include <boost/json.hpp>

namespace relais {

Service service_from_row(SQLite::Statement& row, int first) {
    const auto at = [&](int column) {
        return row.getColumn(first + column);
    };
    Service s;
    s.id = at(0).getString();
    s.organization_id = at(1).getString();
    s.name = {at(2).getString(), at(3).getString(), at(4).getString()};
    s.description = {at(5).getString(), at(6).getString(), at(7).getString()};
    s.email = nullable<std::string>(at(8));
    s.website = nullable<std::string>(at(9));
    s.free = nullable<bool>(at(10));
    s.anonymous = nullable<bool>(at(11));
    if (const auto appointment = nullable<std::string>(at(12)))
        s.appointment = appointment_from_string(*appointment);
    const bool hours_known = at(13).getInt() != 0;
    const bool languages_known = at(14).getInt() != 0;
    s.confidence = confidence_from_string(at(15).getString()).value_or(Confidence::unverified);
    s.notes = nullable<std::string>(at(16));
    s.sources = list_of_json(at(17).getString());
    s.last_verified_at = nullable<std::string>(at(18));
    s.version = at(19).getInt64();
    s.updated_at = at(20).getString();
    s.address.street = nullable<std::string>(at(21));
    s.address.postal_code = nullable<std::string>(at(22));
    s.address.municipality = nullable<std::string>(at(23));
    s.address.city = nullable<std::string>(at(24));
    s.address.lat = nullable<double>(at(25));
    s.address.lon = nullable<double>(at(26));
    s.other_names = list_of_json(at(27).getString());
    if (const auto area = nullable<std::string>(at(28)))
        s.area = area_from_string(*area);
    s.checked_on = nullable<std::string>(at(29));
    s.evidence_date = nullable<std::string>(at(30));

    if (hours_known)
        s.hours.emplace();
    if (languages_known)
        s.languages.emplace();
    return s;
}

std::string json_list(const std::vector<std::string>& values) {
    boost::json::array array;
    for (const auto& value : values)
        array.emplace_back(value);
    return boost::json::serialize(array);
}

std::vector<std::string> list_of_json(const std::string& text) {
    std::vector<std::string> out;
    const auto parsed = boost::json::parse(text);
    for (const auto& value : parsed.as_array())
        out.emplace_back(value.as_string());
    return out;
}

} // namespace relais
