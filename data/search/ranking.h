#pragma once
// The order of search results once the words have matched: what a social worker needs
// first. Relevance stays bm25's, but only as the last word:
//  1. names: how many of the distinctive words typed (rare in the directory, not needs or
//     places) are in the service's names: a query that names a service finds it first;
//  2. place: the municipality named or set as home, then its neighbours, then the services
//     that serve Brussels (there or national lines), then elsewhere (unless the words name a
//     place outside Brussels);
//  3. how the words matched (all exactly, with a close spelling, or only some of them);
//  4. needs: how many of the needs the words name (through the vocabulary's categories)
//     the service answers;
//  5. people: how many of the people the words describe the service is for (its audiences);
//  6. trust: confirmed, checked, unconfirmed (data/trust.h);
//  7. the words typed in the service's names ("violences conjugales" in "Écoute violences
//     conjugales"), then Brussels before national lines;
//  8. bm25.
// The signals are read once per directory version (and day) into memory, so ranking a
// candidate costs a lookup, not a query.
// Thread rule: like the Searcher that owns it.

#include "data/model.h"
#include "data/place.h"
#include "data/synonyms.h"
#include "data/trust.h"

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace relais {

struct ServiceSignals {
    Area area = Area::unknown;
    TrustState trust = TrustState::unconfirmed;
    std::uint64_t categories = 0; // bits of RankingSignals::category_bit
    std::uint64_t audiences = 0;  // bits of RankingSignals::audience_bit
    const Municipality* municipality = nullptr;
};

class RankingSignals {
public:
    // Ids to bits, looked up by view.
    using Bits = std::unordered_map<std::string, int, TextHash, std::equal_to<>>;

    // Reads every service's signals; `today` decides trust.
    void load(SQLite::Database& db, std::chrono::sys_days today);

    const ServiceSignals* of(std::int64_t rowid) const;
    std::size_t size() const { return services_.size(); }
    // Bit masks of category and audience ids (0 for an id no service has).
    std::uint64_t category_mask(const std::vector<std::string>& ids) const;
    std::uint64_t audience_mask(const std::vector<std::string>& ids) const;
    // Whether folded words (e.g. "antwerpen") name the town of a service outside Brussels.
    bool names_town_elsewhere(const std::string& folded) const;

private:
    std::unordered_map<std::int64_t, ServiceSignals> services_;
    Bits category_bits_, audience_bits_;
    std::unordered_set<std::string> towns_elsewhere_;
};

// What the query asks for, term by term, for ranking.
struct RankingWants {
    std::vector<std::uint64_t> needs;     // one category mask per term naming a need
    std::vector<std::uint64_t> audiences; // one audience mask per term describing people
    const Municipality* near = nullptr;   // named in the query, or the home municipality
    bool elsewhere = false;               // the words name a place outside Brussels
};

struct RankedCandidate {
    std::int64_t rowid;
    int tier;        // 0 exact, 1 close spelling, 2 some words, 3 browse
    int names = 0;   // distinctive words in its names
    int in_name = 0; // words typed that are in its names
    double bm25 = 0; // higher is better
};

// Sorts `candidates` best first.
void rank(std::vector<RankedCandidate>& candidates, const RankingWants& wants,
          const RankingSignals& signals);

// The place rank of a service for `wants` (lower first): 0 the municipality, 1 a neighbour,
// 2 elsewhere in Brussels or a national line, 3 elsewhere or unknown.
int place_rank(const ServiceSignals& service, const RankingWants& wants);

} // namespace relais
