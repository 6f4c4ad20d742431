// Association staff in the client, against a real relais-server on 127.0.0.1: log in, edit
// offline, sync, a second client sees the change; conflicts where both edits survive until a
// person resolves them; an expired session; another organisation's listing (403); the
// editor's validation mirroring the server's 422.

#include "app/appcontext.h"
#include "app/core/directoryworker.h"
#include "app/staff/staffops.h"
#include "qt_environment.h"

#include "../sync/test_support.h"
#include "data/outbox.h"
#include "data/store.h"
#include "data/trust.h"
#include "sync/engine.h"
#include "sync/http_client.h"
#include "sync/protocol.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <boost/json.hpp>

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace relais;
using namespace relais::app;
namespace json = boost::json;

namespace {

constexpr int kWait = 20000;
const auto* const environment =
    ::testing::AddGlobalTestEnvironment(new relais::app::test::QtEnvironment);

// One device: its own folder, local directory and controllers.
class Client {
public:
    explicit Client(const std::string& server) {
        // The local directory starts empty and bootstraps from the server.
        Database::open(path());
        app_ =
            std::make_unique<AppContext>(AppContext::Options{path(), u"en"_s, systemNow, nullptr});
        app_->sync()->setServerUrl(QString::fromStdString(server));
    }
    ~Client() { app_.reset(); }

    std::filesystem::path path() const { return dir_.filePath(u"relais.sqlite"_s).toStdString(); }
    QString sessionFile() const { return dir_.filePath(u"staff-session.json"_s); }
    AppContext& app() { return *app_; }
    SyncOutcome last;

    // Runs a sync and waits for its end (success or not).
    void sync() {
        bool done = false;
        auto connection = QObject::connect(app_->sync(), &SyncController::finished,
                                           [&](const SyncOutcome& outcome) {
                                               done = true;
                                               last = outcome;
                                           });
        app_->sync()->syncNow();
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWait));
        QObject::disconnect(connection);
        settle();
    }
    void login(const std::string& user, const std::string& password) {
        bool done = false;
        auto connection = QObject::connect(app_->sync(), &SyncController::finished,
                                           [&](const SyncOutcome&) { done = true; });
        app_->login()->login(app_->sync()->serverUrl(), QString::fromStdString(user),
                             QString::fromStdString(password));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !app_->login()->busy(); }, kWait));
        ASSERT_TRUE(app_->login()->loggedIn()) << app_->login()->errorText().toStdString();
        // Logging in sends what waits at once.
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, kWait));
        QObject::disconnect(connection);
        settle();
    }
    // Worker tasks done and delivered: the controllers show the current state.
    void settle() {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return app_->directory()->ready() && !app_->staff()->loading() &&
                       !app_->editor()->loading() && !app_->editor()->saving() &&
                       !app_->conflict()->loading() && !app_->sync()->syncing();
            },
            kWait));
        QTest::qWait(50);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !app_->staff()->loading(); }, kWait));
    }
    void edit(const QString& id, const std::function<void(ServiceForm&)>& change) {
        EditorController& editor = *app_->editor();
        editor.open(id);
        settle();
        ASSERT_TRUE(editor.active());
        change(*editor.form());
        ASSERT_EQ(editor.form()->problemCount(), 0) << editor.form()->wireJson();
        editor.save();
        settle();
        ASSERT_FALSE(editor.active()) << editor.errorText().toStdString();
    }
    Service local(const std::string& id) {
        Database db = Database::open(path());
        return Store(db).service(id).value();
    }
    // The mark the search screen and the detail screen give `id` for an edit made here.
    QString searchMark(const std::string& id) {
        SearchController& search = *app_->search();
        search.setQuery(QString::fromStdString(local(id).name.fr));
        search.refresh();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !search.busy(); }, kWait));
        const int row = search.results()->indexOf(QString::fromStdString(id));
        return row < 0 ? u"(not found)"_s : search.results()->row(row)->localEdit;
    }
    QString detailMark(const std::string& id) {
        DetailController& detail = *app_->detail();
        detail.open(QString::fromStdString(id));
        detail.reload();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !detail.loading(); }, kWait));
        return detail.detail() ? detail.detail()->localEdit : u"(no detail)"_s;
    }
    std::vector<OutboxEntry> outbox() {
        Database db = Database::open(path());
        return Outbox(db).entries();
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<AppContext> app_;
};

