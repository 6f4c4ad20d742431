// Qt Quick Test runner for the client's screens: the real QML module and controllers, on a
// private copy of the bundled directory, with locale, time zone and "now" pinned.

#include "../quick_setup.h"
#include "app/appcontext.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(RelaisPlugin)

using namespace Qt::StringLiterals;

// What the system's phone app would receive: tel: links are handed here instead of leaving
// the test machine (QDesktopServices' own hook for a URL scheme).
class Dialer : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString lastNumber READ lastNumber NOTIFY dialed)
public:
    QString lastNumber() const { return last_; }
    Q_INVOKABLE void forget() { last_.clear(); }
public slots:
    void handle(const QUrl& url) {
        last_ = url.toString();
        emit dialed();
    }
signals:
    void dialed();

private:
    QString last_;
};

class Setup : public QObject {
    Q_OBJECT
public:
    Setup() {
        relais::app::test::pinMachine();
        QDesktopServices::setUrlHandler(u"tel"_s, &dialer_, "handle");
    }

public slots:
    void applicationAvailable() { relais::app::test::pinLocale(); }

    void qmlEngineAvailable(QQmlEngine* engine) {
        if (!app_) {
            const QString database = dir_.filePath(u"relais.sqlite"_s);
            QFile::copy(QString::fromLocal8Bit(qgetenv("RELAIS_BUNDLED_DB")), database);
            QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner);
            // A Tuesday evening: some services open, some closed, some unknown.
            const auto now = *relais::parse_brussels_local("2026-12-08T19:00");
            app_ = std::make_unique<relais::app::AppContext>(relais::app::AppContext::Options{
                database.toStdString(), u"en"_s, [now] { return now; }, nullptr});
            app_->sheet()->setExportFolder(dir_.filePath(u"exports"_s));
        }
        relais::app::test::exposeApp(*engine, *app_);
        engine->rootContext()->setContextProperty(u"testDialer"_s, &dialer_);
        connect(app_->language(), &relais::app::LanguageController::languageChanged, engine,
                &QQmlEngine::retranslate);
    }

    void cleanupTestCase() {
        QDesktopServices::unsetUrlHandler(u"tel"_s);
        app_.reset();
    }

private:
    QTemporaryDir dir_;
    Dialer dialer_;
    std::unique_ptr<relais::app::AppContext> app_;
};

QUICK_TEST_MAIN_WITH_SETUP(relais_ui, Setup)

#include "main.moc"
