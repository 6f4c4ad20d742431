#include "app/headless.h"

#include "app/layoutcheck.h"

#include "app/appcontext.h"
#include "app/core/texts.h"
#include "app/sheet/fiche.h"
#include "app/sheet/referralsheet.h"

#include <QFile>
#include <QImage>
#include <QMutex>
#include <QQmlProperty>
#include <QQuickWindow>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {

QMutex warningsMutex;
QStringList* collected = nullptr;
QtMessageHandler previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QLatin1String category(context.category ? context.category : "");
        // The offscreen platform's own notices say nothing about our UI, nor does Qt 6.4's
        // animation timer when an animation stops while the offscreen window's animation
        // driver is idle (Qt's own bookkeeping, raised from no QML file of ours).
        const bool qt_internal =
            category.startsWith(QLatin1String("qt.qpa")) ||
            message.startsWith(QLatin1String("QUnifiedTimer::stopAnimationDriver"));
        if (!qt_internal) {
            QMutexLocker lock(&warningsMutex);
            if (collected)
                collected->append(message);
        }
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void printError(const QString& message) {
    std::fprintf(stderr, "relais: %s\n", qPrintable(message));
}

WarningCollector::WarningCollector() {
    QMutexLocker lock(&warningsMutex);
    collected = new QStringList;
    previousHandler = qInstallMessageHandler(collectMessage);
}

WarningCollector::~WarningCollector() {
    qInstallMessageHandler(previousHandler);
    QMutexLocker lock(&warningsMutex);
    delete collected;
    collected = nullptr;
}

QStringList WarningCollector::warnings() const {
    QMutexLocker lock(&warningsMutex);
    return collected ? *collected : QStringList();
}

void WarningCollector::add(const QString& warning) {
    QMutexLocker lock(&warningsMutex);
    if (collected)
        collected->append(warning);
}

UiDriver::UiDriver(QQuickWindow& window, AppContext& app, QObject* parent)
    : QObject(parent), window_(window), app_(app) {
    timer_.setInterval(25);
    connect(&timer_, &QTimer::timeout, this, &UiDriver::tick);
}

void UiDriver::start(std::function<void(bool)> done) {
    done_ = std::move(done);
    timer_.start();
}

bool UiDriver::settled() const {
    return (app_.directory()->ready() || !app_.directory()->errorText().isEmpty()) &&
           !app_.search()->busy() && !app_.detail()->loading() && !app_.sheet()->busy() &&
           !app_.staff()->loading() && !app_.editor()->loading() && !app_.conflict()->loading() &&
           !app_.classroom()->busy();
}

void UiDriver::setPage(const QString& page) {
    QQmlProperty::write(&window_, u"page"_s, page);
}

void UiDriver::tick() {
    ++ticks_;
    // Each step settles well within this on any machine.
    if (ticks_ > 15000 / 25) {
        timer_.stop();
        done_(false);
        return;
    }
    // Several quiet ticks in a row: results delivered, bindings and transitions done.
    quietTicks_ = settled() ? quietTicks_ + 1 : 0;
    if (quietTicks_ < 12)
        return;
    quietTicks_ = 0;
    ticks_ = 0;
    if (check_)
        check_();
    if (next_ < steps_.size()) {
        steps_[next_++]();
        return;
    }
    timer_.stop();
    done_(true);
}

