#include "commands.h"
#include "show.h"

#include "data/database.h"
#include "data/error.h"
#include "data/generator.h"
#include "data/hours.h"
#include "data/importer.h"
#include "data/place.h"
#include "data/search.h"
#include "data/seed_json.h"
#include "data/store.h"

#ifdef RELAIS_WITH_SYNC
#include "sync/engine.h"
#include "sync/hsds_import.h"
#endif

#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

namespace relais::cli {
namespace json = boost::json;
namespace {

struct SearchOptions {
    std::string db;
    int limit = 10;
    std::string lang = "fr";
    std::vector<std::string> categories;
    std::string municipality, language, audience, open_at, near;
    bool open_at_given = false; // an empty --open-at is a malformed time, not "no filter"
    bool free = false, anonymous = false, walk_in = false, as_json = false;
    std::string query;
};

// The command line's own copy of the directory, kept up to date by `relais-cli sync`.
std::filesystem::path local_copy_path() {
    const char* data_home = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = data_home && *data_home ? std::filesystem::path(data_home)
                                       : home && *home
                                           ? std::filesystem::path(home) / ".local/share"
                                           : std::filesystem::path(".");
    return base / "relais" / "relais-cli.sqlite";
}

// Without --db: the synced copy when there is one, otherwise the bundled directory.
std::filesystem::path db_path(const std::string& given) {
    if (!given.empty())
        return given;
    if (const auto local = local_copy_path(); std::filesystem::exists(local))
        return local;
    return bundled_database_path();
}

Database open_existing(const std::string& given, Database::Mode mode = Database::Mode::read_only) {
    const auto path = db_path(given);
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::io, "no such database: " + path.string());
    return Database::open(path, mode);
}

std::string open_label(const std::optional<bool>& open) {
    if (!open)
        return "hours unknown";
    return *open ? "open" : "closed";
}

void print_hits(const SearchResult& result, const SearchQuery& query, std::ostream& out) {
    if (result.place && !result.found_in_place && !result.hits.empty())
        out << "Nothing in " << *result.place << "; nearest shown.\n";
    if (result.hits.empty()) {
        out << "No results.";
        if (!result.suggestions.empty()) {
            out << " Did you mean:";
            for (const auto& s : result.suggestions)
                out << ' ' << s;
            out << '?';
        }
        if (!result.relaxable_filters.empty()) {
            out << " Results without the filter:";
            for (const auto& f : result.relaxable_filters)
                out << " --" << f;
        }
        if (!result.suggested_categories.empty()) {
            out << " Categories to look in:";
            for (const auto& c : result.suggested_categories)
                out << " --category " << c;
        }
        out << '\n';
        return;
    }
    int n = 0;
    for (const auto& hit : result.hits) {
        out << ++n << ". " << hit.name << "  [" << hit.id << "]\n   " << hit.organization;
        if (hit.municipality)
            out << " · " << *hit.municipality;
        out << " · " << open_label(hit.open);
        if (hit.area == Area::national)
            out << " · national line";
        else if (hit.area == Area::flanders || hit.area == Area::wallonia)
            out << " · outside Brussels";
        if (hit.trust.state == TrustState::unconfirmed)
            out << " · not confirmed";
        if (!hit.has_phone)
            out << " · no phone known";
        if (hit.match == MatchKind::typo)
            out << " · close spelling";
        out << '\n';
        if (!hit.snippet.empty())
            out << "   " << hit.snippet << '\n';
    }
    (void)query;
}

json::object hits_json(const SearchResult& result, const SearchQuery& query,
                       std::int64_t elapsed_us) {
    json::array hits;
    for (const auto& hit : result.hits) {
        json::array categories;
        for (const auto& c : hit.categories)
            categories.emplace_back(c);
        hits.emplace_back(json::object{
            {"id", hit.id},
            {"name", hit.name},
            {"organization_id", hit.organization_id},
            {"score", hit.score},
            {"categories", std::move(categories)},
            {"open", hit.open ? json::value(*hit.open) : json::value(nullptr)},
            {"snippet", hit.snippet},
            {"area", to_string(hit.area)},
            {"trust", to_json(hit.trust)},
            {"has_phone", hit.has_phone},
        });
    }
    json::array suggestions, relax, categories;
    for (const auto& s : result.suggestions)
        suggestions.emplace_back(s);
    for (const auto& f : result.relaxable_filters)
        relax.emplace_back(f);
    for (const auto& c : result.suggested_categories)
        categories.emplace_back(c);
    json::object out{{"query", query.text},
                     {"elapsed_us", elapsed_us},
                     {"hits", std::move(hits)},
                     {"suggestions", std::move(suggestions)},
                     {"suggested_categories", std::move(categories)},
                     {"relaxable_filters", std::move(relax)}};
    // The municipality the words name, and whether anything is there (else: the nearest).
    if (result.place)
        out["place"] =
            json::object{{"municipality", *result.place}, {"found_there", result.found_in_place}};
    return out;
}

int search(const SearchOptions& o, std::istream& in, std::ostream& out, std::ostream& err,
           bool query_given) {
    auto db = open_existing(o.db);
    Store store(db);
    SearchQuery base;
    base.limit = o.limit;
    const auto lang = lang_from_string(o.lang);
    if (!lang)
        throw Error(ErrorCode::invalid_input, "--lang must be fr, nl or en");
    base.lang = *lang;
    const auto categories = store.categories();
    for (const auto& id : o.categories) {
        if (std::none_of(categories.begin(), categories.end(),
                         [&](const Category& c) { return c.id == id; }))
            throw Error(ErrorCode::invalid_input, "unknown category: " + id);
    }
    base.categories = o.categories;
    if (!o.municipality.empty())
        base.municipality = o.municipality;
    if (!o.near.empty()) {
        if (!find_municipality(o.near))
            throw Error(
                ErrorCode::invalid_input,
                "--near must be a Brussels municipality (French or Dutch name, or postcode)");
        base.near = o.near;
    }
    if (!o.language.empty())
        base.language = o.language;
    if (!o.audience.empty())
        base.audience = o.audience;
    base.free = o.free;
    base.anonymous = o.anonymous;
    base.walk_in = o.walk_in;
    if (o.open_at_given) {
        if (o.open_at == "now") {
            base.open_at =
                std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        } else {
            base.open_at = parse_brussels_local(o.open_at);
            if (!base.open_at)
                throw Error(ErrorCode::invalid_input,
                            "--open-at must be now or YYYY-MM-DDTHH:MM (Brussels time)");
        }
    }
    if (!o.as_json) {
        base.highlight_open = "\x1b[1m";
        base.highlight_close = "\x1b[0m";
        if (!isatty(STDOUT_FILENO))
            base.highlight_open = base.highlight_close = "*";
    }
    Searcher searcher(db);
    auto answer = [&](const std::string& text) {
        SearchQuery query = base;
        query.text = text;
        const auto started = std::chrono::steady_clock::now();
        const auto result = searcher.search(query);
        const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count();
        if (o.as_json)
            out << json::serialize(hits_json(result, query, elapsed)) << '\n';
        else
            print_hits(result, query, out);
        out.flush();
    };
    if (query_given) {
        answer(o.query);
        return 0;
    }
    // Batch (and interactive) mode: one query a line, one process.
    const bool interactive = isatty(STDIN_FILENO) && !o.as_json;
    if (interactive)
        err << "Relais — search the Brussels directory (" << store.stats().services
            << " services). Type a query, Ctrl+D to quit.\n> " << std::flush;
    std::string line;
    while (std::getline(in, line)) {
        answer(line);
        if (interactive)
            err << "> " << std::flush;
    }
    return 0;
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

ImportResult read_import(const std::string& file, const std::string& categories_file,
                         const std::string& db) {
    if (!categories_file.empty())
        return read_seed_files(file, categories_file);
    // Without --categories, check against the categories of the target (or bundled) directory.
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return ImportResult{{}, {Problem{"<" + file + ">", "", "cannot read the file"}}};
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto source = std::filesystem::exists(db_path(db)) ? db_path(db) : bundled_database_path();
    auto database = Database::open(source, Database::Mode::read_only);
    return parse_seed(text, Store(database).categories());
}

std::string now_utc() {
    std::ostringstream out;
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    out << format_brussels_local(now, "%FT%T%z");
    return out.str();
}

json::object seed_json(const Directory& directory) {
    // The seed format names each service's organisation; keep it importable.
    std::map<std::string, std::string> names;
    for (const auto& o : directory.organizations)
        names[o.id] = o.name;
    json::array services;
    for (const auto& s : directory.services) {
        auto value = to_json(s);
        value.as_object()["organization"] = names[s.organization_id];
        services.push_back(std::move(value));
    }
    json::array categories;
    for (const auto& c : directory.categories)
        categories.push_back(to_json(c));
    return json::object{{"services", std::move(services)}, {"categories", std::move(categories)}};
}

#ifdef RELAIS_WITH_SYNC
// An Open Referral HSDS folder (sync/hsds_import.h), checked against the categories of the
// target (or bundled) directory; nothing is written unless the whole folder is valid.
int import_hsds(const std::string& dir, const std::string& db, const std::string& default_category,
                bool quiet, std::ostream& out, std::ostream& err) {
    sync::HsdsImportOptions options;
    if (std::filesystem::exists(db)) {
        auto target = Database::open(db, Database::Mode::read_only);
        options.categories = Store(target).categories();
    }
    if (options.categories.empty()) {
        auto bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
        options.categories = Store(bundled).categories();
    }
    if (!default_category.empty())
        options.default_category = default_category;
    const auto result = sync::read_hsds_dir(dir, options);
    if (!result.ok()) {
        print_problems(result.problems, err);
        return 1;
    }
    for (const auto& note : result.notes)
        err << "note: " << note.record << (note.field.empty() ? "" : ": " + note.field) << ": "
            << note.message << '\n';
    auto database = Database::open(db);
    Store store(database);
    store.replace_directory(result.directory);
    store.set_meta("data_as_of", now_utc());
    if (!quiet)
        out << "Imported " << result.directory.services.size() << " services, "
            << result.directory.organizations.size() << " organisations into " << db << '\n';
    return 0;
}
#endif

} // namespace

int run(int argc, char** argv, std::istream& in, std::ostream& out, std::ostream& err) {
    CLI::App app{"relais-cli — the Relais directory from the command line"};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all");

    SearchOptions so;
    auto* search_cmd = app.add_subcommand("search", "Search the directory (queries from stdin "
                                                    "when none is given)");
    search_cmd->add_option("--db", so.db, "Directory database (default: the bundled one)");
    search_cmd->add_option("--limit", so.limit, "Results per query")->check(CLI::Range(1, 1000));
    search_cmd->add_option("--lang", so.lang, "Language of names and snippets: fr, nl, en");
    // One id per --category, so that `--category legal-aid aide` keeps "aide" as the query.
    search_cmd->add_option("--category", so.categories, "Only this category (repeatable)")
        ->allow_extra_args(false);
    search_cmd->add_option("--municipality", so.municipality, "Only in this municipality");
    search_cmd->add_option("--near", so.near,
                           "Where you work: this municipality and its neighbours first");
    search_cmd->add_option("--language", so.language, "Only services speaking this language");
    search_cmd->add_option("--audience", so.audience, "Only services for this audience");
    search_cmd->add_flag("--free", so.free, "Only free services");
    search_cmd->add_flag("--anonymous", so.anonymous, "Only anonymous services");
    search_cmd->add_flag("--walk-in", so.walk_in, "Only services without appointment");
    auto* open_at_option = search_cmd->add_option("--open-at", so.open_at,
                                                  "Open at now or YYYY-MM-DDTHH:MM (Brussels)");
    search_cmd->add_flag("--json", so.as_json, "One JSON object per query, one a line");
    auto* query_option = search_cmd->add_option("query", so.query, "What to look for");

    std::string show_id, show_db, show_lang = "fr";
    bool show_json = false;
    auto* show_cmd = app.add_subcommand("show", "Show one service");
    show_cmd->add_option("id", show_id, "Service id")->required();
    show_cmd->add_option("--db", show_db, "Directory database");
    show_cmd->add_option("--lang", show_lang, "Language: fr, nl, en");
    show_cmd->add_flag("--json", show_json, "As JSON (with its area and trust)");

    std::string import_file, import_db, import_categories, import_format = "seed",
                                                           import_default_category;
    bool quiet = false;
    auto* import_cmd = app.add_subcommand("import", "Validate a seed file and import it");
    import_cmd
        ->add_option("file", import_file,
                     "Services JSON (seed format), or with --format hsds a folder of HSDS files")
        ->required();
    import_cmd->add_option("--format", import_format, "seed (default) or hsds (Open Referral)")
        ->check(CLI::IsMember({"seed", "hsds"}));
    import_cmd->add_option("--default-category", import_default_category,
                           "hsds: category of services whose terms map to none");
    import_cmd->add_option("--db", import_db, "Target database (created if missing)")->required();
    import_cmd->add_option("--categories", import_categories, "Categories JSON");
    import_cmd->add_flag("--quiet", quiet, "No summary");

    std::string validate_file, validate_categories;
    auto* validate_cmd = app.add_subcommand("validate", "Check a seed file; list every problem");
    validate_cmd->add_option("file", validate_file, "Services JSON")->required();
    validate_cmd->add_option("--categories", validate_categories, "Categories JSON");

    std::string stats_db;
    auto* stats_cmd = app.add_subcommand("stats", "Counts of the directory");
    stats_cmd->add_option("--db", stats_db, "Directory database");

    int gen_count = 0;
    std::uint64_t gen_seed = 1;
    std::string gen_out;
    auto* generate_cmd = app.add_subcommand("generate", "Write a synthetic directory (.json in the "
                                                        "seed format, otherwise SQLite)");
    generate_cmd->add_option("--count", gen_count, "Number of services")
        ->required()
        ->check(CLI::Range(1, 10'000'000));
    generate_cmd->add_option("--seed", gen_seed, "Random seed");
    generate_cmd->add_option("--out", gen_out, "Output file")->required();

    std::string vacuum_db;
    auto* vacuum_cmd = app.add_subcommand("vacuum", "Compact a database (used by the build)");
    vacuum_cmd->add_option("--db", vacuum_db, "Database")->required();
    vacuum_cmd->group(""); // internal

#ifdef RELAIS_WITH_SYNC
    std::string sync_server, sync_db;
    auto* sync_cmd = app.add_subcommand("sync", "Bring a local directory up to date");
    sync_cmd->add_option("--server", sync_server, "Server URL, e.g. http://127.0.0.1:8080")
        ->required();
    sync_cmd->add_option("--db", sync_db, "Local directory database (created if missing)");
#endif

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        err << "relais-cli: " << e.what() << " (see relais-cli --help)\n";
        return 2;
    }

