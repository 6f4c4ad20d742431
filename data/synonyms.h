#pragma once
// The curated synonym groups (data/synonyms.tsv) and query stopwords (data/stopwords.txt),
// compiled in and folded like the index. Immutable after first use; safe from any thread.

#include <bitset>
#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace relais {

struct SynonymGroup {
    std::vector<std::vector<std::string>> members; // each a sequence of folded tokens
    std::vector<std::string> categories;           // "@category" references
    std::vector<std::string> audiences;            // "%audience" references: who it describes
};

// Hashes std::string and std::string_view alike: lookups by a view build no string.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

struct SynonymTable {
    // What one stem is to the table, found in one lookup per indexed word.
    struct StemInfo {
        std::vector<std::size_t> groups; // the groups holding it as a one-word member
        bool starts_member = false;      // the first word of a member of several words
    };

    std::vector<SynonymGroup> groups;
    std::set<std::string> stopwords;
    std::size_t longest_member = 1; // in tokens
    // Member (its tokens' stems joined by spaces) -> indexes of the groups holding it.
    std::unordered_map<std::string, std::vector<std::size_t>, TextHash, std::equal_to<>> groups_of;
    std::unordered_map<std::string, StemInfo, TextHash, std::equal_to<>> stems;
    std::vector<std::string> group_tokens; // group_token() of each group
    // A cheap first test for stem_info(), which the index asks for every word it sees:
    // most words are in no group, and hashing each one cost more than the rest of the tokenizer.
    std::bitset<4096> stem_filter;
    static std::size_t filter_slot(std::string_view stem) noexcept;
    std::uint64_t fingerprint = 0; // changes whenever the lists change

    // The groups holding this sequence of tokens (compared by stem), if any.
    const std::vector<std::size_t>* find(const std::vector<std::string>& tokens, std::size_t first,
                                         std::size_t count) const;
    // The same for a member given as its stems joined by spaces.
    const std::vector<std::size_t>* find_key(std::string_view key) const;
    const StemInfo* stem_info(std::string_view stem) const;
};

const SynonymTable& synonym_table();

// The token the index adds wherever a member of group `index` occurs, so that a query for
// a whole group is one term instead of dozens (bm25 costs grow with every phrase). It
// starts with a digit, which no folded member does.
std::string group_token(std::size_t index);

// Parses the text formats (exposed for tests of broken lists).
SynonymTable parse_synonyms(std::string_view groups_text, std::string_view stopwords_text);

} // namespace relais