void runScreenshot(QQuickWindow& window, AppContext& app, const AppOptions& options,
                   std::function<void(int)> finished) {
    if (options.size)
        window.resize(*options.size);
    auto* driver = new UiDriver(window, app, &window);
    driver->addStep([&app, driver, options] {
        for (const QString& id : options.sheetIds)
            app.sheet()->add(id);
        if (!options.query.isEmpty())
            app.search()->setQuery(options.query);
        if (!options.open.isEmpty())
            app.detail()->open(options.open);
        // The staff screens work on the service given with --open.
        if (options.page == u"editor")
            app.editor()->open(options.open);
        if (options.page == u"conflict")
            app.conflict()->open(options.open);
        // Trainer mode: presentation, and a scenario shown with everything revealed.
        if (options.presentation)
            app.trainer()->setPresentation(true);
        if (options.shareClass)
            app.classroom()->start();
        if (!options.scenario.isEmpty()) {
            app.trainer()->openScenario(options.scenario);
            app.trainer()->revealAll();
        }
        if (!options.guide.isEmpty())
            app.guides()->open(options.guide);
        if (!options.page.isEmpty())
            driver->setPage(options.page);
        else if (!options.guide.isEmpty())
            driver->setPage(u"guides"_s);
    });
    driver->start([&window, options, finished](bool ok) {
        if (!ok) {
            printError(u"the UI did not settle; no screenshot taken"_s);
            finished(3);
            return;
        }
        // Nested layouts with wrapped text need a second polish pass; the first grab runs one.
        window.grabWindow();
        for (const QString& problem : layoutProblems(window))
            printError(u"layout: "_s + problem);
        const QImage image = window.grabWindow();
        if (image.isNull() || !image.save(options.screenshot, "PNG")) {
            printError(u"cannot write "_s + options.screenshot);
            finished(2);
            return;
        }
        finished(0);
    });
}

void runSelfTest(QQuickWindow& window, AppContext& app, WarningCollector& warnings,
                 std::function<void(int)> finished) {
    auto* driver = new UiDriver(window, app, &window);
    // Both layouts, every page, with and without data in them.
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        driver->addStep([&window, size] { window.resize(size); });
        // Typed keystroke by keystroke, as a person types: results change under the list
        // while it is still creating delegates for the previous ones.
        driver->addStep([&app, driver] {
            const QString typed = u"logement urgence"_s;
            for (qsizetype i = 1; i <= typed.size(); ++i)
                QTimer::singleShot(static_cast<int>(i) * 45, driver,
                                   [&app, text = typed.left(i)] { app.search()->setQuery(text); });
        });
        driver->addStep([&app, &warnings] {
            if (app.search()->results()->rowCount() == 0)
                warnings.add(u"the typed search found nothing"_s);
            app.search()->setQuery(u"sante"_s);
        });
        // Every step below needs a result: finding none is a failure, not a skipped step.
        driver->addStep([&app, &warnings] {
            const QString first = app.search()->results()->idAt(0);
            if (first.isEmpty()) {
                warnings.add(
                    u"the search for \"sante\" found nothing: no detail or sheet to show"_s);
                return;
            }
            app.detail()->open(first);
            app.sheet()->add(first);
        });
        for (const char* page : {"detail", "sheet", "settings", "staff", "search"})
            driver->addStep([driver, page] { driver->setPage(QString::fromLatin1(page)); });
        driver->addStep([&app] {
            app.search()->setFreeOnly(true);
            app.search()->setQuery(u"zzzzqqqq"_s); // the empty state
        });
        driver->addStep([&app] {
            app.search()->resetFilters();
            app.search()->setQuery({});
            app.detail()->close();
            app.sheet()->clear();
        });
    }
    // Trainer mode: the scenario list, a scenario fully revealed with a referral open, and
    // presentation mode, at both sizes.
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        driver->addStep([&window, driver, size] {
            window.resize(size);
            driver->setPage(u"trainer"_s);
        });
        driver->addStep([&app, &warnings] {
            ScenarioListModel* scenarios = app.trainer()->scenarios();
            if (scenarios->count() == 0)
                warnings.add(u"no training scenario to show"_s);
            const QString first = scenarios->index(0).data(ScenarioListModel::IdRole).toString();
            app.trainer()->openScenario(first);
            app.trainer()->revealAll();
            app.trainer()->setPresentation(true);
        });
        driver->addStep([&app, &warnings] {
            const auto& referrals = app.trainer()->referrals()->rows();
            if (referrals.empty()) {
                warnings.add(u"the scenario shows no referral"_s);
                return;
            }
            app.detail()->open(referrals.front().id);
        });
        driver->addStep([&app] { app.detail()->close(); });
        driver->addStep([&app] { app.trainer()->setPresentation(false); });
        driver->addStep([&app] { app.trainer()->closeScenario(); });
        driver->addStep([driver] { driver->setPage(u"search"_s); });
    }
    // The guides: the list, then the longest guide, at both sizes.
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        driver->addStep([&window, driver, size] {
            window.resize(size);
            driver->setPage(u"guides"_s);
        });
        driver->addStep([&app] { app.guides()->open(u"professional-secrecy"_s); });
        driver->addStep([&app, driver] {
            app.guides()->close();
            driver->setPage(u"search"_s);
        });
    }
    for (const char* lang : {"nl", "en", "fr"})
        driver->addStep([&app, lang] { app.language()->setLanguage(QString::fromLatin1(lang)); });
    driver->start([&warnings, &app, finished](bool ok) {
        if (!ok)
            warnings.add(u"the UI did not settle within the time limit"_s);
        if (!app.directory()->errorText().isEmpty())
            warnings.add(u"directory: "_s + app.directory()->errorText());
        if (!app.guides()->errorText().isEmpty())
            warnings.add(u"guides: "_s + app.guides()->errorText());
        const QStringList found = warnings.warnings();
        for (const QString& warning : found)
            printError(u"self-test: "_s + warning);
        std::fprintf(stderr, "relais: self-test %s (%lld warnings)\n",
                     found.isEmpty() ? "passed" : "FAILED", static_cast<long long>(found.size()));
        finished(found.isEmpty() ? 0 : 1);
    });
}

