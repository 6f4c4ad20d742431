#include "app/staff/editorcontroller.h"

#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"
#include "app/staff/logincontroller.h"
#include "app/staff/staffcontroller.h"
#include "app/staff/staffops.h"

#include "data/hours.h"
#include "data/seed_json.h"

#include <boost/json.hpp>

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;
namespace json = boost::json;

namespace relais::app {

namespace {

constexpr std::array<const char*, 19> kTextFields{"id",
                                                  "name.fr",
                                                  "name.nl",
                                                  "name.en",
                                                  "description.fr",
                                                  "description.nl",
                                                  "description.en",
                                                  "address.street",
                                                  "address.postal_code",
                                                  "address.municipality",
                                                  "address.city",
                                                  "address.lat",
                                                  "address.lon",
                                                  "email",
                                                  "website",
                                                  "notes",
                                                  "languages",
                                                  "audience",
                                                  "sources"};

bool isTextField(const QString& field) {
    for (const char* known : kTextFields) {
        if (field == QLatin1String(known))
            return true;
    }
    return false;
}

QString joined(const std::vector<std::string>& values, const QString& separator) {
    QStringList out;
    for (const std::string& value : values)
        out.append(qs(value));
    return out.join(separator);
}

json::value nullable(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? json::value(nullptr) : json::value(ss(trimmed));
}

json::array split(const QString& text, const QRegularExpression& separators) {
    json::array out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.emplace_back(ss(part.trimmed()));
    }
    return out;
}

// A coordinate as a number when it reads as one; otherwise as typed, for the rules to refuse.
json::value coordinate(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return nullptr;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    return ok ? json::value(value) : json::value(ss(trimmed));
}

struct Loaded {
    std::optional<Service> service;
    ListingRow::State state = ListingRow::State::synced;
    std::int64_t entry = 0;
    std::string errorJson;
    std::optional<Service> draft;
};

const QRegularExpression& listSeparators() {
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return separators;
}
const QRegularExpression& lineSeparators() {
    static const QRegularExpression separators(u"[\\r\\n]+"_s);
    return separators;
}

} // namespace

QString problemText(const QString& field, const QString& message) {
    const auto has = [&](const char* text) {
        return message.contains(QLatin1String(text));
    };
    if (has("international format"))
        return EditorController::tr(
            "Use the international format, for example +32 2 123 45 67, or a short number "
            "such as 112.");
    if (has("not an e-mail address"))
        return EditorController::tr("This is not an e-mail address (name@example.be).");
    if (has("http(s) address"))
        return EditorController::tr("Enter a full web address starting with https://");
    if (has("at least one of fr, nl, en"))
        return EditorController::tr("Give the name in at least one language.");
    if (has("00:00 to 23:59"))
        return EditorController::tr("Enter a time as HH:MM, from 00:00 to 23:59.");
    if (has("00:00 to 24:00"))
        return EditorController::tr("Enter a time as HH:MM, from 00:00 to 24:00.");
    if (has("must differ from opens"))
        return EditorController::tr(
            "Closing must differ from opening (00:00 to 24:00 means all day).");
    if (has("at least one day"))
        return EditorController::tr("Choose at least one day.");
    if (has("at least one category") || (field == u"categories" && has("is required")))
        return EditorController::tr("Choose at least one category.");
    if (has("unknown category"))
        return EditorController::tr("This category is not known.");
    if (has("two-letter language code"))
        return EditorController::tr(
            "Use two-letter language codes separated by commas, for example fr, nl, ar.");
    if (has("lowercase letters, digits and hyphens"))
        return EditorController::tr("Use lowercase letters, digits and hyphens only.");
    if (has("must be a coordinate"))
        return EditorController::tr(
            "Enter a number (latitude -90 to 90, longitude -180 to 180), or leave it empty.");
    if (has("ISO 8601"))
        return EditorController::tr("Enter a date as YYYY-MM-DD.");
    if (has("no such organization"))
        return EditorController::tr("This organisation is not known to the server.");
    if (has("does not match the service"))
        return EditorController::tr("The identifier does not match this listing.");
    if (has("is required"))
        return EditorController::tr("This is required.");
    return message;
}