    try {
        if (search_cmd->parsed()) {
            so.open_at_given = open_at_option->count() > 0;
            return search(so, in, out, err, query_option->count() > 0);
        }

        if (show_cmd->parsed()) {
            auto db = open_existing(show_db);
            return show(db, ShowOptions{show_id, show_lang, show_json}, out, err);
        }

#ifdef RELAIS_WITH_SYNC
        if (import_cmd->parsed() && import_format == "hsds")
            return import_hsds(import_file, import_db, import_default_category, quiet, out, err);
#endif
        if (import_cmd->parsed() && import_format != "seed") {
            err << "relais-cli: this build cannot import " << import_format << '\n';
            return 2;
        }
        if (validate_cmd->parsed() || import_cmd->parsed()) {
            const bool importing = import_cmd->parsed();
            const auto result =
                importing ? read_import(import_file, import_categories, import_db)
                          : read_import(validate_file, validate_categories, std::string());
            if (!result.ok()) {
                print_problems(result.problems, err);
                return 1;
            }
            if (!importing) {
                out << (validate_file) << ": " << result.directory.services.size()
                    << " services valid\n";
                return 0;
            }
            auto db = Database::open(import_db);
            Store store(db);
            store.replace_directory(result.directory);
            store.set_meta("data_as_of", now_utc());
            if (!quiet)
                out << "Imported " << result.directory.services.size() << " services, "
                    << result.directory.organizations.size() << " organisations into " << import_db
                    << '\n';
            return 0;
        }

        if (stats_cmd->parsed()) {
            auto db = open_existing(stats_db);
            Store store(db);
            const auto s = store.stats();
            out << "services: " << s.services << "\norganisations: " << s.organizations
                << "\ncategories: " << s.categories << "\nwith hours: " << s.with_hours
                << "\nverified: " << s.verified << "\ndeleted (tombstones): " << s.tombstones
                << "\ndata as of: " << store.meta("data_as_of").value_or("unknown") << '\n';
            return 0;
        }

        if (generate_cmd->parsed()) {
            auto bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
            const auto directory =
                generate_directory(gen_count, gen_seed, Store(bundled).categories());
            if (gen_out.ends_with(".json")) {
                std::ofstream file(gen_out, std::ios::binary | std::ios::trunc);
                const auto doc = seed_json(directory);
                file << json::serialize(doc.at("services"));
                std::ofstream categories(gen_out.substr(0, gen_out.size() - 5) + ".categories.json",
                                         std::ios::binary | std::ios::trunc);
                categories << json::serialize(doc.at("categories"));
                if (!file || !categories)
                    throw Error(ErrorCode::io, "cannot write " + gen_out);
            } else {
                std::filesystem::remove(gen_out);
                auto db = Database::open(gen_out);
                Store store(db);
                store.replace_directory(directory);
                store.set_meta("data_as_of", now_utc());
            }
            out << "Generated " << gen_count << " services into " << gen_out << '\n';
            return 0;
        }

        if (vacuum_cmd->parsed()) {
            auto db = Database::open(vacuum_db);
            db.sql().exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
            db.sql().exec("PRAGMA journal_mode = DELETE");
            db.sql().exec("VACUUM");
            return 0;
        }

#ifdef RELAIS_WITH_SYNC
        if (sync_cmd->parsed()) {
            // The first sync of the command line's copy starts from the bundled directory.
            const std::filesystem::path target =
                sync_db.empty() ? local_copy_path() : std::filesystem::path(sync_db);
            if (sync_db.empty() && !std::filesystem::exists(target)) {
                std::filesystem::create_directories(target.parent_path());
                std::filesystem::copy_file(bundled_database_path(), target);
            }
            sync::SyncOptions options;
            options.server_url = sync_server;
            try {
                const auto report = sync::run_sync(target, options);
                out << (report.bootstrapped ? "Downloaded the directory: " : "Up to date: ")
                    << report.upserts << " updated, " << report.deletes << " removed (change "
                    << report.cursor << ") in " << target.string() << '\n';
            } catch (const sync::SyncError& e) {
                err << "relais-cli: sync failed: " << e.what()
                    << " (the local directory is unchanged and still usable)\n";
                return 1;
            }
            return 0;
        }
#endif
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
