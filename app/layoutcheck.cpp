#include "app/layoutcheck.h"

#include "app/appcontext.h"

#include <QFontMetricsF>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace relais::app {

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
                const auto& referrals = app.trainer()->referrals()->rows();
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
} // namespace relais::app
