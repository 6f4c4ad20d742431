#pragma once
// Reports for whoever coordinates the directory, from the server's database.

#include "data/database.h"

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>

namespace relais::sync {

// `relais-server report trust`: per organisation, the listings due for confirmation
// (data/trust.h: unconfirmed, or becoming so within 30 days) with their trust and last date.
// Text, or one JSON object {"date", "organizations": [{"id", "name", "listings": [...]}]}.
// Returns the number of listings listed.
std::size_t report_trust(Database& db, const std::optional<std::string>& organization, bool as_json,
                         std::chrono::sys_days today, std::ostream& out);

} // namespace relais::sync
