#pragma once
// How far a listing can be trusted: one rule, said the same in search, on the detail page,
// on staff screens, on the referral sheet and in the HSDS export.
//  - confirmed: the organisation itself confirmed or edited the listing (last_verified_at,
//    set by the server's clock), within the last 12 months;
//  - checked: checked against public sources (checked_on) within the last 12 months, and not
//    a record the research could not back (confidence "unverified");
//  - unconfirmed: anything else, including a check or confirmation older than 12 months.
// A date in the future is never trusted: it counts as absent.

#include "data/model.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace relais {

enum class TrustState { confirmed, checked, unconfirmed };
enum class TrustSource { organization, public_sources };
std::string_view to_string(TrustState value);
std::string_view to_string(TrustSource value);

struct Trust {
    TrustState state = TrustState::unconfirmed;
    // The latest check or confirmation, as recorded ("YYYY-MM-DD", or "YYYY-MM" where only
    // the month is known); who made it. Both absent when there was none.
    std::optional<std::string> date;
    std::optional<TrustSource> by;
    // The first day on which a confirmed or checked listing becomes unconfirmed.
    std::optional<std::chrono::sys_days> expires;
    // Unconfirmed listings known only from old sources: the date of the newest.
    std::optional<std::string> evidence_date;
    bool operator==(const Trust&) const = default;
};

// How long a check or a confirmation holds.
inline constexpr std::chrono::months kTrustValidity{12};

Trust trust_of(const Service& service, std::chrono::sys_days today);

// How long before a listing becomes unconfirmed its organisation is asked to confirm it.
inline constexpr std::chrono::days kConfirmationNotice{30};

// Due for confirmation: unconfirmed already, or becoming so within kConfirmationNotice.
bool due_for_confirmation(const Trust& trust, std::chrono::sys_days today);

// The day an ISO 8601 date, date-time ("2026-03-01T10:00:00Z") or month ("2026-03": its
// first day, so that a month-precise check expires no later than the real one) stands for.
std::optional<std::chrono::sys_days> parse_day(std::string_view text);

// Today in UTC, for callers without a clock of their own.
std::chrono::sys_days utc_today();

} // namespace relais
