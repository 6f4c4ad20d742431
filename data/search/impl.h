#pragma once
// The searcher's state and the parts of its work, one file each (data/search/*.cpp):
// query.cpp (parsing, word shapes), vocabulary.cpp (the index vocabulary, typos, estimates),
// filters.cpp (filters as row sets), planner.cpp (full-text stages and candidates),
// ranked.cpp (ranking signals and order), hits.cpp (hits, hours, snippets); search.cpp is
// the front (data/search.h). Internal to the searcher.

#include "data/database.h"
#include "data/error.h"
#include "data/place.h"
#include "data/search.h"
#include "data/search/query.h"
#include "data/search/ranking.h"
#include "data/search/vocabulary.h"
#include "data/synonyms.h"
#include "data/tokenizer.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace relais {

// A set of services, as sorted rowids.
using Rowids = std::shared_ptr<const std::vector<std::int64_t>>;

struct Candidate {
    std::int64_t rowid;
    double score;
    MatchKind match;
};

// relais_allowed(rowids, rowid), registered on the searcher's connection (filters.cpp).
void allowed_function(sqlite3_context* context, int, sqlite3_value** arguments);

struct Searcher::Impl {
    explicit Impl(Database& database) : db(database), analyzer(database.sql().getHandle()) {
        db.sql().exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
                      "USING fts5vocab(main, 'search_fts', 'row')");
        const int rc = sqlite3_create_function_v2(db.sql().getHandle(), "relais_allowed", 2,
                                                  SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                                                  allowed_function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            throw Error(ErrorCode::sqlite, "cannot register the search filter function", rc);
    }

    Database& db;

    Analyzer analyzer;

    const SynonymTable& synonyms = synonym_table();

    // Vocabulary of the index by word length, for typo tolerance; reloaded when the
    // directory changes.
    struct KnownWord {
        std::string text;
        int docs;
        std::uint64_t letters; // letters_of(text)
    };

    std::vector<std::vector<KnownWord>> vocabulary;
    // The distinct beginnings of `length` letters of longer known words, by length; each with
    // the most frequent word that has it. Built on first use, dropped with the vocabulary.
    struct Beginning {
        std::string_view text; // into the word
        std::uint64_t letters;
        const KnownWord* word;
    };
    std::unordered_map<std::size_t, std::vector<Beginning>> beginnings;
    const std::vector<Beginning>& beginnings_of(std::size_t length);

    std::vector<int> distance_scratch; // bounded_distance() working memory
    std::unordered_set<std::string> vocabulary_set;

    std::vector<std::pair<std::string, int>> sorted_terms; // all terms with their doc counts
    std::unordered_map<std::string, int> docs_of;

    // The directory_version() the vocabulary was loaded at.
    std::pair<std::int64_t, std::int64_t> vocabulary_version{-1, -1};

    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;

    SQLite::Statement& statement(const std::string& sql);

    // Runs `body` for a public operation: SQLite failures become our errors, and every
    // statement is reset afterwards. One left on a row would keep this connection's read
    // snapshot open between searches, hiding what a sync writes meanwhile.
    template <typename F> auto guarded(F&& body) -> decltype(body()) {
        struct Idle {
            Impl& impl;
            ~Idle() {
                for (auto& [sql, statement] : impl.statements)
                    statement->tryReset();
            }
        } idle{*this};
        try {
            return body();
        } catch (const SQLite::Exception& e) {
            throw Error(ErrorCode::sqlite, std::string("search failed: ") + e.what(),
                        e.getErrorCode());
        }
    }

    // Changes with every commit, of this connection (total changes) or another (data_version).
    std::pair<std::int64_t, std::int64_t> directory_version();

    void refresh_vocabulary();

    // The words of the index starting with `prefix`, with their document counts.
    std::span<const std::pair<std::string, int>> words_starting_with(const std::string& prefix);

    // A word being typed that the index extends only by its plurals is looked up as that
    // word (the index holds plurals under their stem too, see tokenizer.h): FTS5 merges a
    // prefix's document lists up front (twice when ranking), which costs far more than a
    // lookup. A prefix of no word at all is dropped: it matches nothing.
    void settle_prefixes(Term& term);