EditorController::EditorController(DirectoryWorker& worker, DirectoryController& directory,
                                   LanguageController& language, LoginController& login,
                                   StaffController& staff, Clock clock, QObject* parent)
    : QObject(parent), worker_(worker), directory_(directory), language_(language), login_(login),
      staff_(staff), clock_(std::move(clock)) {
    connect(&hours_, &HoursModel::edited, this, &EditorController::validate);
    connect(&phones_, &PhoneModel::edited, this, &EditorController::validate);
    connect(&language_, &LanguageController::languageChanged, this, [this] {
        if (active_)
            validate(); // messages in the new language
    });
}

QString EditorController::serviceId() const {
    return creating_ ? text(u"id"_s) : qs(original_.id);
}

QString EditorController::title() const {
    if (creating_)
        return tr("New listing");
    const QString name = qs(original_.name.in(language_.lang()));
    return name.isEmpty() ? qs(original_.id) : name;
}

void EditorController::setHoursKnown(bool known) {
    if (known == hoursKnown_)
        return;
    hoursKnown_ = known;
    if (known && hours_.count() == 0)
        hours_.addRange(); // validates
    else
        validate();
}

void EditorController::setMarkVerified(bool on) {
    if (on == markVerified_)
        return;
    markVerified_ = on;
    validate();
}

void EditorController::open(const QString& id) {
    active_ = true;
    creating_ = false;
    loading_ = true;
    errorText_.clear();
    refusalText_.clear();
    listingState_.clear();
    rejectedEntry_.reset();
    serverErrors_.clear();
    emit stateChanged();
    worker_.run(
        this,
        [id = ss(id)](Connection& connection) {
            Loaded loaded;
            loaded.service = loadService(connection, id);
            for (const ListingRow& row : loadListings(connection, {})) {
                if (row.id != id)
                    continue;
                loaded.state = row.state;
                loaded.entry = row.entry;
                loaded.errorJson = row.errorJson;
                loaded.draft = row.draft;
            }
            return loaded;
        },
        [this](Outcome<Loaded> outcome) {
            loading_ = false;
            if (!outcome.ok()) {
                errorText_ = outcome.error;
                emit stateChanged();
                return;
            }
            Loaded& loaded = *outcome.value;
            static constexpr std::array<const char*, 4> kStates{"synced", "pending", "conflict",
                                                                "rejected"};
            listingState_ = QLatin1String(kStates[static_cast<std::size_t>(loaded.state)]);
            if (loaded.state == ListingRow::State::rejected && loaded.draft) {
                // The refused edit, to correct: the server's reasons stay marked until then.
                const Refusal refusal = describeRefusal(loaded.errorJson);
                refusalText_ = refusal.kind == u"invalid_fields"
                                   ? tr("The server refused some fields: they are marked "
                                        "below. Correct them, then save.")
                                   : refusal.text;
                rejectedEntry_ = loaded.entry;
                for (const auto& [field, message] : refusal.details)
                    serverErrors_.emplace(field, problemText(field, message));
                fill(*loaded.draft);
            } else if (loaded.service) {
                fill(*loaded.service);
            } else {
                errorText_ = tr("This listing is not on this device. Sync, then try again.");
            }
            emit stateChanged();
        });
}

void EditorController::create() {
    active_ = true;
    creating_ = true;
    loading_ = false;
    errorText_.clear();
    refusalText_.clear();
    listingState_.clear();
    rejectedEntry_.reset();
    serverErrors_.clear();
    idEdited_ = false;
    Service fresh;
    fresh.organization_id = ss(login_.organizationId());
    fresh.confidence = Confidence::verified;
    fill(fresh);
    emit stateChanged();
}

void EditorController::close() {
    active_ = false;
    emit stateChanged();
}

