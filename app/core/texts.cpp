#include "app/core/texts.h"

#include "app/core/datatexts.h"

#include <QTranslator>
#include <QUrl>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace relais::app {

std::optional<Lang> langFromCode(const QString& code) {
    return lang_from_string(ss(code.left(2).toLower()));
}

QString langCode(Lang lang) {
    return qs(to_string(lang));
}

QLocale localeFor(Lang lang) {
    switch (lang) {
    case Lang::fr:
        return QLocale(QLocale::French, QLocale::Belgium);
    case Lang::nl:
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    case Lang::en:
        return QLocale(QLocale::English, QLocale::Belgium);
    }
    return QLocale(QLocale::French, QLocale::Belgium);
}

QTimeZone brusselsTimeZone() {
    static const QTimeZone zone("Europe/Brussels");
    return zone;
}

QDateTime toDateTime(TimePoint when) {
    return QDateTime::fromSecsSinceEpoch(when.time_since_epoch().count(), brusselsTimeZone());
}

TimePoint toTimePoint(const QDateTime& when) {
    return TimePoint(std::chrono::seconds(when.toSecsSinceEpoch()));
}

Texts::Texts(Lang lang, const QTranslator* translator) : Texts(lang, localeFor(lang), translator) {
}

Texts::Texts(Lang lang, QLocale locale, const QTranslator* translator)
    : lang_(lang), locale_(std::move(locale)), translator_(translator),
      missing_(translator ? std::make_shared<QSet<QString>>() : nullptr) {
}

QString Texts::translate(const char* context, const char* source) const {
    if (translator_) {
        const QString text = translator_->translate(context, source);
        if (!text.isEmpty())
            return text;
        missing_->insert(QLatin1String(context) + u'|' + QString::fromUtf8(source));
        return QString::fromUtf8(source);
    }
    return QCoreApplication::translate(context, source);
}

QString formatTime(TimePoint when) {
    return toDateTime(when).toString(u"HH:mm"_s);
}

QString formatDate(const QDate& date, const Texts& texts) {
    return texts.locale().toString(date, u"d MMMM yyyy"_s);
}

QDate parseIsoDate(const std::string& iso) {
    return QDate::fromString(qs(iso).left(10), Qt::ISODate);
}

QString openStatusText(const OpenStatus& status, TimePoint now, const Texts& texts) {
    switch (status.state) {
    case OpenState::unknown:
        return texts(QT_TRANSLATE_NOOP("Texts", "Hours unknown"));
    case OpenState::open:
        if (status.always_open)
            return texts(QT_TRANSLATE_NOOP("Texts", "Open 24/7"));
        if (status.closes_at)
            return texts(QT_TRANSLATE_NOOP("Texts", "Open now · until %1"))
                .arg(formatTime(*status.closes_at));
        return texts(QT_TRANSLATE_NOOP("Texts", "Open now"));
    case OpenState::closed:
        break;
    }
    if (!status.opens_at)
        return texts(QT_TRANSLATE_NOOP("Texts", "Closed"));
    const QDate today = toDateTime(now).date();
    const QDateTime opens = toDateTime(*status.opens_at);
    const QString time = opens.toString(u"HH:mm"_s);
    if (opens.date() == today)
        return texts(QT_TRANSLATE_NOOP("Texts", "Closed · opens at %1")).arg(time);
    if (opens.date() == today.addDays(1))
        return texts(QT_TRANSLATE_NOOP("Texts", "Closed · opens tomorrow at %1")).arg(time);
    return texts(QT_TRANSLATE_NOOP("Texts", "Closed · opens %1 at %2"))
        .arg(texts.locale().standaloneDayName(opens.date().dayOfWeek(), QLocale::LongFormat), time);
}

QString daysText(std::uint8_t days, const Texts& texts) {
    const auto dayName = [&](int index) { // 0 = Monday
        return texts.locale().standaloneDayName(index + 1, QLocale::LongFormat);
    };
    if ((days & 0x7f) == 0x7f)
        return texts(QT_TRANSLATE_NOOP("Texts", "Every day"));
    // Runs of consecutive days read better as ranges: "Monday – Friday".
    QStringList parts;
    for (int day = 0; day < 7;) {
        if (!((days >> day) & 1u)) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && ((days >> (last + 1)) & 1u))
            ++last;
        if (last - day >= 2)
            parts << dayName(day) + u" – "_s + dayName(last);
        else
            for (int d = day; d <= last; ++d)
                parts << dayName(d);
        day = last + 1;
    }
    return parts.join(u", "_s);
}

QStringList hoursLines(const std::vector<HoursRange>& hours, const Texts& texts) {
    QStringList lines;
    for (const HoursRange& range : hours) {
        QString line = texts(QT_TRANSLATE_NOOP("Texts", "%1: %2–%3"))
                           .arg(daysText(range.days, texts), qs(format_hhmm(range.opens)),
                                qs(format_hhmm(range.closes)));
        // A dash, not brackets: notes often carry their own "(source 2023)".
        if (range.note && !range.note->empty())
            line = texts(QT_TRANSLATE_NOOP("Texts", "%1 — %2"))
                       .arg(line, hoursNoteText(*range.note, texts));
        lines << line;
    }
    return lines;
}

