#pragma once
// Opening hours evaluated in Europe/Brussels local time, DST-correct through the system time
// zone database (Howard Hinnant's date/tz). Unknown hours give unknown answers, never "closed".

#include "data/model.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace relais {

using TimePoint = std::chrono::sys_seconds;

enum class OpenState { open, closed, unknown };

struct OpenStatus {
    OpenState state = OpenState::unknown;
    std::optional<TimePoint> closes_at; // when open: the end of the current opening
    std::optional<TimePoint> opens_at;  // when closed: the next opening within 7 days
    bool always_open = false;           // 24/7
};

// What a service's hours say at `when`. nullopt hours → unknown.
OpenStatus open_status(const std::optional<std::vector<HoursRange>>& hours, TimePoint when);

// Brussels wall-clock <-> UTC. `local` is "YYYY-MM-DDTHH:MM" (or with ":SS"); a time that does
// not exist (spring-forward gap) is moved forward, an ambiguous one takes the earlier instant.
std::optional<TimePoint> parse_brussels_local(std::string_view local);
std::string format_brussels_local(TimePoint when, const char* format = "%Y-%m-%dT%H:%M");

// "HH:MM" <-> minutes since midnight ("24:00" = 1440).
std::optional<int> parse_hhmm(std::string_view text);
std::string format_hhmm(int minutes);

} // namespace relais
