#include "commands.h"

#include "command.h"

#include "data/error.h"
#include "data/version.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <vector>

namespace relais::cli {

int run(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err) {
    CLI::App app{"relais-cli — the Relais directory from the command line"};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all");
    app.set_version_flag("--version", std::string("relais-cli ") + relais::version());
    std::vector<Command> commands{add_search(app),   add_show(app),  add_import(app),
                                  add_validate(app), add_stats(app), add_generate(app),
                                  add_vacuum(app)};
#ifdef RELAIS_WITH_SYNC
    commands.push_back(add_sync(app));
#endif

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        err << "relais-cli: " << e.what() << " (see relais-cli --help)\n";
        return 2;
    }

    Io io{in, out, err};
    try {
        for (const Command& command : commands) {
            if (command.app->parsed())
                return command.run(io);
        }
    } catch (const Error& e) {
        err << "relais-cli: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        err << "relais-cli: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

} // namespace relais::cli
