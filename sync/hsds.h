#pragma once
// Open Referral HSDS 3.0 interop, read-only: our records mapped to HSDS objects (services,
// organizations, taxonomy terms) for the /hsds/... endpoints and `relais-server export`.
// The mapping ("the Relais profile") is described in docs/hsds-profile.md. In short:
// - HSDS has one text per field, ours exist in fr/nl/en. The HSDS fields carry the French text
//   (falling back to another language when the French one is missing) and each object adds
//   "relais_translations": {"name": {"fr", "nl", "en"}, "description": {...}}.
// - What HSDS has no field for (audience, free, anonymous, appointment, confidence, sources,
//   version, our own id...) goes into "relais_record".
// - Ids: HSDS wants UUIDs; ours are slugs. Each id maps to a name-based UUID (version 5, SHA-1,
//   Boost.Uuid) of "KIND/ID" in the Relais namespace, so the mapping is stable and needs no
//   table.

#include "data/database.h"
#include "data/model.h"
#include "data/store.h"
#include "sync/http_types.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace relais::sync {

// HSDS days of the week, Monday first (a schedule's byday and wkst).
inline constexpr std::string_view kHsdsWeekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// The namespace of every Relais UUID (a fixed random UUID).
inline constexpr std::string_view kHsdsNamespace = "e9ab7a9e-e91a-4c42-a7e8-cbd8e9caa78a";

// UUIDv5 of "KIND/ID" in kHsdsNamespace, lower-case canonical text. Kinds: "service",
// "organization", "taxonomy_term", "taxonomy", "phone", "schedule", "language", "location",
// "address", "service_at_location", "attribute".
std::string hsds_uuid(std::string_view kind, std::string_view id);

// One service as a fully nested HSDS service (phones, schedules, languages, location with its
// address, taxonomy attributes, organization). `full` = false gives the one-to-one fields
// only (the shape of the paginated list).
boost::json::object hsds_service(const Service& service, const Organization* organization,
                                 const std::vector<Category>& categories, bool full = true);
boost::json::object hsds_organization(const Organization& organization);
boost::json::object hsds_taxonomy_term(const Category& category);

// GET /hsds/...: path segments (starting with "hsds"), decoded query parameters. Paginated
// lists answer the HSDS 3.0 API's Page object ({"total_items", "total_pages", "page_number",
// "size", "first_page", "last_page", "empty", "contents"}).
HttpResponse hsds_route(Database& db, const std::vector<std::string>& path,
                        const std::vector<std::pair<std::string, std::string>>& query);

// The UUID of every service, to our id: what GET /hsds/services/{uuid} looks up (built once
// per state of the directory by the caller). hsds_route itself takes our ids only.
std::unordered_map<std::string, std::string> hsds_service_ids(Store& store);

// Writes services.json, organizations.json and taxonomy_terms.json (arrays of HSDS objects)
// into `dir`. Returns the number of services written.
std::size_t export_hsds(Database& db, const std::filesystem::path& dir);

} // namespace relais::sync
