// Classroom mode with the real relais-server as a child process, on 127.0.0.1 only: it starts
// and stops (the copy it served is gone afterwards), a participant's app syncs the trainer's
// directory from it, and a port already taken or a missing server program get a plain message.

#include "app/appcontext.h"
#include "app/trainer/classroomcontroller.h"
#include "qt_environment.h"
#include "test_directory.h"

#include "data/database.h"
#include "data/store.h"

#include <QDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace relais::app {
namespace {

constexpr int kWait = 20000;
const auto* const environment = ::testing::AddGlobalTestEnvironment(new test::QtEnvironment);

// What the test can reach on loopback: is something listening at `address` (http://HOST:PORT)?
bool listening(const QString& address) {
    const QUrl url(address);
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    return socket.waitForConnected(2000);
}

class Classroom : public ::testing::Test {
protected:
    // The trainer's app, on its own copy of the bundled directory. `removed`: a service the
    // trainer's directory no longer holds, so the class can be seen to get this directory.
    void start(const std::string& removed = {}) {
        ASSERT_TRUE(trainer_.ok());
        if (!removed.empty()) {
            ASSERT_TRUE(trainer_.remove(removed)) << removed;
        }
        app_ = std::make_unique<AppContext>(
            AppContext::Options{trainer_.path(), u"en"_s, systemNow, nullptr});
        QSignalSpy loaded(app_->directory(), &DirectoryController::loaded);
        ASSERT_TRUE(loaded.wait(kWait));
    }

    // Classroom mode as the trainer screen has it, but on loopback, with the server just built.
    std::unique_ptr<ClassroomController>
    classroom(const QString& program = QString::fromUtf8(RELAIS_SERVER_PATH)) {
        auto controller = std::make_unique<ClassroomController>(
            app_->worker(), ClassroomController::Options{program, u"127.0.0.1"_s, {}});
        controller->setPort(0); // any free port
        return controller;
    }

    static void waitWhileBusy(ClassroomController& controller) {
        EXPECT_TRUE(QTest::qWaitFor([&] { return !controller.busy(); }, kWait));
    }

    test::TestDirectory trainer_;
    std::unique_ptr<AppContext> app_;
};

TEST_F(Classroom, StartsAndStopsTheServer) {
    start();
    auto share = classroom();
    share->start();
    EXPECT_EQ(share->state(), ClassroomController::State::Starting);
    waitWhileBusy(*share);
    ASSERT_TRUE(share->sharing()) << share->errorText().toStdString();
    EXPECT_TRUE(share->errorText().isEmpty());
    EXPECT_TRUE(share->address().startsWith(u"http://127.0.0.1:"_s))
        << share->address().toStdString();
    EXPECT_GT(share->services(), 100);
    const QString address = share->address();
    const QString folder = share->servedFolder();
    EXPECT_TRUE(QDir(folder).exists());
    EXPECT_TRUE(listening(address));

    share->stop();
    EXPECT_EQ(share->state(), ClassroomController::State::Stopping);
    waitWhileBusy(*share);
    EXPECT_EQ(share->state(), ClassroomController::State::Off);
    EXPECT_TRUE(share->address().isEmpty());
    EXPECT_FALSE(listening(address)) << "the server still answers after stopping";
    EXPECT_FALSE(QDir(folder).exists()) << "the shared copy stays on the laptop";

    // And again, as the next class would.
    share->start();
    waitWhileBusy(*share);
    EXPECT_TRUE(share->sharing()) << share->errorText().toStdString();
}

TEST_F(Classroom, AParticipantSyncsTheTrainersDirectory) {
    start("utsopi"); // the trainer's directory lacks one bundled service
    auto share = classroom();
    share->start();
    waitWhileBusy(*share);
    ASSERT_TRUE(share->sharing()) << share->errorText().toStdString();

    // A participant's app that has never synced: an empty local directory.
    QTemporaryDir participantDir;
    const std::filesystem::path participantDb =
        participantDir.filePath(u"relais.sqlite"_s).toStdString();
    Database::open(participantDb);
    AppContext participant(AppContext::Options{participantDb, u"fr"_s, systemNow, nullptr});
    participant.sync()->setServerUrl(share->address());
    SyncOutcome outcome;
    bool done = false;
    QObject::connect(participant.sync(), &SyncController::finished, [&](const SyncOutcome& result) {
        outcome = result;
        done = true;
    });
    participant.sync()->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, kWait));
    ASSERT_TRUE(outcome.ok) << outcome.error.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !participant.sync()->syncing(); }, kWait));

    Database trainerDb = Database::open(trainer_.path(), Database::Mode::read_only);
    Database participantRead = Database::open(participantDb, Database::Mode::read_only);
    const auto expected = Store(trainerDb).services();
    const auto got = Store(participantRead).services();
    EXPECT_EQ(got.size(), expected.size());
    EXPECT_EQ(static_cast<int>(got.size()), share->services());
    EXPECT_FALSE(Store(participantRead).service("utsopi")) << "not the trainer's directory";
    EXPECT_TRUE(Store(participantRead).service("espace-p-bruxelles"));
}

TEST_F(Classroom, APortInUseIsSaidPlainly) {
    start();
    QTcpServer other; // another program holds the port
    ASSERT_TRUE(other.listen(QHostAddress::LocalHost, 0));
    auto share = classroom();
    share->setPort(other.serverPort());
    share->start();
    waitWhileBusy(*share);
    EXPECT_EQ(share->state(), ClassroomController::State::Off);
    const std::string error = share->errorText().toStdString();
    EXPECT_NE(error.find("Port " + std::to_string(other.serverPort()) + " is already in use"),
              std::string::npos)
        << error;
    EXPECT_TRUE(share->servedFolder().isEmpty()) << "the copy is cleaned up";

    // Another port, and it shares.
    share->setPort(0);
    share->start();
    waitWhileBusy(*share);
    EXPECT_TRUE(share->sharing()) << share->errorText().toStdString();
}

TEST_F(Classroom, AMissingServerProgramIsSaidPlainly) {
    start();
    QTemporaryDir empty;
    auto share = classroom(empty.filePath(u"relais-server"_s));
    share->start();
    EXPECT_EQ(share->state(), ClassroomController::State::Off);
    EXPECT_NE(share->errorText().indexOf(u"not installed"_s), -1)
        << share->errorText().toStdString();
}

TEST_F(Classroom, TheAppStopsTheServerWhenItCloses) {
    start();
    auto share = classroom();
    share->start();
    waitWhileBusy(*share);
    ASSERT_TRUE(share->sharing()) << share->errorText().toStdString();
    const QString address = share->address();
    const QString folder = share->servedFolder();
    share.reset();
    EXPECT_FALSE(listening(address));
    EXPECT_FALSE(QDir(folder).exists());
}

} // namespace
} // namespace relais::app