void EditorController::fill(const Service& s) {
    original_ = s;
    texts_.clear();
    texts_[u"id"_s] = qs(s.id);
    for (Lang lang : kLangs) {
        const QString code = langCode(lang);
        texts_[u"name."_s + code] = qs(s.name.exact(lang));
        texts_[u"description."_s + code] = qs(s.description.exact(lang));
    }
    texts_[u"address.street"_s] = qs(s.address.street.value_or(""));
    texts_[u"address.postal_code"_s] = qs(s.address.postal_code.value_or(""));
    texts_[u"address.municipality"_s] = qs(s.address.municipality.value_or(""));
    texts_[u"address.city"_s] = qs(s.address.city.value_or(""));
    texts_[u"address.lat"_s] = s.address.lat ? QString::number(*s.address.lat, 'f', 6) : QString();
    texts_[u"address.lon"_s] = s.address.lon ? QString::number(*s.address.lon, 'f', 6) : QString();
    texts_[u"email"_s] = qs(s.email.value_or(""));
    texts_[u"website"_s] = qs(s.website.value_or(""));
    texts_[u"notes"_s] = qs(s.notes.value_or(""));
    texts_[u"languages"_s] = s.languages ? joined(*s.languages, u", "_s) : QString();
    texts_[u"audience"_s] = joined(s.audience, u", "_s);
    texts_[u"sources"_s] = joined(s.sources, u"\n"_s);

    const auto yesNo = [](std::optional<bool> value) {
        return !value ? QString() : *value ? u"yes"_s : u"no"_s;
    };
    choices_[u"free"_s] = yesNo(s.free);
    choices_[u"anonymous"_s] = yesNo(s.anonymous);
    choices_[u"appointment"_s] = s.appointment ? qs(to_string(*s.appointment)) : QString();
    choices_[u"confidence"_s] = qs(to_string(s.confidence));

    categories_.clear();
    for (const std::string& category : s.categories)
        categories_.append(qs(category));

    hoursKnown_ = s.hours.has_value();
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
        phones.push_back({qs(phone.number), qs(phone.label.value_or("")), {}, {}});
    markVerified_ = true;
    // The models' `edited` validates: not until everything is filled. (Blocking their signals
    // would hide the reset from the views.)
    filling_ = true;
    hours_.setRows(std::move(hours));
    phones_.setRows(std::move(phones));
    filling_ = false;
    emit loaded();
    validate();
}

QString EditorController::text(const QString& field) const {
    const auto found = texts_.find(field);
    return found == texts_.end() ? QString() : found->second;
}

void EditorController::setText(const QString& field, const QString& value) {
    if (!isTextField(field)) {
        qWarning("EditorController: no text field %s", qPrintable(field));
        return;
    }
    if (texts_[field] == value)
        return;
    texts_[field] = value;
    if (field == u"id")
        idEdited_ = true;
    serverErrors_.erase(field);
    validate();
    if (field == u"id")
        emit stateChanged();
}

QString EditorController::choice(const QString& field) const {
    const auto found = choices_.find(field);
    return found == choices_.end() ? QString() : found->second;
}

void EditorController::setChoice(const QString& field, const QString& value) {
    if (choices_[field] == value)
        return;
    choices_[field] = value;
    serverErrors_.erase(field);
    validate();
}

bool EditorController::hasCategory(const QString& id) const {
    return categories_.contains(id);
}

void EditorController::setCategory(const QString& id, bool on) {
    if (on == categories_.contains(id))
        return;
    if (on)
        categories_.append(id);
    else
        categories_.removeAll(id);
    serverErrors_.erase(u"categories"_s);
    validate();
}

QString EditorController::errorFor(const QString& field) const {
    QStringList messages;
    const auto collect = [&](const std::multimap<QString, QString>& errors) {
        for (const auto& [path, message] : errors) {
            if ((path == field || path.startsWith(field + u'[')) && !messages.contains(message))
                messages.append(message);
        }
    };
    collect(errors_);
    collect(serverErrors_);
    return messages.join(u' ');
}