class StaffTest : public ::testing::Test {
protected:
    explicit StaffTest(relais::test::TestServerSetup setup = {}) : server(std::move(setup)) {
        relais::test::add_account(server.db_path(), "alice", "org-0", Role::staff,
                                  "alice password");
    }
    Service serverRecord(const std::string& id) {
        Database db = Database::open(server.db_path());
        return Store(db).service(id).value();
    }
    std::string firstOf(Client& client, const std::string& organization) {
        Database db = Database::open(client.path());
        return Store(db).services_of(organization).front().id;
    }
    std::string otherOrganisationsService(Client& client) {
        Database db = Database::open(client.path());
        for (const Service& service : Store(db).services())
            if (service.organization_id != "org-0")
                return service.id;
        return {};
    }
    relais::test::TestServer server;
};

} // namespace

TEST_F(StaffTest, LogInEditOfflineSyncAndASecondClientSeesTheChange) {
    Client desk(server.url());
    desk.sync();
    ASSERT_TRUE(desk.last.error.isEmpty()) << desk.last.error.toStdString();
    desk.login("alice", "alice password");
    EXPECT_EQ(desk.app().login()->organizationId(), u"org-0"_s);
    EXPECT_FALSE(desk.app().login()->organizationName().isEmpty());

    // The token is kept for the user alone, never in the settings.
    const QFileInfo session(desk.sessionFile());
    ASSERT_TRUE(session.exists());
    EXPECT_EQ(session.permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    for (const QString& key : QSettings().allKeys())
        EXPECT_FALSE(key.contains(u"token"_s, Qt::CaseInsensitive));

    // "My listings": the organisation's services, with staleness.
    Database serverDb = Database::open(server.db_path());
    const auto mine = Store(serverDb).services_of("org-0");
    EXPECT_EQ(desk.app().staff()->listings()->count(), static_cast<int>(mine.size()));

    // Offline: the server cannot be reached, the edit is kept and shown at once.
    const std::string id = firstOf(desk, "org-0");
    const std::int64_t before = serverRecord(id).version;
    desk.app().sync()->setServerUrl(u"http://127.0.0.1:1"_s);
    desk.edit(QString::fromStdString(id), [](ServiceForm& form) {
        form.setNotes(u"Nouvel horaire dès lundi"_s);
        form.setEmail(u"accueil@example.be"_s);
    });
    EXPECT_EQ(desk.local(id).notes, "Nouvel horaire dès lundi");
    EXPECT_EQ(desk.app().staff()->pendingCount(), 1);
    EXPECT_EQ(desk.app().staff()->listings()->find(QString::fromStdString(id))->state,
              u"pending"_s);
    desk.sync();
    EXPECT_TRUE(desk.app().sync()->offline()) << desk.last.error.toStdString();
    EXPECT_EQ(desk.outbox().size(), 1u);
    EXPECT_EQ(desk.local(id).notes, "Nouvel horaire dès lundi");

    // Back online: sent, in order.
    desk.app().sync()->setServerUrl(QString::fromStdString(server.url()));
    desk.sync();
    EXPECT_TRUE(desk.outbox().empty()) << desk.last.error.toStdString() << desk.last.pushed;
    EXPECT_EQ(desk.app().staff()->pendingCount(), 0)
        << desk.app().staff()->listings()->find(QString::fromStdString(id))->state.toStdString();
    const Service accepted = serverRecord(id);
    EXPECT_EQ(accepted.notes, "Nouvel horaire dès lundi");
    EXPECT_EQ(accepted.email, "accueil@example.be");
    EXPECT_EQ(accepted.version, before + 1);
    // An edit by the organisation's own staff confirms the listing, by the server's clock.
    ASSERT_TRUE(accepted.last_verified_at.has_value());
    EXPECT_EQ(trust_of(accepted, utc_today()).state, TrustState::confirmed);

    // Another device, anonymous: sees the change after its sync.
    Client phone(server.url());
    phone.sync();
    EXPECT_EQ(phone.local(id).notes, "Nouvel horaire dès lundi");

    // "Still accurate": only the verification date moves.
    desk.app().staff()->confirm(QString::fromStdString(id));
    desk.settle();
    desk.sync();
    const Service confirmed = serverRecord(id);
    EXPECT_EQ(confirmed.version, before + 2);
    EXPECT_EQ(confirmed.notes, accepted.notes);
    ASSERT_TRUE(confirmed.last_verified_at.has_value());
    EXPECT_GE(*confirmed.last_verified_at, *accepted.last_verified_at);

    // Log out: the session is forgotten.
    desk.app().login()->logout();
    EXPECT_FALSE(QFile::exists(desk.sessionFile()));
    EXPECT_FALSE(desk.app().login()->loggedIn());
}

TEST_F(StaffTest, AddAndRetireAListing) {
    Client desk(server.url());
    desk.sync();
    desk.login("alice", "alice password");
    EditorController& editor = *desk.app().editor();
    ServiceForm& form = *editor.form();
    editor.create();
    desk.settle();
    EXPECT_GT(form.problemCount(), 0); // a new listing needs a name and a category
    form.setNameFr(u"Permanence juridique Saint-Gilles"_s);
    EXPECT_EQ(form.serviceId(), u"permanence-juridique-saint-gilles"_s);
    form.setCategory(u"legal-aid"_s, true);
    form.phones()->addPhone();
    form.phones()->setNumber(0, u"+32 2 538 00 00"_s);
    form.setHoursKnown(true);
    // Wednesday, morning and afternoon: two ranges on one day.
    form.hours()->addRange();
    for (int row : {0, 1}) {
        for (int day = 0; day < 7; ++day)
            form.hours()->setDay(row, day, day == 2);
    }
    form.hours()->setOpens(1, u"14:00"_s);
    form.hours()->setCloses(1, u"17:00"_s);
    form.hours()->setCloses(0, u"12:00"_s);
    ASSERT_EQ(form.problemCount(), 0) << form.wireJson();
    editor.save();
    desk.settle();
    desk.sync();
    const Service created = serverRecord("permanence-juridique-saint-gilles");
    EXPECT_EQ(created.organization_id, "org-0");
    ASSERT_TRUE(created.hours);
    EXPECT_EQ(created.hours->size(), 2u);

    desk.app().staff()->retire(u"permanence-juridique-saint-gilles"_s);
    desk.settle();
    EXPECT_TRUE(desk.app().staff()->errorText().isEmpty())
        << desk.app().staff()->errorText().toStdString();
    EXPECT_FALSE(Store(*std::make_unique<Database>(Database::open(desk.path())))
                     .service("permanence-juridique-saint-gilles"));
    desk.sync();
    Database db = Database::open(server.db_path());
    EXPECT_FALSE(Store(db).service("permanence-juridique-saint-gilles"));
}

TEST_F(StaffTest, BothEditsSurviveAConflictUntilAPersonMergesThem) {
    Client desk(server.url());
    Client laptop(server.url());
    desk.sync();
    laptop.sync();
    desk.login("alice", "alice password");
    laptop.login("alice", "alice password");
    const std::string id = firstOf(desk, "org-0");
    const std::int64_t base = serverRecord(id).version;

    desk.edit(QString::fromStdString(id),
              [](ServiceForm& form) { form.setEmail(u"desk@example.be"_s); });
    laptop.edit(QString::fromStdString(id),
                [](ServiceForm& form) { form.setNotes(u"written on the laptop"_s); });
    desk.sync();
    laptop.sync();

    // The laptop's edit is kept beside the server's record; nothing was overwritten.
    EXPECT_EQ(laptop.app().staff()->conflictCount(), 1);
    auto entries = laptop.outbox();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].state, OutboxState::conflict);
    EXPECT_NE(entries[0].draft_json->find("written on the laptop"), std::string::npos);
    EXPECT_NE(entries[0].server_json->find("desk@example.be"), std::string::npos);
    EXPECT_EQ(serverRecord(id).email, "desk@example.be");
    // Another sync does not resolve it by itself.
    laptop.sync();
    EXPECT_EQ(laptop.outbox().size(), 1u);

    // Field by field: the laptop's notes, the server's e-mail.
    ConflictController& conflict = *laptop.app().conflict();
    conflict.open(QString::fromStdString(id));
    laptop.settle();
    ASSERT_TRUE(conflict.canMerge());
    int notes = -1, email = -1;
    for (int i = 0; i < conflict.fields()->count(); ++i) {
        const ConflictField& field = conflict.fields()->rows()[static_cast<std::size_t>(i)];
        if (field.key == u"notes")
            notes = i;
        if (field.key == u"email")
            email = i;
    }
    ASSERT_GE(notes, 0);
    ASSERT_GE(email, 0);
    EXPECT_TRUE(conflict.fields()->rows()[static_cast<std::size_t>(notes)].differs);
    EXPECT_EQ(conflict.fields()->rows()[static_cast<std::size_t>(email)].theirs,
              u"desk@example.be"_s);
    conflict.choose(notes, true);
    conflict.choose(email, false);
    conflict.applyMerge();
    laptop.settle();
    EXPECT_EQ(laptop.local(id).notes, "written on the laptop");
    laptop.sync();
    EXPECT_TRUE(laptop.outbox().empty());
    const Service merged = serverRecord(id);
    EXPECT_EQ(merged.notes, "written on the laptop");
    EXPECT_EQ(merged.email, "desk@example.be");
    EXPECT_EQ(merged.version, base + 2);
}

