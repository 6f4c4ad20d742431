#include "command.h"

#include "sync/engine.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace relais::cli {

Command add_sync(CLI::App& app) {
    auto server = std::make_shared<std::string>();
    auto db = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("sync", "Bring a local directory up to date");
    cmd->add_option("--server", *server, "Server URL, e.g. http://127.0.0.1:8080")->required();
    cmd->add_option("--db", *db, "Local directory database (created if missing)");
    return {cmd, [server, db](Io& io) {
                // The first sync of the command line's copy starts from the bundled directory.
                const std::filesystem::path target =
                    db->empty() ? local_copy_path() : std::filesystem::path(*db);
                if (db->empty() && !std::filesystem::exists(target)) {
                    std::filesystem::create_directories(target.parent_path());
                    std::filesystem::copy_file(bundled_database_path(), target);
                }
                sync::SyncOptions options;
                options.server_url = *server;
                try {
                    const auto report = sync::run_sync(target, options);
                    io.out << (report.bootstrapped ? "Downloaded the directory: " : "Up to date: ")
                           << report.upserts << " updated, " << report.deletes
                           << " removed (change " << report.cursor << ") in " << target.string()
                           << '\n';
                } catch (const sync::SyncError& e) {
                    io.err << "relais-cli: sync failed: " << e.what()
                           << " (the local directory is unchanged and still usable)\n";
                    return 1;
                }
                return 0;
            }};
}

} // namespace relais::cli