    // Closest known words to `token`: full words within `limit` edits, and (for the word
    // being typed) words whose beginning is within `limit` edits.
    std::vector<std::string> closest(const std::string& token, int limit, bool as_prefix,
                                     std::size_t most);

    // A synonym group as alternatives: the token the index adds for any of its members,
    // and its categories by id. Its words are highlighted in snippets.
    void add_group(std::size_t index, std::set<Alternative>& alternatives,
                   std::set<std::string>& highlight);

    // Turns what was typed into terms: synonyms first (longest match), then the words
    // left, without stopwords.
    std::vector<Term> parse(const std::string& text);

    // SQL fragment and parameters for the filters (fixed SQL; values are bound), written
    // against "ROWID" and given the column at use. Full-text queries check the set of services
    // the filters let through instead (relais_allowed): a subquery there would be run again
    // by every statement of a search.
    struct Filters {
        std::string clauses;
        std::vector<std::string> values;
        // The services the filters let through, or null when there is no filter.
        Rowids allowed;
        bool lets(std::int64_t rowid) const {
            return !allowed || std::binary_search(allowed->begin(), allowed->end(), rowid);
        }
        std::string sql(std::string_view column) const {
            std::string out = clauses;
            for (std::size_t p = 0; (p = out.find("ROWID", p)) != std::string::npos;
                 p += column.size())
                out.replace(p, 5, column);
            return out;
        }
    };

    Filters filters(const SearchQuery& query, std::string_view skip = {});

    // Sets of services kept while the directory stays the same, a few at a time.
    struct RowidSets {
        std::map<std::string, Rowids> sets;
        std::pair<std::int64_t, std::int64_t> version{-1, -1};
    };

    // The filters' (a social worker types many keystrokes under the same filters), and the
    // name prefixes' (typed after other words), apart so that typing does not evict filters.
    RowidSets filter_sets, prefix_sets;

    // The services `sql` gives (bound to `values`), computed once under `key`.
    Rowids rowid_set(RowidSets& cache, const std::string& key, const std::string& sql,
                     const std::vector<std::string>& values);

    Rowids allowed_by(const Filters& f);

    // The services with a name or organisation word starting with `prefix`, among `allowed`
    // (all when null): one set, checked in the full-text queries like the filters'.
    Rowids named_with(const std::string& prefix, const Rowids& allowed);

    void bind_all(SQLite::Statement& statement, int& index, const std::vector<std::string>& values);

    // Binds rowids for relais_allowed(); they must outlive the statement's run.
    static void bind_rowids(SQLite::Statement& statement, int index,
                            const std::vector<std::int64_t>& rowids);

    // Services with a name or organisation word starting with `prefix`, in a fixed order.
    void name_prefix_candidates(const std::string& prefix, const Filters& f, int cap,
                                std::vector<Candidate>& out, std::set<std::int64_t>& seen);

    void browse_candidates(const Filters& f, int cap, std::vector<Candidate>& out,
                           std::set<std::int64_t>& seen);

    // How many services an alternative may match, from the vocabulary's document counts.
    double estimate(const Alternative& alternative);

    double estimate(const Term& term, bool typos);

    // What the stages of one tier of full-text matching share: which services may match (all
    // when null), how many candidates each stage adds, and how they are marked.
    struct Tier {
        Rowids allowed;
        int cap;    // candidates a stage may add
        int enough; // found this many, the next stages of the tier do not run
        MatchKind kind;
        double base; // stages score above it by their rank
    };

    // A full-text query on `table` among the tier's services; `tail` orders or bounds it.
    // Returns the statement with everything bound but the tail's parameters, and `index` at
    // the first of those.
    SQLite::Statement& fts_query(const std::string& table, const std::string& columns,
                                 const std::string& tail, const std::string& match,
                                 const Tier& tier, int& index);

    // Ranks the first `most` rows of `table` matching `match`, in index order, and adds the
    // best `tier.cap` not found yet: all the matches when there are no more, else a sample.
    void ranked_candidates(const std::string& table, const std::string& match, int most,
                           const Tier& tier, double base, std::vector<Candidate>& out,
                           std::set<std::int64_t>& seen);

    // A sample of rows matching `match`, ranked: bm25 costs about a microsecond per row and
    // phrase, so the more phrases, the fewer rows.
    void sampled_candidates(const std::string& table, const Match& match, const Tier& tier,
                            double base, std::vector<Candidate>& out, std::set<std::int64_t>& seen);