TEST_F(StaffTest, TakeTheirsAndKeepMine) {
    Client desk(server.url());
    Client laptop(server.url());
    desk.sync();
    laptop.sync();
    desk.login("alice", "alice password");
    laptop.login("alice", "alice password");
    const std::string id = firstOf(desk, "org-0");
    desk.edit(QString::fromStdString(id), [](ServiceForm& form) { form.setNotes(u"desk"_s); });
    laptop.edit(QString::fromStdString(id), [](ServiceForm& form) { form.setNotes(u"laptop"_s); });
    desk.sync();
    laptop.sync();
    laptop.app().conflict()->open(QString::fromStdString(id));
    laptop.settle();
    laptop.app().conflict()->keepMine();
    laptop.settle();
    laptop.sync();
    EXPECT_EQ(serverRecord(id).notes, "laptop");

    desk.edit(QString::fromStdString(id),
              [](ServiceForm& form) { form.setNotes(u"desk again"_s); });
    desk.sync();
    ASSERT_EQ(desk.app().staff()->conflictCount(), 1);
    desk.app().conflict()->open(QString::fromStdString(id));
    desk.settle();
    desk.app().conflict()->takeTheirs();
    desk.settle();
    EXPECT_TRUE(desk.outbox().empty());
    EXPECT_EQ(desk.local(id).notes, "laptop");
}

