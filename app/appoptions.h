#pragma once
// The command line of `relais`: the interactive app, or one of the headless modes that tools
// and tests rely on (--screenshot, --self-test, --sheet).

#include "app/core/clock.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace relais::app {

struct AppOptions {
    enum class Mode { interactive, screenshot, selfTest, layoutCheck, sheet, fiche, help, version };
    Mode mode = Mode::interactive;
    QString screenshot; // --screenshot FILE.png
    QString query;      // --query TEXT
    QString open;       // --open ID
    QString page;       // --page search|detail|sheet|settings|staff|editor|conflict|trainer|guides
    QStringList sheetIds; // --sheet ID,ID or --add-to-sheet ID,ID
    QString language;     // --lang: UI language, or the sheet's with --sheet
    QString textLanguage; // --text-lang fr|nl|en: of service names on a sheet
    QString output;       // --output FILE.pdf|FILE.txt
    QString database;     // --db FILE: work on this file instead of the local copy
    QString fiche;        // --fiche CATEGORY|SCENARIO_ID: the memo sheet to write
    QString scenario;     // --scenario ID: open this training scenario, fully revealed
    QString guide;        // --guide ID: open this knowledge guide
    // --presentation: the trainer's presentation mode
    bool presentation = false;
    // --share-class: classroom mode, sharing the directory from the start
    bool shareClass = false;
    std::optional<QSize> size;
    std::optional<TimePoint> now; // --now YYYY-MM-DDTHH:MM, Brussels time
    QString helpText;
};

// Parses `arguments` (argv, program name first). An error message for the person on failure.
std::variant<AppOptions, QString> parseOptions(const QStringList& arguments);

// True when `arguments` ask for a mode without a window, before QGuiApplication exists, so
// the offscreen platform can be chosen.
bool wantsHeadless(int argc, char** argv);

} // namespace relais::app
