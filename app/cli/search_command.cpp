#include "command.h"

#include "data/error.h"
#include "data/hours.h"
#include "data/place.h"
#include "data/search.h"
#include "data/store.h"

#include <CLI/CLI.hpp>
#include <boost/json.hpp>
#include <unistd.h>

#include <chrono>
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

} // namespace

Command add_search(CLI::App& app) {
    auto o = std::make_shared<SearchOptions>();
    auto* cmd = app.add_subcommand("search", "Search the directory (queries from stdin "
                                             "when none is given)");
    cmd->add_option("--db", o->db, "Directory database (default: the bundled one)");
    cmd->add_option("--limit", o->limit, "Results per query")->check(CLI::Range(1, 1000));
    cmd->add_option("--lang", o->lang, "Language of names and snippets: fr, nl, en");
    // One id per --category, so that `--category legal-aid aide` keeps "aide" as the query.
    cmd->add_option("--category", o->categories, "Only this category (repeatable)")
        ->allow_extra_args(false);
    cmd->add_option("--municipality", o->municipality, "Only in this municipality");
    cmd->add_option("--near", o->near,
                    "Where you work: this municipality and its neighbours first");
    cmd->add_option("--language", o->language, "Only services speaking this language");
    cmd->add_option("--audience", o->audience, "Only services for this audience");
    cmd->add_flag("--free", o->free, "Only free services");
    cmd->add_flag("--anonymous", o->anonymous, "Only anonymous services");
    cmd->add_flag("--walk-in", o->walk_in, "Only services without appointment");
    auto* open_at =
        cmd->add_option("--open-at", o->open_at, "Open at now or YYYY-MM-DDTHH:MM (Brussels)");
    cmd->add_flag("--json", o->as_json, "One JSON object per query, one a line");
    auto* query = cmd->add_option("query", o->query, "What to look for");
    return {cmd, [o, open_at, query](Io& io) {
                o->open_at_given = open_at->count() > 0;
                return search(*o, io.in, io.out, io.err, query->count() > 0);
            }};
}

} // namespace relais::cli