    // Rows that match in full text, in index order: no ranking cost at all.
    void streamed_candidates(const std::string& match, const Tier& tier,
                             std::vector<Candidate>& out, std::set<std::int64_t>& seen);

    // The match expression of all terms (`all`) or any of them; empty when nothing can
    // match, as when a term has no alternative in this scope.
    static Match match_of(const std::vector<Term*>& terms, bool all, Scope scope);

    // One tier of full-text matching. When few rows can match, all are ranked over all text
    // (bm25 column weights put names first). When many can (a common word, a large
    // directory), names and organisations come first: the words as typed, then with their
    // synonyms, each ranked over a sample; then the rest of the text.
    void fts_tier(const std::vector<Term*>& terms, bool typos, bool all, const Tier& tier,
                  std::vector<Candidate>& out, std::set<std::int64_t>& seen);

    // Up to `cap` candidates of each kind of match, for ranking; the closer-spelling and
    // some-words stages run only while fewer than `enough` were found that `count`.
    std::vector<Candidate> candidates(std::vector<Term>& terms, const Filters& f, int cap,
                                      int enough, const std::function<bool(std::int64_t)>& count);

    // --- hits --------------------------------------------------------------------------
    std::optional<std::vector<HoursRange>> hours_of(std::int64_t rowid, bool known);

    bool open_at(std::int64_t rowid, TimePoint when);

    struct Highlight {
        std::set<std::string> exact;
        std::vector<std::string> prefixes;
        bool matches(const Word& word) const {
            auto hit = [&](const std::string& token) {
                if (exact.contains(token) || exact.contains(stem(token)))
                    return true;
                return std::any_of(prefixes.begin(), prefixes.end(),
                                   [&](const std::string& p) { return token.starts_with(p); });
            };
            return std::any_of(word.tokens.begin(), word.tokens.end(), hit) ||
                   std::any_of(word.variants.begin(), word.variants.end(), hit);
        }
    };

    static Highlight highlight_of(const std::vector<Term>& terms);

    std::string snippet(const std::string& text, const Highlight& highlight,
                        const SearchQuery& query, bool& matched);

    std::optional<SearchHit> hit(const Candidate& candidate, const SearchQuery& query,
                                 const Highlight& highlight, TimePoint when, TimePoint now);

    // The categories the words point to, through the vocabulary: of the words themselves, or
    // of the known words closest to them.
    std::vector<std::string> hinted_categories(const std::vector<Term>& terms);

    std::vector<std::string> suggestions(const std::vector<Term>& terms);

    // --- ranking ------------------------------------------------------------------------
    RankingSignals signals;

    std::tuple<std::int64_t, std::int64_t, std::int64_t> signals_version{-1, -1, -1};

    void refresh_signals(std::chrono::sys_days today);

    // Words written joined, split or grouped otherwise than in the listings: "sidasos" for
    // SIDA'SOS, "sida sos" for SidaSos, "0800 99 340" for "+32 800 99 340".
    void reshape(std::vector<Term>& terms);

    // The needs, people and places a query's terms name; place terms leave `terms` (they
    // rank, they do not narrow) unless nothing else was typed.
    RankingWants wants_of(std::vector<Term>& terms, const SearchQuery& query,
                          const Municipality*& named, std::vector<bool>& name_term);

    // What each candidate holds in its names (or organisation): the distinctive words typed
    // (few services hold them: a name, not a description), and any literal words typed.
    struct InNames {
        int distinctive = 0;
        int typed = 0;
    };

    std::unordered_map<std::int64_t, InNames> name_matches(const std::vector<Term>& terms,
                                                           const std::vector<bool>& name_term,
                                                           const std::vector<Candidate>& found);

    struct Ranked {
        std::vector<Candidate> candidates;
        const Municipality* place = nullptr; // named in the query
    };

    Ranked ranked(const SearchQuery& query, std::vector<Term>& terms, const Filters& f, int cap,
                  int enough, TimePoint now);

    std::vector<SearchHit> run(const SearchQuery& query, std::vector<Term>& terms,
                               std::string_view skip_filter, int limit,
                               const Municipality** place = nullptr);
};

} // namespace relais
