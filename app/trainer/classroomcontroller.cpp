#include "app/trainer/classroomcontroller.h"

#include "data/database.h"
#include "data/store.h"
#ifdef RELAIS_HAVE_SYNC
#include "sync/exit_status.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {

constexpr int kStartTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 5000;
#ifdef RELAIS_HAVE_SYNC
constexpr int kExitAddressInUse = sync::kExitAddressInUse;
#else
constexpr int kExitAddressInUse = 3;
#endif

bool privateUse(const QHostAddress& address) {
    static const std::array ranges{QHostAddress::parseSubnet(u"10.0.0.0/8"_s),
                                   QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
                                   QHostAddress::parseSubnet(u"192.168.0.0/16"_s)};
    return std::any_of(ranges.begin(), ranges.end(),
                       [&](const auto& range) { return address.isInSubnet(range); });
}

// Container and virtual-machine bridges: their addresses are not reachable from the class.
bool virtualBridge(const QNetworkInterface& nic) {
    const QString name = nic.name();
    return nic.type() == QNetworkInterface::Virtual || name.startsWith(u"docker"_s) ||
           name.startsWith(u"virbr"_s) || name.startsWith(u"veth"_s) || name.startsWith(u"br-"_s) ||
           name.startsWith(u"vmnet"_s);
}

} // namespace

QString classroomAddress() {
    QString fallback;
    for (const QNetworkInterface& nic : QNetworkInterface::allInterfaces()) {
        const auto flags = nic.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack) ||
            flags.testFlag(QNetworkInterface::IsPointToPoint) || virtualBridge(nic))
            continue;
        for (const QNetworkAddressEntry& entry : nic.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol || ip.isLoopback() ||
                ip.isLinkLocal())
                continue;
            if (privateUse(ip))
                return ip.toString();
            if (fallback.isEmpty())
                fallback = ip.toString();
        }
    }
    return fallback;
}

QString findServerProgram() {
    const QString beside = QCoreApplication::applicationDirPath() + u"/relais-server"_s;
    if (QFileInfo(beside).isExecutable())
        return beside;
    if (const QString onPath = QStandardPaths::findExecutable(u"relais-server"_s);
        !onPath.isEmpty())
        return onPath;
#ifdef RELAIS_BUILD_TREE_SERVER
    // Run from the build tree, where the server is built in its own folder.
    if (const QString built = QStringLiteral(RELAIS_BUILD_TREE_SERVER);
        QFileInfo(built).isExecutable())
        return built;
#endif
    return {};
}

ClassroomController::ClassroomController(DirectoryWorker& worker, Options options, QObject* parent)
    : QObject(parent), worker_(worker), options_(std::move(options)) {
    if (!options_.settingsFile.isEmpty()) {
        const QSettings settings(options_.settingsFile, QSettings::IniFormat);
        port_ = std::clamp(settings.value(u"classroom/port"_s, kDefaultPort).toInt(), 0, 65535);
    }
    deadline_.setSingleShot(true);
    connect(&deadline_, &QTimer::timeout, this, [this] {
        if (!process_)
            return;
        if (state_ == State::Stopping) {
            process_->kill();
            return;
        }
        fail(tr("The class server did not start in time."));
    });
}

ClassroomController::~ClassroomController() {
    if (!process_ || process_->state() == QProcess::NotRunning)
        return;
    // The app is closing: give the server a moment to stop cleanly, never leave it running.
    process_->disconnect(this);
    process_->terminate();
    if (!process_->waitForFinished(kStopTimeoutMs)) {
        process_->kill();
        process_->waitForFinished(1000);
    }
}

void ClassroomController::setPort(int port) {
    port = std::clamp(port, 0, 65535);
    if (port == port_)
        return;
    port_ = port;
    if (!options_.settingsFile.isEmpty()) {
        QSettings settings(options_.settingsFile, QSettings::IniFormat);
        settings.setValue(u"classroom/port"_s, port_);
    }
    emit portChanged();
}

