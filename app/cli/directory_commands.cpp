#include "command.h"

#include "data/error.h"
#include "data/generator.h"
#include "data/seed_json.h"
#include "data/store.h"

#include <CLI/CLI.hpp>
#include <boost/json.hpp>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>

namespace relais::cli {
namespace json = boost::json;
namespace {

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

} // namespace

Command add_stats(CLI::App& app) {
    auto db_file = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("stats", "Counts of the directory");
    cmd->add_option("--db", *db_file, "Directory database");
    return {cmd, [db_file](Io& io) {
                auto db = open_existing(*db_file);
                Store store(db);
                const auto s = store.stats();
                io.out << "directory: " << db.path().string() << "\nservices: " << s.services
                       << "\norganisations: " << s.organizations << "\ncategories: " << s.categories
                       << "\nwith hours: " << s.with_hours << "\nverified: " << s.verified
                       << "\ndeleted (tombstones): " << s.tombstones
                       << "\ndata as of: " << store.meta("data_as_of").value_or("unknown") << '\n';
                return 0;
            }};
}

Command add_generate(CLI::App& app) {
    struct Options {
        int count = 0;
        std::uint64_t seed = 1;
        std::string out;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("generate", "Write a synthetic directory (.json in the "
                                               "seed format, otherwise SQLite)");
    cmd->add_option("--count", o->count, "Number of services")
        ->required()
        ->check(CLI::Range(1, 10'000'000));
    cmd->add_option("--seed", o->seed, "Random seed");
    cmd->add_option("--out", o->out, "Output file")->required();
    return {cmd, [o](Io& io) {
                auto bundled = Database::open(bundled_database_path(), Database::Mode::read_only);
                const auto directory =
                    generate_directory(o->count, o->seed, Store(bundled).categories());
                const std::string& out = o->out;
                if (out.ends_with(".json")) {
                    std::ofstream file(out, std::ios::binary | std::ios::trunc);
                    const auto doc = seed_json(directory);
                    file << json::serialize(doc.at("services"));
                    std::ofstream categories(out.substr(0, out.size() - 5) + ".categories.json",
                                             std::ios::binary | std::ios::trunc);
                    categories << json::serialize(doc.at("categories"));
                    if (!file || !categories)
                        throw Error(ErrorCode::io, "cannot write " + out);
                } else {
                    std::filesystem::remove(out);
                    auto db = Database::open(out);
                    Store store(db);
                    store.replace_directory(directory);
                    store.set_meta("data_as_of", now_utc());
                }
                io.out << "Generated " << o->count << " services into " << out << '\n';
                return 0;
            }};
}

Command add_vacuum(CLI::App& app) {
    auto db_file = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("vacuum", "Compact a database (used by the build)");
    cmd->add_option("--db", *db_file, "Database")->required();
    cmd->group(""); // internal
    return {cmd, [db_file](Io&) {
                auto db = Database::open(*db_file);
                db.sql().exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
                db.sql().exec("PRAGMA journal_mode = DELETE");
                db.sql().exec("VACUUM");
                return 0;
            }};
}

} // namespace relais::cli
