#include "app/headless.h"

#include "app/appcontext.h"
#include "app/fiche.h"
#include "app/referralsheet.h"
#include "app/texts.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QMutex>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

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

void printError(const QString& message) {
    std::fprintf(stderr, "relais: %s\n", qPrintable(message));
}

} // namespace

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
            const auto& referrals = app.trainer()->referrals()->entries();
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

// ---- layout check ----

namespace {

// Text.WrapMode and Text.TextElideMode values (QQuickText's enums).
constexpr int kNoWrap = 0;
constexpr int kWrapAtWordBoundaryOrAnywhere = 4;
constexpr int kElideNone = 3;

bool isText(const QQuickItem* item) {
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit");
}

QString describe(const QQuickItem* item) {
    QString what = QString::fromLatin1(item->metaObject()->className());
    if (!item->objectName().isEmpty())
        what += u" \""_s + item->objectName() + u'"';
    const QString text = item->property("text").toString();
    if (!text.isEmpty())
        what += u" «"_s + text.left(60) + u'»';
    return what;
}

// Content that scrolls sideways by design (the filter chips): its overflow is expected.
bool scrollsSideways(const QQuickItem* item) {
    return item->inherits("QQuickFlickable") &&
           item->property("contentWidth").toReal() > item->width() + 1;
}

QRectF sceneRect(const QQuickItem* item) {
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// A word wider than its wrapped text: the line breaks inside the word.
QString brokenWord(const QQuickItem* item) {
    if (!item->inherits("QQuickText") ||
        item->property("wrapMode").toInt() != kWrapAtWordBoundaryOrAnywhere ||
        item->property("lineCount").toInt() < 2 || item->width() <= 0)
        return {};
    QString text = item->property("text").toString();
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    const QFontMetricsF metrics(item->property("font").value<QFont>());
    for (const QString& word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        // Addresses of the web and mail may break anywhere.
        if (word.contains(u"://"_s) || word.contains(u'@') || word.contains(u"www."_s))
            continue;
        if (metrics.horizontalAdvance(word) > item->width() + 1)
            return word;
    }
    return {};
}

void checkEdges(const QQuickItem* item, qreal rightBound, QStringList& problems) {
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QRectF rect = sceneRect(item);
    qreal right = rect.right();
    if (item->inherits("QQuickText") && item->property("wrapMode").toInt() == kNoWrap &&
        item->property("elide").toInt() == kElideNone)
        right = std::max(right, rect.left() + item->property("contentWidth").toReal());
    if (item->width() > 0 && item->height() > 0 && right > rightBound + 1) {
        problems << describe(item) +
                        u" ends at x=%1, past the edge at %2"_s.arg(right).arg(rightBound);
        return; // its children would only repeat it
    }
    if (const QString word = brokenWord(item); !word.isEmpty())
        problems << describe(item) + u" breaks the word «%1»"_s.arg(word);
    // What a layout or positioner places must not overlap (stale heights of wrapped text).
    if ((item->inherits("QQuickLayout") && !item->inherits("QQuickStackLayout")) ||
        item->inherits("QQuickBasePositioner")) {
        const auto children = item->childItems();
        for (qsizetype i = 0; i < children.size(); ++i) {
            const QQuickItem* a = children[i];
            if (!a->isVisible() || a->opacity() <= 0 || a->width() <= 0 || a->height() <= 0)
                continue;
            const QRectF ra(a->x(), a->y(), a->width(), a->height());
            for (qsizetype j = i + 1; j < children.size(); ++j) {
                const QQuickItem* b = children[j];
                if (!b->isVisible() || b->opacity() <= 0 || b->width() <= 0 || b->height() <= 0)
                    continue;
                const QRectF overlap =
                    ra.intersected(QRectF(b->x(), b->y(), b->width(), b->height()));
                if (overlap.width() > 1 && overlap.height() > 1)
                    problems << describe(b) + u" overlaps "_s + describe(a);
            }
        }
    }
    if (scrollsSideways(item))
        return;
    const qreal childBound = item->clip() ? std::min(rightBound, rect.right()) : rightBound;
    for (const QQuickItem* child : item->childItems())
        checkEdges(child, childBound, problems);
}

// Visible text inside `area` (scene coordinates).
bool showsText(const QQuickItem* item, const QRectF& area) {
    if (!item->isVisible() || item->opacity() <= 0)
        return false;
    if (isText(item) && !item->property("text").toString().trimmed().isEmpty() &&
        item->width() > 0 && sceneRect(item).intersects(area))
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(),
                       [&](const QQuickItem* child) { return showsText(child, area); });
}

void findPages(QQuickItem* item, std::vector<QQuickItem*>& pages) {
    if (!item->isVisible())
        return;
    // The screens, and the detail beside a training scenario.
    if (item->objectName().endsWith(u"Page"_s) || item->objectName() == u"trainerDetail"_s)
        pages.push_back(item);
    for (QQuickItem* child : item->childItems())
        findPages(child, pages);
}

} // namespace

QStringList layoutProblems(QQuickWindow& window) {
    QStringList problems;
    QQuickItem* root = window.contentItem();
    checkEdges(root, window.width(), problems);
    std::vector<QQuickItem*> pages;
    findPages(root, pages);
    const QRectF screen(0, 0, window.width(), window.height());
    for (const QQuickItem* page : pages) {
        if (page->width() <= 0 || page->height() <= 0) {
            problems << page->objectName() + u" is shown with no room"_s;
            continue;
        }
        const QRectF area = sceneRect(page).intersected(screen);
        if (area.isEmpty() || !showsText(page, area))
            problems << page->objectName() + u" shows nothing"_s;
    }
    return problems;
}

