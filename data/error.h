#pragma once
// Errors raised by the data layer. Every failure carries a code the caller can act on and a
// message fit for a person; SQLite failures keep SQLite's own result code.

#include <stdexcept>
#include <string>

namespace SQLite {
class Exception;
}

namespace relais {

enum class ErrorCode {
    io,             // file missing, unreadable, disk full
    corrupt,        // not a Relais database, or damaged
    schema_too_new, // written by a newer Relais
    invalid_input,  // malformed seed, bad argument
    not_found,
    conflict, // stale version
    busy,     // another program holds the file (a running server)
    sqlite,   // any other SQLite failure
};

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message, int sqlite_code = 0)
        : std::runtime_error(message), code_(code), sqlite_code_(sqlite_code) {}
    ErrorCode code() const noexcept { return code_; }
    int sqlite_code() const noexcept { return sqlite_code_; }

private:
    ErrorCode code_;
    int sqlite_code_;
};

// The one translation of a SQLite failure: its kind from SQLite's result code (a damaged file,
// a file another program holds, the disk, a broken constraint, anything else), SQLite's code
// kept, and `context` (e.g. the file) before SQLite's message.
Error from_sqlite(const SQLite::Exception& e, const std::string& context = {});

} // namespace relais
