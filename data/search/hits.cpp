#include "data/search/impl.h"

#include "data/columns.h"
#include "data/service_row.h"

#include <algorithm>

// Hits: the facts of each result, its hours at the time asked, its snippet.

namespace relais {

std::optional<std::vector<HoursRange>> Searcher::Impl::hours_of(std::int64_t rowid, bool known) {
    if (!known)
        return std::nullopt;
    std::vector<HoursRange> hours;
    auto& rows = statement("SELECT days, opens, closes FROM schedules WHERE service_rowid "
                           "= ? ORDER BY position");
    rows.bind(1, rowid);
    while (rows.executeStep())
        hours.push_back(HoursRange{static_cast<std::uint8_t>(rows.getColumn(0).getInt()),
                                   rows.getColumn(1).getInt(), rows.getColumn(2).getInt(),
                                   std::nullopt});
    return hours;
}

bool Searcher::Impl::open_at(std::int64_t rowid, TimePoint when) {
    auto& known = statement("SELECT hours_known FROM services WHERE rowid = ?");
    known.bind(1, rowid);
    if (!known.executeStep())
        return false;
    const bool hours_known = known.getColumn(0).getInt() != 0;
    known.reset();
    return open_status(hours_of(rowid, hours_known), when).state == OpenState::open;
}

Searcher::Impl::Highlight Searcher::Impl::highlight_of(const std::vector<Term>& terms) {
    Highlight h;
    for (const auto& term : terms) {
        for (const auto* set : {&term.alternatives, &term.typo_alternatives})
            for (const auto& alternative : *set) {
                if (alternative.keywords_only)
                    continue;
                for (const auto& token : alternative.tokens) {
                    h.exact.insert(token);
                    h.exact.insert(stem(token));
                }
                if (alternative.prefix && alternative.tokens.size() == 1)
                    h.prefixes.push_back(alternative.tokens.back());
            }
        if (!term.short_prefix.empty())
            h.prefixes.push_back(term.short_prefix);
        for (const auto& word : term.highlight) {
            h.exact.insert(word);
            h.exact.insert(stem(word));
        }
    }
    // Members of a phrase ("centre public d'action sociale") hold function words: a
    // snippet marks what was looked for, not every "de" and "d".
    for (const auto& stopword : synonym_table().stopwords)
        h.exact.erase(stopword);
    return h;
}

std::string Searcher::Impl::snippet(const std::string& text, const Highlight& highlight,
                                    const SearchQuery& query, bool& matched) {
    constexpr std::size_t kWords = 24;
    const auto words = analyzer.words(text);
    matched = false;
    if (words.empty())
        return {};
    std::size_t first = words.size();
    for (std::size_t i = 0; i < words.size(); ++i)
        if (highlight.matches(words[i])) {
            first = i;
            break;
        }
    matched = first < words.size();
    const std::size_t start = matched && first > 4 ? first - 4 : 0;
    const std::size_t end = std::min(words.size(), start + kWords);
    std::string out = start > 0 ? "\u2026" : "";
    auto position = static_cast<std::size_t>(words[start].start);
    for (std::size_t i = start; i < end; ++i) {
        const auto& word = words[i];
        out += text.substr(position, static_cast<std::size_t>(word.start) - position);
        const auto piece = text.substr(static_cast<std::size_t>(word.start),
                                       static_cast<std::size_t>(word.end - word.start));
        if (highlight.matches(word))
            out += query.highlight_open + piece + query.highlight_close;
        else
            out += piece;
        position = static_cast<std::size_t>(word.end);
    }
    if (end < words.size())
        out += "\u2026";
    else
        out += text.substr(position);
    return out;
}

std::optional<SearchHit> Searcher::Impl::hit(const Candidate& candidate, const SearchQuery& query,
                                             const Highlight& highlight, TimePoint when,
                                             TimePoint now) {
    static const std::string sql =
        std::string("SELECT o.name, s.place_area, (SELECT p.number FROM phones p WHERE "
                    "p.service_rowid = s.rowid ORDER BY p.position LIMIT 1), ") +
        kServiceRowColumns +
        " FROM services s JOIN organizations o ON o.id = s.organization_id "
        "LEFT JOIN locations l ON l.service_rowid = s.rowid WHERE s.rowid = ?";
    auto& row = statement(sql);
    row.bind(1, candidate.rowid);
    if (!row.executeStep())
        return std::nullopt;
    const Service s = service_from_row(row, 3);
    SearchHit h;
    h.id = s.id;
    h.name = s.name.in(query.lang);
    h.organization_id = s.organization_id;
    h.organization = row.getColumn(0).getString();
    h.municipality = s.address.municipality;
    // Trust is worked out by data/trust.h from the record. A hit has never said the date of
    // the newest source, as the record's own trust does: kept so.
    h.trust = trust_of(s, std::chrono::floor<std::chrono::days>(now));
    h.trust.evidence_date.reset();
    h.area = area_from_string(row.getColumn(1).getString()).value_or(Area::unknown);
    h.phone = nullable<std::string>(row.getColumn(2));
    h.has_phone = h.phone.has_value();
    h.free = s.free;
    h.anonymous = s.anonymous;
    h.appointment = s.appointment;
    h.score = candidate.score;
    h.match = candidate.match;

    h.status = open_status(hours_of(candidate.rowid, s.hours.has_value()), when);
    if (h.status.state != OpenState::unknown)
        h.open = h.status.state == OpenState::open;

    auto& categories = statement("SELECT category_id FROM service_categories WHERE "
                                 "service_rowid = ? ORDER BY position");
    categories.bind(1, candidate.rowid);
    while (categories.executeStep())
        h.categories.push_back(categories.getColumn(0).getString());

    bool matched = false;
    h.snippet = snippet(s.description.in(query.lang), highlight, query, matched);
    if (!matched) {
        for (const Lang other : kLangs) {
            if (other == query.lang || s.description.exact(other).empty())
                continue;
            bool other_matched = false;
            auto text = snippet(s.description.exact(other), highlight, query, other_matched);
            if (other_matched) {
                h.snippet = std::move(text);
                break;
            }
        }
    }
    return h;
}

} // namespace relais