QString languageName(const QString& code, const Texts& texts) {
    struct Name {
        const char* code;
        const char* name;
    };
    static constexpr std::array<Name, 20> names{{
        {"fr", QT_TRANSLATE_NOOP("Texts", "French")},
        {"nl", QT_TRANSLATE_NOOP("Texts", "Dutch")},
        {"en", QT_TRANSLATE_NOOP("Texts", "English")},
        {"de", QT_TRANSLATE_NOOP("Texts", "German")},
        {"es", QT_TRANSLATE_NOOP("Texts", "Spanish")},
        {"pt", QT_TRANSLATE_NOOP("Texts", "Portuguese")},
        {"it", QT_TRANSLATE_NOOP("Texts", "Italian")},
        {"ro", QT_TRANSLATE_NOOP("Texts", "Romanian")},
        {"bg", QT_TRANSLATE_NOOP("Texts", "Bulgarian")},
        {"sq", QT_TRANSLATE_NOOP("Texts", "Albanian")},
        {"ar", QT_TRANSLATE_NOOP("Texts", "Arabic")},
        {"tr", QT_TRANSLATE_NOOP("Texts", "Turkish")},
        {"ru", QT_TRANSLATE_NOOP("Texts", "Russian")},
        {"uk", QT_TRANSLATE_NOOP("Texts", "Ukrainian")},
        {"pl", QT_TRANSLATE_NOOP("Texts", "Polish")},
        {"zh", QT_TRANSLATE_NOOP("Texts", "Chinese")},
        {"th", QT_TRANSLATE_NOOP("Texts", "Thai")},
        {"hu", QT_TRANSLATE_NOOP("Texts", "Hungarian")},
        {"fa", QT_TRANSLATE_NOOP("Texts", "Persian")},
        {"ti", QT_TRANSLATE_NOOP("Texts", "Tigrinya")},
    }};
    for (const Name& entry : names) {
        if (code == QLatin1String(entry.code))
            return texts(entry.name);
    }
    // A language we have no translated name for: its own name for itself beats a code.
    const QString native = QLocale(code).nativeLanguageName();
    return native.isEmpty() || QLocale(code).language() == QLocale::C ? code : native;
}

QString languagesText(const std::optional<std::vector<std::string>>& codes, const Texts& texts) {
    if (!codes || codes->empty())
        return texts(QT_TRANSLATE_NOOP("Texts", "Languages unknown"));
    QStringList names;
    for (const std::string& code : *codes)
        names << languageName(qs(code), texts);
    return names.join(u", "_s);
}

QString freeText(std::optional<bool> free, const Texts& texts) {
    if (!free)
        return texts(QT_TRANSLATE_NOOP("Texts", "Cost unknown"));
    return *free ? texts(QT_TRANSLATE_NOOP("Texts", "Free"))
                 : texts(QT_TRANSLATE_NOOP("Texts", "Not free"));
}

QString anonymousText(std::optional<bool> anonymous, const Texts& texts) {
    if (!anonymous)
        return texts(QT_TRANSLATE_NOOP("Texts", "Anonymity unknown"));
    return *anonymous ? texts(QT_TRANSLATE_NOOP("Texts", "Anonymous possible"))
                      : texts(QT_TRANSLATE_NOOP("Texts", "Identity asked"));
}

QString appointmentText(std::optional<Appointment> appointment, const Texts& texts) {
    if (!appointment)
        return texts(QT_TRANSLATE_NOOP("Texts", "Appointment policy unknown"));
    switch (*appointment) {
    case Appointment::walk_in:
        return texts(QT_TRANSLATE_NOOP("Texts", "Walk-in, no appointment"));
    case Appointment::optional:
        return texts(QT_TRANSLATE_NOOP("Texts", "Appointment optional"));
    case Appointment::required:
        return texts(QT_TRANSLATE_NOOP("Texts", "By appointment only"));
    }
    return {};
}

QString addressText(const Address& address) {
    QStringList parts;
    if (address.street)
        parts << qs(*address.street);
    QString place;
    if (address.postal_code)
        place = qs(*address.postal_code);
    if (const auto& town = address.municipality ? address.municipality : address.city) {
        place = place.isEmpty() ? qs(*town) : place + u' ' + qs(*town);
    }
    if (!place.isEmpty())
        parts << place;
    return parts.join(u", "_s);
}

