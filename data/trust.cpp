#include "data/trust.h"

#include <array>
#include <charconv>

namespace relais {
namespace {

constexpr std::array<std::string_view, 3> kStates{"confirmed", "checked", "unconfirmed"};
constexpr std::array<std::string_view, 2> kSources{"organization", "public sources"};

struct Dated {
    std::string text;
    std::chrono::sys_days day;
};

// A recorded date, with its day; none when absent, unreadable or after `today`.
std::optional<Dated> dated(const std::optional<std::string>& text, std::chrono::sys_days today) {
    if (!text)
        return std::nullopt;
    const auto day = parse_day(*text);
    if (!day || *day > today)
        return std::nullopt;
    // A date-time keeps only its date: trust is said by the day.
    return Dated{text->substr(0, std::min<std::size_t>(text->size(), 10)), *day};
}

std::chrono::sys_days expiry(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd{day};
    auto later = ymd + kTrustValidity;
    // 29 February + 12 months is 1 March, not an invalid 29 February.
    if (!later.ok())
        later = later.year() / later.month() / std::chrono::last;
    return std::chrono::sys_days{later} + std::chrono::days{1};
}

} // namespace

std::string_view to_string(TrustState value) {
    return kStates[static_cast<std::size_t>(value)];
}

std::string_view to_string(TrustSource value) {
    return kSources[static_cast<std::size_t>(value)];
}

std::optional<std::chrono::sys_days> parse_day(std::string_view text) {
    int y = 0;
    unsigned m = 0, d = 1;
    const auto number = [&](std::size_t at, std::size_t size, auto& value) {
        const auto [end, ec] = std::from_chars(text.data() + at, text.data() + at + size, value);
        return ec == std::errc{} && end == text.data() + at + size;
    };
    if (text.size() < 7 || text[4] != '-' || !number(0, 4, y) || !number(5, 2, m))
        return std::nullopt;
    if (text.size() > 7 && (text.size() < 10 || text[7] != '-' || !number(8, 2, d) ||
                            (text.size() > 10 && text[10] != 'T')))
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                          std::chrono::day{d}};
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days{ymd};
}

std::chrono::sys_days utc_today() {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

bool due_for_confirmation(const Trust& trust, std::chrono::sys_days today) {
    return trust.state == TrustState::unconfirmed ||
           (trust.expires && *trust.expires <= today + kConfirmationNotice);
}

Trust trust_of(const Service& service, std::chrono::sys_days today) {
    const auto confirmed = dated(service.last_verified_at, today);
    const auto checked = service.confidence == Confidence::unverified
                             ? std::nullopt
                             : dated(service.checked_on, today);
    Trust trust;
    auto said = [&](TrustState state, const Dated& when, TrustSource by) {
        trust.state = state;
        trust.date = when.text;
        trust.by = by;
        if (state != TrustState::unconfirmed)
            trust.expires = expiry(when.day);
    };
    if (confirmed && today < expiry(confirmed->day)) {
        said(TrustState::confirmed, *confirmed, TrustSource::organization);
    } else if (checked && today < expiry(checked->day)) {
        said(TrustState::checked, *checked, TrustSource::public_sources);
    } else {
        // Unconfirmed: say when it was last looked at, if ever.
        const auto any_check = checked ? checked : dated(service.checked_on, today);
        if (confirmed && (!any_check || confirmed->day >= any_check->day))
            said(TrustState::unconfirmed, *confirmed, TrustSource::organization);
        else if (any_check)
            said(TrustState::unconfirmed, *any_check, TrustSource::public_sources);
        trust.evidence_date = service.evidence_date;
    }
    return trust;
}

} // namespace relais
