#pragma once
// relais-cli show: what the client's detail page shows, as text in French, Dutch or English,
// or as JSON (the record, plus the area it has and its trust).

#include "data/database.h"

#include <iosfwd>
#include <string>

namespace relais::cli {

struct ShowOptions {
    std::string id;
    std::string lang = "fr";
    bool as_json = false;
};

// 0 when shown, 1 (with a message on `err`) when there is no such service.
int show(Database& db, const ShowOptions& options, std::ostream& out, std::ostream& err);

} // namespace relais::cli
