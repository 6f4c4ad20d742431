#pragma once
// `relais-server serve`'s settings: the built-in defaults, then a configuration file (--config
// FILE: `key = value` lines read by Boost.ProgramOptions, `#` starts a comment), then the
// command line, each overriding the one before. Every key of the file is also a flag: `threads
// = 4` in the file, `--threads 4` on the command line. Relative paths in the file are relative
// to the file's folder. docs/deploy/server.conf lists every key.
// Errors are std::invalid_argument with one line naming the key (and the file), for exit
// status 2; the file is read whole before anything starts.
// Part of the relais-server program only (it alone links Boost.ProgramOptions).

#include "sync/handler.h"
#include "sync/server.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relais::sync {

struct ServeSettings {
    std::optional<std::filesystem::path> database; // absent: the per-user default
    ServerOptions server;
    HandlerOptions handler; // `database` is left for the caller
    bool request_log = true;
};

// `options`: the command line's "--name" -> value pairs, `--config` among them; `switches`:
// its flags without a value (--quiet).
ServeSettings read_serve_settings(const std::map<std::string, std::string>& options,
                                  const std::vector<std::string>& switches);

} // namespace relais::sync
