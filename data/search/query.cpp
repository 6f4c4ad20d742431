#include "data/search/impl.h"

#include <algorithm>
#include <cctype>

// Parsing: synonyms first (longest match), the words left, stopwords dropped; word shapes.

namespace relais {

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

void Searcher::Impl::settle_prefixes(Term& term) {
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

void Searcher::Impl::add_group(std::size_t index, std::set<Alternative>& alternatives,
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

std::vector<Term> Searcher::Impl::parse(const std::string& text) {
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
            term.alternatives.insert(Alternative{
                std::vector<std::string>(tokens.begin() + static_cast<std::ptrdiff_t>(i),
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
        terms.empty() &&
        std::all_of(plain_is_stopword.begin(), plain_is_stopword.end(), [](bool b) { return b; });
    for (std::size_t k = 0; k < plain.size(); ++k) {
        // The first letters being typed are kept even when they look like a stopword ("de"
        // may become "depistage"); a longer stopword typed last ("hier soir") is not.
        const bool may_grow = plain[k].last_prefix && plain[k].typed.size() <= 2;
        if (!plain_is_stopword[k] || only_stopwords || may_grow)
            terms.push_back(std::move(plain[k]));
    }
    return terms;
}

void Searcher::Impl::reshape(std::vector<Term>& terms) {
    auto plain = [](const Term& t) {
        return t.groups.empty() && t.short_prefix.empty() && !t.typed.empty() &&
               t.typed.find(' ') == std::string::npos;
    };
    auto digits = [](const std::string& text) {
        return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
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

} // namespace relais