class ShortSessionTest : public StaffTest {
protected:
    static relais::test::TestServerSetup shortSessions() {
        relais::test::TestServerSetup setup;
        setup.handler.token_lifetime = std::chrono::seconds(2);
        return setup;
    }
    ShortSessionTest() : StaffTest(shortSessions()) {}
};

TEST_F(ShortSessionTest, AnExpiredSessionAsksToLogInAgainAndKeepsTheEdits) {
    Client desk(server.url());
    desk.sync();
    desk.login("alice", "alice password");
    const std::string id = firstOf(desk, "org-0");
    desk.edit(QString::fromStdString(id), [](ServiceForm& form) { form.setNotes(u"kept"_s); });
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    desk.sync();
    EXPECT_TRUE(desk.app().login()->sessionExpired());
    EXPECT_FALSE(desk.app().login()->loggedIn());
    EXPECT_TRUE(desk.app().login()->errorText().contains(u"Log in again"_s));
    ASSERT_EQ(desk.outbox().size(), 1u);
    EXPECT_EQ(desk.outbox()[0].state, OutboxState::pending);
    EXPECT_EQ(desk.local(id).notes, "kept");

    desk.login("alice", "alice password"); // sends what waited
    EXPECT_TRUE(desk.outbox().empty());
    EXPECT_EQ(serverRecord(id).notes, "kept");
}

