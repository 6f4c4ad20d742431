#pragma once
// NOT IMPLEMENTED YET: the routes answer 501 and export_hsds() throws; only the declarations
// below (the intended interface) exist.
// Open Referral HSDS 3.0 interop, read-only: our records mapped to HSDS objects (services,
// organizations, taxonomy terms) for the /hsds/... endpoints and `relais-server export`.
// Profile extension: HSDS has one text per field, ours exist in fr/nl/en. The HSDS fields carry
// the French text (Brussels' first language of services) and each object adds
// "relais_translations": {"name": {"fr", "nl", "en"}, "description": {...}}.
// Ids: HSDS wants UUIDs; ours are slugs. Each id maps to a name-based UUID (version 5, SHA-1)
// in a Relais namespace, so the mapping is stable and needs no table.

#include "data/database.h"
#include "data/model.h"
#include "sync/http_types.h"

#include <boost/json/value.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relais::sync {

// GET /hsds/...: path segments after the host, decoded query parameters.
HttpResponse hsds_route(Database& db, const std::vector<std::string>& path,
                        const std::vector<std::pair<std::string, std::string>>& query);

// Writes services.json, organizations.json and taxonomy_terms.json (arrays of HSDS objects)
// into `dir`. Returns the number of services written.
std::size_t export_hsds(Database& db, const std::filesystem::path& dir);

} // namespace relais::sync
