#pragma once
// relais-cli's subcommands, a file each: add_*() adds a subcommand and its options to the
// command line and returns what runs when it is the one given. What several share is here too.

#include "data/database.h"
#include "data/importer.h"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace relais::cli {

struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

struct Command {
    CLI::App* app = nullptr;
    std::function<int(Io&)> run; // the exit status
};

Command add_search(CLI::App& app);   // search_command.cpp
Command add_show(CLI::App& app);     // show.cpp
Command add_import(CLI::App& app);   // import_command.cpp
Command add_validate(CLI::App& app); // import_command.cpp
Command add_stats(CLI::App& app);    // directory_commands.cpp
Command add_generate(CLI::App& app); // directory_commands.cpp
Command add_vacuum(CLI::App& app);   // directory_commands.cpp
#ifdef RELAIS_WITH_SYNC
Command add_sync(CLI::App& app); // sync_command.cpp
#endif

// The command line's own copy of the directory, kept up to date by `relais-cli sync`.
std::filesystem::path local_copy_path();
// Without --db: the synced copy when there is one, otherwise the bundled directory.
std::filesystem::path db_path(const std::string& given);
Database open_existing(const std::string& given, Database::Mode mode = Database::Mode::read_only);
std::string now_utc();
// Every problem of a refused file, then how many; nothing was imported.
void print_problems(const std::vector<Problem>& problems, std::ostream& err);

} // namespace relais::cli
