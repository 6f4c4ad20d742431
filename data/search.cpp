#include "data/search.h"

#include "data/error.h"
#include "data/place.h"
#include "data/search/ranking.h"
#include "data/synonyms.h"
#include "data/tokenizer.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

namespace relais {
namespace {

// --- Query model ---------------------------------------------------------------------------

// One way a query term can match: a word or phrase, optionally as a prefix, optionally only
// in the keywords column (category ids); `synonym` when it stands for a synonym group rather
// than for what was typed.
struct Alternative {
    std::vector<std::string> tokens;
    bool prefix = false;
    bool keywords_only = false;
    bool synonym = false;
    bool operator<(const Alternative& o) const {
        return std::tie(tokens, prefix, keywords_only, synonym) <
               std::tie(o.tokens, o.prefix, o.keywords_only, o.synonym);
    }
};

// A query term: all its alternatives are OR-ed; terms are AND-ed.
struct Term {
    std::set<Alternative> alternatives;
    std::set<Alternative> typo_alternatives;
    std::vector<std::string> typo_candidates_for; // tokens eligible for typo tolerance
    bool last_prefix = false;                     // the word being typed
    std::string short_prefix;                     // set when the term is 1-2 letters typed
    std::set<std::string> highlight;              // synonym words, shown as matches
    std::string typed;                            // the folded words it stands for
    std::vector<std::size_t> groups;              // the synonym groups it stands for
};

std::string quote(const std::string& token) {
    // Tokens are folded to letters and digits by the analyzer; quoting keeps FTS5 from
    // reading words like "and", "or", "near" or a leading "-" as operators.
    std::string out = "\"";
    for (const char c : token) {
        if (c == '"')
            out += "\"\"";
        else
            out += c;
    }
    return out + "\"";
}

std::string expression(const Alternative& alternative) {
    std::string phrase;
    for (const auto& token : alternative.tokens) {
        if (!phrase.empty())
            phrase += ' ';
        phrase += token;
    }
    std::string out = quote(phrase);
    if (alternative.prefix)
        out += '*';
    if (alternative.keywords_only)
        out = "keywords : " + out;
    return out;
}

// Which alternatives of a term a match expression uses.
struct Scope {
    bool typos = false;   // also the close words of the vocabulary
    bool names = false;   // for the names index, which has no keywords column
    bool literal = false; // the words themselves, not their synonym groups
};

// A full-text match expression, and how many phrases it holds: bm25's cost per row.
struct Match {
    std::string text;
    int phrases = 0;
};

Match expression(const Term& term, Scope scope) {
    Match out;
    auto add = [&](const std::set<Alternative>& alternatives) {
        for (const auto& alternative : alternatives) {
            if ((scope.names && alternative.keywords_only) ||
                (scope.literal && alternative.synonym))
                continue;
            if (out.phrases++ > 0)
                out.text += " OR ";
            out.text += expression(alternative);
        }
    };
    add(term.alternatives);
    if (scope.typos)
        add(term.typo_alternatives);
    if (out.phrases > 0)
        out.text = "(" + out.text + ")";
    return out;
}

int allowed_typos(std::size_t length) {
    if (length >= 8)
        return 2;
    if (length >= 4)
        return 1;
    return 0;
}

// Optimal string alignment distance (Levenshtein + adjacent transposition), giving up as
// soon as it must exceed `limit`. `scratch` is working memory, reused from call to call.
int bounded_distance(std::string_view a, std::string_view b, int limit, std::vector<int>& scratch) {
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    const auto width = static_cast<std::size_t>(m + 1);
    scratch.resize(3 * width);
    std::span<int> before(scratch.data(), width), previous(scratch.data() + width, width),
        current(scratch.data() + 2 * width, width);
    for (int j = 0; j <= m; ++j)
        previous[static_cast<std::size_t>(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int row_min = i;
        for (int j = 1; j <= m; ++j) {
            const auto J = static_cast<std::size_t>(j);
            const int cost = a[static_cast<std::size_t>(i - 1)] == b[J - 1] ? 0 : 1;
            int value = std::min({previous[J] + 1, current[J - 1] + 1, previous[J - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[J - 2] &&
                a[static_cast<std::size_t>(i - 2)] == b[J - 1])
                value = std::min(value, before[J - 2] + 1);
            current[J] = value;
            row_min = std::min(row_min, value);
        }
        if (row_min > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[static_cast<std::size_t>(m)];
}

// The kinds of bytes in a word, one bit each (letters and digits apart, other bytes shared).
std::uint64_t letters_of(std::string_view word) {
    std::uint64_t bits = 0;
    for (const char c : word) {
        const auto byte = static_cast<unsigned char>(c);
        const unsigned bit = byte >= 'a' && byte <= 'z'   ? byte - 'a'
                             : byte >= '0' && byte <= '9' ? 26u + (byte - '0')
                                                          : 36u + byte % 28u;
        bits |= std::uint64_t{1} << bit;
    }
    return bits;
}

// A lower bound of the edit distance between words with these kinds of bytes: each byte of
// a kind the other word lacks takes an edit of its own (transpositions only move bytes).
int fewest_edits(std::uint64_t a, std::uint64_t b) {
    return std::max(std::popcount(a & ~b), std::popcount(b & ~a));
}

// A set of services, as sorted rowids.
using Rowids = std::shared_ptr<const std::vector<std::int64_t>>;

struct Candidate {
    std::int64_t rowid;
    double score;
    MatchKind match;
};

// Ranking costs (see fts_tier): all matches are ranked when at most kRankedRows can match;
// otherwise a stage ranks a sample of rows, kSampledWork rows × phrases at most; and the rest
// of the text is ranked only when weighing its phrases reads at most kWeighedPostings
// document entries.
constexpr int kRankedRows = 1000;
constexpr int kSampledWork = 2000;
constexpr double kWeighedPostings = 30000;

// relais_allowed(rowids, rowid): whether `rowid` is among `rowids`, a blob of sorted 64-bit
// rowids (bound without a copy). Checked inside a full-text query, it makes LIMIT count only
// the services the filters let through, and spares ranking the others.
void allowed_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    const auto* bytes = static_cast<const unsigned char*>(sqlite3_value_blob(arguments[0]));
    const auto count = static_cast<std::size_t>(sqlite3_value_bytes(arguments[0])) / 8;
    const std::int64_t rowid = sqlite3_value_int64(arguments[1]);
    auto at = [&](std::size_t i) {
        std::int64_t value;
        std::memcpy(&value, bytes + i * 8, 8);
        return value;
    };
    std::size_t low = 0, high = count;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (at(middle) < rowid)
            low = middle + 1;
        else
            high = middle;
    }
    sqlite3_result_int(context, low < count && at(low) == rowid);
}

constexpr std::array<std::string_view, 8> kFilterNames{
    "category", "municipality", "language", "audience", "free", "anonymous", "walk-in", "open-at"};

} // namespace

// --- Searcher ------------------------------------------------------------------------------

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
    std::vector<int> distance_scratch; // bounded_distance() working memory
    std::unordered_set<std::string> vocabulary_set;
    std::vector<std::pair<std::string, int>> sorted_terms; // all terms with their doc counts
    std::unordered_map<std::string, int> docs_of;
    // The directory_version() the vocabulary was loaded at.
    std::pair<std::int64_t, std::int64_t> vocabulary_version{-1, -1};

    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements;

    SQLite::Statement& statement(const std::string& sql) {
        auto& slot = statements[sql];
        if (!slot)
            slot = std::make_unique<SQLite::Statement>(db.sql(), sql);
        // tryReset: reset() would throw again the error of the statement's last failed run
        // (already reported), failing the next search that uses it.
        slot->tryReset();
        slot->clearBindings();
        return *slot;
    }

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
    std::pair<std::int64_t, std::int64_t> directory_version() {
        auto& version = statement("PRAGMA data_version");
        version.executeStep();
        const std::pair<std::int64_t, std::int64_t> now{
            version.getColumn(0).getInt64(), sqlite3_total_changes64(db.sql().getHandle())};
        version.reset();
        return now;
    }

    void refresh_vocabulary() {
        const auto now = directory_version();
        if (now == vocabulary_version)
            return;
        vocabulary.assign(64, {});
        vocabulary_set.clear();
        sorted_terms.clear();
        docs_of.clear();
        auto& terms = statement("SELECT term, doc FROM temp.search_vocab");
        while (terms.executeStep()) {
            std::string term = terms.getColumn(0).getString();
            const int docs = terms.getColumn(1).getInt();
            docs_of.emplace(term, docs);
            sorted_terms.emplace_back(term, docs);
            // Synonym group tokens are for matching, not words to suggest.
            if (term.size() < vocabulary.size() && !term.starts_with("0syn")) {
                vocabulary_set.insert(term);
                const auto letters = letters_of(term);
                vocabulary[term.size()].push_back(KnownWord{std::move(term), docs, letters});
            }
        }
        vocabulary_version = now;
    }

    // The words of the index starting with `prefix`, with their document counts.
    std::span<const std::pair<std::string, int>> words_starting_with(const std::string& prefix) {
        const auto first =
            std::lower_bound(sorted_terms.begin(), sorted_terms.end(), prefix,
                             [](const auto& term, const std::string& p) { return term.first < p; });
        auto last = first;
        while (last != sorted_terms.end() && last->first.starts_with(prefix))
            ++last;
        return {first, last};
    }

    // A word being typed that the index extends only by its plurals is looked up as that
    // word (the index holds plurals under their stem too, see tokenizer.h): FTS5 merges a
    // prefix's document lists up front (twice when ranking), which costs far more than a
    // lookup. A prefix of no word at all is dropped: it matches nothing.
    void settle_prefixes(Term& term) {
        std::set<Alternative> settled;
        for (auto it = term.alternatives.begin(); it != term.alternatives.end();) {
            const auto& typed = it->tokens.back();
            const auto words = it->prefix ? words_starting_with(typed)
                                          : std::span<const std::pair<std::string, int>>{};
            const bool only_itself =
                !words.empty() && std::all_of(words.begin(), words.end(), [&](const auto& word) {
                    return word.first == typed || stem(word.first) == typed;
                });
            if (!it->prefix || (!words.empty() && !only_itself)) {
                ++it;
                continue;
            }
            if (only_itself) {
                auto alternative = *it;
                alternative.prefix = false;
                settled.insert(std::move(alternative));
            }
            it = term.alternatives.erase(it);
        }
        term.alternatives.merge(settled);
    }

    // Closest known words to `token`: full words within `limit` edits, and (for the word
    // being typed) words whose beginning is within `limit` edits.
    std::vector<std::string> closest(const std::string& token, int limit, bool as_prefix,
                                     std::size_t most) {
        std::vector<std::tuple<int, int, std::string>> found; // distance, -docs, term
        const auto length = static_cast<int>(token.size());
        const auto letters = letters_of(token);
        // Within `limit` edits of `word`? The kinds of letters rule most words out cheaply.
        auto within = [&](std::string_view word, std::uint64_t word_letters) {
            if (fewest_edits(letters, word_letters) > limit)
                return limit + 1;
            return bounded_distance(token, word, limit, distance_scratch);
        };
        for (int l = std::max(1, length - limit); l < static_cast<int>(vocabulary.size()); ++l) {
            if (!as_prefix && l > length + limit)
                break;
            for (const auto& word : vocabulary[static_cast<std::size_t>(l)]) {
                if (word.text == token)
                    continue;
                int distance = l <= length + limit ? within(word.text, word.letters) : limit + 1;
                // The word being typed may hold a typo in its first letters.
                if (as_prefix && distance > limit && l > length) {
                    const auto start = std::string_view(word.text).substr(0, token.size());
                    distance = within(start, letters_of(start));
                }
                if (distance <= limit)
                    found.emplace_back(distance, -word.docs, word.text);
            }
        }
        std::sort(found.begin(), found.end());
        std::vector<std::string> out;
        for (auto& [distance, docs, term] : found) {
            if (out.size() >= most)
                break;
            out.push_back(std::move(term));
        }
        return out;
    }

    // A synonym group as alternatives: the token the index adds for any of its members,
    // and its categories by id. Its words are highlighted in snippets.
    void add_group(std::size_t index, std::set<Alternative>& alternatives,
                   std::set<std::string>& highlight) {
        const auto& group = synonyms.groups[index];
        alternatives.insert(Alternative{{group_token(index)}, false, false, true});
        for (const auto& member : group.members)
            highlight.insert(member.begin(), member.end());
        for (const auto& category : group.categories) {
            // Category ids are indexed in the keywords column, joined ("sexworksupport").
            std::string joined;
            for (const auto& token : fold_words(category))
                joined += token;
            alternatives.insert(Alternative{{joined}, false, true, true});
        }
    }

    // Turns what was typed into terms: synonyms first (longest match), then the words
    // left, without stopwords.
    std::vector<Term> parse(const std::string& text) {
        const auto words = analyzer.words(text);
        if (words.empty())
            return {};
        const bool typing_last =
            !text.empty() && !std::isspace(static_cast<unsigned char>(text.back()));

        struct Flat {
            std::string token;
            std::size_t word;
        };
        std::vector<Flat> flat;
        for (std::size_t w = 0; w < words.size(); ++w)
            for (const auto& token : words[w].tokens)
                flat.push_back(Flat{token, w});

        std::vector<Term> terms;
        std::vector<bool> used(flat.size(), false);
        const std::size_t last_word = words.size() - 1;
        for (std::size_t i = 0; i < flat.size(); ++i) {
            if (used[i])
                continue;
            const std::size_t longest = std::min(synonyms.longest_member, flat.size() - i);
            std::vector<std::string> tokens;
            for (const auto& f : flat)
                tokens.push_back(f.token);
            for (std::size_t length = longest; length >= 1; --length) {
                const auto* groups = synonyms.find(tokens, i, length);
                if (!groups)
                    continue;
                Term term;
                term.groups = *groups;
                for (std::size_t k = i; k < i + length; ++k)
                    term.typed += (term.typed.empty() ? "" : " ") + tokens[k];
                for (const auto group : *groups)
                    add_group(group, term.alternatives, term.highlight);
                // What was typed also counts as itself (exact words rank higher).
                term.alternatives.insert(
                    Alternative{std::vector<std::string>(
                                    tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                    tokens.begin() + static_cast<std::ptrdiff_t>(i + length)),
                                false, false});
                const std::size_t end = i + length;
                if (typing_last && flat[end - 1].word == last_word && end == flat.size()) {
                    term.alternatives.insert(Alternative{{flat[end - 1].token}, true, false});
                    term.last_prefix = true;
                }
                for (std::size_t k = i; k < end; ++k)
                    used[k] = true;
                terms.push_back(std::move(term));
                break;
            }
        }

        // Words not covered by a synonym.
        std::vector<Term> plain;
        std::vector<bool> plain_is_stopword;
        for (std::size_t w = 0; w < words.size(); ++w) {
            std::vector<std::string> tokens;
            for (std::size_t i = 0; i < flat.size(); ++i)
                if (flat[i].word == w && !used[i])
                    tokens.push_back(flat[i].token);
            if (tokens.empty())
                continue;
            const bool whole_word = tokens.size() == words[w].tokens.size();
            const bool is_last = w == last_word && typing_last;
            Term term;
            term.last_prefix = is_last;
            for (const auto& token : tokens)
                term.typed += (term.typed.empty() ? "" : " ") + token;
            if (tokens.size() == 1) {
                const auto& token = tokens.front();
                term.alternatives.insert(Alternative{{token}, false, false});
                if (const auto s = stem(token); s != token)
                    term.alternatives.insert(Alternative{{s}, false, false});
                if (is_last) {
                    // One or two letters: the typeahead table, not a full-text prefix.
                    if (token.size() <= 2)
                        term.short_prefix = token;
                    else
                        term.alternatives.insert(Alternative{{token}, true, false});
                }
                term.typo_candidates_for.push_back(token);
            } else {
                term.alternatives.insert(Alternative{tokens, is_last, false});
                if (whole_word)
                    for (const auto& variant : words[w].variants)
                        term.alternatives.insert(Alternative{{variant}, is_last, false});
            }
            const bool stop = tokens.size() == 1 && synonyms.stopwords.contains(tokens.front());
            plain.push_back(std::move(term));
            plain_is_stopword.push_back(stop);
        }
        const bool only_stopwords =
            terms.empty() && std::all_of(plain_is_stopword.begin(), plain_is_stopword.end(),
                                         [](bool b) { return b; });
        for (std::size_t k = 0; k < plain.size(); ++k) {
            // The first letters being typed are kept even when they look like a stopword ("de"
            // may become "depistage"); a longer stopword typed last ("hier soir") is not.
            const bool may_grow = plain[k].last_prefix && plain[k].typed.size() <= 2;
            if (!plain_is_stopword[k] || only_stopwords || may_grow)
                terms.push_back(std::move(plain[k]));
        }
        return terms;
    }

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

    Filters filters(const SearchQuery& query, std::string_view skip = {}) {
        Filters f;
        auto active = [&](std::string_view name) {
            return name != skip;
        };
        if (!query.categories.empty() && active("category")) {
            f.clauses += " AND ROWID IN (SELECT service_rowid FROM service_categories WHERE "
                         "category_id IN (";
            for (std::size_t i = 0; i < query.categories.size(); ++i) {
                f.clauses += i ? ", ?" : "?";
                f.values.push_back(query.categories[i]);
            }
            f.clauses += "))";
        }
        if (query.municipality && active("municipality")) {
            // French and Dutch names of a municipality are equivalent.
            std::set<std::string> keys{fold_key(*query.municipality)};
            const auto typed = fold_words(*query.municipality);
            for (const auto& group : synonyms.groups)
                if (std::find(group.members.begin(), group.members.end(), typed) !=
                    group.members.end())
                    for (const auto& member : group.members) {
                        std::string key;
                        for (const auto& t : member)
                            key += (key.empty() ? "" : "-") + t;
                        keys.insert(key);
                    }
            f.clauses += " AND ROWID IN (SELECT service_rowid FROM locations WHERE "
                         "municipality_key IN (";
            bool first = true;
            for (const auto& key : keys) {
                f.clauses += first ? "?" : ", ?";
                first = false;
                f.values.push_back(key);
            }
            f.clauses += "))";
        }
        if (query.language && active("language")) {
            f.clauses += " AND ROWID IN (SELECT service_rowid FROM service_languages WHERE "
                         "language = ?)";
            f.values.push_back(*query.language);
        }
        if (query.audience && active("audience")) {
            f.clauses += " AND ROWID IN (SELECT service_rowid FROM service_audiences WHERE "
                         "audience = ?)";
            f.values.push_back(*query.audience);
        }
        if (query.free && active("free"))
            f.clauses += " AND ROWID IN (SELECT rowid FROM services WHERE free = 1)";
        if (query.anonymous && active("anonymous"))
            f.clauses += " AND ROWID IN (SELECT rowid FROM services WHERE anonymous = 1)";
        if (query.walk_in && active("walk-in"))
            f.clauses += " AND ROWID IN (SELECT rowid FROM services WHERE appointment IN "
                         "('walk-in', 'optional'))";
        return f;
    }

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
                     const std::vector<std::string>& values) {
        const auto now = directory_version();
        if (now != cache.version) {
            cache.sets.clear();
            cache.version = now;
        }
        if (const auto found = cache.sets.find(key); found != cache.sets.end())
            return found->second;
        if (cache.sets.size() >= 16)
            cache.sets.clear();
        std::vector<std::int64_t> rowids;
        auto& rows = statement(sql);
        int index = 1;
        bind_all(rows, index, values);
        while (rows.executeStep())
            rowids.push_back(rows.getColumn(0).getInt64());
        std::sort(rowids.begin(), rowids.end());
        rowids.erase(std::unique(rowids.begin(), rowids.end()), rowids.end());
        auto set = std::make_shared<const std::vector<std::int64_t>>(std::move(rowids));
        cache.sets.emplace(key, set);
        return set;
    }

    Rowids allowed_by(const Filters& f) {
        if (f.clauses.empty())
            return nullptr;
        std::string key = f.clauses;
        for (const auto& value : f.values)
            (key += '\x1f') += value;
        return rowid_set(filter_sets, key, "SELECT rowid FROM services WHERE 1" + f.sql("rowid"),
                         f.values);
    }

    // The services with a name or organisation word starting with `prefix`, among `allowed`
    // (all when null): one set, checked in the full-text queries like the filters'.
    Rowids named_with(const std::string& prefix, const Rowids& allowed) {
        const auto named =
            rowid_set(prefix_sets, prefix,
                      "SELECT service_rowid FROM name_prefixes WHERE prefix = ?", {prefix});
        if (!allowed)
            return named;
        auto both = std::make_shared<std::vector<std::int64_t>>();
        std::set_intersection(allowed->begin(), allowed->end(), named->begin(), named->end(),
                              std::back_inserter(*both));
        return both;
    }

    void bind_all(SQLite::Statement& statement, int& index,
                  const std::vector<std::string>& values) {
        for (const auto& value : values)
            statement.bind(index++, value);
    }

    // Binds rowids for relais_allowed(); they must outlive the statement's run.
    static void bind_rowids(SQLite::Statement& statement, int index,
                            const std::vector<std::int64_t>& rowids) {
        statement.bindNoCopy(index, rowids.data(),
                             static_cast<int>(rowids.size() * sizeof(std::int64_t)));
    }

    // Services with a name or organisation word starting with `prefix`, in a fixed order.
    void name_prefix_candidates(const std::string& prefix, const Filters& f, int cap,
                                std::vector<Candidate>& out, std::set<std::int64_t>& seen) {
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

    void browse_candidates(const Filters& f, int cap, std::vector<Candidate>& out,
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

    // How many services an alternative may match, from the vocabulary's document counts.
    double estimate(const Alternative& alternative) {
        double least = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < alternative.tokens.size(); ++i) {
            const auto& token = alternative.tokens[i];
            double docs = 0;
            if (alternative.prefix && i + 1 == alternative.tokens.size()) {
                for (const auto& word : words_starting_with(token))
                    docs += word.second;
            } else if (const auto found = docs_of.find(token); found != docs_of.end()) {
                docs = found->second;
            }
            least = std::min(least, docs);
        }
        return alternative.tokens.empty() ? 0 : least;
    }

    double estimate(const Term& term, bool typos) {
        double sum = 0;
        for (const auto& alternative : term.alternatives)
            sum += estimate(alternative);
        if (typos)
            for (const auto& alternative : term.typo_alternatives)
                sum += estimate(alternative);
        return sum;
    }

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
                                 const Tier& tier, int& index) {
        auto& rows =
            statement("SELECT " + columns + " FROM " + table + " WHERE " + table + " MATCH ?" +
                      (tier.allowed ? " AND relais_allowed(?, rowid)" : "") + tail);
        index = 1;
        rows.bind(index++, match);
        if (tier.allowed)
            bind_rowids(rows, index++, *tier.allowed);
        return rows;
    }

    // Ranks the first `most` rows of `table` matching `match`, in index order, and adds the
    // best `tier.cap` not found yet: all the matches when there are no more, else a sample.
    void ranked_candidates(const std::string& table, const std::string& match, int most,
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

    // A sample of rows matching `match`, ranked: bm25 costs about a microsecond per row and
    // phrase, so the more phrases, the fewer rows.
    void sampled_candidates(const std::string& table, const Match& match, const Tier& tier,
                            double base, std::vector<Candidate>& out,
                            std::set<std::int64_t>& seen) {
        const int most = std::min(kRankedRows, kSampledWork / std::max(1, match.phrases));
        ranked_candidates(table, match.text, most, tier, base, out, seen);
    }

    // Rows that match in full text, in index order: no ranking cost at all.
    void streamed_candidates(const std::string& match, const Tier& tier,
                             std::vector<Candidate>& out, std::set<std::int64_t>& seen) {
        int index = 0;
        auto& rows = fts_query("search_fts", "rowid", "", match, tier, index);
        int accepted = 0;
        while (accepted < tier.cap && rows.executeStep()) {
            const auto rowid = rows.getColumn(0).getInt64();
            if (seen.insert(rowid).second)
                out.push_back(Candidate{rowid, tier.base - accepted++ * 1e-3, tier.kind});
        }
    }

    // The match expression of all terms (`all`) or any of them; empty when nothing can
    // match, as when a term has no alternative in this scope.
    static Match match_of(const std::vector<Term*>& terms, bool all, Scope scope) {
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

    // One tier of full-text matching. When few rows can match, all are ranked over all text
    // (bm25 column weights put names first). When many can (a common word, a large
    // directory), names and organisations come first: the words as typed, then with their
    // synonyms, each ranked over a sample; then the rest of the text.
    void fts_tier(const std::vector<Term*>& terms, bool typos, bool all, const Tier& tier,
                  std::vector<Candidate>& out, std::set<std::int64_t>& seen) {
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

    // Up to `cap` candidates of each kind of match, for ranking; the closer-spelling and
    // some-words stages run only while fewer than `enough` were found that `count`.
    std::vector<Candidate> candidates(std::vector<Term>& terms, const Filters& f, int cap,
                                      int enough, const std::function<bool(std::int64_t)>& count) {
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
            fts_tier({&terms[0]}, false, true,
                     Tier{f.allowed, cap, enough, MatchKind::exact, 2000.0}, out, seen);
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

    // --- hits --------------------------------------------------------------------------

    std::optional<std::vector<HoursRange>> hours_of(std::int64_t rowid, bool known) {
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

    bool open_at(std::int64_t rowid, TimePoint when) {
        auto& known = statement("SELECT hours_known FROM services WHERE rowid = ?");
        known.bind(1, rowid);
        if (!known.executeStep())
            return false;
        const bool hours_known = known.getColumn(0).getInt() != 0;
        known.reset();
        return open_status(hours_of(rowid, hours_known), when).state == OpenState::open;
    }

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

    static Highlight highlight_of(const std::vector<Term>& terms) {
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

    std::string snippet(const std::string& text, const Highlight& highlight,
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

    std::optional<SearchHit> hit(const Candidate& candidate, const SearchQuery& query,
                                 const Highlight& highlight, TimePoint when, TimePoint now) {
        auto& row = statement(
            "SELECT s.id, s.name_fr, s.name_nl, s.name_en, s.organization_id, o.name, "
            "l.municipality, s.description_fr, s.description_nl, s.description_en, "
            "s.confidence, s.last_verified_at, s.hours_known, s.free, s.anonymous, s.appointment, "
            "s.checked_on, s.place_area, "
            "EXISTS (SELECT 1 FROM phones p WHERE p.service_rowid = s.rowid) "
            "FROM services s JOIN organizations "
            "o ON o.id = s.organization_id LEFT JOIN locations l ON l.service_rowid = s.rowid "
            "WHERE s.rowid = ?");
        row.bind(1, candidate.rowid);
        if (!row.executeStep())
            return std::nullopt;
        SearchHit h;
        h.id = row.getColumn(0).getString();
        LocalizedText name{row.getColumn(1).getString(), row.getColumn(2).getString(),
                           row.getColumn(3).getString()};
        h.name = name.in(query.lang);
        h.organization_id = row.getColumn(4).getString();
        h.organization = row.getColumn(5).getString();
        if (!row.getColumn(6).isNull())
            h.municipality = row.getColumn(6).getString();
        LocalizedText description{row.getColumn(7).getString(), row.getColumn(8).getString(),
                                  row.getColumn(9).getString()};
        // Trust is worked out by data/trust.h from the facts it reads.
        Service facts;
        facts.confidence =
            confidence_from_string(row.getColumn(10).getString()).value_or(Confidence::unverified);
        if (!row.getColumn(11).isNull())
            facts.last_verified_at = row.getColumn(11).getString();
        if (!row.getColumn(16).isNull())
            facts.checked_on = row.getColumn(16).getString();
        h.trust = trust_of(facts, std::chrono::floor<std::chrono::days>(now));
        h.area = area_from_string(row.getColumn(17).getString()).value_or(Area::unknown);
        h.has_phone = row.getColumn(18).getInt() != 0;
        const bool hours_known = row.getColumn(12).getInt() != 0;
        if (!row.getColumn(13).isNull())
            h.free = row.getColumn(13).getInt() != 0;
        if (!row.getColumn(14).isNull())
            h.anonymous = row.getColumn(14).getInt() != 0;
        if (!row.getColumn(15).isNull())
            h.appointment = appointment_from_string(row.getColumn(15).getString());
        h.score = candidate.score;
        h.match = candidate.match;

        h.status = open_status(hours_of(candidate.rowid, hours_known), when);
        if (h.status.state != OpenState::unknown)
            h.open = h.status.state == OpenState::open;

        auto& categories = statement("SELECT category_id FROM service_categories WHERE "
                                     "service_rowid = ? ORDER BY position");
        categories.bind(1, candidate.rowid);
        while (categories.executeStep())
            h.categories.push_back(categories.getColumn(0).getString());

        bool matched = false;
        h.snippet = snippet(description.in(query.lang), highlight, query, matched);
        if (!matched) {
            for (const Lang other : kLangs) {
                if (other == query.lang || description.exact(other).empty())
                    continue;
                bool other_matched = false;
                auto text = snippet(description.exact(other), highlight, query, other_matched);
                if (other_matched) {
                    h.snippet = std::move(text);
                    break;
                }
            }
        }
        return h;
    }

    // The categories the words point to, through the vocabulary: of the words themselves, or
    // of the known words closest to them.
    std::vector<std::string> hinted_categories(const std::vector<Term>& terms) {
        refresh_vocabulary();
        std::vector<std::string> out;
        auto add = [&](std::size_t group) {
            for (const auto& category : synonyms.groups[group].categories)
                if (std::find(out.begin(), out.end(), category) == out.end())
                    out.push_back(category);
        };
        for (const auto& term : terms) {
            for (const auto group : term.groups)
                add(group);
            for (const auto& token : term.typo_candidates_for) {
                if (token.size() < 3)
                    continue;
                for (const auto& close :
                     closest(token, std::max(2, allowed_typos(token.size())), false, 3))
                    if (const auto* groups = synonyms.find({close}, 0, 1))
                        for (const auto group : *groups)
                            add(group);
            }
        }
        return out;
    }

    std::vector<std::string> suggestions(const std::vector<Term>& terms) {
        refresh_vocabulary();
        std::vector<std::string> out;
        for (const auto& term : terms)
            for (const auto& token : term.typo_candidates_for) {
                if (vocabulary_set.contains(token) || token.size() < 3)
                    continue;
                for (auto& close :
                     closest(token, std::max(2, allowed_typos(token.size())), false, 3))
                    if (std::find(out.begin(), out.end(), close) == out.end())
                        out.push_back(std::move(close));
            }
        return out;
    }

    // --- ranking ------------------------------------------------------------------------

    RankingSignals signals;
    std::tuple<std::int64_t, std::int64_t, std::int64_t> signals_version{-1, -1, -1};

    void refresh_signals(std::chrono::sys_days today) {
        const auto [data, changes] = directory_version();
        const std::tuple now{data, changes,
                             static_cast<std::int64_t>(today.time_since_epoch().count())};
        if (now == signals_version)
            return;
        signals.load(db.sql(), today);
        signals_version = now;
    }

    // Words written joined, split or grouped otherwise than in the listings: "sidasos" for
    // SIDA'SOS, "sida sos" for SidaSos, "0800 99 340" for "+32 800 99 340".
    void reshape(std::vector<Term>& terms) {
        auto plain = [](const Term& t) {
            return t.groups.empty() && t.short_prefix.empty() && !t.typed.empty() &&
                   t.typed.find(' ') == std::string::npos;
        };
        auto digits = [](const std::string& text) {
            return std::all_of(text.begin(), text.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
        };
        std::vector<Term> out;
        for (std::size_t i = 0; i < terms.size(); ++i) {
            Term term = std::move(terms[i]);
            // A number typed in groups: one term, its digits joined as the index holds them.
            if (plain(term) && digits(term.typed)) {
                std::vector<std::string> groups{term.typed};
                while (i + 1 < terms.size() && plain(terms[i + 1]) && digits(terms[i + 1].typed))
                    groups.push_back(terms[++i].typed);
                if (groups.size() > 1) {
                    std::string joined;
                    for (const auto& g : groups)
                        joined += g;
                    term.alternatives = {Alternative{groups, false, false}};
                    term.typo_candidates_for.clear();
                    term.last_prefix = false;
                    term.typed = joined;
                }
                for (const auto& key : {term.typed, number_key("+" + term.typed)})
                    if (key.size() >= 3)
                        term.alternatives.insert(Alternative{{key}, false, false});
                out.push_back(std::move(term));
                continue;
            }
            // Two words the listings write as one.
            if (plain(term) && i + 1 < terms.size() && plain(terms[i + 1]) &&
                vocabulary_set.contains(term.typed + terms[i + 1].typed)) {
                Term& next = terms[++i];
                const std::string joined = term.typed + next.typed;
                Term merged;
                merged.alternatives = {Alternative{{term.typed, next.typed}, false, false},
                                       Alternative{{joined}, false, false}};
                merged.typed = joined;
                merged.last_prefix = next.last_prefix;
                out.push_back(std::move(merged));
                continue;
            }
            // One word the listings write as two (or with an apostrophe or hyphen between).
            if (plain(term) && term.typed.size() >= 5 && !vocabulary_set.contains(term.typed)) {
                for (std::size_t cut = 2; cut + 2 <= term.typed.size(); ++cut) {
                    const auto left = term.typed.substr(0, cut), right = term.typed.substr(cut);
                    if (vocabulary_set.contains(left) && vocabulary_set.contains(right))
                        term.alternatives.insert(Alternative{{left, right}, false, false});
                }
            }
            out.push_back(std::move(term));
        }
        terms = std::move(out);
    }

    // The needs, people and places a query's terms name; place terms leave `terms` (they
    // rank, they do not narrow) unless nothing else was typed.
    RankingWants wants_of(std::vector<Term>& terms, const SearchQuery& query,
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
            name_term.push_back(!place[i] && terms[i].groups.empty() &&
                                terms[i].short_prefix.empty());
            kept.push_back(std::move(terms[i]));
        }
        terms = std::move(kept);
        return wants;
    }

    // What each candidate holds in its names (or organisation): the distinctive words typed
    // (few services hold them: a name, not a description), and any literal words typed.
    struct InNames {
        int distinctive = 0;
        int typed = 0;
    };
    std::unordered_map<std::int64_t, InNames> name_matches(const std::vector<Term>& terms,
                                                           const std::vector<bool>& name_term,
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

    struct Ranked {
        std::vector<Candidate> candidates;
        const Municipality* place = nullptr; // named in the query
    };

    Ranked ranked(const SearchQuery& query, std::vector<Term>& terms, const Filters& f, int cap,
                  int enough, TimePoint now) {
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
        auto found =
            candidates(terms, f, std::max(cap, kRankingPool), enough, [&](std::int64_t rowid) {
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

    std::vector<SearchHit> run(const SearchQuery& query, std::vector<Term>& terms,
                               std::string_view skip_filter, int limit,
                               const Municipality** place = nullptr) {
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
};

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
