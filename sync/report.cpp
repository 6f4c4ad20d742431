#include "sync/report.h"

#include "data/error.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "data/trust.h"

#include <boost/json.hpp>
#include <date/date.h>

#include <map>
#include <ostream>

namespace relais::sync {
namespace json = boost::json;

std::size_t report_trust(Database& db, const std::optional<std::string>& organization, bool as_json,
                         std::chrono::sys_days today, std::ostream& out) {
    Store store(db);
    if (organization && !store.organization(*organization))
        throw Error(ErrorCode::invalid_input, "no organisation " + *organization);
    struct Due {
        const Service* service;
        Trust trust;
    };
    const auto services = store.services();
    std::map<std::string, std::vector<Due>> due; // by organisation id, in id order
    std::size_t count = 0;
    for (const auto& service : services) {
        if (organization && service.organization_id != *organization)
            continue;
        auto trust = trust_of(service, today);
        if (!due_for_confirmation(trust, today))
            continue;
        due[service.organization_id].push_back(Due{&service, std::move(trust)});
        ++count;
    }
    const std::string day = date::format("%F", date::sys_days{today.time_since_epoch()});
    auto expires = [](const Trust& trust) {
        return trust.expires ? json::value(date::format(
                                   "%F", date::sys_days{trust.expires->time_since_epoch()}))
                             : json::value(nullptr);
    };
    if (as_json) {
        json::array organizations;
        for (const auto& [id, listings] : due) {
            json::array items;
            for (const auto& [service, trust] : listings)
                items.push_back(json::object{{"id", service->id},
                                             {"name", service->name.in(Lang::fr)},
                                             {"trust", to_json(trust)},
                                             {"expires", expires(trust)}});
            const auto org = store.organization(id);
            organizations.push_back(json::object{
                {"id", id}, {"name", org ? org->name : id}, {"listings", std::move(items)}});
        }
        out << json::serialize(json::object{
                   {"date", day}, {"due", count}, {"organizations", std::move(organizations)}})
            << '\n';
        return count;
    }
    out << count << (count == 1 ? " listing" : " listings")
        << " to confirm (unconfirmed, or unconfirmed within 30 days) on " << day << '\n';
    for (const auto& [id, listings] : due) {
        const auto org = store.organization(id);
        out << '\n' << (org ? org->name : id) << " [" << id << "]\n";
        for (const auto& [service, trust] : listings) {
            out << "  " << service->id << "  " << to_string(trust.state);
            if (trust.date)
                out << " · last "
                    << (trust.by == TrustSource::organization ? "confirmed" : "checked") << ' '
                    << *trust.date;
            else
                out << " · never checked or confirmed";
            if (trust.expires)
                out << " · unconfirmed from "
                    << date::format("%F", date::sys_days{trust.expires->time_since_epoch()});
            out << '\n';
        }
    }
    return count;
}

} // namespace relais::sync
