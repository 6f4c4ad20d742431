#include "data/hours.h"

#include "data/error.h"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace relais {
namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kMinutesPerWeek = 7 * kMinutesPerDay;

const date::time_zone& brussels() {
    // locate_zone reads and parses the zone file: once per process is enough. A failure is not
    // cached, so a later call retries.
    static const date::time_zone* const zone = [] {
        try {
            return date::locate_zone("Europe/Brussels");
        } catch (const std::exception& e) {
            throw Error(ErrorCode::io,
                        std::string("time zone Europe/Brussels unavailable: ") + e.what());
        }
    }();
    return *zone;
}

// A half-open span [begin, end) in minutes from some local midnight.
struct Span {
    int begin = 0;
    int end = 0;
};

// Ranges the data layer cannot interpret are ignored rather than guessed at. closes == opens
// is taken as empty: "24 hours from opens" is written as closes < opens or 00:00–24:00.
bool usable(const HoursRange& range) {
    return (range.days & 0x7fu) != 0 && range.opens >= 0 && range.opens < kMinutesPerDay &&
           range.closes >= 0 && range.closes <= kMinutesPerDay && range.closes != range.opens;
}

int length(const HoursRange& range) {
    return range.closes > range.opens ? range.closes - range.opens
                                      : range.closes + kMinutesPerDay - range.opens;
}

// Overlapping and touching spans become one, so an opening that continues into the next day's
// range reports the real end.
std::vector<Span> merged(std::vector<Span> spans) {
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::vector<Span> out;
    for (const Span& span : spans) {
        if (!out.empty() && span.begin <= out.back().end)
            out.back().end = std::max(out.back().end, span.end);
        else
            out.push_back(span);
    }
    return out;
}

// Every opening that starts on `count` consecutive local days, the first of which is weekday
// `first_weekday` (Monday = 0), in minutes from that first day's midnight.
std::vector<Span> openings(const std::vector<HoursRange>& hours, int first_weekday, int count) {
    std::vector<Span> spans;
    for (int day = 0; day < count; ++day) {
        const int weekday = (first_weekday + day) % 7;
        for (const HoursRange& range : hours) {
            if (usable(range) && range.has(static_cast<Weekday>(weekday))) {
                const int begin = day * kMinutesPerDay + range.opens;
                spans.push_back({begin, begin + length(range)});
            }
        }
    }
    return merged(std::move(spans));
}

// 24/7 whatever the ranges look like: the weekly pattern, folded at Sunday midnight, leaves no
// minute uncovered.
bool covers_whole_week(const std::vector<HoursRange>& hours) {
    std::vector<Span> spans;
    for (const Span& span : openings(hours, 0, 7)) {
        spans.push_back({span.begin, std::min(span.end, kMinutesPerWeek)});
        if (span.end > kMinutesPerWeek)
            spans.push_back({0, span.end - kMinutesPerWeek});
    }
    const std::vector<Span> week = merged(std::move(spans));
    return week.size() == 1 && week.front().begin == 0 && week.front().end >= kMinutesPerWeek;
}

// A half-open stretch of real time.
struct Stretch {
    TimePoint begin;
    TimePoint end;
};

// The real instants at which Brussels clocks show a time inside `spans` (minutes from local
// midnight of `origin`). Each span is mapped through every UTC offset in force around it and
// clipped to when that offset applies, so a wall time in the spring-forward gap never occurs
// (an opening starts at the end of the gap) and a repeated autumn wall time occurs twice.
std::vector<Stretch> real_time(const date::time_zone& zone, date::local_days origin,
                               const std::vector<Span>& spans) {
    if (spans.empty())
        return {};
    const auto wall = [&](int minute) {
        return date::local_seconds{origin} + std::chrono::minutes{minute};
    };
    const auto as_if_utc = [](date::local_seconds local) {
        return TimePoint{local.time_since_epoch()};
    };
    // A day either side is more than any UTC offset.
    const TimePoint from = as_if_utc(wall(spans.front().begin)) - date::days{1};
    const TimePoint to = as_if_utc(wall(spans.back().end)) + date::days{1};
    std::vector<date::sys_info> periods;
    for (TimePoint at = from; at < to; at = periods.back().end)
        periods.push_back(zone.get_info(at));

    std::vector<Stretch> stretches;
    for (const Span& span : spans) {
        for (const date::sys_info& period : periods) {
            const TimePoint begin =
                std::max(as_if_utc(wall(span.begin)) - period.offset, period.begin);
            const TimePoint end = std::min(as_if_utc(wall(span.end)) - period.offset, period.end);
            if (begin < end)
                stretches.push_back({begin, end});
        }
    }
    std::sort(stretches.begin(), stretches.end(),
              [](const Stretch& a, const Stretch& b) { return a.begin < b.begin; });
    std::vector<Stretch> out;
    for (const Stretch& stretch : stretches) {
        if (!out.empty() && stretch.begin <= out.back().end)
            out.back().end = std::max(out.back().end, stretch.end);
        else
            out.push_back(stretch);
    }
    return out;
}

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A fixed-width field of decimal digits; signs and spaces are refused.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t count) {
    const std::string_view field = text.substr(pos, count);
    if (field.size() != count || !all_digits(field))
        return std::nullopt;
    int value = 0;
    for (char c : field)
        value = value * 10 + (c - '0');
    return value;
}

} // namespace

