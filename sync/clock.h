#pragma once
// Timestamps as the directory stores them: ISO 8601 UTC to the second, "2024-05-01T10:00:00Z",
// which sort correctly as text.

#include <chrono>
#include <string>

namespace relais::sync {

std::string iso8601(std::chrono::system_clock::time_point when);
inline std::string now_iso8601() {
    return iso8601(std::chrono::system_clock::now());
}

} // namespace relais::sync
