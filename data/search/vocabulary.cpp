#include "data/search/impl.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <limits>
#include <tuple>

// The index vocabulary: close words for typos, prefixes, document counts.

namespace relais {

int allowed_typos(std::size_t length) {
    if (length >= 8)
        return 2;
    if (length >= 4)
        return 1;
    return 0;
}

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

int fewest_edits(std::uint64_t a, std::uint64_t b) {
    return std::max(std::popcount(a & ~b), std::popcount(b & ~a));
}

void Searcher::Impl::refresh_vocabulary() {
    const auto now = directory_version();
    if (now == vocabulary_version)
        return;
    vocabulary.assign(64, {});
    beginnings.clear();
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

std::span<const std::pair<std::string, int>>
Searcher::Impl::words_starting_with(const std::string& prefix) {
    const auto first =
        std::lower_bound(sorted_terms.begin(), sorted_terms.end(), prefix,
                         [](const auto& term, const std::string& p) { return term.first < p; });
    auto last = first;
    while (last != sorted_terms.end() && last->first.starts_with(prefix))
        ++last;
    return {first, last};
}

const std::vector<Searcher::Impl::Beginning>& Searcher::Impl::beginnings_of(std::size_t length) {
    auto [slot, added] = beginnings.try_emplace(length);
    if (!added)
        return slot->second;
    std::unordered_map<std::string_view, std::size_t> index; // beginning -> its slot
    for (std::size_t l = length + 1; l < vocabulary.size(); ++l)
        for (const auto& word : vocabulary[l]) {
            const auto start = std::string_view(word.text).substr(0, length);
            const auto [at, fresh] = index.try_emplace(start, slot->second.size());
            if (fresh)
                slot->second.push_back(Beginning{start, letters_of(start), &word});
            else if (word.docs > slot->second[at->second].word->docs)
                slot->second[at->second].word = &word;
        }
    return slot->second;
}

std::vector<std::string> Searcher::Impl::closest(const std::string& token, int limit,
                                                 bool as_prefix, std::size_t most) {
    std::vector<std::tuple<int, int, std::string>> found; // distance, -docs, term
    const auto length = static_cast<int>(token.size());
    const auto letters = letters_of(token);
    // Within `limit` edits of `word`? The kinds of letters rule most words out cheaply.
    auto within = [&](std::string_view word, std::uint64_t word_letters) {
        if (fewest_edits(letters, word_letters) > limit)
            return limit + 1;
        return bounded_distance(token, word, limit, distance_scratch);
    };
    const int longest = std::min(length + limit, static_cast<int>(vocabulary.size()) - 1);
    for (int l = std::max(1, length - limit); l <= longest; ++l)
        for (const auto& word : vocabulary[static_cast<std::size_t>(l)])
            if (word.text != token)
                if (const int distance = within(word.text, word.letters); distance <= limit)
                    found.emplace_back(distance, -word.docs, word.text);
    // The word being typed may hold a typo in its first letters: its beginning is compared
    // with the beginnings of longer words, each distinct beginning once (the most frequent
    // word having it stands for it).
    if (as_prefix)
        for (const auto& beginning : beginnings_of(token.size()))
            if (const int distance = within(beginning.text, beginning.letters); distance <= limit)
                found.emplace_back(distance, -beginning.word->docs, beginning.word->text);
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (auto& [distance, docs, term] : found) {
        if (out.size() >= most)
            break;
        if (std::find(out.begin(), out.end(), term) == out.end())
            out.push_back(std::move(term));
    }
    return out;
}

double Searcher::Impl::estimate(const Alternative& alternative) {
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

double Searcher::Impl::estimate(const Term& term, bool typos) {
    double sum = 0;
    for (const auto& alternative : term.alternatives)
        sum += estimate(alternative);
    if (typos)
        for (const auto& alternative : term.typo_alternatives)
            sum += estimate(alternative);
    return sum;
}

std::vector<std::string> Searcher::Impl::hinted_categories(const std::vector<Term>& terms) {
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

std::vector<std::string> Searcher::Impl::suggestions(const std::vector<Term>& terms) {
    refresh_vocabulary();
    std::vector<std::string> out;
    for (const auto& term : terms)
        for (const auto& token : term.typo_candidates_for) {
            if (vocabulary_set.contains(token) || token.size() < 3)
                continue;
            for (auto& close : closest(token, std::max(2, allowed_typos(token.size())), false, 3))
                if (std::find(out.begin(), out.end(), close) == out.end())
                    out.push_back(std::move(close));
        }
    return out;
}

} // namespace relais
