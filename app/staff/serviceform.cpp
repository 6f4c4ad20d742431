#include "app/staff/serviceform.h"

#include "app/core/texts.h"

#include "data/hours.h"

#include <boost/json.hpp>

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {

using Errors = ServiceFormErrors;

// The form's own words where the record cannot hold what was typed.
constexpr const char* kOpensWords =
    QT_TRANSLATE_NOOP("ServiceForm", "Enter a time as HH:MM, from 00:00 to 23:59.");
constexpr const char* kClosesWords =
    QT_TRANSLATE_NOOP("ServiceForm", "Enter a time as HH:MM, from 00:00 to 24:00.");
constexpr const char* kCoordinateWords =
    QT_TRANSLATE_NOOP("ServiceForm", "Enter a number (latitude -90 to 90, longitude -180 to "
                                     "180), or leave it empty.");

// What a rule's message says, and the same in the user's words (the first that fits). The
// rules name the field they are about, but say what is wrong only in English.
struct Wording {
    const char* path; // only for this field; nullptr: any
    const char* says;
    const char* words;
};
constexpr Wording kWordings[]{
    {nullptr, "international format",
     QT_TRANSLATE_NOOP("ServiceForm", "Use the international format, for example +32 2 123 45 "
                                      "67, or a short number such as 112.")},
    {nullptr, "not an e-mail address",
     QT_TRANSLATE_NOOP("ServiceForm", "This is not an e-mail address (name@example.be).")},
    {nullptr, "http(s) address",
     QT_TRANSLATE_NOOP("ServiceForm", "Enter a full web address starting with https://")},
    {nullptr, "at least one of fr, nl, en",
     QT_TRANSLATE_NOOP("ServiceForm", "Give the name in at least one language.")},
    {nullptr, "00:00 to 23:59", kOpensWords},
    {nullptr, "00:00 to 24:00", kClosesWords},
    {nullptr, "must differ from opens",
     QT_TRANSLATE_NOOP("ServiceForm",
                       "Closing must differ from opening (00:00 to 24:00 means all day).")},
    {nullptr, "at least one day", QT_TRANSLATE_NOOP("ServiceForm", "Choose at least one day.")},
    {nullptr, "at least one category",
     QT_TRANSLATE_NOOP("ServiceForm", "Choose at least one category.")},
    {"categories", "is required",
     QT_TRANSLATE_NOOP("ServiceForm", "Choose at least one category.")},
    {nullptr, "unknown category", QT_TRANSLATE_NOOP("ServiceForm", "This category is not known.")},
    {nullptr, "two-letter language code",
     QT_TRANSLATE_NOOP("ServiceForm", "Use two-letter language codes separated by commas, for "
                                      "example fr, nl, ar.")},
    {nullptr, "lowercase letters, digits and hyphens",
     QT_TRANSLATE_NOOP("ServiceForm", "Use lowercase letters, digits and hyphens only.")},
    {nullptr, "must be a coordinate", kCoordinateWords},
    {nullptr, "ISO 8601", QT_TRANSLATE_NOOP("ServiceForm", "Enter a date as YYYY-MM-DD.")},
    {nullptr, "no such organization",
     QT_TRANSLATE_NOOP("ServiceForm", "This organisation is not known to the server.")},
    {nullptr, "does not match the service",
     QT_TRANSLATE_NOOP("ServiceForm", "The identifier does not match this listing.")},
    {nullptr, "is required", QT_TRANSLATE_NOOP("ServiceForm", "This is required.")},
};

QString words(const char* source) {
    return QCoreApplication::translate("ServiceForm", source);
}

// Where the problems the rules find in each field show, by JSON path. Rows are added by each
// conversion (only it knows which row went where); a path not listed shows where its nearest
// listed parent does ("categories[2]" under "categories").
const std::map<std::string, ErrorSlot>& fieldPaths() {
    static const std::map<std::string, ErrorSlot> paths{
        {"id", {&Errors::serviceId}},
        {"name", {&Errors::name}},
        {"name.fr", {&Errors::nameFr}},
        {"name.nl", {&Errors::nameNl}},
        {"name.en", {&Errors::nameEn}},
        {"description.fr", {&Errors::descriptionFr}},
        {"description.nl", {&Errors::descriptionNl}},
        {"description.en", {&Errors::descriptionEn}},
        {"categories", {&Errors::categories}},
        {"audience", {&Errors::audience}},
        {"address.street", {&Errors::street}},
        {"address.postal_code", {&Errors::postalCode}},
        {"address.municipality", {&Errors::municipality}},
        {"address.city", {&Errors::city}},
        {"address.lat", {&Errors::latitude}},
        {"address.lon", {&Errors::longitude}},
        {"email", {&Errors::email}},
        {"website", {&Errors::website}},
        {"languages", {&Errors::languages}},
        {"free", {&Errors::free}},
        {"anonymous", {&Errors::anonymous}},
        {"appointment", {&Errors::appointment}},
        {"confidence", {&Errors::confidence}},
        {"sources", {&Errors::sources}},
        {"notes", {&Errors::notes}},
        {"hours", {&Errors::hours}},
        {"phones", {&Errors::phones}},
    };
    return paths;
}

std::optional<std::string> optionalText(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(ss(trimmed));
}

std::vector<std::string> parts(const QString& text, const QRegularExpression& separators) {
    std::vector<std::string> out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.push_back(ss(part.trimmed()));
    }
    return out;
}

