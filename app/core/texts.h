#pragma once
// Human-readable wording of directory facts (hours, open status, conditions, languages),
// shared by the UI and the referral sheet. The sheet is written in the referred person's
// language, which may differ from the UI's: so every function takes the Texts to use.

#include "data/hours.h"
#include "data/model.h"
#include "data/trust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <QSet>

#include <memory>
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
// `lang` is the language of the directory's own texts (names, descriptions, categories);
// `locale` writes dates and day names, and may be any language (a sheet in Romanian).
class Texts {
public:
    explicit Texts(Lang lang, const QTranslator* translator = nullptr);
    Texts(Lang lang, QLocale locale, const QTranslator* translator);
    QString operator()(const char* source) const { return translate("Texts", source); }
    // Any context of the given translator (or the application's); the English source when
    // the translation lacks it, which missing() then lists.
    QString translate(const char* context, const char* source) const;
    Lang lang() const { return lang_; }
    const QLocale& locale() const { return locale_; }
    // The sources a given translator had no translation for, so far ("context|source").
    QStringList missing() const { return missing_ ? missing_->values() : QStringList(); }

private:
    Lang lang_;
    QLocale locale_;
    const QTranslator* translator_;
    std::shared_ptr<QSet<QString>> missing_;
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
// The day of `now` in Brussels.
std::chrono::sys_days brusselsDay(TimePoint now);
// The listing's trust (data/trust.h's one rule) on the Brussels day of `now`.
Trust trustAt(const Service& service, TimePoint now);
// The trust in words: "Checked against public sources in November 2026, not yet confirmed by
// the service." / "Confirmed by the organisation on 3 December 2026." / "Not confirmed: …".
QString trustText(const Trust& trust, const Texts& texts);
// Where the service works, for a subtitle: its municipality in Brussels, "Antwerpen · outside
// Brussels", "National line"; empty when unknown.
QString placeText(Area area, const std::optional<std::string>& municipality,
                  const std::optional<std::string>& city, const Texts& texts);
// What a source says against a contact detail: "unofficial source", "information may be old".
QString caveatText(Caveat caveat, const Texts& texts);
// What a number is for, in the language of `texts`: "Helpline", "WhatsApp"…
QString phoneKindText(PhoneKind kind, const Texts& texts);
// A number as the sheet and the fiche print it: "+32 2 … (Helpline) — caveat", with the
// kind in the language of `texts` (the directory's free label only where no kind is known)
// and the caveat wherever the number shows.
QString phoneText(const Phone& phone, const Texts& texts);

} // namespace relais::app
