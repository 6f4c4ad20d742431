#include "app/appoptions.h"

#include "app/core/texts.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {
QStringList splitIds(const QString& value) {
    QStringList ids;
    for (const QString& id : value.split(u',', Qt::SkipEmptyParts))
        ids << id.trimmed();
    return ids;
}
} // namespace

bool wantsHeadless(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* flag :
             {"--screenshot", "--self-test", "--sheet", "-screenshot", "-self-test", "-sheet",
              "--fiche", "-fiche", "--help", "--version", "--layout-check", "-layout-check"}) {
            if (std::strcmp(argv[i], flag) == 0 ||
                (std::strncmp(argv[i], flag, std::strlen(flag)) == 0 &&
                 argv[i][std::strlen(flag)] == '='))
                return true;
        }
    }
    return false;
}

std::variant<AppOptions, QString> parseOptions(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Relais: Brussels support services, offline."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Render the window offscreen into FILE.png and quit."_s, u"FILE"_s);
    const QCommandLineOption query(u"query"_s, u"Search for TEXT first."_s, u"TEXT"_s);
    const QCommandLineOption open(u"open"_s, u"Open the service ID."_s, u"ID"_s);
    const QCommandLineOption page(
        u"page"_s,
        u"Show PAGE: search, detail, sheet, settings, staff (my services), editor, conflict or qr "
        "(of the service given with --open), trainer or guides."_s,
        u"PAGE"_s);
    const QCommandLineOption addToSheet(u"add-to-sheet"_s,
                                        u"Put the services IDS on the referral sheet."_s, u"IDS"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  u"Language fr, nl or en of the UI; with --sheet, the sheet's: "
                                  "fr, nl, en, es, pt, ro, bg, hu or ar."_s,
                                  u"LANG"_s);
    const QCommandLineOption textLang(
        u"text-lang"_s,
        u"With --sheet: the language fr, nl or en of service names and descriptions (default: "
        "the sheet's, or French)."_s,
        u"LANG"_s);
    const QCommandLineOption width(u"width"_s, u"Window width in pixels."_s, u"W"_s);
    const QCommandLineOption height(u"height"_s, u"Window height in pixels."_s, u"H"_s);
    const QCommandLineOption selfTest(
        u"self-test"_s, u"Load every screen; exit non-zero on any QML warning or error."_s);
    const QCommandLineOption layoutCheck(
        u"layout-check"_s,
        u"Show every screen at 390x844, 600x900, 1024x768 and 1280x800 in fr, nl and en, in "
        u"presentation "
        "mode too; exit non-zero when an item runs past the right edge or a screen is empty."_s);
    const QCommandLineOption sheet(
        u"sheet"_s, u"Write a referral sheet for the services IDS and quit."_s, u"IDS"_s);
    const QCommandLineOption output(u"output"_s, u"Where --sheet writes (.pdf or .txt)."_s,
                                    u"FILE"_s);
    const QCommandLineOption db(u"db"_s, u"Use the directory FILE instead of the local copy."_s,
                                u"FILE"_s);
    const QCommandLineOption now(
        u"now"_s, u"Evaluate opening hours at TIME (YYYY-MM-DDTHH:MM, Brussels)."_s, u"TIME"_s);
    const QCommandLineOption fiche(
        u"fiche"_s,
        u"Write the one-page memo sheet of the category, training scenario or guide:ID as "
        "PDF (--lang, --output FILE.pdf) and quit."_s,
        u"ID"_s);
    const QCommandLineOption scenario(
        u"scenario"_s, u"Open the training scenario ID in trainer mode, fully revealed."_s,
        u"ID"_s);
    const QCommandLineOption guide(u"guide"_s, u"Open the knowledge guide ID."_s, u"ID"_s);
    const QCommandLineOption presentation(
        u"presentation"_s, u"Start in presentation mode (large text, high contrast)."_s);
    parser.addOptions({screenshot, query, open, page, addToSheet, lang, width, height, selfTest,
                       sheet, output, db, now});
    const QCommandLineOption shareClass(
        u"share-class"_s,
        u"Share the directory with the class (classroom mode) from the start, on this "
        "computer's network address."_s);
    parser.addOptions({fiche, scenario, guide, presentation, textLang, layoutCheck, shareClass});

    if (!parser.parse(arguments))
        return parser.errorText();

    AppOptions options;
    options.helpText = parser.helpText();
    if (parser.isSet(help)) {
        options.mode = AppOptions::Mode::help;
        return options;
    }
    if (parser.isSet(version)) {
        options.mode = AppOptions::Mode::version;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return u"Unexpected argument: "_s + parser.positionalArguments().first();

    const int modes = int(parser.isSet(screenshot)) + int(parser.isSet(selfTest)) +
                      int(parser.isSet(sheet)) + int(parser.isSet(fiche)) +
                      int(parser.isSet(layoutCheck));
    if (modes > 1)
        return u"Choose one of --screenshot, --self-test, --layout-check, --sheet and --fiche."_s;
    if (parser.isSet(screenshot)) {
        options.mode = AppOptions::Mode::screenshot;
        options.screenshot = parser.value(screenshot);
    } else if (parser.isSet(selfTest)) {
        options.mode = AppOptions::Mode::selfTest;
    } else if (parser.isSet(layoutCheck)) {
        options.mode = AppOptions::Mode::layoutCheck;
    } else if (parser.isSet(sheet)) {
        options.mode = AppOptions::Mode::sheet;
        options.sheetIds = splitIds(parser.value(sheet));
        options.output = parser.value(output);
        if (options.sheetIds.isEmpty())
            return u"--sheet needs at least one service id."_s;
        if (options.output.isEmpty())
            return u"--sheet needs --output FILE.pdf (or FILE.txt)."_s;
        options.textLanguage = parser.value(textLang);
        if (parser.isSet(textLang) &&
            !QStringList{u"fr"_s, u"nl"_s, u"en"_s}.contains(options.textLanguage))
            return u"--text-lang is fr, nl or en."_s;
    } else if (parser.isSet(fiche)) {
        options.mode = AppOptions::Mode::fiche;
        options.fiche = parser.value(fiche).trimmed();
        options.output = parser.value(output);
        if (options.fiche.isEmpty())
            return u"--fiche needs a category, scenario or guide:ID."_s;
        if (!options.output.endsWith(u".pdf"_s, Qt::CaseInsensitive))
            return u"--fiche needs --output FILE.pdf."_s;
    }
    if (parser.isSet(output) && options.mode != AppOptions::Mode::sheet &&
        options.mode != AppOptions::Mode::fiche)
        return u"--output goes with --sheet or --fiche."_s;
    options.scenario = parser.value(scenario);
    options.guide = parser.value(guide);
    options.presentation = parser.isSet(presentation);
    options.shareClass = parser.isSet(shareClass);

    options.query = parser.value(query);
    options.open = parser.value(open);
    options.page = parser.value(page);
    if (!options.page.isEmpty() &&
        !QStringList{u"search"_s, u"detail"_s, u"sheet"_s, u"settings"_s, u"staff"_s, u"editor"_s,
                     u"conflict"_s, u"trainer"_s, u"guides"_s, u"qr"_s}
             .contains(options.page))
        return u"--page is one of search, detail, sheet, settings, staff, editor, conflict, "
               "trainer, guides, qr."_s;
    if (options.page == u"qr"_s && options.open.isEmpty())
        return u"--page qr shows the QR code of the service given with --open."_s;
    // A scenario is shown on the trainer screen, whatever the page given.
    if (!options.scenario.isEmpty() && options.page.isEmpty())
        options.page = u"trainer"_s;
    if (parser.isSet(addToSheet))
        options.sheetIds = splitIds(parser.value(addToSheet));
    options.database = parser.value(db);
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        // A sheet's language is checked against the sheet translations when it is written.
        if (options.mode != AppOptions::Mode::sheet &&
            (!langFromCode(options.language) || options.language.size() != 2))
            return u"--lang is one of fr, nl, en."_s;
    }
    if (parser.isSet(width) != parser.isSet(height))
        return u"--width and --height go together."_s;
    if (parser.isSet(width)) {
        bool okW = false, okH = false;
        const int w = parser.value(width).toInt(&okW);
        const int h = parser.value(height).toInt(&okH);
        if (!okW || !okH || w < 200 || h < 200 || w > 8000 || h > 8000)
            return u"--width and --height are pixels, between 200 and 8000."_s;
        options.size = QSize(w, h);
    }
    if (parser.isSet(now)) {
        options.now = parse_brussels_local(ss(parser.value(now)));
        if (!options.now)
            return u"--now is YYYY-MM-DDTHH:MM, Brussels time."_s;
    }
    return options;
}

} // namespace relais::app