QString directionsUrl(const Address& address) {
    if (!address.street && !(address.lat && address.lon))
        return {};
    QUrl url(u"https://www.openstreetmap.org/search"_s);
    QUrlQuery query;
    if (address.lat && address.lon) {
        url = QUrl(u"https://www.openstreetmap.org/"_s);
        query.addQueryItem(u"mlat"_s, QString::number(*address.lat, 'f', 6));
        query.addQueryItem(u"mlon"_s, QString::number(*address.lon, 'f', 6));
    } else {
        query.addQueryItem(u"query"_s, addressText(address) + u", Belgique"_s);
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

std::chrono::sys_days brusselsDay(TimePoint now) {
    const QDate today = toDateTime(now).date();
    return std::chrono::sys_days{std::chrono::year_month_day{
        std::chrono::year{today.year()}, std::chrono::month{static_cast<unsigned>(today.month())},
        std::chrono::day{static_cast<unsigned>(today.day())}}};
}

Trust trustAt(const Service& service, TimePoint now) {
    return trust_of(service, brusselsDay(now));
}

namespace {

// A recorded date as precise as it was recorded: "2006", "November 2026", "3 December 2026".
QString spokenDate(const std::string& iso, const Texts& texts) {
    if (iso.size() == 4)
        return qs(iso);
    if (iso.size() == 7)
        return texts.locale().toString(QDate::fromString(qs(iso) + u"-01"_s, Qt::ISODate),
                                       u"MMMM yyyy"_s);
    return formatDate(parseIsoDate(iso), texts);
}

// The same in a sentence: "on 3 December 2026", but "in November 2026", "in 2006".
QString onDate(const std::string& iso, const Texts& texts) {
    return iso.size() < 10 ? texts(QT_TRANSLATE_NOOP("Texts", "in %1")).arg(spokenDate(iso, texts))
                           : texts(QT_TRANSLATE_NOOP("Texts", "on %1")).arg(spokenDate(iso, texts));
}

} // namespace

QString trustText(const Trust& trust, const Texts& texts) {
    const QString when = trust.date ? onDate(*trust.date, texts) : QString();
    QString sentence;
    switch (trust.state) {
    case TrustState::confirmed:
        sentence = texts(QT_TRANSLATE_NOOP("Texts", "Confirmed by the organisation %1.")).arg(when);
        break;
    case TrustState::checked:
        sentence =
            texts(QT_TRANSLATE_NOOP(
                      "Texts",
                      "Checked against public sources %1, not yet confirmed by the service."))
                .arg(when);
        break;
    case TrustState::unconfirmed:
        sentence =
            !trust.date
                ? texts(QT_TRANSLATE_NOOP("Texts", "Not confirmed: check before referring."))
            : trust.by == TrustSource::organization
                ? texts(QT_TRANSLATE_NOOP("Texts",
                                          "Not confirmed: last confirmed by the organisation %1."))
                      .arg(when)
                : texts(QT_TRANSLATE_NOOP("Texts",
                                          "Not confirmed: last checked against public sources %1."))
                      .arg(when);
        break;
    }
    if (trust.evidence_date)
        sentence +=
            u' ' + texts(QT_TRANSLATE_NOOP("Texts", "The newest source found dates from %1."))
                       .arg(spokenDate(*trust.evidence_date, texts));
    return sentence;
}

QString placeText(Area area, const std::optional<std::string>& municipality,
                  const std::optional<std::string>& city, const Texts& texts) {
    const QString town = qs(municipality.value_or(city.value_or(std::string())));
    switch (area) {
    case Area::national:
        return texts(QT_TRANSLATE_NOOP("Texts", "National line"));
    case Area::flanders:
    case Area::wallonia: {
        const QString outside = texts(QT_TRANSLATE_NOOP("Texts", "outside Brussels"));
        return town.isEmpty() ? outside : town + u" · "_s + outside;
    }
    case Area::brussels:
    case Area::unknown:
        break;
    }
    return town;
}

QString phoneKindText(PhoneKind kind, const Texts& texts) {
    switch (kind) {
    case PhoneKind::reception:
        return texts(QT_TRANSLATE_NOOP("Texts", "Reception"));
    case PhoneKind::helpline:
        return texts(QT_TRANSLATE_NOOP("Texts", "Helpline"));
    case PhoneKind::emergency:
        return texts(QT_TRANSLATE_NOOP("Texts", "Emergency"));
    case PhoneKind::whatsapp:
        return texts(QT_TRANSLATE_NOOP("Texts", "WhatsApp"));
    case PhoneKind::appointments:
        return texts(QT_TRANSLATE_NOOP("Texts", "Appointments"));
    case PhoneKind::office:
        return texts(QT_TRANSLATE_NOOP("Texts", "Office"));
    }
    return {};
}

QString phoneText(const Phone& phone, const Texts& texts) {
    QString text = qs(phone.number);
    if (phone.kind)
        text += u" ("_s + phoneKindText(*phone.kind, texts) + u')';
    else if (phone.label) // in the language of `texts` (see datatexts.h), after a dash
        text += u" — "_s + phoneLabelText(*phone.label, texts);
    if (phone.caveat)
        text += u" — "_s + caveatText(*phone.caveat, texts);
    return text;
}

QString caveatText(Caveat caveat, const Texts& texts) {
    return caveat == Caveat::unofficial
               ? texts(QT_TRANSLATE_NOOP("Texts", "unofficial source"))
               : texts(QT_TRANSLATE_NOOP("Texts", "information may be old"));
}

} // namespace relais::app
