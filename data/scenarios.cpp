#include "data/scenarios.h"

#include "data/json_check.h"

#include <boost/json.hpp>

#include <algorithm>
#include <array>

namespace relais {
namespace json = boost::json;
using detail::Check;
using detail::is_slug;

namespace {

constexpr std::array<std::string_view, 6> kScenarioKeys{"id",        "title",    "situation",
                                                        "questions", "pitfalls", "referrals"};
constexpr std::array<std::string_view, 2> kReferralKeys{"service", "why"};

} // namespace

const Scenario* ScenarioSet::find(std::string_view id) const {
    const auto found = std::find_if(scenarios.begin(), scenarios.end(),
                                    [&](const Scenario& scenario) { return scenario.id == id; });
    return found == scenarios.end() ? nullptr : &*found;
}

Scenario parse_scenario(const ScenarioFile& file, const ScenarioCatalogue& catalogue,
                        std::vector<Problem>& problems) {
    Scenario scenario;
    Check check(file.name, problems);
    boost::system::error_code error;
    const json::value root = json::parse(file.text, error);
    if (error) {
        check.fail("", "is not valid JSON: " + error.message());
        return scenario;
    }
    const auto* object = root.if_object();
    if (!object) {
        check.fail("", "must be one JSON object (one scenario per file)");
        return scenario;
    }
    // Problems name the scenario by its id as soon as it is known.
    const auto* id = object->if_contains("id");
    if (id && id->is_string() && is_slug(id->get_string())) {
        scenario.id = std::string(id->get_string());
        check.rename(scenario.id);
        if (catalogue.category_ids.contains(scenario.id))
            check.fail("id", "is also a category id; fiches could not tell them apart");
    } else {
        check.fail("id", "is required: lowercase letters, digits and '-'");
    }
    check.only_keys(*object, kScenarioKeys, "");
    scenario.title = check.text(object->if_contains("title"), "title");
    scenario.situation = check.text(object->if_contains("situation"), "situation");

    if (const auto* questions =
            check.list(*object, "questions", kMinScenarioQuestions, kMaxScenarioQuestions)) {
        for (std::size_t i = 0; i < questions->size(); ++i)
            scenario.questions.push_back(
                check.text(&(*questions)[i], "questions[" + std::to_string(i) + "]"));
    }
    if (const auto* pitfalls = check.list(*object, "pitfalls", 1, kMaxScenarioPitfalls)) {
        for (std::size_t i = 0; i < pitfalls->size(); ++i)
            scenario.pitfalls.push_back(
                check.text(&(*pitfalls)[i], "pitfalls[" + std::to_string(i) + "]"));
    }
    if (const auto* referrals = check.list(*object, "referrals", 1, kMaxScenarioReferrals)) {
        for (std::size_t i = 0; i < referrals->size(); ++i) {
            const std::string path = "referrals[" + std::to_string(i) + "]";
            const auto* referral = (*referrals)[i].if_object();
            if (!referral) {
                check.fail(path, "must be an object with service and why");
                continue;
            }
            check.only_keys(*referral, kReferralKeys, path + ".");
            ScenarioReferral out;
            const auto* service = referral->if_contains("service");
            if (!service || !service->is_string() || service->get_string().empty()) {
                check.fail(path + ".service", "is required: a service id of the directory");
            } else {
                out.service_id = std::string(service->get_string());
                if (!catalogue.service_ids.empty() &&
                    !catalogue.service_ids.contains(out.service_id))
                    check.fail(path + ".service",
                               "unknown service id '" + out.service_id + "' in the directory");
                const bool repeated = std::any_of(
                    scenario.referrals.begin(), scenario.referrals.end(),
                    [&](const ScenarioReferral& r) { return r.service_id == out.service_id; });
                if (repeated)
                    check.fail(path + ".service", "'" + out.service_id + "' is listed twice");
            }
            out.why = check.text(referral->if_contains("why"), path + ".why");
            scenario.referrals.push_back(std::move(out));
        }
    }
    return scenario;
}

ScenarioSet parse_scenarios(const std::vector<ScenarioFile>& files,
                            const ScenarioCatalogue& catalogue) {
    ScenarioSet set;
    for (const ScenarioFile& file : files) {
        const std::size_t before = set.problems.size();
        Scenario scenario = parse_scenario(file, catalogue, set.problems);
        if (set.problems.size() != before)
            continue;
        if (set.find(scenario.id)) {
            set.problems.push_back(
                Problem{scenario.id, "id", "is used by another scenario (" + file.name + ")"});
            continue;
        }
        set.scenarios.push_back(std::move(scenario));
    }
    return set;
}

} // namespace relais
