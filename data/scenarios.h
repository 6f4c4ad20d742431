#pragma once
// Training scenarios (data/scenarios/*.json): a situation met in the CPAS training on
// accompanying sex workers, the sensitive questions a social worker could ask, the pitfalls to
// avoid and the services of the directory to refer to, each with why it fits. Every text is
// required in fr, nl and en. Decoding validates every field and reports every problem found,
// with the scenario id (or file name) and the field, as the seed importer does.
// Plain values; safe to share between threads once built.

#include "data/model.h"
#include "data/seed_json.h"

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

struct ScenarioReferral {
    std::string service_id; // a service of the directory
    LocalizedText why;
    bool operator==(const ScenarioReferral&) const = default;
};

struct Scenario {
    std::string id; // slug, also the name the command line and the fiches use
    LocalizedText title;
    LocalizedText situation;
    std::vector<LocalizedText> questions; // 3 to 5
    std::vector<LocalizedText> pitfalls;  // 1 to 6
    std::vector<ScenarioReferral> referrals;
    bool operator==(const Scenario&) const = default;
};

inline constexpr std::size_t kMinScenarioQuestions = 3;
inline constexpr std::size_t kMaxScenarioQuestions = 5;
inline constexpr std::size_t kMaxScenarioPitfalls = 6;
inline constexpr std::size_t kMaxScenarioReferrals = 6;

// What the validation checks scenarios against. Empty sets accept any id (the app at run time:
// a referral to a service missing from the current directory is shown as missing, not refused).
struct ScenarioCatalogue {
    std::set<std::string> service_ids;  // a referral to another id is a problem
    std::set<std::string> category_ids; // a scenario id equal to one is a problem
};

struct ScenarioFile {
    std::string name; // file name, names the record in problems when the id is unreadable
    std::string_view text;
};

struct ScenarioSet {
    std::vector<Scenario> scenarios; // in file order; only the valid ones
    std::vector<Problem> problems;   // empty = every file valid
    bool ok() const { return problems.empty(); }
    const Scenario* find(std::string_view id) const;
};

// Parses one scenario file. Problems are appended; the result is meaningful only when none was.
Scenario parse_scenario(const ScenarioFile& file, const ScenarioCatalogue& catalogue,
                        std::vector<Problem>& problems);

// Parses every file; duplicate ids across files are problems too.
ScenarioSet parse_scenarios(const std::vector<ScenarioFile>& files,
                            const ScenarioCatalogue& catalogue);

} // namespace relais
