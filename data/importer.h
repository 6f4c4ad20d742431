#pragma once
// Seed import: reads the seed JSON files (a services array and a categories array), validates
// every record and reports every problem (record id + field), and produces a Directory.
// Nothing is written unless the whole file is valid.

#include "data/model.h"
#include "data/seed_json.h"

#include <filesystem>
#include <string_view>
#include <variant>
#include <vector>

namespace relais {

struct ImportResult {
    Directory directory;
    std::vector<Problem> problems; // empty = valid
    bool ok() const { return problems.empty(); }
};

// Parses seed services JSON text. `categories` are the valid category ids' records (the
// categories file); a service naming another category is a problem.
ImportResult parse_seed(std::string_view services_json, const std::vector<Category>& categories);
std::vector<Category> parse_categories(std::string_view categories_json,
                                       std::vector<Problem>& problems);

// Reads files; missing/unreadable files are reported as problems with record "<file>".
ImportResult read_seed_files(const std::filesystem::path& services_file,
                             const std::filesystem::path& categories_file);

// Organisation id derived from the organisation's name: ASCII slug of its text before any
// parenthesis ("CHU Saint-Pierre (Bruxelles)" -> "chu-saint-pierre").
std::string organization_id_for(std::string_view organization_name);

} // namespace relais
