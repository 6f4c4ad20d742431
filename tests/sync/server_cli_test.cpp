// relais-server's administrative commands through the real executable: `account add/list/
// disable/password` (passwords on standard input, the last login listed) and `import` (seed
// files, versions kept across re-imports), and `serve` refusing a listen address it cannot have.
// Logins go through the request handler on the same database file.
#include "test_support.h"

#include "data/accounts.h"
#include "data/changelog.h"
#include "data/database.h"
#include "data/importer.h"
#include "data/store.h"
#include "data/version.h"
#include "sync/exit_status.h"
#include "sync/handler.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

namespace relais::test {
namespace {
namespace json = boost::json;
namespace fs = std::filesystem;

const fs::path kSeed = fs::path(RELAIS_TEST_SOURCE_DIR) / "data/seed";

class ServerCliTest : public ::testing::Test {
protected:
    TempDir dir;
    fs::path db = dir / "server.sqlite";

    // relais-server ARGS, with `input` on standard input.
    Outcome run(const std::string& args, const std::string& input = {}) {
        return run_command(quote(RELAIS_SERVER_PATH) + " " + args, input, dir.path());
    }
    std::string db_arg() const { return " --db " + quote(db.string()); }

    Outcome import_seed(const fs::path& services) {
        return run("import " + quote(services.string()) + " --categories " +
                   quote((kSeed / "categories.json").string()) + db_arg());
    }

