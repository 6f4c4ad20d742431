#include "sync/request_log.h"

namespace relais::sync {

std::string log_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto escape = [&](unsigned char byte) {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\x";
        out += kHex[byte >> 4];
        out += kHex[byte & 0xf];
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7f && byte != '\\') {
            out += static_cast<char>(byte);
            ++i;
            continue;
        }
        // The length of a well-formed UTF-8 sequence starting here (RFC 3629), or 0.
        std::size_t length = 0;
        unsigned char low = 0x80, high = 0xbf;
        if (byte >= 0xc2 && byte <= 0xdf)
            length = 2;
        else if (byte >= 0xe0 && byte <= 0xef) {
            length = 3;
            low = byte == 0xe0 ? 0xa0 : 0x80;
            high = byte == 0xed ? 0x9f : 0xbf;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
            length = 4;
            low = byte == 0xf0 ? 0x90 : 0x80;
            high = byte == 0xf4 ? 0x8f : 0xbf;
        }
        bool valid = length > 0 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            valid = k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xbf;
        }
        // C1 controls (U+0080..U+009F) are escaped too.
        if (valid && byte == 0xc2 && static_cast<unsigned char>(text[i + 1]) <= 0x9f)
            valid = false;
        if (!valid) {
            escape(byte);
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

void RequestLog::write(std::string_view method, std::string_view target, int status,
                       std::chrono::steady_clock::duration took) {
    if (!out_)
        return;
    // The path only: query strings may hold what someone searched for.
    const std::string_view path = target.substr(0, target.find('?'));
    const double ms = std::chrono::duration<double, std::milli>(took).count();
    std::lock_guard lock(mutex_);
    *out_ << log_safe(method) << ' ' << log_safe(path) << ' ' << status << ' ' << ms << "ms\n";
    out_->flush();
}

} // namespace relais::sync
