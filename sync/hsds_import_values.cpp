#include "sync/hsds_import_detail.h"

#include "data/importer.h"
#include "data/tokenizer.h"

#include <boost/url/parse.hpp>

#include <algorithm>

// Reading HSDS objects, and plain HSDS values in Relais' terms.

namespace relais::sync::hsds_detail {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool digits_at(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size())
        return false;
    return std::all_of(text.begin() + static_cast<long>(at),
                       text.begin() + static_cast<long>(at + count), is_digit);
}

std::string join(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string indexed(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string string_at(const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

const json::array& array_at(const json::object& object, std::string_view key) {
    static const json::array kEmpty;
    const auto* value = object.if_contains(key);
    return value && value->is_array() ? value->get_array() : kEmpty;
}

const json::object* object_at(const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    return value ? value->if_object() : nullptr;
}

// The record name in problems: the HSDS id, or the position when there is none.
std::string record_name(const json::value& item, std::size_t index, const std::string& prefix) {
    const auto* object = item.if_object();
    const std::string id = object ? string_at(*object, "id") : std::string();
    return prefix + (id.empty() ? "#" + std::to_string(index) : id);
}

// Relais wants international numbers ("+32 2 511 11 11") or short numbers ("112"). HSDS
// numbers come in any shape: separators become spaces, "00" becomes "+", and a national
// number starting with 0 is taken as Belgian (the directory's country).
std::optional<std::string> international_number(std::string_view raw) {
    std::vector<std::string> groups;
    bool plus = false;
    bool separated = true;
    for (const char c : raw) {
        if (is_digit(c)) {
            if (separated || groups.empty())
                groups.emplace_back();
            groups.back() += c;
            separated = false;
        } else if (c == '+' && groups.empty()) {
            plus = true;
        } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' ||
                   c == '"' || c == '\'' || c == '\t') {
            separated = true;
        } else {
            return std::nullopt; // letters, extensions written in the number...
        }
    }
    std::string digits;
    for (const std::string& group : groups)
        digits += group;
    if (digits.empty())
        return std::nullopt;
    if (!plus && digits.size() <= 6 && groups.size() == 1 && digits[0] != '0')
        return digits.size() >= 3 ? std::optional(digits) : std::nullopt;
    if (!plus && digits.starts_with("00")) {
        plus = true;
        groups.front().erase(0, 2);
        if (groups.front().empty())
            groups.erase(groups.begin());
    } else if (!plus && digits[0] == '0' && (digits.size() == 9 || digits.size() == 10)) {
        plus = true;
        groups.front().erase(0, 1);
        if (groups.front().empty())
            groups.erase(groups.begin());
        groups.insert(groups.begin(), "32");
    }
    if (!plus || groups.empty() || groups.front()[0] == '0')
        return std::nullopt;
    std::string out = "+";
    std::size_t count = 0;
    for (const std::string& group : groups) {
        if (out.size() > 1)
            out += ' ';
        out += group;
        count += group.size();
    }
    if (count < 8 || count > 15)
        return std::nullopt;
    return out;
}

bool is_email_address(std::string_view text) {
    const auto at = text.find('@');
    return at != text.npos && at > 0 && at == text.rfind('@') && text.find('.', at) != text.npos &&
           text.back() != '.' && text.find_first_of(" \t<>,;") == text.npos;
}

bool is_web_address(std::string_view text) {
    const auto parsed = boost::urls::parse_absolute_uri(text);
    return parsed && (parsed->scheme() == "https" || parsed->scheme() == "http") &&
           !parsed->encoded_host().empty();
}

// ISO 639-1 code of an HSDS language (its code, ISO 639-1 or 639-3, or its English name).
std::optional<std::string> language_code(const json::object& language) {
    struct Known {
        std::string_view code, three, three_b, name;
    };
    static constexpr Known kKnown[] = {
        {"fr", "fra", "fre", "french"},     {"nl", "nld", "dut", "dutch"},
        {"en", "eng", "eng", "english"},    {"de", "deu", "ger", "german"},
        {"es", "spa", "spa", "spanish"},    {"pt", "por", "por", "portuguese"},
        {"it", "ita", "ita", "italian"},    {"ar", "ara", "ara", "arabic"},
        {"tr", "tur", "tur", "turkish"},    {"pl", "pol", "pol", "polish"},
        {"ro", "ron", "rum", "romanian"},   {"bg", "bul", "bul", "bulgarian"},
        {"ru", "rus", "rus", "russian"},    {"uk", "ukr", "ukr", "ukrainian"},
        {"fa", "fas", "per", "persian"},    {"ps", "pus", "pus", "pashto"},
        {"ur", "urd", "urd", "urdu"},       {"zh", "zho", "chi", "chinese"},
        {"sq", "sqi", "alb", "albanian"},   {"hu", "hun", "hun", "hungarian"},
        {"sk", "slk", "slo", "slovak"},     {"cs", "ces", "cze", "czech"},
        {"ti", "tir", "tir", "tigrinya"},   {"so", "som", "som", "somali"},
        {"ln", "lin", "lin", "lingala"},    {"sw", "swa", "swa", "swahili"},
        {"am", "amh", "amh", "amharic"},    {"ku", "kur", "kur", "kurdish"},
        {"el", "ell", "gre", "greek"},      {"hi", "hin", "hin", "hindi"},
        {"bn", "ben", "ben", "bengali"},    {"th", "tha", "tha", "thai"},
        {"vi", "vie", "vie", "vietnamese"}, {"tl", "tgl", "tgl", "tagalog"},
    };
    const std::string code = fold_key(string_at(language, "code"));
    const std::string name = fold_key(string_at(language, "name"));
    if (code.size() == 2 &&
        std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return code;
    for (const Known& known : kKnown) {
        if ((!code.empty() && (code == known.three || code == known.three_b)) ||
            (code.empty() && name == known.name))
            return std::string(known.code);
    }
    return std::nullopt;
}

// Minutes since midnight of an HSDS time ("10:00", "10:00:00", "10:00Z", "09:00+01:00"). The
// offset is not applied: a directory's times are the local times of its services.
std::optional<int> minutes_of(std::string_view text) {
    if (!digits_at(text, 0, 2) || text.size() < 5 || text[2] != ':' || !digits_at(text, 3, 2))
        return std::nullopt;
    std::size_t at = 5;
    if (at < text.size() && text[at] == ':') {
        if (!digits_at(text, at + 1, 2))
            return std::nullopt;
        at += 3;
        if (at < text.size() && text[at] == '.') {
            ++at;
            while (at < text.size() && is_digit(text[at]))
                ++at;
        }
    }
    const std::string_view zone = text.substr(at);
    const bool zone_ok = zone.empty() || zone == "Z" ||
                         ((zone.size() == 6 || zone.size() == 5 || zone.size() == 3) &&
                          (zone[0] == '+' || zone[0] == '-') && digits_at(zone, 1, 2));
    if (!zone_ok)
        return std::nullopt;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

std::optional<Area> area_named(std::string_view name) {
    const std::string key = fold_key(name);
    static const std::map<std::string, Area, std::less<>> kNames{
        {"brussels", Area::brussels},
        {"bruxelles", Area::brussels},
        {"brussel", Area::brussels},
        {"brussels-capital-region", Area::brussels},
        {"region-de-bruxelles-capitale", Area::brussels},
        {"brussels-hoofdstedelijk-gewest", Area::brussels},
        {"belgium", Area::national},
        {"belgique", Area::national},
        {"belgie", Area::national},
        {"national", Area::national},
        {"flanders", Area::flanders},
        {"vlaanderen", Area::flanders},
        {"flandre", Area::flanders},
        {"wallonia", Area::wallonia},
        {"wallonie", Area::wallonia},
    };
    const auto it = kNames.find(key);
    return it == kNames.end() ? std::nullopt : std::optional(it->second);
}

bool is_iso_day(std::string_view text) {
    return text.size() == 10 && digits_at(text, 0, 4) && text[4] == '-' && digits_at(text, 5, 2) &&
           text[7] == '-' && digits_at(text, 8, 2);
}

// A Relais id (slug) for a plain HSDS record, unique among `taken`: from the name, and on a
// clash with the start of the HSDS UUID (stable whatever the order of the records).
std::string unique_slug(const std::string& name, const std::string& uuid,
                        std::set<std::string>& taken, std::string_view fallback) {
    std::string base = organization_id_for(name);
    if (base.empty())
        base = std::string(fallback);
    std::string slug = base;
    if (taken.contains(slug))
        slug = base + "-" + uuid.substr(0, 8);
    for (int n = 2; taken.contains(slug); ++n)
        slug = base + "-" + std::to_string(n);
    taken.insert(slug);
    return slug;
}

} // namespace relais::sync::hsds_detail
