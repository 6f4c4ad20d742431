#pragma once
// What every Qt Quick Test runner of the client shares: time zone, locale and standard paths
// pinned so results do not depend on the machine, and the QML module with `testApp` exposed.

#include "app/appcontext.h"
#include "app/detail/qrimageprovider.h"

#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>

#include <cstdlib>

namespace relais::app::test {

// From the runner's constructor, before the application exists.
inline void pinMachine() {
    setenv("TZ", "Europe/Brussels", 1);
    QStandardPaths::setTestModeEnabled(true);
}

// From applicationAvailable().
inline void pinLocale() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

// From qmlEngineAvailable().
inline void exposeApp(QQmlEngine& engine, AppContext& app) {
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    engine.rootContext()->setContextProperty(QStringLiteral("testApp"), &app);
}

} // namespace relais::app::test
