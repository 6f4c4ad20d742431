#pragma once
// relais-server's exit statuses, for programs that start it (the client's classroom mode) and
// must tell a person why it stopped.

namespace relais::sync {

inline constexpr int kExitFailure = 1;      // anything else, said on standard error
inline constexpr int kExitUsage = 2;        // bad arguments
inline constexpr int kExitAddressInUse = 3; // --listen names a port another program holds

} // namespace relais::sync