QString joined(const std::vector<std::string>& values, const QString& separator) {
    QStringList out;
    for (const std::string& value : values)
        out.append(qs(value));
    return out.join(separator);
}

QString coordinateText(const std::optional<double>& value) {
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

std::optional<std::string> slugOf(const QStringList& names) {
    const auto name = std::find_if(names.begin(), names.end(),
                                   [](const QString& n) { return !n.trimmed().isEmpty(); });
    if (name == names.end())
        return std::nullopt;
    QString slug;
    for (const QChar c : name->trimmed().normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if ((c.isSpace() || c == u'-' || c == u'\'' || c == u'/') && !slug.isEmpty() &&
                 !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return ss(slug.left(80));
}

const QRegularExpression& listSeparators() {
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return separators;
}
const QRegularExpression& lineSeparators() {
    static const QRegularExpression separators(u"[\\r\\n]+"_s);
    return separators;
}

// Adds `text` to the message at `slot`, once.
void place(const ErrorSlot& slot, const QString& text, Errors& errors, std::vector<HoursRow>& hours,
           std::vector<PhoneRow>& phones) {
    QString* target = &(errors.*slot.field);
    const auto row = static_cast<std::size_t>(slot.row);
    if (slot.hoursPart && slot.row >= 0 && row < hours.size())
        target = &(hours[row].*slot.hoursPart);
    else if (slot.phonePart && slot.row >= 0 && row < phones.size())
        target = &(phones[row].*slot.phonePart);
    if (!target->contains(text))
        *target = target->isEmpty() ? text : *target + u' ' + text;
}

} // namespace

QString problemText(const std::string& path, const std::string& message) {
    for (const Wording& wording : kWordings) {
        if ((!wording.path || path == wording.path) && message.find(wording.says) != message.npos)
            return words(wording.words);
    }
    return qs(message);
}

ServiceForm::ServiceForm(QObject* parent) : QObject(parent) {
    const auto rowsEdited = [this](QString Errors::*list) {
        if (filling_)
            return;
        forgetServerProblems([list](const ErrorSlot& slot) { return slot.field == list; });
        emit changed();
    };
    connect(&hours_, &HoursModel::edited, this, [rowsEdited] { rowsEdited(&Errors::hours); });
    connect(&phones_, &PhoneModel::edited, this, [rowsEdited] { rowsEdited(&Errors::phones); });
}

void ServiceForm::load(const Service& s, bool suggestId) {
    original_ = s;
    suggestId_ = suggestId;
    serviceId_ = qs(s.id);
    nameFr_ = qs(s.name.fr);
    nameNl_ = qs(s.name.nl);
    nameEn_ = qs(s.name.en);
    descriptionFr_ = qs(s.description.fr);
    descriptionNl_ = qs(s.description.nl);
    descriptionEn_ = qs(s.description.en);
    categories_.clear();
    for (const std::string& category : s.categories)
        categories_.append(qs(category));
    audience_ = joined(s.audience, u", "_s);
    street_ = qs(s.address.street.value_or(""));
    postalCode_ = qs(s.address.postal_code.value_or(""));
    municipality_ = qs(s.address.municipality.value_or(""));
    city_ = qs(s.address.city.value_or(""));
    latitude_ = coordinateText(s.address.lat);
    longitude_ = coordinateText(s.address.lon);
    email_ = qs(s.email.value_or(""));
    website_ = qs(s.website.value_or(""));
    languages_.clear();
    for (const std::string& code : s.languages.value_or(std::vector<std::string>{}))
        languages_.append(qs(code));
    const auto answer = [](std::optional<bool> value) {
        return !value ? AnswerUnknown : *value ? Yes : No;
    };
    free_ = answer(s.free);
    anonymous_ = answer(s.anonymous);
    appointment_ = !s.appointment                            ? VisitUnknown
                   : *s.appointment == Appointment::walk_in  ? WalkIn
                   : *s.appointment == Appointment::optional ? AppointmentPossible
                                                             : AppointmentRequired;
    confidence_ = s.confidence == Confidence::verified  ? Verified
                  : s.confidence == Confidence::partial ? PartlyVerified
                                                        : NotVerified;
    sources_ = joined(s.sources, u"\n"_s);
    notes_ = qs(s.notes.value_or(""));
    hoursKnown_ = s.hours.has_value();
    markVerified_ = true;

    std::vector<HoursRow> hours;
    for (const HoursRange& range : s.hours.value_or(std::vector<HoursRange>{})) {
        HoursRow row;
        row.days = range.days;
        row.opens = qs(format_hhmm(range.opens));
        row.closes = qs(format_hhmm(range.closes));
        row.note = qs(range.note.value_or(""));
        row.pastMidnight = range.closes < range.opens;
        hours.push_back(std::move(row));
    }
    std::vector<PhoneRow> phones;
    for (const Phone& phone : s.phones)
        phones.push_back({qs(phone.number), qs(phone.label.value_or("")), {}, {}, phone});
    serverProblems_.clear();
    // The models' `edited` is not the user's: one `changed` for the whole form.
    filling_ = true;
    hours_.setRows(std::move(hours));
    phones_.setRows(std::move(phones));
    filling_ = false;
    emit changed();
}

ServiceForm::Conversion ServiceForm::toService(const QDate& today) const {
    Conversion out;
    out.paths = fieldPaths();
    Service& s = out.service;
    s = original_;
    s.id = ss(serviceId_.trimmed());
    s.name = {ss(nameFr_.trimmed()), ss(nameNl_.trimmed()), ss(nameEn_.trimmed())};
    s.description = {ss(descriptionFr_.trimmed()), ss(descriptionNl_.trimmed()),
                     ss(descriptionEn_.trimmed())};
    s.categories.clear();
    for (const QString& category : categories_)
        s.categories.push_back(ss(category));
    s.audience = parts(audience_, listSeparators());
    s.address.street = optionalText(street_);
    s.address.postal_code = optionalText(postalCode_);
    s.address.municipality = optionalText(municipality_);
    s.address.city = optionalText(city_);
    const auto coordinate = [&](const QString& text, QString Errors::*field) {
        bool ok = true;
        const double value = text.trimmed().toDouble(&ok);
        if (text.trimmed().isEmpty())
            return std::optional<double>();
        if (!ok)
            out.problems.push_back({{field}, words(kCoordinateWords)});
        return ok ? std::optional(value) : std::nullopt;
    };
    s.address.lat = coordinate(latitude_, &Errors::latitude);
    s.address.lon = coordinate(longitude_, &Errors::longitude);

    // Blank rows are left out: the wire's rows are not always the form's.
    s.phones.clear();
    for (std::size_t i = 0; i < phones_.rows().size(); ++i) {
        const PhoneRow& row = phones_.rows()[i];
        if (row.number.trimmed().isEmpty() && row.label.trimmed().isEmpty())
            continue;
        Phone phone = row.loaded.value_or(Phone{});
        if (phone.number != ss(row.number.trimmed()))
            phone.caveat.reset(); // it was said of the number as it was
        phone.number = ss(row.number.trimmed());
        phone.label = optionalText(row.label);
        const std::string path = "phones[" + std::to_string(s.phones.size()) + "]";
        const int formRow = static_cast<int>(i);
        out.paths[path] = {&Errors::phones, formRow, nullptr, &PhoneRow::numberError};
        out.paths[path + ".number"] = {&Errors::phones, formRow, nullptr, &PhoneRow::numberError};
        out.paths[path + ".label"] = {&Errors::phones, formRow, nullptr, &PhoneRow::labelError};
        s.phones.push_back(std::move(phone));
    }
    s.email = optionalText(email_);
    s.website = optionalText(website_);

    s.hours.reset();
    if (hoursKnown_) {
        s.hours.emplace();
        for (std::size_t i = 0; i < hours_.rows().size(); ++i) {
            const HoursRow& row = hours_.rows()[i];
            const int formRow = static_cast<int>(i);
            const auto at = [&](QString HoursRow::*part) {
                return ErrorSlot{&Errors::hours, formRow, part, nullptr};
            };
            const auto opens = parse_hhmm(ss(row.opens.trimmed()));
            const auto closes = parse_hhmm(ss(row.closes.trimmed()));
            // A time the record cannot hold keeps its row off the wire, said here instead.
            if (!opens)
                out.problems.push_back({at(&HoursRow::opensError), words(kOpensWords)});
            if (!closes)
                out.problems.push_back({at(&HoursRow::closesError), words(kClosesWords)});
            if (!opens || !closes)
                continue;
            // "Past midnight" is asked explicitly: closing before opening is kept only when the
            // user says the range runs into the next day.
            if (*closes < *opens && !row.pastMidnight)
                out.problems.push_back(
                    {at(&HoursRow::closesError),
                     words(QT_TRANSLATE_NOOP("ServiceForm", "Closes before it opens. If it runs "
                                                            "past midnight, tick \"Past "
                                                            "midnight\"."))});
            const std::string path = "hours[" + std::to_string(s.hours->size()) + "]";
            out.paths[path] = at(&HoursRow::daysError);
            out.paths[path + ".days"] = at(&HoursRow::daysError);
            out.paths[path + ".opens"] = at(&HoursRow::opensError);
            out.paths[path + ".closes"] = at(&HoursRow::closesError);
            out.paths[path + ".note"] = at(&HoursRow::noteError);
            s.hours->push_back(
                {static_cast<std::uint8_t>(row.days), *opens, *closes, optionalText(row.note)});
        }
    }
    s.languages.reset();
    if (!languages_.isEmpty()) {
        s.languages.emplace();
        for (const QString& code : languages_)
            s.languages->push_back(ss(code.trimmed()));
    }
    const auto answer = [](Answer value) {
        return value == AnswerUnknown ? std::nullopt : std::optional(value == Yes);
    };
    s.free = answer(free_);
    s.anonymous = answer(anonymous_);
    s.appointment = appointment_ == VisitUnknown          ? std::nullopt
                    : appointment_ == WalkIn              ? std::optional(Appointment::walk_in)
                    : appointment_ == AppointmentPossible ? std::optional(Appointment::optional)
                                                          : std::optional(Appointment::required);
    s.confidence = confidence_ == Verified         ? Confidence::verified
                   : confidence_ == PartlyVerified ? Confidence::partial
                                                   : Confidence::unverified;
    s.sources = parts(sources_, lineSeparators());
    s.notes = optionalText(notes_);
    if (markVerified_)
        s.last_verified_at = ss(today.toString(Qt::ISODate));
    return out;
}

ErrorSlot ServiceForm::locate(std::string path) const {
    while (!path.empty()) {
        if (const auto found = paths_.find(path); found != paths_.end())
            return found->second;
        const auto parent = path.find_last_of(".[");
        path.resize(parent == std::string::npos ? 0 : parent);
    }
    return {};
}

void ServiceForm::validate(const std::vector<std::string>& knownCategories, const QDate& today) {
    Conversion conversion = toService(today);
    boost::json::value wire = to_json(conversion.service);
    // A listing not sent yet has no update time (the server gives it one); to_json writes it
    // as "", which the rules refuse.
    if (conversion.service.updated_at.empty())
        wire.as_object().erase("updated_at");
    std::vector<Problem> problems;
    Service decoded = service_from_json(wire, problems, knownCategories);
    wireJson_ = boost::json::serialize(wire);
    paths_ = std::move(conversion.paths);

    Errors errors;
    std::vector<HoursRow> hourErrors(hours_.rows().size());
    std::vector<PhoneRow> phoneErrors(phones_.rows().size());
    for (const auto& [slot, text] : conversion.problems)
        place(slot, text, errors, hourErrors, phoneErrors);
    for (const std::vector<Problem>* list : {&problems, &serverProblems_}) {
        for (const Problem& problem : *list)
            place(locate(problem.field), problemText(problem.field, problem.message), errors,
                  hourErrors, phoneErrors);
    }
    hours_.setErrors(hourErrors);
    phones_.setErrors(phoneErrors);
    errors_ = std::move(errors);
    problemCount_ = static_cast<int>(conversion.problems.size() + problems.size());
    if (problemCount_ == 0)
        draft_ = std::move(decoded);
    emit validated();
}

void ServiceForm::setServerProblems(std::vector<Problem> problems) {
    serverProblems_ = std::move(problems);
}

void ServiceForm::forgetServerProblems(const std::function<bool(const ErrorSlot&)>& about) {
    std::erase_if(serverProblems_,
                  [&](const Problem& problem) { return about(locate(problem.field)); });
}

void ServiceForm::setServiceId(const QString& value) {
    if (value != serviceId_)
        suggestId_ = false;
    set(serviceId_, value, &Errors::serviceId);
}

void ServiceForm::setName(QString& member, const QString& value, QString Errors::*field) {
    if (!assign(member, value, field))
        return;
    if (suggestId_) {
        if (const auto slug = slugOf({nameFr_, nameNl_, nameEn_}))
            serviceId_ = qs(*slug);
    }
    emit changed();
}

void ServiceForm::setCategory(const QString& id, bool on) {
    QStringList next = categories_;
    next.removeAll(id);
    if (on)
        next.append(id);
    if (on != categories_.contains(id))
        setCategories(next);
}

void ServiceForm::setHoursKnown(bool known) {
    if (!assign(hoursKnown_, known, &Errors::hours))
        return;
    if (known && hours_.count() == 0)
        hours_.addRange(); // its `edited` says the form changed
    else
        emit changed();
}

} // namespace relais::app
