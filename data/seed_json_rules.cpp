#include "data/seed_json_detail.h"

#include <boost/url/parse.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>

// The rules a decoded service must keep: the formats of its fields and their bounds.

namespace relais::seed_json_detail {
namespace {

// C0 controls, DEL and the C1 controls (U+0080..U+009F, 0xC2 0x80..0x9F in UTF-8).
bool has_control(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}

// Today's date (UTC) plus `days`, as "YYYY-MM-DD".
std::string utc_date(int days) {
    const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day date{today + std::chrono::days(days)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

} // namespace

bool is_slug(std::string_view id) {
    return !id.empty() && id.size() <= 120 && id.front() != '-' && id.back() != '-' &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

bool is_phone_number(std::string_view number) {
    const auto digits =
        std::count_if(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool only_digits_and_spaces =
        std::all_of(number.begin() + (number.starts_with('+') ? 1 : 0), number.end(),
                    [](char c) { return (c >= '0' && c <= '9') || c == ' '; });
    if (!only_digits_and_spaces || number.ends_with(' '))
        return false;
    if (number.starts_with('+'))
        return number.size() > 1 && number[1] != '0' && number[1] != ' ' && digits >= 8 &&
               digits <= 15;
    return digits == static_cast<long>(number.size()) && digits >= 3 && digits <= 6;
}

bool is_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || at != email.rfind('@') ||
        email.size() > 254)
        return false;
    const std::string_view local = email.substr(0, at);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos ||
        local.find_first_of(" \t<>,;:()[]\\\"") != std::string_view::npos)
        return false;
    std::string_view domain = email.substr(at + 1);
    int labels = 0;
    std::string_view last;
    while (true) {
        const auto dot = domain.find('.');
        const std::string_view label = domain.substr(0, dot);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-' ||
            !std::all_of(label.begin(), label.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || static_cast<unsigned char>(c) >= 0x80;
            }))
            return false;
        ++labels;
        last = label;
        if (dot == std::string_view::npos)
            break;
        domain.remove_prefix(dot + 1);
    }
    return labels >= 2 && last.size() >= 2 &&
           std::none_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_web_url(std::string_view url) {
    const auto parsed = boost::urls::parse_absolute_uri(url);
    return parsed && (parsed->scheme() == "https" || parsed->scheme() == "http") &&
           !parsed->encoded_host().empty();
}

bool is_iso_date(std::string_view text) {
    if (text.size() < 10)
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return false;
    return text[4] == '-' && text[7] == '-' && (text.size() == 10 || text[10] == 'T');
}

bool is_iso_day_or_month(std::string_view text) {
    if (text.size() == 7)
        return is_iso_date(std::string(text) + "-01");
    return text.size() == 10 && is_iso_date(text);
}

void check_bounds(const Service& s, Checker& check) {
    const ServiceLimits limits;
    const auto text = [&](const std::string& path, std::string_view value, std::size_t max) {
        if (value.size() > max)
            check.fail(path, "is too long (at most " + std::to_string(max) + " bytes)");
        if (has_control(value))
            check.fail(path, "must not contain control characters");
    };
    const auto optional = [&](const std::string& path, const std::optional<std::string>& value,
                              std::size_t max) {
        if (value)
            text(path, *value, max);
    };
    const auto list = [&](const std::string& path, const std::vector<std::string>& values,
                          std::size_t max_items, std::size_t max_bytes) {
        if (values.size() > max_items)
            check.fail(path, "has too many entries (at most " + std::to_string(max_items) + ")");
        for (std::size_t i = 0; i < values.size() && i < max_items; ++i)
            text(path + "[" + std::to_string(i) + "]", values[i], max_bytes);
    };
    const auto localized = [&](const std::string& path, const LocalizedText& value,
                               std::size_t max) {
        for (const Lang lang : kLangs)
            text(path + "." + std::string(to_string(lang)), value.exact(lang), max);
    };

    localized("name", s.name, limits.name);
    localized("description", s.description, limits.long_text);
    list("other_names", s.other_names, limits.other_names, limits.name);
    list("categories", s.categories, limits.categories, limits.short_text);
    for (std::size_t i = 0; i < s.categories.size() && i < limits.categories; ++i) {
        if (std::find(s.categories.begin(), s.categories.begin() + static_cast<long>(i),
                      s.categories[i]) != s.categories.begin() + static_cast<long>(i))
            check.fail("categories[" + std::to_string(i) + "]", "is named twice");
    }
    list("audience", s.audience, limits.audience, limits.short_text);
    optional("address.street", s.address.street, limits.line);
    optional("address.postal_code", s.address.postal_code, limits.short_text);
    optional("address.municipality", s.address.municipality, limits.line);
    optional("address.city", s.address.city, limits.line);
    if (s.phones.size() > limits.phones)
        check.fail("phones",
                   "has too many numbers (at most " + std::to_string(limits.phones) + ")");
    for (std::size_t i = 0; i < s.phones.size() && i < limits.phones; ++i) {
        const std::string path = "phones[" + std::to_string(i) + "]";
        text(path + ".number", s.phones[i].number, limits.short_text);
        optional(path + ".label", s.phones[i].label, limits.line);
    }
    optional("email", s.email, limits.email);
    optional("website", s.website, limits.url);
    if (s.hours && s.hours->size() > limits.hours)
        check.fail("hours", "has too many lines (at most " + std::to_string(limits.hours) + ")");
    for (std::size_t i = 0; s.hours && i < s.hours->size() && i < limits.hours; ++i)
        optional("hours[" + std::to_string(i) + "].note", (*s.hours)[i].note, limits.line);
    if (s.languages)
        list("languages", *s.languages, limits.languages, limits.short_text);
    list("sources", s.sources, limits.sources, limits.url);
    optional("notes", s.notes, limits.long_text);
    if (s.last_verified_at && is_iso_date(*s.last_verified_at) &&
        s.last_verified_at->substr(0, 10) > utc_date(1))
        check.fail("last_verified_at", "must not be in the future");
}

} // namespace relais::seed_json_detail
