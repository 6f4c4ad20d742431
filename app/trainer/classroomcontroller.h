#pragma once
// Classroom mode: the trainer shares the directory with the class from the laptop, with no
// internet and no account. "Share with the class" copies the directory the trainer is showing
// into a temporary file (on the worker thread) and starts relais-server on it as a child process,
// on the laptop's LAN address; participants' apps sync from it (settings → server address).
// Stopping the mode stops the server and deletes the copy. The server runs quiet: it logs no
// request, and no account exists on it, so nothing about participants is kept.

#include "app/core/directoryworker.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace relais::app {

// The laptop's address on the classroom network: a private IPv4 address of an interface that is
// up, preferring Wi-Fi and Ethernet over virtual bridges; empty when there is none.
QString classroomAddress();

// relais-server beside this program, else on PATH, else the one of the build tree; empty when
// none is found.
QString findServerProgram();

class ClassroomController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool sharing READ sharing NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged) // starting or stopping
    // What participants type in settings → server address, e.g. "http://192.168.1.20:8765".
    Q_PROPERTY(QString address READ address NOTIFY stateChanged)
    Q_PROPERTY(int services READ services NOTIFY stateChanged) // how many the class gets
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    // The port to listen on; kept on this device. 0 lets the system choose (tests).
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY portChanged)
public:
    enum class State { Off, Starting, Sharing, Stopping };
    Q_ENUM(State)
    static constexpr int kDefaultPort = 8765;

    struct Options {
        QString serverProgram; // empty: findServerProgram()
        QString host;          // empty: classroomAddress(); tests give 127.0.0.1
        QString settingsFile;  // where the port is kept; empty: in memory only
    };

    ClassroomController(DirectoryWorker& worker, Options options, QObject* parent = nullptr);
    ~ClassroomController() override; // stops the server

    State state() const { return state_; }
    bool sharing() const { return state_ == State::Sharing; }
    bool busy() const { return state_ == State::Starting || state_ == State::Stopping; }
    QString address() const { return address_; }
    int services() const { return services_; }
    QString errorText() const { return errorText_; }
    int port() const { return port_; }
    void setPort(int port);
    // The folder of the served copy while sharing (gone once stopped).
    QString servedFolder() const { return folder_ ? folder_->path() : QString(); }

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();

signals:
    void stateChanged();
    void portChanged();

private:
    void launch(const QString& database);
    void readOutput();
    void finished(int exitCode, QProcess::ExitStatus status);
    void failedToStart();
    void fail(const QString& error);
    void setState(State state);
    void cleanUp();

    DirectoryWorker& worker_;
    Options options_;
    State state_ = State::Off;
    int port_ = kDefaultPort;
    QString host_;
    QString address_;
    QString errorText_;
    QString lastError_; // the server's last line on standard error, while starting
    int services_ = 0;
    std::unique_ptr<QTemporaryDir> folder_;
    std::unique_ptr<QProcess> process_;
    QTimer deadline_; // starting or stopping takes too long
    quint64 generation_ = 0;
};

} // namespace relais::app
