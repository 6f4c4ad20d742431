// libFuzzer target: the wire protocol decoders of the sync engine (parse_json, the snapshot,
// change page, session, error and service documents). Bad input must end in ProtocolError,
// nothing else; a change page that decodes must survive encode + decode.
#include "sync/protocol.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

template <typename Decode> void decode(const boost::json::value& value, Decode decode_one) {
    try {
        decode_one(value);
    } catch (const relais::sync::ProtocolError&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    boost::json::value value;
    try {
        value =
            relais::sync::parse_json(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const relais::sync::ProtocolError&) {
        return 0;
    }
    decode(value, [](const boost::json::value& v) {
        const relais::sync::ChangesPage page = relais::sync::changes_from_json(v);
        const relais::sync::ChangesPage back =
            relais::sync::changes_from_json(relais::sync::to_json(page));
        if (back.changes.size() != page.changes.size() || back.next != page.next ||
            back.more != page.more)
            std::abort();
    });
    decode(value, [](const boost::json::value& v) { (void)relais::sync::snapshot_from_json(v); });
    decode(value, [](const boost::json::value& v) { (void)relais::sync::session_from_json(v); });
    decode(value, [](const boost::json::value& v) { (void)relais::sync::error_from_json(v); });
    decode(value, [](const boost::json::value& v) { (void)relais::sync::service_from_wire(v); });
    return 0;
}
