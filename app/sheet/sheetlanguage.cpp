#include "app/sheet/sheetlanguage.h"

#include "app/core/texts.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relais::app {

Texts SheetLanguage::texts(Lang text) const {
    return Texts(text, locale, translator.get());
}

namespace {

std::optional<SheetLanguage> load(const QString& code, const QString& file) {
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(file))
        return std::nullopt;
    SheetLanguage language;
    language.code = code;
    // The file says which locale it is written for (fr_BE, ar_MA…): dates and digits follow.
    language.locale = QLocale(translator->language().isEmpty() ? code : translator->language());
    language.direction = language.locale.textDirection();
    language.textLang = langFromCode(code).value_or(Lang::fr);
    // Every file names its language in that language; a test checks that none lacks it.
    language.nativeName = translator->translate("SheetLanguage", "English");
    if (language.nativeName.isEmpty())
        language.nativeName = language.locale.nativeLanguageName();
    language.translator = std::move(translator);
    return language;
}

std::vector<SheetLanguage> loadAll() {
    std::vector<SheetLanguage> languages;
    for (const Lang lang : kLangs) {
        const QString code = langCode(lang);
        if (auto language = load(code, u":/i18n/relais_"_s + code + u".qm"_s))
            languages.push_back(std::move(*language));
    }
    std::vector<SheetLanguage> others;
    QDirIterator files(u":/i18n/sheet"_s, {u"relais_sheet_*.qm"_s}, QDir::Files);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString code = QFileInfo(file).completeBaseName().mid(sizeof("relais_sheet_") - 1);
        if (auto language = load(code, file))
            others.push_back(std::move(*language));
    }
    std::sort(others.begin(), others.end(),
              [](const SheetLanguage& a, const SheetLanguage& b) { return a.code < b.code; });
    std::move(others.begin(), others.end(), std::back_inserter(languages));
    return languages;
}

} // namespace

const std::vector<SheetLanguage>& sheetLanguages() {
    static const std::vector<SheetLanguage> languages = loadAll();
    return languages;
}

const SheetLanguage* findSheetLanguage(const QString& code) {
    const auto& languages = sheetLanguages();
    const auto found = std::find_if(languages.begin(), languages.end(),
                                    [&](const SheetLanguage& l) { return l.code == code; });
    return found == languages.end() ? nullptr : &*found;
}

QString categoryName(const std::string& id, const LocalizedText& label, const Texts& texts,
                     const SheetLanguage& language) {
    if (langFromCode(language.code))
        return qs(label.in(texts.lang()));
    const QString translated = texts.translate("Category", id.c_str());
    return translated == qs(id) ? qs(label.in(texts.lang())) : translated;
}

} // namespace relais::app
