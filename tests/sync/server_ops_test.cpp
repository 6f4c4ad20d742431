// Running relais-server as an operator does, through the real executable: `serve --config`
// (the file, flags over it, one-line errors for unknown keys and bad values), `backup` while
// staff write through HTTP, and `restore` (a round trip, and every refusal leaving the target as
// it was).
#include "test_support.h"

#include "data/changelog.h"
#include "data/database.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/exit_status.h"
#include "sync/protocol.h"

#include <SQLiteCpp/Database.h>
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

namespace relais::test {
namespace {
namespace json = boost::json;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

const fs::path kExample = fs::path(RELAIS_TEST_SOURCE_DIR) / "docs/deploy/server.conf";
constexpr const char* kWhen = "2024-05-01T10:00:00Z";

// A port free a moment ago, for a server that must listen exactly there.
unsigned short free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        throw std::runtime_error("no free port");
    ::close(fd);
    return ntohs(address.sin_port);
}

// A server database with `services` generated services, each in the change feed.
void make_database(const fs::path& path, int services) {
    Database db = Database::open(path);
    Store store(db);
    store.replace_directory(test_directory(services));
    ChangeLog(db).cover(store, kWhen);
}

std::vector<Service> services_in(const fs::path& path) {
    Database db = Database::open(path, Database::Mode::read_only);
    return Store(db).services();
}

std::size_t snapshot_size(const std::string& url) {
    sync::HttpClient client(url);
    const sync::HttpResponse answer = client.request("GET", "/v1/snapshot");
    if (answer.status != 200)
        throw std::runtime_error("snapshot: " + std::to_string(answer.status));
    return json::parse(answer.body).at("services").as_array().size();
}

std::vector<std::string> files_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class ServerOpsTest : public ::testing::Test {
protected:
    TempDir dir;
    fs::path db = dir / "server.sqlite";

    Outcome run(const std::string& args, const std::string& input = {}) {
        return run_command(quote(RELAIS_SERVER_PATH) + " " + args, input, dir.path());
    }
    static std::string arg(const fs::path& path) { return quote(path.string()); }
    fs::path config(const std::string& text, const std::string& name = "server.conf") {
        const fs::path path = dir / name;
        write_file(path, text);
        return path;
    }
};

// --- serve --config ---

TEST_F(ServerOpsTest, TheConfigFileSetsTheAddressAndTheDatabase) {
    fs::create_directories(dir / "etc");
    make_database(dir / "etc" / "served.sqlite", 7);
    const unsigned short port = free_port();
    // A relative path is relative to the file's folder, not to the current one.
    const fs::path file = config("# as an operator would write it\n"
                                 "listen = 127.0.0.1:" +
                                     std::to_string(port) +
                                     "\n"
                                     "db = served.sqlite   # beside this file\n"
                                     "log-level = quiet\n"
                                     "threads = 1\n"
                                     "request-timeout = 5s\n"
                                     "body-limit = 64k\n",
                                 "etc/server.conf");
    ServerProcess server({RELAIS_SERVER_PATH, "serve", "--config", file.string()});
    EXPECT_EQ(server.listening(), "listening on 127.0.0.1:" + std::to_string(port));
    EXPECT_EQ(server.port(), port);
    EXPECT_EQ(snapshot_size(server.url()), 7u);
    // body-limit = 64k: a larger body is refused.
    const int fd = connect_to(port);
    const std::string request =
        "PUT /v1/services/x HTTP/1.1\r\nHost: a\r\nContent-Length: " + std::to_string(65 * 1024) +
        "\r\n\r\n";
    ASSERT_EQ(::send(fd, request.data(), request.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(request.size()));
    const std::string answer = read_all(fd, 3000);
    ::close(fd);
    EXPECT_TRUE(answer.starts_with("HTTP/1.1 413")) << answer.substr(0, 80);
}

TEST_F(ServerOpsTest, FlagsOverrideTheFile) {
    make_database(dir / "from-file.sqlite", 7);
    make_database(dir / "from-flag.sqlite", 3);
    const unsigned short port = free_port();
    const fs::path file =
        config("listen = 127.0.0.1:" + std::to_string(port) + "\ndb = from-file.sqlite\n");
    ServerProcess server({RELAIS_SERVER_PATH, "serve", "--config", file.string(), "--listen",
                          "127.0.0.1:0", "--db", (dir / "from-flag.sqlite").string(), "--quiet"});
    EXPECT_NE(server.port(), port);
    EXPECT_EQ(snapshot_size(server.url()), 3u);
}

TEST_F(ServerOpsTest, AnUnknownKeyOrABadValueIsOneLineNamingItWithStatus2) {
    const struct {
        std::string line;
        std::string key;
    } cases[] = {
        {"thread = 4", "'thread'"},
        {"threads = many", "threads"},
        {"threads = 0", "threads"},
        {"request-timeout = 15", "request-timeout"}, // a duration needs its unit
        {"body-limit = 2T", "body-limit"},
        {"listen = 127.0.0.1:99999", "listen"},
        {"log-level = loud", "log-level"},
        {"trusted-proxies = nginx.local", "trusted-proxies"}, // addresses, not names
        {"trusted-proxies = 127.0.0.1,", "trusted-proxies"},
        {"[tls]\ncert = a.pem", "tls.cert"}, // no sections
        {"listen", "listen"},                // not key = value
        {"threads = 2\nthreads = 3", "threads"},
    };
    for (const auto& [line, key] : cases) {
        const fs::path file = config("db = " + db.string() + "\n" + line + "\n");
        // A flag overriding the key does not hide the mistake.
        const Outcome outcome = run("serve --threads 2 --config " + arg(file));
        EXPECT_EQ(outcome.status, sync::kExitUsage) << line << ": " << outcome.err;
        EXPECT_EQ(std::count(outcome.err.begin(), outcome.err.end(), '\n'), 1) << outcome.err;
        EXPECT_NE(outcome.err.find(key), std::string::npos) << line << ": " << outcome.err;
        EXPECT_NE(outcome.err.find(file.string()), std::string::npos) << outcome.err;
        EXPECT_EQ(outcome.out.find("listening"), std::string::npos) << outcome.out;
        EXPECT_FALSE(fs::exists(db)) << "nothing is opened before the settings are right";
    }
    // The same on the command line, with the flag's name.
    const Outcome flag = run("serve --request-timeout 0s --db " + arg(db));
    EXPECT_EQ(flag.status, sync::kExitUsage);
    EXPECT_EQ(flag.err,
              "relais-server: bad value '0s' for --request-timeout: a duration from 1s to 1h with "
              "its unit (ms, s, m, h or d)\n");
    const Outcome unknown = run("serve --thread 2 --db " + arg(db));
    EXPECT_EQ(unknown.status, sync::kExitUsage);
    EXPECT_EQ(unknown.err, "relais-server: serve has no option --thread\n");
    EXPECT_FALSE(fs::exists(db));
}

TEST_F(ServerOpsTest, AMissingConfigFileIsAClearError) {
    const fs::path missing = dir / "nowhere" / "server.conf";
    const Outcome outcome = run("serve --config " + arg(missing) + " --db " + arg(db));
    EXPECT_EQ(outcome.status, sync::kExitUsage);
    EXPECT_EQ(outcome.err, "relais-server: no configuration file " + missing.string() + "\n");
    const Outcome folder = run("serve --config " + arg(dir.path()) + " --db " + arg(db));
    EXPECT_EQ(folder.status, sync::kExitUsage);
    EXPECT_NE(folder.err.find("is a folder"), std::string::npos) << folder.err;
    EXPECT_FALSE(fs::exists(db));
}

TEST_F(ServerOpsTest, TheExampleFileNamesEveryKeyWithAValueTheServerTakes) {
    // Each setting is there as "# key = default"; uncommented, the server starts with them all
    // (TLS aside: its files do not exist here).
    const std::regex setting(R"(# ([a-z][a-z-]*) = (.+))");
    std::set<std::string> keys;
    std::string uncommented;
    std::istringstream example(read_file(kExample));
    for (std::string line; std::getline(example, line);) {
        std::smatch match;
        if (!std::regex_match(line, match, setting))
            continue;
        keys.insert(match[1]);
        if (!match[1].str().starts_with("tls-"))
            uncommented += line.substr(2) + "\n";
    }
    const std::set<std::string> expected{"listen",
                                         "db",
                                         "tls-cert",
                                         "tls-key",
                                         "log-level",
                                         "threads",
                                         "workers",
                                         "max-connections",
                                         "max-connections-per-address",
                                         "trusted-proxies",
                                         "max-queued-work",
                                         "db-connections",
                                         "response-cache",
                                         "request-timeout",
                                         "write-timeout",
                                         "header-limit",
                                         "body-limit",
                                         "shutdown-grace",
                                         "token-lifetime",
                                         "login-max-failures",
                                         "login-max-failures-per-address",
                                         "login-window",
                                         "tombstone-retention"};
    EXPECT_EQ(keys, expected);
    make_database(db, 3);
    const fs::path file = config(uncommented);
    ServerProcess server({RELAIS_SERVER_PATH, "serve", "--config", file.string(), "--listen",
                          "127.0.0.1:0", "--db", db.string(), "--quiet"});
    EXPECT_EQ(snapshot_size(server.url()), 3u);
}

// --- backup ---

// Staff keep writing through HTTP (new services, and edits of one) until destroyed.
class StaffWriters {
public:
    StaffWriters(const TestServer& server, const std::string& token, const Service& model) {
        const sync::Headers auth{{"Authorization", "Bearer " + token}};
        threads_.emplace_back([this, url = server.url(), auth, model] {
            sync::HttpClient client(url);
            for (int i = 0; !stop_; ++i) {
                Service fresh = model;
                fresh.id = "load-" + std::to_string(i);
                const auto answer = client.request("POST", "/v1/services", auth,
                                                   json::serialize(relais::to_json(fresh)));
                ++(answer.status == 201 ? created_ : failed_);
            }
        });
        threads_.emplace_back([this, url = server.url(), auth, model] {
            sync::HttpClient client(url);
            Service current = model;
            for (int i = 0; !stop_; ++i) {
                current.notes = "edit " + std::to_string(i);
                sync::Headers headers = auth;
                headers.emplace_back("If-Match", "\"" + std::to_string(current.version) + "\"");
                const auto answer = client.request("PUT", "/v1/services/" + current.id, headers,
                                                   json::serialize(relais::to_json(current)));
                if (answer.status != 200) {
                    ++failed_;
                    continue;
                }
                current = sync::service_from_wire(json::parse(answer.body).at("service"));
                ++edited_;
            }
        });
    }
    ~StaffWriters() { stop(); }
    void stop() {
        stop_ = true;
        for (auto& thread : threads_)
            if (thread.joinable())
                thread.join();
    }
    int created() const { return created_; }
    int edited() const { return edited_; }
    int failed() const { return failed_; }

private:
    std::atomic<bool> stop_{false};
    std::atomic<int> created_{0}, edited_{0}, failed_{0};
    std::vector<std::thread> threads_;
};

int count(Database& db, const std::string& sql) {
    return db.sql().execAndGet(sql).getInt();
}

TEST_F(ServerOpsTest, ABackupWhileStaffWriteIsOneWholeStateAndTheServerKeepsServing) {
    TestServer server;
    add_account(server.db_path(), "root", "org-0", Role::admin, "root password");
    const std::string token = login_token(server.url(), "root", "root password");
    Service model;
    {
        Database source = Database::open(server.db_path());
        model = Store(source).services_of("org-0").front();
    }
    StaffWriters writers(server, token, model);
    for (int i = 0; i < 500 && (writers.created() < 10 || writers.edited() < 10); ++i)
        std::this_thread::sleep_for(10ms);
    ASSERT_GE(writers.created(), 10) << "the writers did not get going";

    // At least three backups, and more until one ran while a write landed: on a busy machine
    // a short backup can fall between two writes.
    int written_meanwhile = 0;
    for (int round = 0; round < 3 || (written_meanwhile == 0 && round < 30); ++round) {
        const fs::path out = dir / ("backup-" + std::to_string(round) + ".sqlite");
        const int created_before = writers.created();
        const Outcome outcome = run("backup --db " + arg(server.db_path()) + " --out " + arg(out));
        const int created_after = writers.created();
        written_meanwhile += created_after - created_before;
        ASSERT_EQ(outcome.status, 0) << outcome.err;

        Database copy = Database::open(out, Database::Mode::read_only);
        EXPECT_EQ(copy.sql().execAndGet("PRAGMA integrity_check").getString(), "ok");
        const int services = count(copy, "SELECT count(*) FROM services");
        EXPECT_NE(outcome.out.find("(" + std::to_string(services) + " services"), std::string::npos)
            << outcome.out;
        // One state of the directory: every service is in the change feed at its version, and
        // each one created through HTTP has its audit entry (written in the same transaction).
        EXPECT_EQ(count(copy, "SELECT count(*) FROM change_log WHERE kind = 'service' AND "
                              "op = 'upsert'"),
                  services);
        EXPECT_EQ(count(copy, "SELECT count(*) FROM services s JOIN change_log c ON "
                              "c.kind = 'service' AND c.record_id = s.id AND "
                              "c.version = s.version"),
                  services);
        const int created = count(copy, "SELECT count(*) FROM services WHERE id LIKE 'load-%'");
        EXPECT_EQ(count(copy, "SELECT count(*) FROM audit_log WHERE action = 'create'"), created);
        EXPECT_EQ(count(copy, "SELECT count(*) FROM audit_log WHERE action = 'update'") +
                      model.version,
                  count(copy, "SELECT version FROM services WHERE id = '" + model.id + "'"));
        // ...and a state that was there while the backup ran.
        EXPECT_GE(created, created_before);
        EXPECT_LE(created, created_after);
        EXPECT_EQ(services, 30 + created);
    }
    writers.stop();
    EXPECT_GT(written_meanwhile, 0) << "the backups did not run under load";
    EXPECT_EQ(writers.failed(), 0);
    EXPECT_GT(writers.edited(), 0);

    // The server served throughout and still does; the backups are whole files, nothing beside.
    sync::HttpClient client(server.url());
    EXPECT_EQ(client.request("GET", "/healthz").status, 200);
    EXPECT_EQ(snapshot_size(server.url()), 30u + static_cast<std::size_t>(writers.created()));
    for (const std::string& name : files_in(dir.path()))
        EXPECT_TRUE((name.starts_with("backup-") && name.ends_with(".sqlite")) ||
                    name == "stdin.txt" || name == "out" || name == "err")
            << name;
}

TEST_F(ServerOpsTest, AFailedBackupLeavesThePreviousOneAndNoHalfFile) {
    const fs::path out = dir / "backups" / "relais.sqlite";
    fs::create_directories(out.parent_path());
    write_file(out, "yesterday's backup");
    write_file(dir / "notes.txt", "not a database\n");
    const Outcome wrong = run("backup --db " + arg(dir / "notes.txt") + " --out " + arg(out));
    EXPECT_EQ(wrong.status, 1);
    EXPECT_NE(wrong.err.find("not a Relais database"), std::string::npos) << wrong.err;
    const Outcome missing = run("backup --db " + arg(dir / "none.sqlite") + " --out " + arg(out));
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("no such database"), std::string::npos) << missing.err;
    EXPECT_FALSE(fs::exists(dir / "none.sqlite"));
    make_database(db, 3);
    const Outcome itself = run("backup --db " + arg(db) + " --out " + arg(db));
    EXPECT_EQ(itself.status, 1);
    EXPECT_EQ(services_in(db).size(), 3u);
    EXPECT_EQ(run("backup --db " + arg(db)).status, sync::kExitUsage);

    EXPECT_EQ(read_file(out), "yesterday's backup");
    EXPECT_EQ(files_in(out.parent_path()), std::vector<std::string>{"relais.sqlite"});
    // And a good one replaces it.
    const Outcome good = run("backup --db " + arg(db) + " --out " + arg(out));
    ASSERT_EQ(good.status, 0) << good.err;
    EXPECT_EQ(services_in(out), services_in(db));
    EXPECT_EQ(files_in(out.parent_path()), std::vector<std::string>{"relais.sqlite"});
}

// --- restore ---

TEST_F(ServerOpsTest, ARestoreBringsBackTheBackupAndSendsClientsToTheSnapshot) {
    make_database(db, 10);
    const std::vector<Service> original = services_in(db);
    const fs::path backup = dir / "backup.sqlite";
    ASSERT_EQ(run("backup --db " + arg(db) + " --out " + arg(backup)).status, 0);

    std::int64_t head = 0;
    {
        Database changed = Database::open(db);
        Store store(changed);
        ChangeLog log(changed);
        Service edited = original[0];
        edited.notes = "changed after the backup";
        ++edited.version;
        store.put(edited);
        log.record(edited.id, ChangeOp::upsert, edited.version, kWhen);
        ASSERT_TRUE(store.remove(original[1].id, original[1].version + 1, kWhen));
        log.record(original[1].id, ChangeOp::remove, original[1].version + 1, kWhen);
        head = log.head();
    }
    ASSERT_NE(services_in(db), original);

    const Outcome restored = run("restore --db " + arg(db) + " --from " + arg(backup));
    ASSERT_EQ(restored.status, 0) << restored.err;
    EXPECT_NE(restored.out.find("10 services"), std::string::npos) << restored.out;
    EXPECT_EQ(services_in(db), original);
    {
        // The feed goes on past every number given out before, behind a forced resync.
        Database back = Database::open(db, Database::Mode::read_only);
        ChangeLog log(back);
        EXPECT_GT(log.floor(), head);
        EXPECT_EQ(log.floor(), log.head());
    }
    ServerProcess server(
        {RELAIS_SERVER_PATH, "serve", "--db", db.string(), "--listen", "127.0.0.1:0", "--quiet"});
    sync::HttpClient client(server.url());
    EXPECT_EQ(client.request("GET", "/v1/changes?since=" + std::to_string(head)).status, 410);
    EXPECT_EQ(snapshot_size(server.url()), 10u);
    for (const std::string& name : files_in(dir.path()))
        EXPECT_EQ(name.find(".restore-"), std::string::npos) << "left behind: " << name;
}

TEST_F(ServerOpsTest, ARestoreIntoANewFileCreatesIt) {
    make_database(db, 4);
    const fs::path backup = dir / "backup.sqlite";
    ASSERT_EQ(run("backup --db " + arg(db) + " --out " + arg(backup)).status, 0);
    const fs::path fresh = dir / "new.sqlite";
    const Outcome restored = run("restore --db " + arg(fresh) + " --from " + arg(backup));
    ASSERT_EQ(restored.status, 0) << restored.err;
    EXPECT_EQ(services_in(fresh), services_in(db));
}

TEST_F(ServerOpsTest, ABackupFromANewerSchemaIsRefusedNamingBothVersions) {
    make_database(db, 5);
    const fs::path backup = dir / "backup.sqlite";
    ASSERT_EQ(run("backup --db " + arg(db) + " --out " + arg(backup)).status, 0);
    const int known = Database::current_schema_version();
    {
        SQLite::Database raw(backup.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(known + 1));
    }
    const std::string before = read_file(db);
    const Outcome refused = run("restore --db " + arg(db) + " --from " + arg(backup));
    EXPECT_EQ(refused.status, 1);
    EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
    EXPECT_NE(refused.err.find("schema " + std::to_string(known + 1)), std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("up to " + std::to_string(known)), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("nothing was restored"), std::string::npos) << refused.err;
    EXPECT_EQ(read_file(db), before);
}

TEST_F(ServerOpsTest, AFileThatIsNotARelaisDatabaseIsRefused) {
    make_database(db, 5);
    const std::string before = read_file(db);
    write_file(dir / "notes.txt", std::string(8192, 'x'));
    {
        SQLite::Database other((dir / "other.sqlite").string(),
                               SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE things (name TEXT)");
    }
    for (const char* name : {"notes.txt", "other.sqlite"}) {
        const Outcome refused = run("restore --db " + arg(db) + " --from " + arg(dir / name));
        EXPECT_EQ(refused.status, 1) << name;
        EXPECT_NE(refused.err.find("is not a Relais database"), std::string::npos) << refused.err;
        EXPECT_EQ(std::count(refused.err.begin(), refused.err.end(), '\n'), 1) << refused.err;
    }
    const Outcome missing = run("restore --db " + arg(db) + " --from " + arg(dir / "none"));
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("no such backup"), std::string::npos) << missing.err;
    EXPECT_EQ(run("restore --db " + arg(db)).status, sync::kExitUsage);
    EXPECT_EQ(read_file(db), before);
    // Nor is another program's database overwritten by a restore.
    const fs::path backup = dir / "backup.sqlite";
    ASSERT_EQ(run("backup --db " + arg(db) + " --out " + arg(backup)).status, 0);
    const std::string other = read_file(dir / "other.sqlite");
    const Outcome elsewhere =
        run("restore --db " + arg(dir / "other.sqlite") + " --from " + arg(backup));
    EXPECT_EQ(elsewhere.status, 1);
    EXPECT_EQ(read_file(dir / "other.sqlite"), other);
}

TEST_F(ServerOpsTest, ARestoreThatFailsHalfwayLeavesTheTargetAsItWas) {
    make_database(db, 5);
    const fs::path backup = dir / "backup.sqlite";
    ASSERT_EQ(run("backup --db " + arg(db) + " --out " + arg(backup)).status, 0);
    // Its pages claim an older schema than they hold: bringing them up to date fails after the
    // target was taken.
    {
        SQLite::Database raw(backup.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = " + std::to_string(Database::current_schema_version() - 1));
    }
    {
        Database changed = Database::open(db);
        Store(changed).set_meta("marker", "the target's own state");
    }
    const std::string before = read_file(db);
    const std::vector<std::string> files = files_in(dir.path());
    const Outcome failed = run("restore --db " + arg(db) + " --from " + arg(backup));
    EXPECT_EQ(failed.status, 1);
    EXPECT_NE(failed.err.find("nothing was restored"), std::string::npos) << failed.err;
    EXPECT_EQ(read_file(db), before);
    EXPECT_EQ(files_in(dir.path()), files) << "no temporary file is left";
    Database target = Database::open(db);
    EXPECT_EQ(Store(target).meta("marker"), "the target's own state");
}

TEST_F(ServerOpsTest, ARestoreIsRefusedWhileAServerServesTheDatabase) {
    make_database(db, 5);
    const fs::path backup = dir / "backup.sqlite";
    ASSERT_EQ(run("backup --db " + arg(db) + " --out " + arg(backup)).status, 0);
    ServerProcess server(
        {RELAIS_SERVER_PATH, "serve", "--db", db.string(), "--listen", "127.0.0.1:0", "--quiet"});
    add_account(db, "root", "org-0", Role::admin, "root password");
    const Outcome refused = run("restore --db " + arg(db) + " --from " + arg(backup));
    EXPECT_EQ(refused.status, 1);
    EXPECT_NE(refused.err.find("in use"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("stop the server"), std::string::npos) << refused.err;
    // The server goes on with its database, the account added after the backup included.
    EXPECT_FALSE(login_token(server.url(), "root", "root password").empty());
    EXPECT_EQ(snapshot_size(server.url()), 5u);
}

} // namespace
} // namespace relais::test
