#include "data/hours.h"

#include "data/error.h"

#include <date/date.h>
#include <date/tz.h>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <initializer_list>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace relais {
namespace {

using namespace std::chrono_literals;
using Hours = std::vector<HoursRange>;

// Expected instants are written in UTC and shifted by hand, so the tests do not lean on the
// time zone code they check. January is CET (UTC+1), July CEST (UTC+2).
TimePoint utc(const char* text) {
    std::istringstream in{text};
    TimePoint at;
    in >> date::parse("%Y-%m-%dT%H:%M", at);
    if (in.fail())
        throw std::invalid_argument(std::string("bad test time: ") + text);
    return at;
}
TimePoint cet(const char* text) {
    return utc(text) - 1h;
}
TimePoint cest(const char* text) {
    return utc(text) - 2h;
}

constexpr int hm(int hours, int minutes) {
    return hours * 60 + minutes;
}

HoursRange range(std::initializer_list<Weekday> days, int opens, int closes) {
    HoursRange out;
    for (Weekday day : days)
        out.days = static_cast<std::uint8_t>(out.days | (1u << static_cast<int>(day)));
    out.opens = opens;
    out.closes = closes;
    return out;
}

const std::initializer_list<Weekday> kWorkdays{Weekday::mo, Weekday::tu, Weekday::we, Weekday::th,
                                               Weekday::fr};
const std::initializer_list<Weekday> kEveryDay{Weekday::mo, Weekday::tu, Weekday::we, Weekday::th,
                                               Weekday::fr, Weekday::sa, Weekday::su};

void expect_open_until(const OpenStatus& status, TimePoint closes_at) {
    EXPECT_EQ(status.state, OpenState::open);
    EXPECT_FALSE(status.always_open);
    EXPECT_EQ(status.closes_at, closes_at);
    EXPECT_EQ(status.opens_at, std::nullopt);
}

void expect_closed_until(const OpenStatus& status, std::optional<TimePoint> opens_at) {
    EXPECT_EQ(status.state, OpenState::closed);
    EXPECT_FALSE(status.always_open);
    EXPECT_EQ(status.opens_at, opens_at);
    EXPECT_EQ(status.closes_at, std::nullopt);
}

// Sets TZ for one scope and puts the previous value back.
class ScopedTz {
public:
    explicit ScopedTz(const char* zone) {
        if (const char* old = std::getenv("TZ"))
            old_ = old;
        ::setenv("TZ", zone, 1);
        ::tzset();
    }
    ~ScopedTz() {
        if (old_)
            ::setenv("TZ", old_->c_str(), 1);
        else
            ::unsetenv("TZ");
        ::tzset();
    }
    ScopedTz(const ScopedTz&) = delete;
    ScopedTz& operator=(const ScopedTz&) = delete;

private:
    std::optional<std::string> old_;
};

// First in the file so that, in the default order, the zone is also first looked up under a
// foreign TZ.
TEST(Hours, IndependentOfTheProcessTimeZone) {
    ScopedTz tz("America/New_York");
    const Hours hours{range(kWorkdays, hm(9, 0), hm(17, 0))};
    // Monday 12 January 2026, 16:30 in Brussels is 10:30 in New York.
    expect_open_until(open_status(hours, cet("2026-01-12T16:30")), cet("2026-01-12T17:00"));
    expect_closed_until(open_status(hours, cet("2026-01-12T17:30")), cet("2026-01-13T09:00"));
    EXPECT_EQ(parse_brussels_local("2026-07-01T12:00"), cest("2026-07-01T12:00"));
    EXPECT_EQ(format_brussels_local(utc("2026-01-12T23:30")), "2026-01-13T00:30");
    EXPECT_EQ(format_brussels_local(utc("2026-07-01T10:00"), "%H:%M %Z"), "12:00 CEST");
}

TEST(Hours, UnknownWithoutHours) {
    const OpenStatus status = open_status(std::nullopt, cet("2026-01-12T10:00"));
    EXPECT_EQ(status.state, OpenState::unknown);
    EXPECT_EQ(status.opens_at, std::nullopt);
    EXPECT_EQ(status.closes_at, std::nullopt);
    EXPECT_FALSE(status.always_open);
}

TEST(Hours, UnknownWithEmptyOrUnreadableHours) {
    EXPECT_EQ(open_status(Hours{}, cet("2026-01-12T10:00")).state, OpenState::unknown);
    // No day, an impossible time, a zero-length range: nothing to go on, so not "closed".
    const Hours unreadable{range({}, hm(9, 0), hm(17, 0)), range(kWorkdays, hm(9, 0), hm(25, 0)),
                           range(kWorkdays, -10, hm(17, 0)), range(kWorkdays, hm(9, 0), hm(9, 0))};
    EXPECT_EQ(open_status(unreadable, cet("2026-01-12T10:00")).state, OpenState::unknown);
}

TEST(Hours, UnreadableRangesAreIgnoredNextToGoodOnes) {
    const Hours hours{range(kWorkdays, hm(9, 0), hm(25, 0)), range(kWorkdays, hm(9, 0), hm(17, 0))};
    expect_open_until(open_status(hours, cet("2026-01-12T10:00")), cet("2026-01-12T17:00"));
}

TEST(Hours, OpenAndClosedDuringTheDay) {
    const Hours hours{range(kWorkdays, hm(9, 0), hm(12, 0)),
                      range(kWorkdays, hm(13, 0), hm(17, 0))};
    // Monday 12 January 2026.
    expect_closed_until(open_status(hours, cet("2026-01-12T08:59")), cet("2026-01-12T09:00"));
    expect_open_until(open_status(hours, cet("2026-01-12T09:00")), cet("2026-01-12T12:00"));
    expect_open_until(open_status(hours, cet("2026-01-12T11:59")), cet("2026-01-12T12:00"));
    expect_closed_until(open_status(hours, cet("2026-01-12T12:00")), cet("2026-01-12T13:00"));
    expect_open_until(open_status(hours, cet("2026-01-12T16:00")), cet("2026-01-12T17:00"));
    // Closing time itself is closed; the next opening is the next morning.
    expect_closed_until(open_status(hours, cet("2026-01-12T17:00")), cet("2026-01-13T09:00"));
}

TEST(Hours, SecondsWithinAMinuteCount) {
    const Hours hours{range(kWorkdays, hm(9, 0), hm(17, 0))};
    expect_open_until(open_status(hours, cet("2026-01-12T16:59") + 59s), cet("2026-01-12T17:00"));
    expect_closed_until(open_status(hours, cet("2026-01-12T08:59") + 30s), cet("2026-01-12T09:00"));
}

TEST(Hours, OpensAtOverTheWeekend) {
    const Hours hours{range(kWorkdays, hm(9, 0), hm(17, 0))};
    // Friday evening and Saturday: Monday 19 January.
    expect_closed_until(open_status(hours, cet("2026-01-16T18:00")), cet("2026-01-19T09:00"));
    expect_closed_until(open_status(hours, cet("2026-01-17T12:00")), cet("2026-01-19T09:00"));
}

TEST(Hours, OpensAtNextWeek) {
    const Hours hours{range({Weekday::mo}, hm(9, 0), hm(12, 0))};
    // Just after Monday's opening: the next is the following Monday.
    expect_closed_until(open_status(hours, cet("2026-01-12T12:00")), cet("2026-01-19T09:00"));
    const Hours thursday{range({Weekday::th}, hm(19, 0), hm(20, 0))};
    expect_closed_until(open_status(thursday, cet("2026-01-16T10:00")), cet("2026-01-22T19:00"));
}

TEST(Hours, PastMidnightRange) {
    // A night shelter listed for Monday: Monday 20:00 to Tuesday 08:00.
    const Hours hours{range({Weekday::mo}, hm(20, 0), hm(8, 0))};
    expect_closed_until(open_status(hours, cet("2026-01-12T19:00")), cet("2026-01-12T20:00"));
    expect_open_until(open_status(hours, cet("2026-01-12T21:00")), cet("2026-01-13T08:00"));
    expect_open_until(open_status(hours, cet("2026-01-13T03:00")), cet("2026-01-13T08:00"));
    expect_closed_until(open_status(hours, cet("2026-01-13T08:00")), cet("2026-01-19T20:00"));
    expect_closed_until(open_status(hours, cet("2026-01-13T09:00")), cet("2026-01-19T20:00"));
    // Sunday night is not Monday night.
    expect_closed_until(open_status(hours, cet("2026-01-12T03:00")), cet("2026-01-12T20:00"));
}

TEST(Hours, NightlyShelter) {
    const Hours hours{range(kEveryDay, hm(20, 0), hm(8, 0))};
    expect_open_until(open_status(hours, cet("2026-01-12T07:00")), cet("2026-01-12T08:00"));
    expect_closed_until(open_status(hours, cet("2026-01-12T12:00")), cet("2026-01-12T20:00"));
    // Sunday night runs into Monday morning across the week boundary.
    expect_open_until(open_status(hours, cet("2026-01-18T23:00")), cet("2026-01-19T08:00"));
}

TEST(Hours, AlwaysOpen) {
    const auto expect_always_open = [](const Hours& hours, TimePoint when) {
        const OpenStatus status = open_status(hours, when);
        EXPECT_EQ(status.state, OpenState::open);
        EXPECT_TRUE(status.always_open);
        EXPECT_EQ(status.closes_at, std::nullopt);
        EXPECT_EQ(status.opens_at, std::nullopt);
    };
    const Hours line{range(kEveryDay, hm(0, 0), hm(24, 0))};
    expect_always_open(line, cet("2026-01-12T10:00"));
    expect_always_open(line, cet("2026-01-18T23:59"));
    expect_always_open(line, utc("2026-03-29T01:00")); // DST days too
    expect_always_open(line, utc("2026-10-25T01:30"));
    // The same week written in other ways is still 24/7.
    expect_always_open(
        {range(kEveryDay, hm(0, 0), hm(12, 0)), range(kEveryDay, hm(12, 0), hm(24, 0))},
        cet("2026-01-14T12:00"));
    expect_always_open(
        {range(kEveryDay, hm(20, 0), hm(8, 0)), range(kEveryDay, hm(8, 0), hm(20, 0))},
        cet("2026-01-14T03:00"));
}

TEST(Hours, ClosesAtWalksAcrossTouchingDays) {
    const Hours hours{range({Weekday::mo}, hm(0, 0), hm(24, 0)),
                      range({Weekday::tu}, hm(0, 0), hm(24, 0)),
                      range({Weekday::we}, hm(0, 0), hm(12, 0))};
    expect_open_until(open_status(hours, cet("2026-01-12T10:00")), cet("2026-01-14T12:00"));
    expect_open_until(open_status(hours, cet("2026-01-13T23:59")), cet("2026-01-14T12:00"));

    const Hours workweek{range(kWorkdays, hm(0, 0), hm(24, 0))};
    expect_open_until(open_status(workweek, cet("2026-01-14T10:00")), cet("2026-01-17T00:00"));
    expect_closed_until(open_status(workweek, cet("2026-01-17T10:00")), cet("2026-01-19T00:00"));

    // A past-midnight range that runs into the next day's range.
    const Hours night_then_day{range({Weekday::mo}, hm(20, 0), hm(8, 0)),
                               range({Weekday::tu}, hm(8, 0), hm(12, 0))};
    expect_open_until(open_status(night_then_day, cet("2026-01-13T03:00")),
                      cet("2026-01-13T12:00"));

    // Overlapping ranges count as one opening.
    const Hours overlapping{range({Weekday::mo}, hm(9, 0), hm(13, 0)),
                            range({Weekday::mo}, hm(12, 0), hm(18, 0))};
    expect_open_until(open_status(overlapping, cet("2026-01-12T10:00")), cet("2026-01-12T18:00"));
}

TEST(Hours, ClosesAtAcrossTheWeekBoundary) {
    const Hours weekend{range({Weekday::sa, Weekday::su}, hm(0, 0), hm(24, 0)),
                        range({Weekday::mo}, hm(0, 0), hm(9, 0))};
    expect_open_until(open_status(weekend, cet("2026-01-17T10:00")), cet("2026-01-19T09:00"));
}

TEST(Hours, NearlyAlwaysOpen) {
    // Everything but Sunday 23:00-24:00: a six-day-long opening, not 24/7.
    const Hours hours{
        range({Weekday::mo, Weekday::tu, Weekday::we, Weekday::th, Weekday::fr, Weekday::sa},
              hm(0, 0), hm(24, 0)),
        range({Weekday::su}, hm(0, 0), hm(23, 0))};
    expect_open_until(open_status(hours, cet("2026-01-12T00:00")), cet("2026-01-18T23:00"));
    expect_closed_until(open_status(hours, cet("2026-01-18T23:30")), cet("2026-01-19T00:00"));
}

// Sunday 29 March 2026: at 02:00 CET clocks jump to 03:00 CEST.
TEST(Hours, SpringForward) {
    const Hours hours{range({Weekday::su}, hm(1, 0), hm(4, 0))};
    const OpenStatus before = open_status(hours, utc("2026-03-28T23:30")); // 00:30 CET
    expect_closed_until(before, utc("2026-03-29T00:00"));                  // 01:00 CET
    const OpenStatus during = open_status(hours, utc("2026-03-29T00:30")); // 01:30 CET
    expect_open_until(during, utc("2026-03-29T02:00"));                    // 04:00 CEST
    // 01:00-04:00 on the wall clock lasts two hours that day.
    EXPECT_EQ(*during.closes_at - *before.opens_at, 2h);
    expect_open_until(open_status(hours, utc("2026-03-29T01:00")), utc("2026-03-29T02:00"));
    // At closing, the next opening is a week later, in summer time.
    expect_closed_until(open_status(hours, utc("2026-03-29T02:00")), cest("2026-04-05T01:00"));
}

TEST(Hours, OpeningInsideTheSpringGap) {
    // 02:30 does not exist that day: the opening starts when the clocks reach 03:00.
    const Hours hours{range({Weekday::su}, hm(2, 30), hm(5, 0))};
    const OpenStatus before = open_status(hours, utc("2026-03-29T00:30")); // 01:30 CET
    expect_closed_until(before, utc("2026-03-29T01:00"));                  // 03:00 CEST
    const OpenStatus during = open_status(hours, utc("2026-03-29T01:00"));
    expect_open_until(during, utc("2026-03-29T03:00")); // 05:00 CEST
    EXPECT_EQ(*during.closes_at - *before.opens_at, 2h);
}

TEST(Hours, OpeningSwallowedByTheSpringGap) {
    // 02:00-02:45 never happens on 29 March; the next real one is a week later.
    const Hours hours{range({Weekday::su}, hm(2, 0), hm(2, 45))};
    expect_closed_until(open_status(hours, utc("2026-03-29T00:30")), cest("2026-04-05T02:00"));
}

TEST(Hours, ClosingInsideTheSpringGap) {
    const Hours hours{range({Weekday::su}, hm(1, 0), hm(2, 30))};
    // Closes when the clocks jump, at 03:00 CEST.
    expect_open_until(open_status(hours, utc("2026-03-29T00:30")), utc("2026-03-29T01:00"));
}

// Sunday 25 October 2026: at 03:00 CEST clocks go back to 02:00 CET.
TEST(Hours, FallBack) {
    const Hours hours{range({Weekday::su}, hm(1, 0), hm(4, 0))};
    const OpenStatus before = open_status(hours, utc("2026-10-24T22:30")); // 00:30 CEST
    expect_closed_until(before, utc("2026-10-24T23:00"));                  // 01:00 CEST
    const OpenStatus during = open_status(hours, utc("2026-10-24T23:30")); // 01:30 CEST
    expect_open_until(during, utc("2026-10-25T03:00"));                    // 04:00 CET
    // 01:00-04:00 on the wall clock lasts four hours that day.
    EXPECT_EQ(*during.closes_at - *before.opens_at, 4h);
    // Both passes through 02:30 are open and agree on the closing time.
    expect_open_until(open_status(hours, utc("2026-10-25T00:30")), utc("2026-10-25T03:00"));
    expect_open_until(open_status(hours, utc("2026-10-25T01:30")), utc("2026-10-25T03:00"));
    expect_closed_until(open_status(hours, utc("2026-10-25T03:00")), cet("2026-11-01T01:00"));
}

TEST(Hours, ClosingInsideTheRepeatedHour) {
    const Hours hours{range({Weekday::su}, hm(1, 0), hm(2, 30))};
    // First pass through 02:15 (CEST): closes at the first 02:30.
    expect_open_until(open_status(hours, utc("2026-10-25T00:15")), utc("2026-10-25T00:30"));
    // The wall clock shows 02:00-02:30 again an hour later: open again until the second 02:30,
    // never a closing time already past.
    expect_closed_until(open_status(hours, utc("2026-10-25T00:45")), utc("2026-10-25T01:00"));
    expect_open_until(open_status(hours, utc("2026-10-25T01:15")), utc("2026-10-25T01:30"));
    expect_closed_until(open_status(hours, utc("2026-10-25T01:30")), cet("2026-11-01T01:00"));
}

// The oracle: read the wall clock at `at` and look the minute up, the way a person would.
bool open_on_the_wall_clock(const Hours& hours, TimePoint at) {
    static const date::time_zone* const zone = date::locate_zone("Europe/Brussels");
    const date::local_seconds local = zone->to_local(at);
    const date::local_days day = date::floor<date::days>(local);
    const int today = static_cast<int>(date::weekday{day}.iso_encoding()) - 1;
    const int yesterday = (today + 6) % 7;
    const int minute = static_cast<int>(date::floor<std::chrono::minutes>(local - day).count());
    for (const HoursRange& r : hours) {
        const bool on_today = (r.days >> today) & 1u;
        const bool on_yesterday = (r.days >> yesterday) & 1u;
        if (r.closes > r.opens && on_today && r.opens <= minute && minute < r.closes)
            return true;
        if (r.closes < r.opens &&
            ((on_today && minute >= r.opens) || (on_yesterday && minute < r.closes)))
            return true;
    }
    return false;
}

// Random schedules checked minute by minute against the oracle around both 2026 DST changes
// and an ordinary week: the state, and the first minute at which it changes.
TEST(Hours, AgreesWithAMinuteByMinuteScan) {
    std::mt19937 random(20260329);
    const auto quarter = [&](int from, int to) {
        return std::uniform_int_distribution<int>(from, to)(random) * 15;
    };
    for (int round = 0; round < 40; ++round) {
        Hours hours;
        const int count = std::uniform_int_distribution<int>(1, 3)(random);
        for (int i = 0; i < count; ++i) {
            HoursRange r;
            r.days = static_cast<std::uint8_t>(std::uniform_int_distribution<int>(1, 127)(random));
            r.opens = quarter(0, 95);
            do {
                r.closes = quarter(0, 96);
            } while (r.closes == r.opens);
            hours.push_back(r);
        }
        if (open_status(hours, utc("2026-01-12T00:00")).always_open)
            continue;
        for (const char* start : {"2026-03-28T12:00", "2026-10-24T12:00", "2026-01-10T12:00"}) {
            for (TimePoint when = utc(start); when < utc(start) + 48h; when += 97min) {
                const OpenStatus status = open_status(hours, when);
                const bool open = open_on_the_wall_clock(hours, when);
                ASSERT_EQ(status.state, open ? OpenState::open : OpenState::closed)
                    << "round " << round << " at " << date::format("%FT%RZ", when);
                std::optional<TimePoint> change;
                for (TimePoint at = date::floor<std::chrono::minutes>(when) + 1min;
                     at < when + date::days{9}; at += 1min) {
                    if (open_on_the_wall_clock(hours, at) != open) {
                        change = at;
                        break;
                    }
                }
                ASSERT_TRUE(change.has_value());
                EXPECT_EQ(open ? status.closes_at : status.opens_at, change)
                    << "round " << round << " at " << date::format("%FT%RZ", when);
            }
        }
    }
}

TEST(ParseBrusselsLocal, WinterAndSummer) {
    EXPECT_EQ(parse_brussels_local("2026-01-15T10:00"), cet("2026-01-15T10:00"));
    EXPECT_EQ(parse_brussels_local("2026-07-01T12:00"), cest("2026-07-01T12:00"));
    EXPECT_EQ(parse_brussels_local("2026-07-01T12:00:30"), cest("2026-07-01T12:00") + 30s);
    EXPECT_EQ(parse_brussels_local("2026-01-01T00:00"), utc("2025-12-31T23:00"));
    EXPECT_EQ(parse_brussels_local("2028-02-29T23:59:59"), cet("2028-02-29T23:59") + 59s);
}

TEST(ParseBrusselsLocal, GapMovesForwardAndOverlapTakesTheEarlierInstant) {
    // 02:30 on 29 March 2026 does not exist: the first real instant after it is 03:00 CEST.
    EXPECT_EQ(parse_brussels_local("2026-03-29T02:30"), utc("2026-03-29T01:00"));
    EXPECT_EQ(parse_brussels_local("2026-03-29T03:00"), utc("2026-03-29T01:00"));
    EXPECT_EQ(parse_brussels_local("2026-03-29T01:59"), utc("2026-03-29T00:59"));
    // 02:30 on 25 October 2026 happens twice: the CEST one.
    EXPECT_EQ(parse_brussels_local("2026-10-25T02:30"), utc("2026-10-25T00:30"));
    EXPECT_EQ(parse_brussels_local("2026-10-25T03:00"), utc("2026-10-25T02:00"));
}

TEST(ParseBrusselsLocal, RejectsMalformedText) {
    for (const char* text : {"",
                             "garbage",
                             "2026-01-15",
                             "2026-01-15T10",
                             "2026-01-15T10:0",
                             "2026-01-15 10:00",
                             "2026-01-15t10:00",
                             "2026/01/15T10:00",
                             "2026-1-15T10:00",
                             "26-01-15T10:00",
                             "+026-01-15T10:00",
                             "-026-01-15T10:00",
                             "2026-01-15T+1:00",
                             "2026-01-15T 1:00",
                             " 2026-01-15T10:00",
                             "2026-01-15T10:00 ",
                             "2026-01-15T10:00Z",
                             "2026-01-15T10:00+01",
                             "2026-01-15T10:00:",
                             "2026-01-15T10:00:0",
                             "2026-01-15T10:00:00.5",
                             "2026-01-15T10:00:00Z",
                             "2026-01-15T10-00",
                             "2026-01-15T10:00-00",
                             "２026-01-15T10:00",
                             "2026-0a-15T10:00"}) {
        EXPECT_EQ(parse_brussels_local(text), std::nullopt) << '"' << text << '"';
    }
}

TEST(ParseBrusselsLocal, RejectsOutOfRangeFields) {
    for (const char* text :
         {"2026-00-15T10:00", "2026-13-15T10:00", "2026-01-00T10:00", "2026-01-32T10:00",
          "2026-02-29T10:00", "2026-04-31T10:00", "2026-01-15T24:00", "2026-01-15T25:00",
          "2026-01-15T10:60", "2026-01-15T10:00:60", "2026-01-15T99:99:99"}) {
        EXPECT_EQ(parse_brussels_local(text), std::nullopt) << '"' << text << '"';
    }
}

TEST(ParseBrusselsLocal, RejectsEmbeddedNul) {
    using namespace std::string_view_literals;
    EXPECT_EQ(parse_brussels_local("2026-01-15T10:00\0"sv), std::nullopt);
    EXPECT_EQ(parse_brussels_local("2026-01-15T1\0:00"sv), std::nullopt);
}

TEST(FormatBrusselsLocal, FormatsWallTime) {
    EXPECT_EQ(format_brussels_local(utc("2026-01-15T09:00")), "2026-01-15T10:00");
    EXPECT_EQ(format_brussels_local(utc("2026-07-01T10:00")), "2026-07-01T12:00");
    EXPECT_EQ(format_brussels_local(utc("2026-03-29T01:00"), "%H:%M %Z"), "03:00 CEST");
    EXPECT_EQ(format_brussels_local(utc("2026-10-25T00:30"), "%H:%M %Z"), "02:30 CEST");
    EXPECT_EQ(format_brussels_local(utc("2026-10-25T01:30"), "%H:%M %Z"), "02:30 CET");
}

TEST(FormatBrusselsLocal, RoundTripsThroughParse) {
    for (const char* text : {"2026-01-15T10:00", "2026-07-01T12:00", "2026-10-25T01:59"}) {
        const auto at = parse_brussels_local(text);
        ASSERT_TRUE(at.has_value()) << text;
        EXPECT_EQ(format_brussels_local(*at), text);
    }
}

TEST(Hhmm, Parses) {
    EXPECT_EQ(parse_hhmm("00:00"), 0);
    EXPECT_EQ(parse_hhmm("09:30"), hm(9, 30));
    EXPECT_EQ(parse_hhmm("23:59"), hm(23, 59));
    EXPECT_EQ(parse_hhmm("24:00"), 1440);
}

TEST(Hhmm, RejectsBadText) {
    for (const char* text :
         {"", "24:01", "24:30", "25:00", "99:00", "09:60", "9:30", "09:3", "0930", "09:30 ",
          " 09:30", "09.30", "ab:cd", "-1:00", "+9:30", "09:-1", "09:3a", "009:30", "09:30:00"}) {
        EXPECT_EQ(parse_hhmm(text), std::nullopt) << '"' << text << '"';
    }
}

TEST(Hhmm, Formats) {
    EXPECT_EQ(format_hhmm(0), "00:00");
    EXPECT_EQ(format_hhmm(hm(9, 5)), "09:05");
    EXPECT_EQ(format_hhmm(hm(23, 59)), "23:59");
    EXPECT_EQ(format_hhmm(1440), "24:00");
}

TEST(Hhmm, FormatRefusesOutOfRangeMinutes) {
    EXPECT_THROW(format_hhmm(-1), Error);
    EXPECT_THROW(format_hhmm(1441), Error);
    try {
        format_hhmm(5000);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    }
}

TEST(Hhmm, RoundTripsEveryMinute) {
    for (int minutes = 0; minutes <= 1440; ++minutes)
        EXPECT_EQ(parse_hhmm(format_hhmm(minutes)), minutes);
}

} // namespace
} // namespace relais
