#pragma once
// Search, part 1: what was typed, as full-text terms. A query is a list of terms (AND); each
// term a set of alternatives (OR): the words as typed, their stems and prefixes, synonym
// groups, close spellings. Internal to the searcher (data/search.h is the front).

#include <cstddef>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace relais {

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

// A token as an FTS5 string, so that words like "and", "or", "near" or a leading "-" are not
// read as operators.
std::string quote(const std::string& token);

// One alternative as an FTS5 phrase (with "*" for a prefix, a column filter for keywords).
std::string expression(const Alternative& alternative);

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

// The alternatives of `term` in `scope`, OR-ed; no phrase when none is in scope.
Match expression(const Term& term, Scope scope);

} // namespace relais
