// relais-server: serves the directory (wire protocol v1, HSDS), manages staff accounts,
// imports seed files and exports HSDS, backs the database up and restores it.
#include "data/accounts.h"
#include "data/backup.h"
#include "data/changelog.h"
#include "data/database.h"
#include "data/error.h"
#include "data/importer.h"
#include "data/store.h"
#include "data/trust.h"
#include "data/version.h"
#include "sync/auth.h"
#include "sync/clock.h"
#include "sync/exit_status.h"
#include "sync/handler.h"
#include "sync/hsds.h"
#include "sync/hsds_import.h"
#include "sync/report.h"
#include "sync/server.h"
#include "sync/server_settings.h"

#include <SQLiteCpp/Transaction.h>
#include <boost/system/system_error.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

namespace {

using namespace relais;
namespace fs = std::filesystem;

constexpr const char* kUsage =
    "usage:\n"
    "  relais-server serve [--config FILE] [--db FILE] [--listen HOST:PORT] [--threads N]\n"
    "                      [--tls-cert FILE --tls-key FILE] [--quiet] [--KEY VALUE]...\n"
    "                (every key of the configuration file is also a flag, and flags override\n"
    "                the file; docs/deploy/server.conf lists them)\n"
    "  relais-server backup --db FILE --out FILE     (safe while the server runs)\n"
    "  relais-server restore --db FILE --from FILE   (stop the server first)\n"
    "  relais-server account add --db FILE --org ORG_ID --user NAME [--admin]\n"
    "                (the password is read from standard input)\n"
    "  relais-server account password --db FILE --user NAME   (the new password on standard\n"
    "                input; the account's sessions end)\n"
    "  relais-server account list --db FILE\n"
    "  relais-server account disable --db FILE --user NAME\n"
    "  relais-server import FILE [--categories FILE] [--db FILE]\n"
    "  relais-server import --format hsds DIR [--default-category ID] [--db FILE]\n"
    "  relais-server export --format hsds DIR [--db FILE]\n"
    "  relais-server report trust [--org ORG_ID] [--json] [--db FILE]\n";

struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::vector<std::string> flags;

    bool flag(const std::string& name) const {
        return std::find(flags.begin(), flags.end(), name) != flags.end();
    }
    std::optional<std::string> get(const std::string& name) const {
        const auto it = options.find(name);
        if (it == options.end())
            return std::nullopt;
        return it->second;
    }
};

Args parse_args(int argc, char** argv) {
    static const std::vector<std::string> kFlags{"--admin", "--quiet", "--help", "--json",
                                                 "--version"};
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.starts_with("--")) {
            if (std::find(kFlags.begin(), kFlags.end(), arg) != kFlags.end()) {
                args.flags.push_back(arg);
            } else if (i + 1 < argc) {
                args.options[arg] = argv[++i];
            } else {
                throw std::invalid_argument(arg + " needs a value");
            }
        } else {
            args.positional.push_back(arg);
        }
    }
    return args;
}

fs::path default_db() {
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = ".";
    fs::create_directories(base / "relais");
    return base / "relais" / "server.sqlite";
}

fs::path db_path(const Args& args) {
    if (const auto db = args.get("--db"))
        return *db;
    return default_db();
}

// A new server starts with the bundled Brussels directory.
void seed_if_empty(Database& db) {
    Store store(db);
    if (!store.services().empty() || !store.organizations().empty())
        return;
    const fs::path bundled = bundled_database_path();
    if (!fs::exists(bundled)) {
        std::cerr << "relais-server: empty directory and no bundled directory at "
                  << bundled.string() << "\n";
        return;
    }
    Database source = Database::open(bundled, Database::Mode::read_only);
    Store from(source);
    Directory directory{from.organizations(), from.categories(), from.services()};
    store.replace_directory(directory);
    std::cerr << "relais-server: initialised with the bundled directory ("
              << directory.services.size() << " services)\n";
}

int serve(const Args& args) {
    // Every setting is read and checked before anything is opened.
    const sync::ServeSettings settings = sync::read_serve_settings(args.options, args.flags);
    sync::ServerOptions options = settings.server;
    const fs::path path = settings.database ? *settings.database : default_db();
    {
        Database db = Database::open(path);
        seed_if_empty(db);
    }
    sync::Metrics metrics;
    sync::HandlerOptions handler_options = settings.handler;
    handler_options.database = path;
    sync::Handler handler(handler_options, metrics);

    options.handle_signals = true;
    options.log = settings.request_log ? &std::cerr : nullptr;
    std::optional<sync::Server> server;
    try {
        server.emplace(options, handler, metrics);
    } catch (const boost::system::system_error& e) {
        // Said plainly, without Asio's source location: people read this.
        std::cerr << "relais-server: cannot listen on " << options.address << ':' << options.port
                  << ": " << e.code().message() << '\n';
        return e.code() == boost::system::errc::address_in_use ? sync::kExitAddressInUse
                                                               : sync::kExitFailure;
    }
    std::cout << "listening on " << options.address << ':' << server->port()
              << (options.tls_cert ? " (TLS)" : "") << std::endl;
    server->run();
    std::cerr << "relais-server: stopped\n";
    return 0;
}

