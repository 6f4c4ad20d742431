#pragma once
// Search, part 2: words close to a word, for typo tolerance. The searcher keeps the index's
// vocabulary (data/search/impl.h); these are the measures it uses. Internal to the searcher.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace relais {

// The typos forgiven in a word of `length` letters: none up to 3, one up to 7, two from 8.
int allowed_typos(std::size_t length);

// Optimal string alignment distance (Levenshtein + adjacent transposition), giving up as
// soon as it must exceed `limit`. `scratch` is working memory, reused from call to call.
int bounded_distance(std::string_view a, std::string_view b, int limit, std::vector<int>& scratch);

// The kinds of bytes in a word, one bit each (letters and digits apart, other bytes shared).
std::uint64_t letters_of(std::string_view word);

// A lower bound of the edit distance between words with these kinds of bytes: each byte of
// a kind the other word lacks takes an edit of its own (transpositions only move bytes).
int fewest_edits(std::uint64_t a, std::uint64_t b);

} // namespace relais
