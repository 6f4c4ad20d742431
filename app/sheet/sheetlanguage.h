#pragma once
// The languages a referral sheet can be written in. The person referred may read Romanian or
// Arabic better than French: the sheet's labels, days, conditions and phone kinds are theirs,
// while service names and descriptions stay in one of the directory's languages (fr, nl, en).
//
// A language is one translation file: the UI's three (app/i18n/relais_<code>.ts), plus one
// sheet-only file each (app/i18n/sheet/relais_sheet_<code>.ts). Adding a file adds the
// language; its locale (dates, day names, writing direction) is the file's `language`.

#include "data/model.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

namespace relais::app {

class Texts;

struct SheetLanguage {
    QString code;       // "ro"
    QString nativeName; // "Română": how the picker shows it
    QLocale locale;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    // The directory language names and descriptions default to: the sheet's own when it is
    // one of them, French otherwise.
    Lang textLang = Lang::fr;
    std::shared_ptr<const QTranslator> translator;

    Texts texts(Lang textLang) const;
};

// Every sheet language: French, Dutch and English first, then the others by code. Loaded
// once from the application's resources; safe to call from any thread.
const std::vector<SheetLanguage>& sheetLanguages();
// The language with this code ("ro"), or null.
const SheetLanguage* findSheetLanguage(const QString& code);

// A category's name in the sheet's language: the directory's own label when the sheet is in
// a directory language, else the sheet translation (context "Category", source = the id),
// falling back to `label` in the text language.
QString categoryName(const std::string& id, const LocalizedText& label, const Texts& texts,
                     const SheetLanguage& language);

} // namespace relais::app