void runLayoutCheck(QQuickWindow& window, AppContext& app, WarningCollector& warnings,
                    std::function<void(int)> finished) {
    auto* driver = new UiDriver(window, app, &window);
    auto state = std::make_shared<QString>();
    auto problems = std::make_shared<QStringList>();
    driver->setCheck([&window, state, problems] {
        for (const QString& problem : layoutProblems(window)) {
            const QString line = *state + u": "_s + problem;
            if (!problems->contains(line))
                problems->append(line);
        }
    });
    const auto step = [driver, state](QString name, std::function<void()> action) {
        driver->addStep([state, name = std::move(name), action = std::move(action)] {
            *state = state->section(u" · "_s, 0, 0) + u" · "_s + name;
            action();
        });
    };
    // Straight into a training scenario with a referral open, as `--scenario` starts: the
    // screens appear at once rather than one after the other.
    driver->addStep([&window, &app, driver, state] {
        *state = u"600x900 fr · started on a scenario in presentation mode"_s;
        window.resize(600, 900);
        app.language()->setLanguage(u"fr"_s);
        ScenarioListModel* scenarios = app.trainer()->scenarios();
        app.trainer()->openScenario(scenarios->index(1).data(ScenarioListModel::IdRole).toString());
        app.trainer()->revealAll();
        app.trainer()->setPresentation(true);
        app.detail()->open(u"utsopi"_s);
        driver->setPage(u"trainer"_s);
    });
    driver->addStep([&app] {
        app.detail()->close();
        app.trainer()->closeScenario();
        app.trainer()->setPresentation(false);
    });
    for (const char* lang : {"fr", "nl", "en"}) {
        for (const QSize size :
             {QSize(390, 844), QSize(600, 900), QSize(1024, 768), QSize(1280, 800)}) {
            const QString where =
                u"%1x%2 %3"_s.arg(size.width()).arg(size.height()).arg(QString::fromLatin1(lang));
            driver->addStep([&window, &app, driver, state, where, size, lang] {
                *state = where + u" · first screen"_s;
                window.resize(size);
                app.language()->setLanguage(QString::fromLatin1(lang));
                app.search()->resetFilters();
                app.search()->setQuery({});
                app.detail()->close();
                driver->setPage(u"search"_s);
            });
            step(u"results"_s, [&app] { app.search()->setQuery(u"sante"_s); });
            step(u"no result"_s, [&app] { app.search()->setQuery(u"zzzzqqqq"_s); });
            step(u"category"_s, [&app] {
                app.search()->setQuery({});
                app.search()->setCategory(u"sex-work-support"_s);
            });
            for (const char* id : {"utsopi", "espace-p-bruxelles", "cpvs-bruxelles"}) {
                step(u"detail "_s + QString::fromLatin1(id), [&app, driver, id] {
                    driver->setPage(u"search"_s);
                    app.detail()->open(QString::fromLatin1(id));
                });
            }
            step(u"sheet"_s, [&app, driver] {
                app.sheet()->add(u"utsopi"_s);
                driver->setPage(u"sheet"_s);
            });
            step(u"settings"_s, [driver] { driver->setPage(u"settings"_s); });
            step(u"staff"_s, [driver] { driver->setPage(u"staff"_s); });
            step(u"editor"_s, [&app, driver] {
                app.editor()->open(u"utsopi"_s);
                driver->setPage(u"editor"_s);
            });
            step(u"trainer"_s, [&app, driver] {
                app.editor()->close();
                app.sheet()->clear();
                app.detail()->close();
                driver->setPage(u"trainer"_s);
            });
            step(u"scenario"_s, [&app] {
                ScenarioListModel* scenarios = app.trainer()->scenarios();
                app.trainer()->openScenario(
                    scenarios->index(0).data(ScenarioListModel::IdRole).toString());
                app.trainer()->revealAll();
            });
            step(u"presentation scenario"_s, [&app] { app.trainer()->setPresentation(true); });
            step(u"presentation detail"_s, [&app] {
                const auto& referrals = app.trainer()->referrals()->entries();
                if (!referrals.empty())
                    app.detail()->open(referrals.front().id);
            });
            step(u"presentation scenarios"_s, [&app] {
                app.detail()->close();
                app.trainer()->closeScenario();
            });
            step(u"presentation search"_s, [&app, driver] {
                driver->setPage(u"search"_s);
                app.search()->setQuery(u"sante"_s);
            });
            step(u"presentation detail from search"_s, [&app] { app.detail()->open(u"utsopi"_s); });
            step(u"presentation off"_s, [&app, driver] {
                app.detail()->close();
                app.trainer()->setPresentation(false);
                driver->setPage(u"search"_s);
            });
        }
    }
    driver->start([&warnings, problems, finished](bool ok) {
        if (!ok)
            warnings.add(u"the UI did not settle within the time limit"_s);
        const QStringList found = warnings.warnings() + *problems;
        for (const QString& problem : found)
            printError(u"layout-check: "_s + problem);
        std::fprintf(stderr, "relais: layout check %s (%lld problems)\n",
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
