// libFuzzer target: the request handler. The input is read as a request: a first line
// "METHOD TARGET", header lines "Name: value", an empty line, then the body. Whatever the
// bytes, try_quick() and handle() must answer (it is noexcept: an escaping exception would abort)
// with a valid status, and every error answer must be the JSON error body.
#include "data/accounts.h"
#include "data/database.h"
#include "data/generator.h"
#include "data/importer.h"
#include "data/store.h"
#include "sync/handler.h"

#include <boost/json/parse.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string_view>
#include <utility>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;

struct Fixture {
    fs::path dir;
    relais::sync::Metrics metrics;
    std::unique_ptr<relais::sync::Handler> handler;

    Fixture() {
        dir = fs::temp_directory_path() / ("relais-fuzz-handler-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        const fs::path db = dir / "server.sqlite";
        fs::remove(db);
        {
            std::ifstream in(fs::path(RELAIS_SOURCE_DIR) / "data/seed/categories.json");
            std::ostringstream text;
            text << in.rdbuf();
            std::vector<relais::Problem> problems;
            const auto categories = relais::parse_categories(text.str(), problems);
            relais::Database database = relais::Database::open(db);
            relais::Store(database).replace_directory(
                relais::generate_directory(20, 7, categories));
        }
        relais::sync::HandlerOptions options;
        options.database = db;
        options.max_db_connections = 1;
        options.response_cache_bytes = 256 * 1024;
        handler = std::make_unique<relais::sync::Handler>(options, metrics);
    }
    ~Fixture() {
        handler.reset();
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

// A valid status, and every error answer with the JSON error body (kept or built).
void check(const relais::sync::HttpResponse& response) {
    if (response.status < 100 || response.status > 599)
        std::abort();
    if (response.status >= 400) {
        const std::string& text = response.cached_body ? *response.cached_body : response.body;
        boost::system::error_code ec;
        const boost::json::value body = boost::json::parse(text, ec);
        if (ec || !body.is_object() || !body.as_object().contains("error")) {
            std::fprintf(stderr, "status %d without a JSON error body: %s\n", response.status,
                         text.c_str());
            std::abort();
        }
    }
}

std::string_view next_line(std::string_view& rest) {
    const auto end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Fixture fixture;
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    relais::sync::HttpRequest request;
    request.remote_address = "127.0.0.1";
    const std::string_view first = next_line(rest);
    const auto space = first.find(' ');
    request.method = std::string(first.substr(0, space));
    request.target =
        space == std::string_view::npos ? std::string("/") : std::string(first.substr(space + 1));
    for (std::string_view line = next_line(rest); !line.empty(); line = next_line(rest)) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        std::string_view value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        request.headers.emplace_back(line.substr(0, colon), value);
    }
    request.body = std::string(rest);

    // What the server does: an answer at once when there is one, handle() otherwise.
    auto quick = fixture.handler->try_quick(request);
    const relais::sync::HttpResponse response =
        quick ? std::move(*quick) : fixture.handler->handle(request);
    check(response);
    check(fixture.handler->handle(request));
    return 0;
}
