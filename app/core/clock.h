#pragma once
// "Now", injectable: screenshots, tests and trainers can pin the time the UI evaluates
// opening hours at.

#include "data/hours.h"

#include <chrono>
#include <functional>

namespace relais::app {

using Clock = std::function<TimePoint()>;

inline TimePoint systemNow() {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace relais::app