TEST_F(StaffTest, AnotherOrganisationsListingIsRefusedInPlainWords) {
    Client desk(server.url());
    desk.sync();
    desk.login("alice", "alice password");
    const std::string other = otherOrganisationsService(desk);
    ASSERT_FALSE(other.empty());
    const Service original = desk.local(other);
    desk.edit(QString::fromStdString(other),
              [](ServiceForm& form) { form.setNotes(u"not ours"_s); });
    // Until the server answers, the local directory shows the edit, marked as such.
    EXPECT_EQ(desk.local(other).notes, "not ours");
    EXPECT_EQ(desk.searchMark(other), u"pending"_s);
    EXPECT_EQ(desk.detailMark(other), u"pending"_s);
    desk.sync();
    EXPECT_EQ(desk.searchMark(other), u"rejected"_s);
    EXPECT_EQ(desk.detailMark(other), u"rejected"_s);
    const StaffListingRow* row =
        desk.app().staff()->listings()->find(QString::fromStdString(other));
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->state, u"rejected"_s);
    EXPECT_TRUE(row->problemText.contains(u"another organisation"_s));
    ASSERT_EQ(desk.outbox().size(), 1u); // kept until the user drops it
    EXPECT_NE(serverRecord(other).notes, "not ours");
    desk.app().staff()->discardRefused(QString::fromStdString(other));
    desk.settle();
    EXPECT_TRUE(desk.outbox().empty());
    // Dropped: the listing is again what the server has, with no mark.
    EXPECT_EQ(desk.local(other).notes, original.notes);
    EXPECT_EQ(desk.local(other).version, original.version);
    EXPECT_EQ(desk.searchMark(other), QString());
    EXPECT_EQ(desk.detailMark(other), QString());
}

TEST_F(StaffTest, ADroppedRefusedListingLeavesNothingBehind) {
    Client desk(server.url());
    desk.sync();
    desk.login("alice", "alice password");
    // A new listing filed under another organisation (e.g. by an older version of the app):
    // the server refuses it, and dropping it removes it from this device too.
    Service draft = desk.local(firstOf(desk, "org-0"));
    draft.id = "svc-new-elsewhere";
    draft.organization_id = desk.local(otherOrganisationsService(desk)).organization_id;
    draft.version = 0;
    {
        Connection connection(desk.path());
        saveEdit(connection, draft, true, std::nullopt);
    }
    desk.sync();
    ASSERT_EQ(desk.outbox().size(), 1u);
    EXPECT_EQ(desk.outbox().front().state, OutboxState::rejected);
    desk.app().staff()->discardRefused(u"svc-new-elsewhere"_s);
    desk.settle();
    EXPECT_TRUE(desk.outbox().empty());
    Database db = Database::open(desk.path());
    EXPECT_FALSE(Store(db).service("svc-new-elsewhere"));

    // A refused retirement, dropped: the listing is back.
    const std::string other = otherOrganisationsService(desk);
    {
        Connection connection(desk.path());
        retireListing(connection, other);
    }
    EXPECT_FALSE(Store(db).service(other));
    desk.sync();
    desk.app().staff()->discardRefused(QString::fromStdString(other));
    desk.settle();
    EXPECT_TRUE(desk.outbox().empty());
    EXPECT_TRUE(Store(db).service(other));
}

