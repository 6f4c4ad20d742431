#include "data/search/impl.h"

#include <algorithm>
#include <limits>

// The full-text stages that find candidates, bounded whatever the directory size.

namespace relais {

// Ranking costs (see fts_tier): all matches are ranked when at most kRankedRows can match;
// otherwise a stage ranks a sample of rows, kSampledWork rows × phrases at most; and the rest
// of the text is ranked only when weighing its phrases reads at most kWeighedPostings
// document entries.
constexpr int kRankedRows = 1000;
constexpr int kSampledWork = 2000;
constexpr double kWeighedPostings = 30000;

void Searcher::Impl::name_prefix_candidates(const std::string& prefix, const Filters& f, int cap,
                                            std::vector<Candidate>& out,
                                            std::set<std::int64_t>& seen) {
    auto& rows = statement("SELECT service_rowid, tier FROM name_prefixes WHERE prefix = ? "
                           "ORDER BY tier LIMIT ?");
    rows.bind(1, prefix);
    rows.bind(2, f.allowed ? -1 : cap);
    int position = 0;
    int accepted = 0;
    while (accepted < cap && rows.executeStep()) {
        const auto rowid = rows.getColumn(0).getInt64();
        if (f.lets(rowid) && seen.insert(rowid).second) {
            out.push_back(Candidate{rowid, 3000.0 - rows.getColumn(1).getInt() * 100 - position,
                                    MatchKind::exact});
            ++accepted;
        }
        ++position;
    }
}

void Searcher::Impl::browse_candidates(const Filters& f, int cap, std::vector<Candidate>& out,
                                       std::set<std::int64_t>& seen) {
    auto& rows = statement("SELECT rowid FROM services WHERE 1" + f.sql("rowid") +
                           " ORDER BY name_fr COLLATE NOCASE LIMIT ?");
    int index = 1;
    bind_all(rows, index, f.values);
    rows.bind(index, cap);
    int position = 0;
    while (rows.executeStep()) {
        const auto rowid = rows.getColumn(0).getInt64();
        if (seen.insert(rowid).second)
            out.push_back(Candidate{rowid, 1000.0 - position++, MatchKind::browse});
    }
}

SQLite::Statement& Searcher::Impl::fts_query(const std::string& table, const std::string& columns,
                                             const std::string& tail, const std::string& match,
                                             const Tier& tier, int& index) {
    auto& rows = statement("SELECT " + columns + " FROM " + table + " WHERE " + table + " MATCH ?" +
                           (tier.allowed ? " AND relais_allowed(?, rowid)" : "") + tail);
    index = 1;
    rows.bind(index++, match);
    if (tier.allowed)
        bind_rowids(rows, index++, *tier.allowed);
    return rows;
}

void Searcher::Impl::ranked_candidates(const std::string& table, const std::string& match, int most,
                                       const Tier& tier, double base, std::vector<Candidate>& out,
                                       std::set<std::int64_t>& seen) {
    int index = 0;
    auto& rows = fts_query(table, "rowid, rank", " LIMIT ?", match, tier, index);
    rows.bind(index, most);
    std::vector<std::pair<double, std::int64_t>> ranked; // rank (lower is better), rowid
    while (rows.executeStep()) {
        const auto rowid = rows.getColumn(0).getInt64();
        if (!seen.contains(rowid))
            ranked.emplace_back(rows.getColumn(1).getDouble(), rowid);
    }
    const auto kept = std::min(ranked.size(), static_cast<std::size_t>(tier.cap));
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(kept),
                      ranked.end());
    for (std::size_t i = 0; i < kept; ++i) {
        seen.insert(ranked[i].second);
        out.push_back(Candidate{ranked[i].second, base - ranked[i].first, tier.kind});
    }
}

void Searcher::Impl::sampled_candidates(const std::string& table, const Match& match,
                                        const Tier& tier, double base, std::vector<Candidate>& out,
                                        std::set<std::int64_t>& seen) {
    const int most = std::min(kRankedRows, kSampledWork / std::max(1, match.phrases));
    ranked_candidates(table, match.text, most, tier, base, out, seen);
}

void Searcher::Impl::streamed_candidates(const std::string& match, const Tier& tier,
                                         std::vector<Candidate>& out,
                                         std::set<std::int64_t>& seen) {
    int index = 0;
    auto& rows = fts_query("search_fts", "rowid", "", match, tier, index);
    int accepted = 0;
    while (accepted < tier.cap && rows.executeStep()) {
        const auto rowid = rows.getColumn(0).getInt64();
        if (seen.insert(rowid).second)
            out.push_back(Candidate{rowid, tier.base - accepted++ * 1e-3, tier.kind});
    }
}

Match Searcher::Impl::match_of(const std::vector<Term*>& terms, bool all, Scope scope) {
    Match match;
    for (const auto* term : terms) {
        const auto alternatives = expression(*term, scope);
        if (alternatives.phrases == 0 && all)
            return {};
        if (alternatives.phrases == 0)
            continue;
        if (match.phrases > 0)
            match.text += all ? " AND " : " OR ";
        match.text += alternatives.text;
        match.phrases += alternatives.phrases;
    }
    return match;
}

