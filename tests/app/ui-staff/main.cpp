// Qt Quick Test runner for the staff screens: the real QML module and controllers on an empty
// local directory, against a real relais-server on 127.0.0.1 (ephemeral port) in this process
// with one staff account. `testServer` lets a test change a listing on the server, as a
// colleague on another device would.

#include "../quick_setup.h"
#include "app/appcontext.h"

#include "../../sync/test_support.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/http_client.h"
#include "sync/protocol.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <boost/json/serialize.hpp>

#include <memory>

Q_IMPORT_QML_PLUGIN(RelaisPlugin)

using namespace Qt::StringLiterals;

class TestServer : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString url READ url CONSTANT)
public:
    TestServer() {
        relais::test::add_account(server_.db_path(), "alice", "org-0", relais::Role::staff,
                                  "alice password");
        relais::test::add_account(server_.db_path(), "colleague", "org-0", relais::Role::staff,
                                  "colleague password");
    }
    QString url() const { return QString::fromStdString(server_.url()); }

    // A colleague changes the notes of listing `id` on the server; true when accepted.
    Q_INVOKABLE bool editNotes(const QString& id, const QString& notes) {
        const std::string token =
            relais::test::login_token(server_.url(), "colleague", "colleague password");
        relais::Service service = [&] {
            relais::Database db = relais::Database::open(server_.db_path());
            return relais::Store(db).service(id.toStdString()).value();
        }();
        service.notes = notes.toStdString();
        relais::sync::HttpClient http(server_.url());
        const auto response =
            http.request("PUT", "/v1/services/" + service.id,
                         {{"Authorization", "Bearer " + token},
                          {"If-Match", "\"" + std::to_string(service.version) + "\""}},
                         boost::json::serialize(relais::to_json(service)));
        return response.status == 200;
    }
    Q_INVOKABLE QString notesOf(const QString& id) {
        relais::Database db = relais::Database::open(server_.db_path());
        const auto service = relais::Store(db).service(id.toStdString());
        return service ? QString::fromStdString(service->notes.value_or("")) : QString();
    }

private:
    relais::test::TestServer server_;
};

class Setup : public QObject {
    Q_OBJECT
public:
    Setup() { relais::app::test::pinMachine(); }

public slots:
    void applicationAvailable() { relais::app::test::pinLocale(); }

    void qmlEngineAvailable(QQmlEngine* engine) {
        if (!app_) {
            server_ = std::make_unique<TestServer>();
            // The local directory starts empty and bootstraps from the server.
            const std::string database = dir_.filePath(u"relais.sqlite"_s).toStdString();
            relais::Database::open(database);
            app_ = std::make_unique<relais::app::AppContext>(relais::app::AppContext::Options{
                database, u"en"_s, relais::app::systemNow, nullptr});
            app_->sync()->setServerUrl(server_->url());
        }
        relais::app::test::exposeApp(*engine, *app_);
        engine->rootContext()->setContextProperty(u"testServer"_s, server_.get());
    }

    void cleanupTestCase() {
        app_.reset();
        server_.reset();
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<TestServer> server_;
    std::unique_ptr<relais::app::AppContext> app_;
};

QUICK_TEST_MAIN_WITH_SETUP(relais_staff_ui, Setup)

#include "main.moc"
