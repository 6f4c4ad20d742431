#pragma once
// The curated synonym groups (data/synonyms.tsv) and query stopwords (data/stopwords.txt),
// compiled in and folded like the index. Immutable after first use; safe from any thread.

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace relais {

struct SynonymGroup {
    std::vector<std::vector<std::string>> members; // each a sequence of folded tokens
    std::vector<std::string> categories;           // "@category" references
};

struct SynonymTable {
    std::vector<SynonymGroup> groups;
    std::set<std::string> stopwords;
    std::size_t longest_member = 1; // in tokens
    // Member (its tokens' stems joined by spaces) -> indexes of the groups holding it.
    std::unordered_map<std::string, std::vector<std::size_t>> groups_of;
    // First words (stems) of members of several words: only these can start a match.
    std::unordered_set<std::string> starters;
    std::uint64_t fingerprint = 0; // changes whenever the lists change

    // The groups holding this sequence of tokens (compared by stem), if any.
    const std::vector<std::size_t>* find(const std::vector<std::string>& tokens, std::size_t first,
                                         std::size_t count) const;
    // The same over stems already computed.
    const std::vector<std::size_t>* find_stems(const std::string* stems, std::size_t count) const;
};

const SynonymTable& synonym_table();

// The token the index adds wherever a member of group `index` occurs, so that a query for
// a whole group is one term instead of dozens (bm25 costs grow with every phrase). It
// starts with a digit, which no folded member does.
std::string group_token(std::size_t index);

// Parses the text formats (exposed for tests of broken lists).
SynonymTable parse_synonyms(std::string_view groups_text, std::string_view stopwords_text);

} // namespace relais
