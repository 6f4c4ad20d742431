#include "data/error.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

namespace relais {

Error from_sqlite(const SQLite::Exception& e, const std::string& context) {
    const int code = e.getErrorCode();
    ErrorCode kind = ErrorCode::sqlite;
    switch (code) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        kind = ErrorCode::corrupt;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorCode::busy;
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
        kind = ErrorCode::io;
        break;
    case SQLITE_CONSTRAINT:
        kind = ErrorCode::invalid_input;
        break;
    default:
        break;
    }
    return Error(kind, context.empty() ? std::string(e.what()) : context + ": " + e.what(), code);
}

} // namespace relais