int exportSheet(const AppOptions& options, const std::filesystem::path& database, TimePoint now) {
    const QString code = options.language.isEmpty() ? u"fr"_s : options.language;
    const SheetLanguage* language = findSheetLanguage(code);
    if (!language) {
        QStringList codes;
        for (const SheetLanguage& known : sheetLanguages())
            codes << known.code;
        printError(u"no sheet language "_s + code + u"; one of "_s + codes.join(u", "_s));
        return 64;
    }
    const Lang textLang = langFromCode(options.textLanguage).value_or(language->textLang);
    SheetContent content;
    try {
        Connection connection(database);
        std::vector<std::string> ids;
        for (const QString& id : options.sheetIds)
            ids.push_back(ss(id));
        content = loadSheetContent(connection, ids);
    } catch (const std::exception& error) {
        printError(QString::fromUtf8(error.what()));
        return 2;
    }
    if (!content.missing.empty()) {
        for (const std::string& id : content.missing)
            printError(u"no service with id "_s + qs(id));
        return 2;
    }
    if (options.output.endsWith(u".txt"_s, Qt::CaseInsensitive)) {
        QFile file(options.output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(sheetMessages(content, *language, language->texts(textLang)).toUtf8()) < 0) {
            printError(u"cannot write "_s + options.output + u": "_s + file.errorString());
            return 2;
        }
        return 0;
    }
    const QString error = writeSheetPdf(content, *language, textLang, now, options.output);
    if (!error.isEmpty()) {
        printError(error);
        return 2;
    }
    return 0;
}

int exportFiche(const AppOptions& options, const std::filesystem::path& database, TimePoint now) {
    const Lang lang = langFromCode(options.language).value_or(Lang::fr);
    std::optional<FicheContent> content;
    try {
        Connection connection(database);
        content = loadFiche(connection, ss(options.fiche), bundledScenarios());
    } catch (const std::exception& error) {
        printError(QString::fromUtf8(error.what()));
        return 2;
    }
    if (!content) {
        printError(u"no category, training scenario or guide with id "_s + options.fiche);
        return 2;
    }
    const QString error = writeFichePdf(*content, lang, now, options.output);
    if (!error.isEmpty()) {
        printError(error);
        return 2;
    }
    return 0;
}

} // namespace relais::app
