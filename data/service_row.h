#pragma once
// A service as the services table holds it: the one list of columns a record is read from,
// and the one decoder of such a row, for the store's records and the searcher's hits alike.
// Internal to data/.

#include "data/model.h"

#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

namespace relais {

// The columns of a record, of "services s LEFT JOIN locations l ON l.service_rowid = s.rowid"
// (a query may join more tables and select more columns before these).
inline constexpr const char* kServiceRowColumns =
    "s.id, s.organization_id, s.name_fr, s.name_nl, s.name_en, s.description_fr, "
    "s.description_nl, s.description_en, s.email, s.website, s.free, s.anonymous, "
    "s.appointment, s.hours_known, s.languages_known, s.confidence, s.notes, s.sources, "
    "s.last_verified_at, s.version, s.updated_at, l.street, l.postal_code, l.municipality, "
    "l.city, l.lat, l.lon, s.other_names, s.area, s.checked_on, s.evidence_date";

// The record of a row that selects kServiceRowColumns from column `first` on, without the
// rows of its child tables (phones, schedules, languages, categories, audiences): its hours
// and languages are empty when known, absent when not.
Service service_from_row(SQLite::Statement& row, int first);

// The list columns (sources, other_names) hold a JSON array of strings.
std::string json_list(const std::vector<std::string>& values);
std::vector<std::string> list_of_json(const std::string& text);

} // namespace relais
