#pragma once
// Full-text search over the local directory: what a social worker types, as they type it.
// Accent/case folding, French elisions and inclusive writing, prefix on the last word,
// typo tolerance, FR/NL/EN synonyms, filters, bm25 ranking with column weights, snippets,
// and suggestions when nothing matches. Nothing here logs or keeps the query.
// The cost of a keystroke is bounded whatever the size of the directory: when a query matches
// more services than can be ranked, names holding the words typed come first and each stage
// ranks a bounded sample (the order may then differ from ranking every match).
// Thread rule: a Searcher uses its Database from one thread; one Searcher per worker thread.

#include "data/database.h"
#include "data/hours.h"
#include "data/model.h"
#include "data/trust.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace relais {

struct SearchQuery {
    std::string text;
    Lang lang = Lang::fr; // language of names and snippets in the hits
    int limit = 20;
    std::vector<std::string> categories; // any of
    std::optional<std::string> municipality;
    std::optional<std::string> language; // spoken, ISO 639-1
    std::optional<std::string> audience;
    bool free = false;
    bool anonymous = false;
    bool walk_in = false;
    std::optional<TimePoint> open_at; // filter: only services open then
    // Where the social worker works (a Brussels municipality, FR or NL name): it and its
    // neighbours rank first. Kept on the device; never sent.
    std::optional<std::string> near;
    // The present, for "open now" badges and staleness; the system clock when absent.
    std::optional<TimePoint> now;
    // Markers placed around matched words in snippets.
    std::string highlight_open = "[";
    std::string highlight_close = "]";
};

enum class MatchKind { exact, typo, partial, browse };

struct SearchHit {
    std::string id;
    std::string name; // in the query's language
    std::string organization_id;
    std::string organization;
    std::optional<std::string> municipality;
    std::vector<std::string> categories;
    double score = 0; // higher is better
    MatchKind match = MatchKind::exact;
    std::optional<bool> open; // at open_at or now; nullopt = hours unknown
    OpenStatus status;        // the same, with when it closes or next opens
    std::optional<bool> free;
    std::optional<bool> anonymous;
    std::optional<Appointment> appointment;
    std::string snippet; // from the description, matches highlighted
    Area area = Area::unknown;
    Trust trust;                      // at `now`
    bool has_phone = false;           // results mark listings with no phone known
    std::optional<std::string> phone; // the first number listed, for a call from the results
};

struct SearchResult {
    std::vector<SearchHit> hits;
    // When nothing (or little) matched: closest known terms, and the filters whose removal
    // would give results (names as in the CLI: "category", "municipality", "language",
    // "audience", "free", "anonymous", "walk-in", "open-at").
    std::vector<std::string> suggestions;
    std::vector<std::string> relaxable_filters;
    // Categories the words point to (through the vocabulary), offered when nothing matched.
    std::vector<std::string> suggested_categories;
    // A Brussels municipality the query names (its French name), and whether any result is
    // there: when none is, the results are the nearest, and the client says so.
    std::optional<std::string> place;
    bool found_in_place = true;
};

class Searcher {
public:
    explicit Searcher(Database& db);
    ~Searcher();
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;

    SearchResult search(const SearchQuery& query);

    // Loads now what text searches load on first use (the index vocabulary, for typos and
    // prefixes; the ranking signals), e.g. on an idle worker before the first search. Cheap
    // when up to date.
    void prepare();

    // Drops caches (vocabulary) after the directory changed through another connection.
    // Also done automatically when SQLite's data_version says so.
    void invalidate();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace relais