std::string read_password() {
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    if (password.size() < 8)
        throw std::invalid_argument("the password must have at least 8 characters");
    return password;
}

int account(const Args& args) {
    if (args.positional.size() < 2)
        throw std::invalid_argument(kUsage);
    const std::string& action = args.positional[1];
    Database db = Database::open(db_path(args));
    Accounts accounts(db);
    if (action == "add") {
        const auto org = args.get("--org");
        const auto user = args.get("--user");
        if (!org || !user)
            throw std::invalid_argument("account add needs --org and --user");
        if (!Store(db).organization(*org))
            throw std::invalid_argument("no organisation " + *org + " in the directory");
        Account account;
        account.user = *user;
        account.organization_id = *org;
        account.role = args.flag("--admin") ? Role::admin : Role::staff;
        account.password_hash = sync::hash_password(read_password());
        account.created_at = sync::now_iso8601();
        accounts.add(account);
        std::cout << "added " << to_string(account.role) << ' ' << account.user << " ("
                  << account.organization_id << ")\n";
        return 0;
    }
    if (action == "password") {
        const auto user = args.get("--user");
        if (!user)
            throw std::invalid_argument("account password needs --user");
        if (!accounts.find(*user)) {
            std::cerr << "relais-server: no account " << *user << "\n";
            return 1;
        }
        const std::string hash = sync::hash_password(read_password());
        if (!accounts.set_password(*user, hash)) {
            std::cerr << "relais-server: no account " << *user << "\n";
            return 1;
        }
        std::cout << "changed the password of " << *user << " (its sessions have ended)\n";
        return 0;
    }
    if (action == "list") {
        // user, organisation, role, state, last login (ISO 8601 UTC, or "never")
        for (const Account& account : accounts.list())
            std::cout << account.user << '\t' << account.organization_id << '\t'
                      << to_string(account.role) << '\t'
                      << (account.disabled ? "disabled" : "active") << '\t'
                      << account.last_login_at.value_or("never") << '\n';
        return 0;
    }
    if (action == "disable") {
        const auto user = args.get("--user");
        if (!user)
            throw std::invalid_argument("account disable needs --user");
        if (!accounts.set_disabled(*user, true)) {
            std::cerr << "relais-server: no account " << *user << "\n";
            return 1;
        }
        std::cout << "disabled " << *user << '\n';
        return 0;
    }
    throw std::invalid_argument(kUsage);
}

// A copy of the live database, safe while the server writes (data/backup.h).
int backup(const Args& args) {
    const auto out = args.get("--out");
    if (!out)
        throw std::invalid_argument("backup needs --out FILE");
    const fs::path database = db_path(args);
    try {
        const CopyInfo info = backup_database(database, *out);
        std::cout << "backed up " << database.string() << " to " << *out << " (" << info.services
                  << " services, schema " << info.schema_version << ")\n";
        return 0;
    } catch (const Error& e) {
        std::cerr << "relais-server: " << e.what() << "; no backup was written\n";
        return sync::kExitFailure;
    }
}

