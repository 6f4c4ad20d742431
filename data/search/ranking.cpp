#include "data/search/ranking.h"

#include "data/columns.h"
#include "data/tokenizer.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <bit>
#include <tuple>

namespace relais {
namespace {

std::string compact(std::string_view text) {
    std::string out;
    for (const auto& word : fold_words(text))
        out += word;
    return out;
}

int bit_of(RankingSignals::Bits& bits, std::string_view id) {
    // Ids repeat row after row: look up by view, copy only a new one.
    if (const auto it = bits.find(id); it != bits.end())
        return it->second;
    return bits.emplace(std::string(id), static_cast<int>(bits.size())).first->second;
}

std::uint64_t mask_of(const RankingSignals::Bits& bits, const std::vector<std::string>& ids) {
    std::uint64_t mask = 0;
    for (const auto& id : ids)
        if (const auto it = bits.find(id); it != bits.end() && it->second < 64)
            mask |= std::uint64_t{1} << it->second;
    return mask;
}

} // namespace

void RankingSignals::load(SQLite::Database& db, std::chrono::sys_days today) {
    services_.clear();
    category_bits_.clear();
    audience_bits_.clear();
    towns_elsewhere_.clear();
    services_.reserve(
        static_cast<std::size_t>(db.execAndGet("SELECT count(*) FROM services").getInt64()));
    SQLite::Statement services(db, "SELECT rowid, place_area, confidence, checked_on, "
                                   "last_verified_at FROM services");
    Service facts; // what trust_of() reads; one record, refilled row after row
    while (services.executeStep()) {
        facts.confidence = confidence_from_string(services.getColumn(2).getText())
                               .value_or(Confidence::unverified);
        facts.checked_on = nullable<std::string>(services.getColumn(3));
        facts.last_verified_at = nullable<std::string>(services.getColumn(4));
        ServiceSignals signals;
        signals.area = area_from_string(services.getColumn(1).getText()).value_or(Area::unknown);
        signals.trust = trust_of(facts, today).state;
        services_.emplace(services.getColumn(0).getInt64(), signals);
    }
    // In the taxonomy's order, so that the first 64 categories have a bit whatever services use.
    SQLite::Statement categories(db, "SELECT id FROM categories ORDER BY rowid");
    while (categories.executeStep())
        bit_of(category_bits_, categories.getColumn(0).getString());
    SQLite::Statement service_categories(db, "SELECT service_rowid, category_id FROM "
                                             "service_categories");
    while (service_categories.executeStep()) {
        const auto it = services_.find(service_categories.getColumn(0).getInt64());
        const int bit = bit_of(category_bits_, service_categories.getColumn(1).getText());
        if (it != services_.end() && bit < 64)
            it->second.categories |= std::uint64_t{1} << bit;
    }
    SQLite::Statement audiences(db, "SELECT service_rowid, audience FROM service_audiences");
    while (audiences.executeStep()) {
        const auto it = services_.find(audiences.getColumn(0).getInt64());
        const int bit = bit_of(audience_bits_, audiences.getColumn(1).getText());
        if (it != services_.end() && bit < 64)
            it->second.audiences |= std::uint64_t{1} << bit;
    }
    SQLite::Statement places(db, "SELECT service_rowid, postal_code, municipality, city "
                                 "FROM locations");
    std::unordered_map<std::string, const Municipality*> municipality_by_place;
    while (places.executeStep()) {
        const auto it = services_.find(places.getColumn(0).getInt64());
        if (it == services_.end())
            continue;
        Address address;
        address.postal_code = nullable<std::string>(places.getColumn(1));
        address.municipality = nullable<std::string>(places.getColumn(2));
        address.city = nullable<std::string>(places.getColumn(3));
        if (it->second.area == Area::brussels) {
            // Few distinct addresses' places: each is worked out once.
            std::string key = address.postal_code.value_or("") + '\x1f' +
                              address.municipality.value_or("") + '\x1f' +
                              address.city.value_or("");
            auto [known, added] = municipality_by_place.try_emplace(std::move(key), nullptr);
            if (added)
                known->second = municipality_of(address);
            it->second.municipality = known->second;
        } else if (it->second.area != Area::national) {
            for (const auto& town : {address.municipality, address.city})
                if (town)
                    towns_elsewhere_.insert(compact(*town));
        }
    }
}

const ServiceSignals* RankingSignals::of(std::int64_t rowid) const {
    const auto it = services_.find(rowid);
    return it == services_.end() ? nullptr : &it->second;
}

std::uint64_t RankingSignals::category_mask(const std::vector<std::string>& ids) const {
    return mask_of(category_bits_, ids);
}

std::uint64_t RankingSignals::audience_mask(const std::vector<std::string>& ids) const {
    return mask_of(audience_bits_, ids);
}

bool RankingSignals::names_town_elsewhere(const std::string& folded) const {
    return towns_elsewhere_.contains(compact(folded));
}

int place_rank(const ServiceSignals& service, const RankingWants& wants) {
    switch (service.area) {
    case Area::brussels:
        if (wants.near && service.municipality == wants.near)
            return 0;
        if (wants.near && service.municipality &&
            are_neighbours(*service.municipality, *wants.near))
            return 1;
        return 2;
    case Area::national:
        return 2;
    case Area::flanders:
    case Area::wallonia:
    case Area::unknown:
        break;
    }
    return 3;
}

void rank(std::vector<RankedCandidate>& candidates, const RankingWants& wants,
          const RankingSignals& signals) {
    static const ServiceSignals unknown;
    auto key = [&](const RankedCandidate& c) {
        const ServiceSignals* s = signals.of(c.rowid);
        if (!s)
            s = &unknown;
        int needs = 0, people = 0;
        // A term may name more than one need ("sans abri": a shelter, an emergency one).
        for (const auto mask : wants.needs)
            needs += std::popcount(s->categories & mask);
        for (const auto mask : wants.audiences)
            people += (s->audiences & mask) != 0 ? 1 : 0;
        const int place = wants.elsewhere ? 0 : place_rank(*s, wants);
        const int national = wants.elsewhere || s->area != Area::national ? 0 : 1;
        return std::tuple{-c.names,   place,    c.tier, -needs, -people, static_cast<int>(s->trust),
                          -c.in_name, national, -c.bm25};
    };
    std::vector<std::pair<decltype(key(candidates.front())), std::size_t>> keyed;
    keyed.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        keyed.emplace_back(key(candidates[i]), i);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<RankedCandidate> sorted;
    sorted.reserve(candidates.size());
    for (const auto& [k, i] : keyed)
        sorted.push_back(candidates[i]);
    candidates = std::move(sorted);
}

} // namespace relais