void Searcher::Impl::fts_tier(const std::vector<Term*>& terms, bool typos, bool all,
                              const Tier& tier, std::vector<Candidate>& out,
                              std::set<std::int64_t>& seen) {
    double rows = all ? std::numeric_limits<double>::max() : 0;
    for (const auto* term : terms) {
        const double e = estimate(*term, typos);
        rows = all ? std::min(rows, e) : rows + e;
    }
    const auto text = match_of(terms, all, Scope{typos, false, false});
    if (text.phrases == 0 || (tier.allowed && tier.allowed->empty()))
        return;
    if (rows <= kRankedRows) {
        ranked_candidates("search_fts", text.text, kRankedRows, tier, tier.base, out, seen);
        return;
    }
    const auto literal = match_of(terms, all, Scope{typos, true, true});
    const auto names = match_of(terms, all, Scope{typos, true, false});
    if (literal.phrases > 0)
        sampled_candidates("names_fts", literal, tier, tier.base + 500, out, seen);
    if (names.phrases > literal.phrases && static_cast<int>(out.size()) < tier.enough)
        sampled_candidates("names_fts", names, tier, tier.base + 250, out, seen);
    if (static_cast<int>(out.size()) >= tier.enough)
        return;
    // bm25 weighs each phrase by reading all the documents that hold it: affordable for
    // the rest of the text in a mid-sized directory, not at 100k services.
    double postings = 0;
    for (const auto* term : terms)
        postings += estimate(*term, typos);
    if (postings <= kWeighedPostings)
        sampled_candidates("search_fts", text, tier, tier.base, out, seen);
    else
        streamed_candidates(text.text, tier, out, seen);
}

std::vector<Candidate> Searcher::Impl::candidates(std::vector<Term>& terms, const Filters& f,
                                                  int cap, int enough,
                                                  const std::function<bool(std::int64_t)>& count) {
    auto found_enough = [&](const std::vector<Candidate>& out) {
        return std::count_if(out.begin(), out.end(),
                             [&](const Candidate& c) { return count(c.rowid); }) >= enough;
    };
    std::vector<Candidate> out;
    std::set<std::int64_t> seen;
    if (terms.empty()) {
        browse_candidates(f, cap, out, seen);
        return out;
    }
    // First letters of a single word: the typeahead index, bounded and ordered.
    if (terms.size() == 1 && !terms[0].short_prefix.empty()) {
        name_prefix_candidates(terms[0].short_prefix, f, cap, out, seen);
        // A short whole word ("ba", "tv"), or a synonym: also its exact matches in all
        // text, bounded like any common term ("a", "d" are everywhere).
        refresh_vocabulary();
        fts_tier({&terms[0]}, false, true, Tier{f.allowed, cap, enough, MatchKind::exact, 2000.0},
                 out, seen);
        return out;
    }
    std::vector<Term*> fts_terms;
    for (auto& term : terms)
        if (term.short_prefix.empty())
            fts_terms.push_back(&term);
    if (fts_terms.empty())
        return out;
    // A 1-2 letter word being typed after others narrows by name/organisation words.
    Rowids allowed = f.allowed;
    for (const auto& term : terms)
        if (!term.short_prefix.empty())
            allowed = named_with(term.short_prefix, allowed);
    refresh_vocabulary();
    for (auto* term : fts_terms)
        settle_prefixes(*term);
    auto tier = [&](MatchKind kind, double base) {
        return Tier{allowed, cap, enough, kind, base};
    };
    fts_tier(fts_terms, false, true, tier(MatchKind::exact, 3000.0), out, seen);
    if (found_enough(out))
        return out;

    // Typo tolerance: close words of the vocabulary, below exact and prefix matches.
    bool any_typo = false;
    for (auto* term : fts_terms) {
        for (const auto& token : term->typo_candidates_for) {
            const int limit = allowed_typos(token.size());
            // A word the directory or the vocabulary knows is not a typo of another.
            if (limit == 0 || vocabulary_set.contains(token) || synonyms.find({token}, 0, 1))
                continue;
            for (const auto& close : closest(token, limit, term->last_prefix, 6)) {
                term->typo_alternatives.insert(Alternative{{close}, false, false});
                any_typo = true;
                // "avocta" is "avocat", and so also "advocaat", "lawyer"...
                if (const auto* groups = synonyms.find({close}, 0, 1))
                    for (const auto group : *groups)
                        add_group(group, term->typo_alternatives, term->highlight);
            }
        }
    }
    if (any_typo)
        fts_tier(fts_terms, true, true, tier(MatchKind::typo, 2000.0), out, seen);
    if (fts_terms.size() < 2 || found_enough(out))
        return out;
    // Some words matched, not all: still useful, below the rest.
    fts_tier(fts_terms, true, false, tier(MatchKind::partial, 1000.0), out, seen);
    return out;
}

} // namespace relais
