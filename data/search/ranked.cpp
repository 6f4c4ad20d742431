#include "data/search/impl.h"

#include <algorithm>
#include <bit>

// Ranking glue: what the words ask for, names matched, the order (ranking.h).

namespace relais {

void Searcher::Impl::refresh_signals(std::chrono::sys_days today) {
    const auto [data, changes] = directory_version();
    const std::tuple now{data, changes,
                         static_cast<std::int64_t>(today.time_since_epoch().count())};
    if (now == signals_version)
        return;
    signals.load(db.sql(), today);
    signals_version = now;
}

RankingWants Searcher::Impl::wants_of(std::vector<Term>& terms, const SearchQuery& query,
                                      const Municipality*& named, std::vector<bool>& name_term) {
    RankingWants wants;
    named = nullptr;
    std::vector<bool> place(terms.size(), false);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const Term& term = terms[i];
        std::vector<std::string> categories, audiences;
        for (const auto group : term.groups) {
            const auto& g = synonyms.groups[group];
            categories.insert(categories.end(), g.categories.begin(), g.categories.end());
            audiences.insert(audiences.end(), g.audiences.begin(), g.audiences.end());
        }
        if (const auto mask = signals.category_mask(categories))
            wants.needs.push_back(mask);
        if (const auto mask = signals.audience_mask(audiences))
            wants.audiences.push_back(mask);
        if (!categories.empty() || !audiences.empty() || !term.short_prefix.empty())
            continue;
        if (const auto* municipality = find_municipality(term.typed)) {
            named = municipality;
            place[i] = true;
            continue;
        }
        bool elsewhere = signals.names_town_elsewhere(term.typed);
        for (const auto group : term.groups)
            for (const auto& member : synonyms.groups[group].members) {
                std::string words;
                for (const auto& token : member)
                    words += token;
                elsewhere = elsewhere || signals.names_town_elsewhere(words);
            }
        wants.elsewhere = wants.elsewhere || elsewhere;
    }
    wants.near = named;
    if (!named && query.near)
        wants.near = find_municipality(*query.near);
    const bool only_places = std::all_of(place.begin(), place.end(), [](bool b) { return b; });
    std::vector<Term> kept;
    name_term.clear();
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (place[i] && !only_places)
            continue;
        name_term.push_back(!place[i] && terms[i].groups.empty() && terms[i].short_prefix.empty());
        kept.push_back(std::move(terms[i]));
    }
    terms = std::move(kept);
    return wants;
}

std::unordered_map<std::int64_t, Searcher::Impl::InNames>
Searcher::Impl::name_matches(const std::vector<Term>& terms, const std::vector<bool>& name_term,
                             const std::vector<Candidate>& found) {
    std::unordered_map<std::int64_t, InNames> count;
    if (found.empty())
        return count;
    std::vector<std::int64_t> rowids;
    for (const auto& candidate : found)
        rowids.push_back(candidate.rowid);
    std::sort(rowids.begin(), rowids.end());
    // A word in the names of a handful of services names them; in more, it describes.
    const int few = std::max(3, static_cast<int>(signals.size() / 1000));
    // Bounded at scale: the names index is read only for words in few documents (the
    // vocabulary's counts say so at no cost); a word in thousands names no one service.
    constexpr double kReadNamesUpTo = 5000;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const double docs = estimate(terms[i], name_term[i]);
        if (docs > kReadNamesUpTo)
            continue;
        bool distinctive = false;
        if (name_term[i]) {
            const auto names = expression(terms[i], Scope{true, true, true});
            auto& named = statement("SELECT count(*) FROM (SELECT rowid FROM names_fts WHERE "
                                    "names_fts MATCH ? LIMIT ?)");
            named.bind(1, names.text);
            named.bind(2, few + 1);
            distinctive =
                names.phrases > 0 && named.executeStep() && named.getColumn(0).getInt() <= few;
        }
        const auto match = expression(terms[i], Scope{distinctive, true, true});
        if (match.phrases == 0)
            continue;
        auto& rows = statement("SELECT rowid FROM names_fts WHERE names_fts MATCH ? AND "
                               "relais_allowed(?, rowid)");
        // A distinctive word counts twice in the service's own names, once in its
        // organisation's (which may cite partners: "avec PAG-ASA, Payoke, Sürya").
        for (const bool own_names : {false, true}) {
            if (own_names && !distinctive)
                break;
            rows.tryReset();
            rows.bind(1, own_names ? "name : " + match.text : match.text);
            bind_rowids(rows, 2, rowids);
            while (rows.executeStep()) {
                auto& in = count[rows.getColumn(0).getInt64()];
                if (!own_names)
                    ++in.typed;
                in.distinctive += distinctive ? 1 : 0;
            }
        }
    }
    return count;
}

Searcher::Impl::Ranked Searcher::Impl::ranked(const SearchQuery& query, std::vector<Term>& terms,
                                              const Filters& f, int cap, int enough,
                                              TimePoint now) {
    refresh_signals(std::chrono::floor<std::chrono::days>(now));
    Ranked out;
    std::vector<bool> name_term;
    if (!terms.empty()) {
        refresh_vocabulary();
        reshape(terms);
    }
    const auto wants = wants_of(terms, query, out.place, name_term);
    // Ranking needs more than the page: Brussels services may sit below bm25's first few.
    constexpr int kRankingPool = 200;
    // Matches that do not serve the place wanted do not end the search for more.
    auto found = candidates(terms, f, std::max(cap, kRankingPool), enough, [&](std::int64_t rowid) {
        const auto* s = signals.of(rowid);
        return wants.elsewhere || (s && place_rank(*s, wants) <= 2);
    });
    const auto names = name_matches(terms, name_term, found);
    std::vector<RankedCandidate> ranking;
    ranking.reserve(found.size());
    for (const auto& candidate : found) {
        const auto n = names.find(candidate.rowid);
        const auto in = n == names.end() ? InNames{} : n->second;
        ranking.push_back(RankedCandidate{candidate.rowid, static_cast<int>(candidate.match),
                                          in.distinctive, in.typed, candidate.score});
    }
    rank(ranking, wants, signals);
    std::unordered_map<std::int64_t, const Candidate*> by_rowid;
    for (const auto& candidate : found)
        by_rowid.emplace(candidate.rowid, &candidate);
    for (const auto& r : ranking)
        out.candidates.push_back(*by_rowid.at(r.rowid));
    return out;
}

} // namespace relais
