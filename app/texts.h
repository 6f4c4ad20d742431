#pragma once
// Human-readable wording of directory facts (hours, open status, conditions, languages),
// shared by the UI and the referral sheet. The sheet is written in the referred person's
// language, which may differ from the UI's: so every function takes the Texts to use.

#include "data/hours.h"
#include "data/model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <string>
#include <vector>

class QTranslator;

namespace relais::app {

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}
inline QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}
inline std::string ss(const QString& text) {
    return text.toStdString();
}

std::optional<Lang> langFromCode(const QString& code);
QString langCode(Lang lang);
// Belgian conventions (24 h clock, day names) in the three languages.
QLocale localeFor(Lang lang);
QTimeZone brusselsTimeZone();
QDateTime toDateTime(TimePoint when); // in Brussels time
TimePoint toTimePoint(const QDateTime& when);

// Translates the strings marked with QT_TRANSLATE_NOOP("Texts", ...) either through the
// application's installed translators (UI language) or through one given translator.
class Texts {
public:
    explicit Texts(Lang lang, const QTranslator* translator = nullptr);
    QString operator()(const char* source) const;
    Lang lang() const { return lang_; }
    const QLocale& locale() const { return locale_; }

private:
    Lang lang_;
    QLocale locale_;
    const QTranslator* translator_;
};

QString formatTime(TimePoint when);                  // "14:00", Brussels time
QString formatDate(const QDate& date, const Texts&); // "7 octobre 2025"
// An ISO 8601 date or date-time as a local date; empty when unparseable.
QDate parseIsoDate(const std::string& iso);

QString openStatusText(const OpenStatus& status, TimePoint now, const Texts& texts);
QString daysText(std::uint8_t days, const Texts& texts);
QStringList hoursLines(const std::vector<HoursRange>& hours, const Texts& texts);
QString languageName(const QString& code, const Texts& texts);
QString languagesText(const std::optional<std::vector<std::string>>& codes, const Texts& texts);
QString freeText(std::optional<bool> free, const Texts& texts);
QString anonymousText(std::optional<bool> anonymous, const Texts& texts);
QString appointmentText(std::optional<Appointment> appointment, const Texts& texts);
// Street, postal code and municipality on one line; empty when nothing is known.
QString addressText(const Address& address);
// A maps search URL for the address; invalid when there is nothing to search for.
QString directionsUrl(const Address& address);
// "Not verified", or verified more than 12 months ago / date unknown.
bool needsVerification(const Service& service, const QDate& today);

} // namespace relais::app