// Puts a backup back, with the server stopped (data/backup.h).
int restore(const Args& args) {
    const auto from = args.get("--from");
    if (!from)
        throw std::invalid_argument("restore needs --from FILE");
    const fs::path database = db_path(args);
    try {
        const CopyInfo info = restore_database(*from, database, sync::now_iso8601());
        std::cout << "restored " << database.string() << " from " << *from << " (" << info.services
                  << " services, schema " << info.schema_version
                  << "); clients download the directory again at their next sync\n";
        return 0;
    } catch (const Error& e) {
        std::cerr << "relais-server: " << e.what() << "; nothing was restored\n";
        return sync::kExitFailure;
    }
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::io, "cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

int store_import(Database& db, Store& store, ImportResult& result);

// An Open Referral HSDS folder (sync/hsds_import.h): every problem listed, nothing written
// unless there is none; what Relais has no place for is listed as notes.
int import_hsds(const Args& args) {
    const fs::path dir = args.positional[1];
    Database db = Database::open(db_path(args));
    Store store(db);
    sync::HsdsImportOptions options;
    options.categories = store.categories();
    if (options.categories.empty() && fs::exists(bundled_database_path())) {
        Database bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
        options.categories = Store(bundled).categories();
    }
    options.default_category = args.get("--default-category");
    sync::HsdsImport read = sync::read_hsds_dir(dir, options);
    for (const Problem& problem : read.problems)
        std::cerr << dir.string() << ": " << problem.record << ": " << problem.field << ": "
                  << problem.message << '\n';
    if (!read.ok()) {
        std::cerr << read.problems.size() << " problem(s) found; nothing was imported.\n";
        return 1;
    }
    for (const Problem& note : read.notes)
        std::cerr << dir.string() << ": note: " << note.record << ": " << note.field << ": "
                  << note.message << '\n';
    ImportResult result{std::move(read.directory), {}};
    return store_import(db, store, result);
}

int import(const Args& args) {
    if (args.positional.size() < 2)
        throw std::invalid_argument(kUsage);
    const std::string format = args.get("--format").value_or("seed");
    if (format == "hsds")
        return import_hsds(args);
    if (format != "seed")
        throw std::invalid_argument("import --format must be seed or hsds");
    Database db = Database::open(db_path(args));
    Store store(db);
    std::vector<Category> categories;
    if (const auto file = args.get("--categories")) {
        std::vector<Problem> problems;
        categories = parse_categories(read_text(*file), problems);
        for (const Problem& problem : problems)
            std::cerr << *file << ": " << problem.record << ": " << problem.field << ": "
                      << problem.message << '\n';
        if (!problems.empty())
            return 1;
    } else {
        categories = store.categories();
        if (categories.empty())
            throw std::invalid_argument("the directory has no categories yet: give --categories");
    }
    ImportResult result = parse_seed(read_text(args.positional[1]), categories);
    for (const Problem& problem : result.problems)
        std::cerr << args.positional[1] << ": " << problem.record << ": " << problem.field << ": "
                  << problem.message << '\n';
    if (!result.ok())
        return 1;
    return store_import(db, store, result);
}

int store_import(Database& db, Store& store, ImportResult& result) {
    // Versions continue from what clients already have: unchanged records keep theirs.
    const std::string now = sync::now_iso8601();
    std::map<std::string, std::int64_t> tombstones;
    for (const Tombstone& tombstone : store.tombstones())
        tombstones[tombstone.id] = tombstone.version;
    for (Service& service : result.directory.services) {
        if (auto current = store.service(service.id)) {
            Service same = service;
            same.version = current->version;
            same.updated_at = current->updated_at;
            if (same == *current) {
                service = same;
                continue;
            }
            service.version = current->version + 1;
        } else if (const auto it = tombstones.find(service.id); it != tombstones.end()) {
            service.version = it->second + 1;
        }
        service.updated_at = now;
    }
    ChangeLog log(db);
    // Clients are sent to the snapshot before, and again after, the replacement, so none can
    // keep a cursor across it.
    log.force_resync(now);
    store.replace_directory(result.directory);
    {
        SQLite::Transaction transaction(db.sql());
        log.restart(store, now);
        transaction.commit();
    }
    std::cout << "imported " << result.directory.services.size() << " services\n";
    return 0;
}

int export_hsds(const Args& args) {
    if (args.get("--format").value_or("hsds") != "hsds" || args.positional.size() < 2)
        throw std::invalid_argument(kUsage);
    Database db = Database::open(db_path(args), Database::Mode::read_only);
    fs::create_directories(args.positional[1]);
    const std::size_t count = sync::export_hsds(db, args.positional[1]);
    std::cout << "exported " << count << " services to " << args.positional[1] << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        const Args args = parse_args(argc, argv);
        if (args.flag("--version")) {
            std::cout << "relais-server " << relais::version() << '\n';
            return 0;
        }
        if (args.positional.empty() || args.flag("--help")) {
            std::cout << kUsage;
            return args.positional.empty() && !args.flag("--help") ? 2 : 0;
        }
        const std::string& command = args.positional[0];
        if (command == "serve")
            return serve(args);
        if (command == "account")
            return account(args);
        if (command == "backup")
            return backup(args);
        if (command == "restore")
            return restore(args);
        if (command == "import")
            return import(args);
        if (command == "export")
            return export_hsds(args);
        if (command == "report" && args.positional.size() == 2 && args.positional[1] == "trust") {
            Database db = Database::open(db_path(args));
            sync::report_trust(db, args.get("--org"), args.flag("--json"), utc_today(), std::cout);
            return 0;
        }
        std::cerr << kUsage;
        return sync::kExitUsage;
    } catch (const std::invalid_argument& e) {
        std::cerr << "relais-server: " << e.what() << '\n';
        return sync::kExitUsage;
    } catch (const std::exception& e) {
        std::cerr << "relais-server: " << e.what() << '\n';
        return sync::kExitFailure;
    }
}
