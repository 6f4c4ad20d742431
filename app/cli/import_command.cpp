#include "command.h"

#include "data/seed_json.h"
#include "data/store.h"

#ifdef RELAIS_WITH_SYNC
#include "sync/hsds_import.h"
#endif

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

namespace relais::cli {
namespace {

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

Command add_import(CLI::App& app) {
    struct Options {
        std::string file, db, categories, format = "seed", default_category;
        bool quiet = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("import", "Validate a seed file and import it");
    cmd->add_option("file", o->file,
                    "Services JSON (seed format), or with --format hsds a folder of HSDS files")
        ->required();
    cmd->add_option("--format", o->format, "seed (default) or hsds (Open Referral)")
        ->check(CLI::IsMember({"seed", "hsds"}));
    cmd->add_option("--default-category", o->default_category,
                    "hsds: category of services whose terms map to none");
    cmd->add_option("--db", o->db, "Target database (created if missing)")->required();
    cmd->add_option("--categories", o->categories, "Categories JSON");
    cmd->add_flag("--quiet", o->quiet, "No summary");
    return {cmd, [o](Io& io) {
#ifdef RELAIS_WITH_SYNC
                if (o->format == "hsds")
                    return import_hsds(o->file, o->db, o->default_category, o->quiet, io.out,
                                       io.err);
#endif
                if (o->format != "seed") {
                    io.err << "relais-cli: this build cannot import " << o->format << '\n';
                    return 2;
                }
                const auto result = read_import(o->file, o->categories, o->db);
                if (!result.ok()) {
                    print_problems(result.problems, io.err);
                    return 1;
                }
                auto db = Database::open(o->db);
                Store store(db);
                store.replace_directory(result.directory);
                store.set_meta("data_as_of", now_utc());
                if (!o->quiet)
                    io.out << "Imported " << result.directory.services.size() << " services, "
                           << result.directory.organizations.size() << " organisations into "
                           << o->db << '\n';
                return 0;
            }};
}

Command add_validate(CLI::App& app) {
    auto file = std::make_shared<std::string>();
    auto categories = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("validate", "Check a seed file; list every problem");
    cmd->add_option("file", *file, "Services JSON")->required();
    cmd->add_option("--categories", *categories, "Categories JSON");
    return {cmd, [file, categories](Io& io) {
                const auto result = read_import(*file, *categories, std::string());
                if (!result.ok()) {
                    print_problems(result.problems, io.err);
                    return 1;
                }
                io.out << *file << ": " << result.directory.services.size() << " services valid\n";
                return 0;
            }};
}

} // namespace relais::cli
