#include "command.h"

#include "data/error.h"
#include "data/hours.h"

#include <chrono>
#include <cstdlib>
#include <ostream>
#include <sstream>

namespace relais::cli {

std::filesystem::path local_copy_path() {
    const char* data_home = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = data_home && *data_home ? std::filesystem::path(data_home)
                                       : home && *home
                                           ? std::filesystem::path(home) / ".local/share"
                                           : std::filesystem::path(".");
    return base / "relais" / "relais-cli.sqlite";
}

std::filesystem::path db_path(const std::string& given) {
    if (!given.empty())
        return given;
    if (const auto local = local_copy_path(); std::filesystem::exists(local))
        return local;
    return bundled_database_path();
}

Database open_existing(const std::string& given, Database::Mode mode) {
    const auto path = db_path(given);
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::io, "no such database: " + path.string());
    return Database::open(path, mode);
}

std::string now_utc() {
    std::ostringstream out;
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    out << format_brussels_local(now, "%FT%T%z");
    return out.str();
}

void print_problems(const std::vector<Problem>& problems, std::ostream& err) {
    for (const auto& p : problems) {
        err << p.record;
        if (!p.field.empty())
            err << ": " << p.field;
        err << ": " << p.message << '\n';
    }
    err << problems.size() << (problems.size() == 1 ? " problem" : " problems")
        << " found; nothing was imported.\n";
}

} // namespace relais::cli
