#include "app/core/languagecontroller.h"

#include "app/core/texts.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace relais::app {

LanguageController::LanguageController(const QString& initial, QObject* parent)
    : QObject(parent), lang_(langFromCode(initial).value_or(systemDefault())) {
    install(lang_);
}

LanguageController::~LanguageController() {
    if (installed_)
        QCoreApplication::removeTranslator(&translator_);
}

Lang LanguageController::systemDefault() {
    // Brussels is bilingual; a device set to neither French nor Dutch gets English.
    return langFromCode(QLocale::system().name()).value_or(Lang::en);
}

QString LanguageController::language() const {
    return langCode(lang_);
}

QStringList LanguageController::languages() const {
    return {u"fr"_s, u"nl"_s, u"en"_s};
}

QString LanguageController::nativeName(const QString& code) const {
    const auto lang = langFromCode(code);
    if (!lang)
        return code;
    switch (*lang) {
    case Lang::fr:
        return u"Français"_s;
    case Lang::nl:
        return u"Nederlands"_s;
    case Lang::en:
        return u"English"_s;
    }
    return code;
}

void LanguageController::setLanguage(const QString& code) {
    const auto lang = langFromCode(code);
    if (!lang || *lang == lang_)
        return;
    lang_ = *lang;
    install(lang_);
    emit languageChanged();
}

bool LanguageController::install(Lang lang) {
    if (installed_)
        QCoreApplication::removeTranslator(&translator_);
    installed_ = translator_.load(u":/i18n/relais_"_s + langCode(lang)) &&
                 QCoreApplication::installTranslator(&translator_);
    return installed_;
}

} // namespace relais::app
