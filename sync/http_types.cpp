#include "sync/http_types.h"

#include <boost/beast/core/string.hpp>

namespace relais::sync {

const std::string* find_header(const Headers& headers, std::string_view name) {
    for (const auto& [key, value] : headers) {
        if (boost::beast::iequals(key, name))
            return &value;
    }
    return nullptr;
}

} // namespace relais::sync
