#include "data/synonyms.h"

#include "data/error.h"
#include "data/tokenizer.h"
#include "synonym_lists.h"

#include <algorithm>
#include <sstream>

namespace relais {
namespace {

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

} // namespace

SynonymTable parse_synonyms(std::string_view groups_text, std::string_view stopwords_text) {
    SynonymTable table;
    std::istringstream groups{std::string(groups_text)};
    std::string line;
    int number = 0;
    while (std::getline(groups, line)) {
        ++number;
        const auto content = trim(line);
        if (content.empty() || content.front() == '#')
            continue;
        SynonymGroup group;
        std::size_t start = 0;
        while (start <= content.size()) {
            const auto bar = content.find('|', start);
            const auto member =
                trim(content.substr(start, bar == std::string_view::npos ? bar : bar - start));
            if (member.starts_with('@')) {
                group.categories.emplace_back(member.substr(1));
            } else if (member.starts_with('%')) {
                group.audiences.emplace_back(member.substr(1));
            } else {
                // An empty member ("a || b", a stray bar) is a slip in the list, not a synonym.
                auto tokens = fold_words(member);
                if (tokens.empty())
                    throw Error(ErrorCode::invalid_input,
                                "synonyms line " + std::to_string(number) + ": empty member");
                table.longest_member = std::max(table.longest_member, tokens.size());
                std::string key;
                for (const auto& token : tokens)
                    key += (key.empty() ? "" : " ") + stem(token);
                if (tokens.size() > 1)
                    table.stems[stem(tokens.front())].starts_member = true;
                auto& holders = table.groups_of[key];
                if (std::find(holders.begin(), holders.end(), table.groups.size()) == holders.end())
                    holders.push_back(table.groups.size());
                if (tokens.size() == 1)
                    table.stems[key].groups = holders;
                group.members.push_back(std::move(tokens));
            }
            if (bar == std::string_view::npos)
                break;
            start = bar + 1;
        }
        if (group.members.size() + group.categories.size() + group.audiences.size() < 2)
            throw Error(ErrorCode::invalid_input,
                        "synonyms line " + std::to_string(number) + ": a group needs two members");
        table.group_tokens.push_back(group_token(table.groups.size()));
        table.groups.push_back(std::move(group));
    }
    for (const auto& [stem, info] : table.stems)
        table.stem_filter.set(SynonymTable::filter_slot(stem));
    // FNV-1a over both texts: cheap, stable across builds and machines.
    std::uint64_t hash = 1469598103934665603ull;
    for (const auto text : {groups_text, stopwords_text})
        for (const char c : text) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ull;
        }
    table.fingerprint = hash;
    std::istringstream stops{std::string(stopwords_text)};
    while (std::getline(stops, line)) {
        if (trim(line).starts_with('#'))
            continue;
        for (auto& word : fold_words(line))
            table.stopwords.insert(std::move(word));
    }
    return table;
}

const std::vector<std::size_t>* SynonymTable::find(const std::vector<std::string>& tokens,
                                                   std::size_t first, std::size_t count) const {
    std::string key;
    for (std::size_t i = first; i < first + count; ++i)
        key += (key.empty() ? "" : " ") + stem(tokens[i]);
    return find_key(key);
}

const std::vector<std::size_t>* SynonymTable::find_key(std::string_view key) const {
    const auto it = groups_of.find(key);
    return it == groups_of.end() ? nullptr : &it->second;
}

std::size_t SynonymTable::filter_slot(std::string_view stem) noexcept {
    if (stem.empty())
        return 0;
    const auto byte = [&](std::size_t i) {
        return static_cast<unsigned char>(stem[i]);
    };
    return (stem.size() * 613 + byte(0) * 31 + byte(stem.size() - 1) * 7 + byte(stem.size() / 2)) %
           4096;
}

const SynonymTable::StemInfo* SynonymTable::stem_info(std::string_view stem) const {
    if (!stem_filter.test(filter_slot(stem)))
        return nullptr;
    const auto it = stems.find(stem);
    return it == stems.end() ? nullptr : &it->second;
}

std::string group_token(std::size_t index) {
    return "0syn" + std::to_string(index);
}

const SynonymTable& synonym_table() {
    static const SynonymTable table = [] {
        std::string_view groups, stops;
        for (const auto& file : embedded::synonym_lists()) {
            if (file.name == "synonyms.tsv")
                groups = file.text;
            else if (file.name == "stopwords.txt")
                stops = file.text;
        }
        return parse_synonyms(groups, stops);
    }();
    return table;
}

} // namespace relais