    int login(const std::string& user, const std::string& password) {
        sync::Metrics metrics;
        sync::HandlerOptions options;
        options.database = db;
        sync::Handler handler(options, metrics);
        sync::HttpRequest request;
        request.method = "POST";
        request.target = "/v1/session";
        request.remote_address = "127.0.0.1";
        request.body = json::serialize(json::object{{"user", user}, {"password", password}});
        return handler.handle(request).status;
    }
};

TEST_F(ServerCliTest, ImportLoadsTheSeedAndKeepsVersionsOfUnchangedRecords) {
    const Outcome first = import_seed(kSeed / "brussels-services.json");
    ASSERT_EQ(first.status, 0) << first.err;
    std::vector<Service> before;
    {
        Database database = Database::open(db);
        before = Store(database).services();
    }
    EXPECT_NE(first.out.find("imported " + std::to_string(before.size()) + " services"),
              std::string::npos)
        << first.out;
    ASSERT_GT(before.size(), 10u);

    // The same file again: nothing changes, versions stay.
    const Outcome again = import_seed(kSeed / "brussels-services.json");
    ASSERT_EQ(again.status, 0) << again.err;
    {
        Database database = Database::open(db);
        EXPECT_EQ(Store(database).services(), before);
    }

    // An edited record gets the next version; a dropped one disappears.
    json::array services = json::parse(read_file(kSeed / "brussels-services.json")).as_array();
    const std::string edited(services.at(0).at("id").as_string());
    const std::string dropped(services.at(1).at("id").as_string());
    services.at(0).as_object()["notes"] = "Changed by the import test.";
    services.erase(services.begin() + 1);
    const fs::path changed = dir / "changed.json";
    std::ofstream(changed, std::ios::binary) << json::serialize(services);
    const Outcome third = import_seed(changed);
    ASSERT_EQ(third.status, 0) << third.err;
    Database database = Database::open(db);
    Store store(database);
    const auto find = [&](const std::string& id) {
        return *std::find_if(before.begin(), before.end(),
                             [&](const Service& service) { return service.id == id; });
    };
    ASSERT_TRUE(store.service(edited));
    EXPECT_EQ(store.service(edited)->version, find(edited).version + 1);
    EXPECT_EQ(store.service(edited)->notes, "Changed by the import test.");
    EXPECT_FALSE(store.service(dropped));
    EXPECT_EQ(store.services().size(), before.size() - 1);
}

TEST_F(ServerCliTest, AnInvalidSeedIsRefusedWithItsProblemsAndChangesNothing) {
    ASSERT_EQ(import_seed(kSeed / "brussels-services.json").status, 0);
    json::array services = json::parse(read_file(kSeed / "brussels-services.json")).as_array();
    const std::string id(services.at(0).at("id").as_string());
    services.at(0).as_object()["categories"] = json::array{"no-such-category"};
    const fs::path bad = dir / "bad.json";
    std::ofstream(bad, std::ios::binary) << json::serialize(services);
    const Outcome run_bad = import_seed(bad);
    EXPECT_EQ(run_bad.status, 1);
    EXPECT_NE(run_bad.err.find(id), std::string::npos) << run_bad.err;
    EXPECT_NE(run_bad.err.find("categories"), std::string::npos) << run_bad.err;
    Database database = Database::open(db);
    EXPECT_EQ(Store(database).service(id)->categories,
              json::value_to<std::vector<std::string>>(
                  json::parse(read_file(kSeed / "brussels-services.json"))
                      .as_array()
                      .at(0)
                      .at("categories")));

    const Outcome missing = run("import " + quote((dir / "nope.json").string()) + db_arg());
    EXPECT_NE(missing.status, 0);
    EXPECT_NE(missing.err.find("nope.json"), std::string::npos) << missing.err;
}

TEST_F(ServerCliTest, AccountsAreAddedListedAndDisabled) {
    ASSERT_EQ(import_seed(kSeed / "brussels-services.json").status, 0);
    std::string organization;
    {
        Database database = Database::open(db);
        organization = Store(database).organizations().front().id;
    }
    const std::string org_arg = " --org " + quote(organization);

    const Outcome added =
        run("account add" + db_arg() + org_arg + " --user alice", "correct horse\n");
    ASSERT_EQ(added.status, 0) << added.err;
    EXPECT_NE(added.out.find("added staff alice"), std::string::npos) << added.out;
    const Outcome admin =
        run("account add" + db_arg() + org_arg + " --user root --admin", "battery staple\n");
    ASSERT_EQ(admin.status, 0) << admin.err;

    // Refusals: taken name, short password, unknown organisation, missing options.
    EXPECT_NE(run("account add" + db_arg() + org_arg + " --user alice", "another one\n").status, 0);
    const Outcome short_password =
        run("account add" + db_arg() + org_arg + " --user bob", "short\n");
    EXPECT_EQ(short_password.status, 2);
    EXPECT_NE(short_password.err.find("at least 8"), std::string::npos) << short_password.err;
    EXPECT_EQ(
        run("account add" + db_arg() + " --org no-such-org --user carol", "long enough\n").status,
        2);
    EXPECT_EQ(run("account add" + db_arg() + " --user dave", "long enough\n").status, 2);

    const Outcome listed = run("account list" + db_arg());
    ASSERT_EQ(listed.status, 0) << listed.err;
    EXPECT_EQ(listed.out, "alice\t" + organization + "\tstaff\tactive\tnever\nroot\t" +
                              organization + "\tadmin\tactive\tnever\n");
    // The password is stored as an argon2id hash, never in clear.
    {
        Database database = Database::open(db);
        const auto alice = Accounts(database).find("alice");
        ASSERT_TRUE(alice);
        EXPECT_TRUE(alice->password_hash.starts_with("$argon2id$")) << alice->password_hash;
        EXPECT_EQ(alice->password_hash.find("correct horse"), std::string::npos);
    }
    EXPECT_EQ(login("alice", "correct horse"), 200);
    EXPECT_EQ(login("alice", "wrong horse"), 401);

    const Outcome disabled = run("account disable" + db_arg() + " --user alice");
    ASSERT_EQ(disabled.status, 0) << disabled.err;
    EXPECT_NE(
        run("account list" + db_arg()).out.find("alice\t" + organization + "\tstaff\tdisabled"),
        std::string::npos);
    EXPECT_EQ(login("alice", "correct horse"), 401);
    EXPECT_EQ(login("root", "battery staple"), 200);
    EXPECT_EQ(run("account disable" + db_arg() + " --user nobody").status, 1);
}

TEST_F(ServerCliTest, APasswordResetRefusesTheOldPasswordAndEndsItsSessions) {
    ASSERT_EQ(import_seed(kSeed / "brussels-services.json").status, 0);
    std::string organization;
    {
        Database database = Database::open(db);
        organization = Store(database).organizations().front().id;
    }
    ASSERT_EQ(run("account add" + db_arg() + " --org " + quote(organization) + " --user alice",
                  "correct horse\n")
                  .status,
              0);
    ASSERT_EQ(login("alice", "correct horse"), 200);
    const auto sessions = [&] {
        Database database = Database::open(db);
        return database.sql()
            .execAndGet("SELECT count(*) FROM sessions WHERE user_name = 'alice'")
            .getInt();
    };
    ASSERT_EQ(sessions(), 1);

    const Outcome reset = run("account password" + db_arg() + " --user alice", "battery staple\n");
    ASSERT_EQ(reset.status, 0) << reset.err;
    EXPECT_NE(reset.out.find("alice"), std::string::npos) << reset.out;
    EXPECT_EQ(sessions(), 0) << "a session opened with the old password ends";
    EXPECT_EQ(login("alice", "correct horse"), 401);
    EXPECT_EQ(login("alice", "battery staple"), 200);

    // The rules of `account add`, and nothing changes when they are not met.
    const Outcome short_password = run("account password" + db_arg() + " --user alice", "short\n");
    EXPECT_EQ(short_password.status, 2);
    EXPECT_NE(short_password.err.find("at least 8"), std::string::npos) << short_password.err;
    EXPECT_EQ(run("account password" + db_arg(), "long enough\n").status, 2);
    const Outcome unknown = run("account password" + db_arg() + " --user bob", "long enough\n");
    EXPECT_EQ(unknown.status, 1);
    EXPECT_NE(unknown.err.find("no account bob"), std::string::npos) << unknown.err;
    EXPECT_EQ(login("alice", "battery staple"), 200);
}

TEST_F(ServerCliTest, TheListShowsTheLastSuccessfulLogin) {
    ASSERT_EQ(import_seed(kSeed / "brussels-services.json").status, 0);
    std::string organization;
    {
        Database database = Database::open(db);
        organization = Store(database).organizations().front().id;
    }
    ASSERT_EQ(run("account add" + db_arg() + " --org " + quote(organization) + " --user alice",
                  "correct horse\n")
                  .status,
              0);
    const auto last_login = [&] {
        const Outcome listed = run("account list" + db_arg());
        EXPECT_EQ(listed.status, 0) << listed.err;
        const std::string line = listed.out.substr(0, listed.out.find('\n'));
        return line.substr(line.rfind('\t') + 1);
    };
    EXPECT_EQ(last_login(), "never");
    EXPECT_EQ(login("alice", "wrong horse"), 401);
    EXPECT_EQ(last_login(), "never") << "a failed login is not a login";

    ASSERT_EQ(login("alice", "correct horse"), 200);
    const std::string first = last_login();
    EXPECT_TRUE(std::regex_match(first, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"))) << first;
    EXPECT_EQ(login("alice", "wrong horse"), 401);
    EXPECT_EQ(last_login(), first);
}

TEST_F(ServerCliTest, ABadListenAddressIsRefusedBeforeServing) {
    for (const char* listen : {"127.0.0.1:65537", "127.0.0.1:-1", "127.0.0.1:80x", "127.0.0.1:",
                               "300.1.2.3:8080", "localhost:8080", "::1:8080", "8080"}) {
        const Outcome outcome = run(std::string("serve --quiet --listen ") + listen + db_arg());
        EXPECT_EQ(outcome.status, 2) << listen << ": " << outcome.err;
        EXPECT_NE(outcome.err.find("--listen"), std::string::npos) << outcome.err;
        EXPECT_EQ(outcome.out.find("listening"), std::string::npos) << outcome.out;
    }
}

TEST_F(ServerCliTest, APortInUseIsSaidPlainlyWithItsOwnStatus) {
    // Another program holds the port (a listening socket, as a second server would).
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor holder(
        io, {boost::asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(0)});
    const std::string listen = "127.0.0.1:" + std::to_string(holder.local_endpoint().port());
    const Outcome outcome = run("serve --quiet --listen " + listen + db_arg());
    EXPECT_EQ(outcome.status, sync::kExitAddressInUse) << outcome.err;
    EXPECT_NE(outcome.err.find("cannot listen on " + listen), std::string::npos) << outcome.err;
    EXPECT_NE(outcome.err.find("in use"), std::string::npos) << outcome.err;
    EXPECT_EQ(outcome.err.find(".hpp"), std::string::npos)
        << "no source locations: " << outcome.err;
    EXPECT_EQ(outcome.out.find("listening"), std::string::npos) << outcome.out;
}

TEST_F(ServerCliTest, VersionSaysTheProgramAndItsVersion) {
    const Outcome outcome = run("--version");
    EXPECT_EQ(outcome.status, 0) << outcome.err;
    EXPECT_EQ(outcome.out, std::string("relais-server ") + relais::version() + "\n");
    EXPECT_TRUE(std::regex_match(outcome.out, std::regex(R"(relais-server \d+\.\d+\.\d+\n)")))
        << outcome.out;
}

TEST_F(ServerCliTest, UsageErrorsExitWithStatus2) {
    EXPECT_EQ(run("").status, 2);
    EXPECT_EQ(run("frobnicate").status, 2);
    EXPECT_EQ(run("account").status, 2);
    EXPECT_EQ(run("account add --db").status, 2);
    EXPECT_EQ(run("--help").status, 0);
}

} // namespace
} // namespace relais::test
