// relais: the Qt Quick client. Builds the objects, hands them to QML in one place (Main.qml's
// `app` property), and runs either the interactive app or one of the headless modes.

#include "app/appcontext.h"
#include "app/appoptions.h"
#include "app/core/localdirectory.h"
#include "app/detail/qrimageprovider.h"
#include "app/headless.h"
#include "app/layoutcheck.h"
#include "data/version.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(RelaisPlugin)

using namespace Qt::StringLiterals;
using namespace relais::app;

int main(int argc, char** argv) {
    // Headless modes must work without a display; decided before the application exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        if (wantsHeadless(argc, argv)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else if (qEnvironmentVariableIsEmpty("DISPLAY") &&
                   qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
#if defined(Q_OS_LINUX)
            std::fputs("relais: no display found. Without one, render the screens with\n"
                       "  relais --screenshot FILE.png [--query TEXT] [--open ID]\n"
                       "or search from the terminal with relais-cli.\n",
                       stderr);
            return 1;
#endif
        }
    }
    // The UI is designed on the Basic style: same look everywhere, deterministic screenshots.
    QQuickStyle::setStyle(u"Basic"_s);
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(u"Relais"_s);
    QGuiApplication::setApplicationName(u"relais"_s);
    QGuiApplication::setApplicationVersion(QString::fromLatin1(relais::version()));
    // Desktops match the window to brussels.relais.Relais.desktop (its name and icon).
    QGuiApplication::setDesktopFileName(u"brussels.relais.Relais"_s);

    const auto parsed = parseOptions(QGuiApplication::arguments());
    if (const QString* error = std::get_if<QString>(&parsed)) {
        std::fprintf(stderr, "relais: %s\nTry relais --help.\n", qPrintable(*error));
        return 64;
    }
    const AppOptions& options = std::get<AppOptions>(parsed);
    if (options.mode == AppOptions::Mode::help) {
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    }
    if (options.mode == AppOptions::Mode::version) {
        std::printf("relais %s\n", qPrintable(QGuiApplication::applicationVersion()));
        return 0;
    }

    std::filesystem::path database = options.database.toStdString();
    if (database.empty()) {
        const LocalDirectory local =
            ensureLocalDirectory(bundledDirectoryResource(),
                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        if (local.path.empty()) {
            std::fprintf(stderr, "relais: %s\n", qPrintable(local.error));
            return 2;
        }
        database = local.path;
    }
    const Clock clock = options.now ? Clock([now = *options.now] { return now; }) : systemNow;
    if (options.mode == AppOptions::Mode::sheet)
        return exportSheet(options, database, clock());
    if (options.mode == AppOptions::Mode::fiche)
        return exportFiche(options, database, clock());

    const bool interactive = options.mode == AppOptions::Mode::interactive;
    // Only the interactive app remembers the UI language; headless runs must not change it.
    QSettings settings;
    QString language = options.language;
    if (language.isEmpty() && interactive)
        language = settings.value(u"ui/language"_s).toString();

    std::unique_ptr<WarningCollector> warnings;
    if (options.mode == AppOptions::Mode::selfTest || options.mode == AppOptions::Mode::layoutCheck)
        warnings = std::make_unique<WarningCollector>();

    AppContext app({database, language, clock, nullptr});
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    engine.addImageProvider(u"qr"_s, new QrImageProvider); // the engine owns it
    QObject::connect(app.language(), &LanguageController::languageChanged, &engine,
                     &QQmlEngine::retranslate);
    if (interactive) {
        QObject::connect(app.language(), &LanguageController::languageChanged, &settings,
                         [&] { settings.setValue(u"ui/language"_s, app.language()->language()); });
        // Where the worker works stays on this device, like the UI language.
        app.search()->setHomeMunicipality(settings.value(u"search/near"_s).toString());
        QObject::connect(app.search(), &SearchController::homeMunicipalityChanged, &settings, [&] {
            settings.setValue(u"search/near"_s, app.search()->homeMunicipality());
        });
    }
    engine.setInitialProperties({{u"app"_s, QVariant::fromValue(&app)}});
    engine.load(QUrl(u"qrc:/Relais/Main.qml"_s));
    auto* window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "relais: the user interface could not be loaded\n");
        return 1;
    }

    const auto quit = [](int code) {
        QCoreApplication::exit(code);
    };
    switch (options.mode) {
    case AppOptions::Mode::screenshot:
        runScreenshot(*window, app, options, quit);
        break;
    case AppOptions::Mode::selfTest:
        runSelfTest(*window, app, *warnings, quit);
        break;
    case AppOptions::Mode::layoutCheck:
        runLayoutCheck(*window, app, *warnings, quit);
        break;
    default:
        if (options.size)
            window->resize(*options.size);
        if (!options.query.isEmpty())
            app.search()->setQuery(options.query);
        if (!options.open.isEmpty())
            app.detail()->open(options.open);
        if (options.presentation)
            app.trainer()->setPresentation(true);
        if (options.shareClass)
            app.classroom()->start();
        if (!options.scenario.isEmpty())
            app.trainer()->openScenario(options.scenario);
        if (!options.guide.isEmpty()) {
            app.guides()->open(options.guide);
            QQmlProperty::write(window, u"page"_s, u"guides"_s);
        } else if (!options.page.isEmpty()) {
            QQmlProperty::write(window, u"page"_s, options.page);
        }
        break;
    }
    return QGuiApplication::exec();
}