void ClassroomController::start() {
    if (state_ != State::Off)
        return;
    errorText_.clear();
    const QString program =
        options_.serverProgram.isEmpty() ? findServerProgram() : options_.serverProgram;
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        fail(tr("Sharing needs the Relais server program (relais-server), which is not "
                "installed on this computer. Install it with Relais, then share again."));
        return;
    }
    host_ = options_.host.isEmpty() ? classroomAddress() : options_.host;
    if (host_.isEmpty()) {
        fail(tr("This computer is not on a network. Connect it to the classroom's Wi-Fi or "
                "network, then share again."));
        return;
    }
    options_.serverProgram = program;
    folder_ = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/relais-class-XXXXXX"_s);
    if (!folder_->isValid()) {
        fail(tr("Could not prepare the shared copy: %1").arg(folder_->errorString()));
        return;
    }
    setState(State::Starting);
    // The class gets the directory as it is now: a copy, so the server never writes to the
    // trainer's own file and the copy goes when sharing stops.
    const std::filesystem::path database =
        QDir(folder_->path()).filePath(u"class.sqlite"_s).toStdString();
    const quint64 generation = ++generation_;
    worker_.run(
        this,
        [database](Connection& connection) {
            const Directory directory{connection.store.organizations(),
                                      connection.store.categories(), connection.store.services()};
            Database copy = Database::open(database);
            Store(copy).replace_directory(directory);
            return static_cast<int>(directory.services.size());
        },
        [this, generation, database](Outcome<int> outcome) {
            if (generation != generation_ || state_ != State::Starting)
                return; // stopped meanwhile
            if (!outcome.ok()) {
                fail(tr("Could not prepare the shared copy: %1").arg(outcome.error));
                return;
            }
            services_ = *outcome.value;
            launch(QString::fromStdString(database.string()));
        });
}

void ClassroomController::launch(const QString& database) {
    process_ = std::make_unique<QProcess>();
    process_->setProgram(options_.serverProgram);
    // Quiet: no request log, so no participant's address or request is written anywhere.
    process_->setArguments({u"serve"_s, u"--db"_s, database, u"--listen"_s,
                            host_ + u':' + QString::number(port_), u"--quiet"_s});
    process_->setProcessChannelMode(QProcess::SeparateChannels);
    connect(process_.get(), &QProcess::readyReadStandardOutput, this,
            &ClassroomController::readOutput);
    connect(process_.get(), &QProcess::readyReadStandardError, this, [this] {
        const QStringList lines =
            QString::fromUtf8(process_->readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            lastError_ = lines.last().trimmed().remove(u"relais-server: "_s);
    });
    connect(process_.get(), &QProcess::finished, this, &ClassroomController::finished);
    connect(process_.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failedToStart();
    });
    deadline_.start(kStartTimeoutMs);
    process_->start();
}

void ClassroomController::readOutput() {
    while (process_ && process_->canReadLine()) {
        const QString line = QString::fromUtf8(process_->readLine()).trimmed();
        // "listening on HOST:PORT": the port is the one the system gave when asked for 0.
        if (state_ != State::Starting || !line.startsWith(u"listening on "_s))
            continue;
        bool ok = false;
        const int port = line.section(u':', -1).section(u' ', 0, 0).toInt(&ok);
        if (!ok) {
            fail(tr("The class server answered something unexpected."));
            return;
        }
        deadline_.stop();
        address_ = u"http://"_s + host_ + u':' + QString::number(port);
        setState(State::Sharing);
    }
}

void ClassroomController::finished(int exitCode, QProcess::ExitStatus status) {
    const State was = state_;
    if (was == State::Stopping) {
        cleanUp();
        setState(State::Off);
        return;
    }
    if (was == State::Starting && status == QProcess::NormalExit && exitCode == kExitAddressInUse) {
        fail(tr("Port %1 is already in use on this computer. Close the program using it, or "
                "choose another port, then share again.")
                 .arg(port_));
        return;
    }
    if (was == State::Starting) {
        fail(lastError_.isEmpty() ? tr("The class server did not start.")
                                  : tr("The class server did not start: %1").arg(lastError_));
        return;
    }
    fail(tr("The class server stopped. Participants can no longer sync from this computer; "
            "share again to restart it."));
}

void ClassroomController::failedToStart() {
    fail(tr("The class server could not be started: %1").arg(process_->errorString()));
}

void ClassroomController::stop() {
    if (state_ == State::Off || state_ == State::Stopping)
        return;
    errorText_.clear();
    if (!process_) {
        // Still copying the directory: that result will be ignored.
        ++generation_;
        cleanUp();
        setState(State::Off);
        return;
    }
    setState(State::Stopping);
    deadline_.start(kStopTimeoutMs);
    process_->terminate();
}

void ClassroomController::fail(const QString& error) {
    if (process_ && process_->state() != QProcess::NotRunning) {
        process_->disconnect(this);
        process_->kill();
        process_->waitForFinished(1000);
    }
    cleanUp();
    errorText_ = error;
    setState(State::Off);
}

void ClassroomController::cleanUp() {
    deadline_.stop();
    if (process_) {
        // Possibly inside one of its own signals: deleted once back in the event loop.
        process_->disconnect(this);
        process_.release()->deleteLater();
    }
    folder_.reset(); // removes the copy
    address_.clear();
    lastError_.clear();
    services_ = 0;
}

void ClassroomController::setState(State state) {
    state_ = state;
    emit stateChanged();
}

} // namespace relais::app
