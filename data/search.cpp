#include "data/search.h"

#include "data/search/impl.h"

#include <algorithm>
#include <array>

// The searcher's front: the public calls, and one run of a query (data/search/impl.h lists
// the parts).

namespace relais {
namespace {

constexpr std::array<std::string_view, 8> kFilterNames{
    "category", "municipality", "language", "audience", "free", "anonymous", "walk-in", "open-at"};

} // namespace

SQLite::Statement& Searcher::Impl::statement(const std::string& sql) {
    auto& slot = statements[sql];
    if (!slot)
        slot = std::make_unique<SQLite::Statement>(db.sql(), sql);
    // tryReset: reset() would throw again the error of the statement's last failed run
    // (already reported), failing the next search that uses it.
    slot->tryReset();
    slot->clearBindings();
    return *slot;
}

std::pair<std::int64_t, std::int64_t> Searcher::Impl::directory_version() {
    auto& version = statement("PRAGMA data_version");
    version.executeStep();
    const std::pair<std::int64_t, std::int64_t> now{version.getColumn(0).getInt64(),
                                                    sqlite3_total_changes64(db.sql().getHandle())};
    version.reset();
    return now;
}

std::vector<SearchHit> Searcher::Impl::run(const SearchQuery& query, std::vector<Term>& terms,
                                           std::string_view skip_filter, int limit,
                                           const Municipality** place) {
    auto f = filters(query, skip_filter);
    f.allowed = allowed_by(f);
    const bool filter_open = query.open_at && skip_filter != "open-at";
    // The open-at filter is evaluated in C++ (time zones, past-midnight ranges), over
    // a bounded candidate set.
    const int cap = filter_open ? std::max(limit * 10, 200) : limit;
    const TimePoint clock = query.now.value_or(
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    auto ranking = ranked(query, terms, f, cap, cap, clock);
    if (place)
        *place = ranking.place;
    const auto& found = ranking.candidates;
    const TimePoint now = query.now.value_or(
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    const TimePoint when = query.open_at.value_or(now);
    const auto highlight = highlight_of(terms);
    std::vector<SearchHit> hits;
    for (const auto& candidate : found) {
        if (static_cast<int>(hits.size()) >= limit)
            break;
        // Closed candidates are dropped before the (costlier) hit is built.
        if (filter_open && !open_at(candidate.rowid, when))
            continue;
        auto h = hit(candidate, query, highlight, when, now);
        if (!h)
            continue;
        if (filter_open && h->open != true)
            continue;
        hits.push_back(std::move(*h));
    }
    return hits;
}

Searcher::Searcher(Database& db) : impl_(std::make_unique<Impl>(db)) {
}
Searcher::~Searcher() = default;

void Searcher::prepare() {
    impl_->guarded([&] {
        impl_->refresh_vocabulary();
        impl_->refresh_signals(utc_today());
    });
}

void Searcher::invalidate() {
    impl_->vocabulary_version = {-1, -1};
}

SearchResult Searcher::search(const SearchQuery& query) {
    if (query.limit < 1 || query.limit > 1000)
        throw Error(ErrorCode::invalid_input, "limit must be between 1 and 1000");
    return impl_->guarded([&] {
        SearchResult result;
        auto terms = impl_->parse(query.text);
        const auto typed = terms; // before ranking reshapes them
        const Municipality* place = nullptr;
        result.hits = impl_->run(query, terms, {}, query.limit, &place);
        if (place) {
            result.place = std::string(place->fr);
            result.found_in_place =
                std::any_of(result.hits.begin(), result.hits.end(), [&](const SearchHit& h) {
                    return h.municipality && find_municipality(*h.municipality) == place;
                });
        }
        const bool weak = result.hits.empty() ||
                          std::all_of(result.hits.begin(), result.hits.end(),
                                      [](const auto& h) { return h.match == MatchKind::partial; });
        if (weak && !typed.empty())
            result.suggestions = impl_->suggestions(typed);
        if (result.hits.empty())
            result.suggested_categories = impl_->hinted_categories(typed);
        if (result.hits.empty()) {
            // Which filter stands between the query and results?
            const bool active[] = {!query.categories.empty(),
                                   query.municipality.has_value(),
                                   query.language.has_value(),
                                   query.audience.has_value(),
                                   query.free,
                                   query.anonymous,
                                   query.walk_in,
                                   query.open_at.has_value()};
            for (std::size_t i = 0; i < kFilterNames.size(); ++i)
                if (active[i] && !impl_->run(query, terms = typed, kFilterNames[i], 1).empty())
                    result.relaxable_filters.emplace_back(kFilterNames[i]);
        }
        return result;
    });
}

} // namespace relais