OpenStatus open_status(const std::optional<std::vector<HoursRange>>& hours, TimePoint when) {
    OpenStatus status;
    // No hours, or none we can read, is no data: never report "closed" from it.
    if (!hours || std::none_of(hours->begin(), hours->end(), usable))
        return status;

    if (covers_whole_week(*hours)) {
        status.state = OpenState::open;
        status.always_open = true;
        return status;
    }

    const date::time_zone& zone = brussels();
    const date::local_days today = date::floor<date::days>(zone.to_local(when));
    // From yesterday, whose past-midnight ranges may still run, through seven days ahead: a
    // schedule that is not 24/7 leaves a gap in every week, so the end of the current opening
    // and the next opening both fall inside. Looking to the end of the seventh day rather than
    // exactly 7 x 24 h also finds next week's opening when this week's fell into the DST gap.
    const date::local_days first_day = today - date::days{1};
    const int first_weekday = static_cast<int>(date::weekday{first_day}.iso_encoding()) - 1;
    const std::vector<Stretch> stretches =
        real_time(zone, first_day, openings(*hours, first_weekday, 9));

    for (const Stretch& stretch : stretches) {
        if (stretch.begin <= when && when < stretch.end) {
            status.state = OpenState::open;
            status.closes_at = stretch.end;
            return status;
        }
        if (stretch.begin > when) {
            status.state = OpenState::closed;
            status.opens_at = stretch.begin;
            return status;
        }
    }
    status.state = OpenState::closed;
    return status;
}

std::optional<TimePoint> parse_brussels_local(std::string_view local) {
    if (local.size() != 16 && local.size() != 19)
        return std::nullopt;
    if (local[4] != '-' || local[7] != '-' || local[10] != 'T' || local[13] != ':')
        return std::nullopt;
    if (local.size() == 19 && local[16] != ':')
        return std::nullopt;

    const auto year = digits(local, 0, 4);
    const auto month = digits(local, 5, 2);
    const auto day = digits(local, 8, 2);
    const auto hour = digits(local, 11, 2);
    const auto minute = digits(local, 14, 2);
    const auto second = local.size() == 19 ? digits(local, 17, 2) : std::optional<int>(0);
    if (!year || !month || !day || !hour || !minute || !second)
        return std::nullopt;
    if (*hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;

    const date::year_month_day ymd{date::year{*year}, date::month{static_cast<unsigned>(*month)},
                                   date::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok())
        return std::nullopt;

    const date::local_seconds wall = date::local_days{ymd} + std::chrono::hours{*hour} +
                                     std::chrono::minutes{*minute} + std::chrono::seconds{*second};
    return brussels().to_sys(wall, date::choose::earliest);
}

std::string format_brussels_local(TimePoint when, const char* format) {
    return date::format(format, date::zoned_seconds{&brussels(), when});
}

std::optional<int> parse_hhmm(std::string_view text) {
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    const auto hours = digits(text, 0, 2);
    const auto minutes = digits(text, 3, 2);
    if (!hours || !minutes || *hours > 24 || *minutes > 59)
        return std::nullopt;
    if (*hours == 24 && *minutes != 0)
        return std::nullopt;
    return *hours * 60 + *minutes;
}

std::string format_hhmm(int minutes) {
    if (minutes < 0 || minutes > kMinutesPerDay)
        throw Error(ErrorCode::invalid_input,
                    "minutes since midnight out of range: " + std::to_string(minutes));
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    std::string text = "00:00";
    text[0] = static_cast<char>('0' + hours / 10);
    text[1] = static_cast<char>('0' + hours % 10);
    text[3] = static_cast<char>('0' + rest / 10);
    text[4] = static_cast<char>('0' + rest % 10);
    return text;
}

} // namespace relais