TEST_F(StaffTest, TheEditorAppliesTheServersRulesAndShowsItsRefusals) {
    Client desk(server.url());
    desk.sync();
    desk.login("alice", "alice password");
    const std::string id = firstOf(desk, "org-0");
    EditorController& editor = *desk.app().editor();
    ServiceForm& form = *editor.form();
    editor.open(QString::fromStdString(id));
    desk.settle();
    ASSERT_EQ(form.problemCount(), 0) << form.wireJson();

    struct Case {
        std::function<void()> change;
        std::function<QString()> shown; // the message where the editor shows it
        std::string server;             // the field the server's 422 names
    };
    const std::vector<Case> cases{
        {[&] { form.setEmail(u"accueil@"_s); }, [&] { return form.errors().email; }, "email"},
        {[&] { form.setWebsite(u"www.example.be"_s); }, [&] { return form.errors().website; },
         "website"},
        {[&] {
             form.phones()->addPhone();
             form.phones()->setNumber(form.phones()->count() - 1, u"02 538 00 00"_s);
         },
         [&] { return form.phones()->rows().back().numberError; }, "phones"},
        {[&] {
             form.setHoursKnown(true);
             form.hours()->addRange();
             const int last = form.hours()->count() - 1;
             form.hours()->setOpens(last, u"10:00"_s);
             form.hours()->setCloses(last, u"10:00"_s);
         },
         [&] { return form.hours()->rows().back().closesError; }, "hours"},
        {[&] {
             form.setNameFr({});
             form.setNameNl({});
             form.setNameEn({});
         },
         [&] { return form.errors().name; }, "name"},
        {[&] { form.setLanguages({u"french"_s}); }, [&] { return form.errors().languages; },
         "languages"},
    };
    const std::string token = [&] {
        return relais::test::login_token(server.url(), "alice", "alice password");
    }();
    for (const Case& c : cases) {
        editor.open(QString::fromStdString(id));
        desk.settle();
        c.change();
        EXPECT_FALSE(c.shown().isEmpty()) << c.server;
        // The very form, sent as is: the server refuses it, naming the same field.
        sync::HttpClient http(server.url());
        const auto response =
            http.request("PUT", "/v1/services/" + id,
                         {{"Authorization", "Bearer " + token},
                          {"If-Match", "\"" + std::to_string(serverRecord(id).version) + "\""}},
                         form.wireJson());
        EXPECT_EQ(response.status, 422) << c.server;
        const sync::ErrorBody body = sync::error_from_json(sync::parse_json(response.body));
        bool named = false;
        for (const auto& detail : body.details)
            named = named || detail.field.rfind(c.server, 0) == 0;
        EXPECT_TRUE(named) << c.server << ": " << response.body;
    }
    // Hours past midnight are said explicitly.
    editor.open(QString::fromStdString(id));
    desk.settle();
    form.setHoursKnown(true);
    form.hours()->addRange();
    const int last = form.hours()->count() - 1;
    form.hours()->setOpens(last, u"22:00"_s);
    form.hours()->setCloses(last, u"02:00"_s);
    EXPECT_FALSE(form.hours()->rows().back().closesError.isEmpty());
    form.hours()->setPastMidnight(last, true);
    EXPECT_TRUE(form.hours()->rows().back().closesError.isEmpty());
    editor.close();

    // An edit the server refuses with 422 (e.g. from an older version of the app): the
    // editor opens on it with the server's fields highlighted.
    {
        Database db = Database::open(desk.path());
        Service bad = Store(db).service(id).value();
        bad.phones.push_back(Phone{"12", std::nullopt, std::nullopt, std::nullopt});
        sync::queue_update(db, bad);
    }
    desk.sync();
    ASSERT_EQ(desk.app().staff()->listings()->find(QString::fromStdString(id))->state,
              u"rejected"_s);
    editor.open(QString::fromStdString(id));
    desk.settle();
    EXPECT_EQ(editor.listingState(), u"rejected"_s);
    EXPECT_FALSE(editor.refusalText().isEmpty());
    EXPECT_FALSE(form.phones()->rows().back().numberError.isEmpty()); // the refused number
}
