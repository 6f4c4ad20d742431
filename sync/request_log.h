#pragma once
// relais-server's request log: one line per request ("GET /v1/changes 200 1.2ms"), with the
// path only (query strings may hold what someone searched for). Not Beast.
// Thread rule: write() may be called from several threads at once.

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace relais::sync {

// Bytes from the network as one line of the log: valid UTF-8 stays as it is; control
// characters, backslashes and bytes that are not UTF-8 become \xHH, so a request can neither
// break the line nor leave the log undecodable.
std::string log_safe(std::string_view text);

class RequestLog {
public:
    explicit RequestLog(std::ostream* out) : out_(out) {} // nullptr: quiet

    void write(std::string_view method, std::string_view target, int status,
               std::chrono::steady_clock::duration took);

private:
    std::ostream* out_;
    std::mutex mutex_;
};

} // namespace relais::sync