std::optional<QString> EditorController::slugFromName() const {
    QString name;
    for (const char* key : {"name.fr", "name.nl", "name.en"}) {
        name = text(QLatin1String(key)).trimmed();
        if (!name.isEmpty())
            break;
    }
    if (name.isEmpty())
        return std::nullopt;
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (c.isSpace() || c == u'-' || c == u'\'' || c == u'/')
            if (!slug.isEmpty() && !slug.endsWith(u'-'))
                slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(80);
}

void EditorController::validate() {
    if (filling_)
        return;
    if (creating_ && !idEdited_) {
        if (const auto slug = slugFromName(); slug && *slug != texts_[u"id"_s]) {
            texts_[u"id"_s] = *slug;
            emit loaded(); // the id field shows the suggestion
            emit stateChanged();
        }
    }
    // The form as the wire carries it.
    json::object body;
    body["id"] = ss(text(u"id"_s).trimmed());
    body["organization_id"] = original_.organization_id;
    json::object name, description;
    for (Lang lang : kLangs) {
        const std::string code(to_string(lang));
        name[code] = ss(text(u"name."_s + langCode(lang)).trimmed());
        description[code] = ss(text(u"description."_s + langCode(lang)).trimmed());
    }
    body["name"] = std::move(name);
    body["description"] = std::move(description);
    json::array categories;
    for (const QString& category : categories_)
        categories.emplace_back(ss(category));
    body["categories"] = std::move(categories);
    body["audience"] = split(text(u"audience"_s), listSeparators());
    body["address"] = json::object{{"street", nullable(text(u"address.street"_s))},
                                   {"postal_code", nullable(text(u"address.postal_code"_s))},
                                   {"municipality", nullable(text(u"address.municipality"_s))},
                                   {"city", nullable(text(u"address.city"_s))},
                                   {"lat", coordinate(text(u"address.lat"_s))},
                                   {"lon", coordinate(text(u"address.lon"_s))}};
    json::array phones;
    std::vector<int> phoneRows; // wire index -> form row (blank rows are left out)
    for (std::size_t i = 0; i < phones_.rows().size(); ++i) {
        const PhoneRow& row = phones_.rows()[i];
        if (row.number.trimmed().isEmpty() && row.label.trimmed().isEmpty())
            continue;
        phones.emplace_back(
            json::object{{"number", ss(row.number.trimmed())}, {"label", nullable(row.label)}});
        phoneRows.push_back(static_cast<int>(i));
    }
    body["phones"] = std::move(phones);
    body["email"] = nullable(text(u"email"_s));
    body["website"] = nullable(text(u"website"_s));
    if (hoursKnown_) {
        json::array hours;
        for (const HoursRow& row : hours_.rows()) {
            json::array days;
            for (int d = 0; d < 7; ++d) {
                if (row.days & (1 << d))
                    days.emplace_back(to_string(static_cast<Weekday>(d)));
            }
            json::object line{{"days", std::move(days)},
                              {"opens", nullable(row.opens)},
                              {"closes", nullable(row.closes)}};
            if (!row.note.trimmed().isEmpty())
                line["note"] = ss(row.note.trimmed());
            hours.emplace_back(std::move(line));
        }
        body["hours"] = std::move(hours);
    } else {
        body["hours"] = nullptr;
    }
    const QString languages = text(u"languages"_s).trimmed();
    body["languages"] = languages.isEmpty() ? json::value(nullptr)
                                            : json::value(split(languages, listSeparators()));
    const auto yesNo = [this](const QString& field) -> json::value {
        const QString value = choice(field);
        return value.isEmpty() ? json::value(nullptr) : json::value(value == u"yes");
    };
    body["free"] = yesNo(u"free"_s);
    body["anonymous"] = yesNo(u"anonymous"_s);
    body["appointment"] = nullable(choice(u"appointment"_s));
    body["sources"] = split(text(u"sources"_s), lineSeparators());
    body["confidence"] = ss(choice(u"confidence"_s));
    body["notes"] = nullable(text(u"notes"_s));
    if (markVerified_)
        body["last_verified_at"] = ss(toDateTime(clock_()).date().toString(Qt::ISODate));
    else if (original_.last_verified_at)
        body["last_verified_at"] = *original_.last_verified_at;
    body["version"] = original_.version;
    if (!original_.updated_at.empty())
        body["updated_at"] = original_.updated_at;

    // The one definition of the rules, as the server applies them (422).
    std::vector<std::string> known;
    for (const auto& [id, label] : directory_.categoryLabels(Lang::en))
        known.push_back(id);
    std::vector<relais::Problem> problems;
    Service decoded = service_from_json(body, problems, known);
    wireJson_ = json::serialize(body);

    errors_.clear();
    std::vector<HoursRow> hourErrors(hours_.rows().size());
    std::vector<PhoneRow> phoneErrors(phones_.rows().size());
    static const QRegularExpression indexed(u"^(hours|phones)\\[(\\d+)\\]\\.(\\w+)$"_s);
    for (const relais::Problem& problem : problems) {
        const QString field = qs(problem.field);
        const QString message = problemText(field, qs(problem.message));
        const auto match = indexed.match(field);
        if (match.hasMatch()) {
            const int index = match.captured(2).toInt();
            const QString part = match.captured(3);
            if (match.captured(1) == u"hours" && index < static_cast<int>(hourErrors.size())) {
                HoursRow& row = hourErrors[static_cast<std::size_t>(index)];
                QString& slot = part == u"days"     ? row.daysError
                                : part == u"opens"  ? row.opensError
                                : part == u"closes" ? row.closesError
                                                    : row.noteError;
                slot = slot.isEmpty() ? message : slot + u' ' + message;
            } else if (match.captured(1) == u"phones" &&
                       index < static_cast<int>(phoneRows.size())) {
                PhoneRow& row = phoneErrors[static_cast<std::size_t>(phoneRows[index])];
                (part == u"number" ? row.numberError : row.labelError) = message;
            }
        }
        errors_.emplace(field, message);
    }
    // The form asks for "past midnight" explicitly: a closing time before the opening time is
    // kept only when the user says the range runs into the next day.
    for (std::size_t i = 0; hoursKnown_ && i < hours_.rows().size(); ++i) {
        const HoursRow& row = hours_.rows()[i];
        const auto opens = parse_hhmm(ss(row.opens.trimmed()));
        const auto closes = parse_hhmm(ss(row.closes.trimmed()));
        if (opens && closes && *closes < *opens && !row.pastMidnight &&
            hourErrors[i].closesError.isEmpty()) {
            const QString message = tr("Closes before it opens. If it runs past midnight, tick "
                                       "\"Past midnight\".");
            hourErrors[i].closesError = message;
            errors_.emplace(u"hours[%1].closes"_s.arg(i), message);
        }
    }
    hours_.setErrors(hourErrors);
    phones_.setErrors(phoneErrors);
    if (problems.empty())
        draft_ = std::move(decoded);
    ++revision_;
    emit validated();
}

void EditorController::save() {
    if (!active_ || saving_)
        return;
    validate();
    if (!errors_.empty()) {
        errorText_ = tr("Some fields need attention: they are marked in red.");
        emit stateChanged();
        return;
    }
    serverErrors_.clear();
    errorText_.clear();
    saving_ = true;
    emit stateChanged();
    worker_.run(
        this,
        [draft = draft_, creating = creating_, entry = rejectedEntry_](Connection& connection) {
            saveEdit(connection, draft, creating, entry);
            return true;
        },
        [this, id = qs(draft_.id)](Outcome<bool> outcome) {
            saving_ = false;
            if (!outcome.ok()) {
                errorText_ = outcome.error;
                emit stateChanged();
                return;
            }
            active_ = false;
            emit stateChanged();
            emit saved(id);
            staff_.noteEdited(tr("Saved on this device. It is sent at the next sync."));
        });
}

} // namespace relais::app
