#include "app/staff/conflictcontroller.h"

#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"
#include "app/staff/staffcontroller.h"
#include "app/staff/staffops.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace relais::app {

ConflictFieldModel::ConflictFieldModel(QObject* parent)
    : RowListModel({role(KeyRole, "key", &ConflictField::key),
                    role(LabelRole, "label", &ConflictField::label),
                    role(MineRole, "mine", &ConflictField::mine),
                    role(TheirsRole, "theirs", &ConflictField::theirs),
                    role(DiffersRole, "differs", &ConflictField::differs),
                    role(UseMineRole, "useMine", &ConflictField::useMine)},
                   0, parent) {
}

bool ConflictFieldModel::setUseMine(int row, bool useMine) {
    const ConflictField* field = this->row(row);
    if (!field || !field->differs)
        return false;
    editRow(row, [&](ConflictField& f) { f.useMine = useMine; }, {UseMineRole});
    return true;
}

namespace {

// One comparable, copyable part of a service: how to show it and how to take it over.
struct FieldSpec {
    const char* key;
    const char* label; // QT_TRANSLATE_NOOP("ConflictController", ...)
    std::function<bool(const Service&, const Service&)> same;
    std::function<void(Service&, const Service&)> copy;
};

template <typename Member> FieldSpec field(const char* key, const char* label, Member member) {
    return {key, label,
            [member](const Service& a, const Service& b) { return a.*member == b.*member; },
            [member](Service& to, const Service& from) {
                to.*member = from.*member;
            }};
}

const std::vector<FieldSpec>& fieldSpecs() {
    static const std::vector<FieldSpec> specs{
        field("name", QT_TRANSLATE_NOOP("ConflictController", "Name"), &Service::name),
        field("description", QT_TRANSLATE_NOOP("ConflictController", "Description"),
              &Service::description),
        field("categories", QT_TRANSLATE_NOOP("ConflictController", "Categories"),
              &Service::categories),
        field("audience", QT_TRANSLATE_NOOP("ConflictController", "For whom"), &Service::audience),
        field("address", QT_TRANSLATE_NOOP("ConflictController", "Address"), &Service::address),
        field("phones", QT_TRANSLATE_NOOP("ConflictController", "Phone numbers"), &Service::phones),
        field("email", QT_TRANSLATE_NOOP("ConflictController", "E-mail"), &Service::email),
        field("website", QT_TRANSLATE_NOOP("ConflictController", "Website"), &Service::website),
        field("hours", QT_TRANSLATE_NOOP("ConflictController", "Opening hours"), &Service::hours),
        field("languages", QT_TRANSLATE_NOOP("ConflictController", "Languages spoken"),
              &Service::languages),
        field("free", QT_TRANSLATE_NOOP("ConflictController", "Free of charge"), &Service::free),
        field("anonymous", QT_TRANSLATE_NOOP("ConflictController", "Anonymous"),
              &Service::anonymous),
        field("appointment", QT_TRANSLATE_NOOP("ConflictController", "Appointment"),
              &Service::appointment),
        field("sources", QT_TRANSLATE_NOOP("ConflictController", "Sources"), &Service::sources),
        field("confidence", QT_TRANSLATE_NOOP("ConflictController", "Confidence"),
              &Service::confidence),
        field("notes", QT_TRANSLATE_NOOP("ConflictController", "Notes"), &Service::notes),
        field("last_verified_at", QT_TRANSLATE_NOOP("ConflictController", "Last verified"),
              &Service::last_verified_at),
    };
    return specs;
}

QString unknown() {
    return QCoreApplication::translate("ConflictController", "Unknown");
}

QString localized(const LocalizedText& text) {
    QStringList lines;
    for (Lang lang : kLangs) {
        if (!text.exact(lang).empty())
            lines.append(langCode(lang).toUpper() + u": "_s + qs(text.exact(lang)));
    }
    return lines.isEmpty() ? unknown() : lines.join(u'\n');
}

QString optionalText(const std::optional<std::string>& value) {
    return value ? qs(*value) : unknown();
}

QString describe(const char* key, const Service& s, const Texts& texts,
                 const std::map<std::string, std::string>& categoryLabels) {
    const std::string_view k(key);
    if (k == "name")
        return localized(s.name);
    if (k == "description")
        return localized(s.description);
    if (k == "categories") {
        QStringList labels;
        for (const std::string& id : s.categories) {
            const auto found = categoryLabels.find(id);
            labels.append(qs(found == categoryLabels.end() ? id : found->second));
        }
        return labels.isEmpty() ? unknown() : labels.join(u", "_s);
    }
    if (k == "audience") {
        QStringList out;
        for (const std::string& tag : s.audience)
            out.append(qs(tag));
        return out.isEmpty() ? unknown() : out.join(u", "_s);
    }
    if (k == "address") {
        const QString text = addressText(s.address);
        return text.isEmpty() ? unknown() : text;
    }
    if (k == "phones") {
        QStringList lines;
        for (const Phone& phone : s.phones)
            lines.append(phone.label ? qs(phone.number) + u" ("_s + qs(*phone.label) + u')'
                                     : qs(phone.number));
        return lines.isEmpty() ? unknown() : lines.join(u'\n');
    }
    if (k == "email")
        return optionalText(s.email);
    if (k == "website")
        return optionalText(s.website);
    if (k == "hours")
        return s.hours ? hoursLines(*s.hours, texts).join(u'\n') : unknown();
    if (k == "languages")
        return languagesText(s.languages, texts);
    if (k == "free")
        return freeText(s.free, texts);
    if (k == "anonymous")
        return anonymousText(s.anonymous, texts);
    if (k == "appointment")
        return appointmentText(s.appointment, texts);
    if (k == "sources") {
        QStringList out;
        for (const std::string& source : s.sources)
            out.append(qs(source));
        return out.isEmpty() ? unknown() : out.join(u'\n');
    }
    if (k == "confidence")
        return qs(to_string(s.confidence));
    if (k == "notes")
        return optionalText(s.notes);
    if (k == "last_verified_at") {
        const QDate date = s.last_verified_at ? parseIsoDate(*s.last_verified_at) : QDate();
        return date.isValid() ? formatDate(date, texts) : unknown();
    }
    return {};
}

} // namespace

ConflictController::ConflictController(DirectoryWorker& worker, DirectoryController& directory,
                                       LanguageController& language, StaffController& staff,
                                       QObject* parent)
    : QObject(parent), worker_(worker), directory_(directory), language_(language), staff_(staff) {
    connect(&language_, &LanguageController::languageChanged, this, [this] {
        if (active_)
            rebuild();
    });
}

QString ConflictController::title() const {
    const Lang lang = language_.lang();
    if (theirs_ && !theirs_->name.empty())
        return qs(theirs_->name.in(lang));
    if (mine_ && !mine_->name.empty())
        return qs(mine_->name.in(lang));
    // Not loaded (yet): the name the directory knows, never the bare id when there is one.
    const std::vector<ServiceLink> known = directory_.links({serviceId_});
    return known.empty() ? serviceId_ : known.front().name;
}

QString ConflictController::summary() const {
    if (operation_ == u"delete")
        return tr("You retired this listing, but someone changed it on the server meanwhile. "
                  "Retire it anyway, or keep the server's version.");
    if (operation_ == u"confirm")
        return tr("You marked this listing as still accurate, but someone changed it on the "
                  "server meanwhile. Confirm the server's version, or just take it.");
    if (!theirs_)
        return tr("This listing was removed on the server while you edited it. Keep your "
                  "version to publish it again, or let it go.");
    return tr("Someone changed this listing on the server while you edited it here. Both "
              "versions are kept until you choose, field by field.");
}

int ConflictController::differences() const {
    int count = 0;
    for (const ConflictField& row : fields_.rows())
        count += row.differs ? 1 : 0;
    return count;
}

void ConflictController::open(const QString& serviceId) {
    active_ = true;
    loading_ = true;
    serviceId_ = serviceId;
    errorText_.clear();
    emit stateChanged();
    worker_.run(
        this,
        [id = ss(serviceId)](Connection& connection) {
            auto data = loadConflict(connection, id);
            if (!data)
                throw std::runtime_error("no conflict for " + id);
            return *data;
        },
        [this](Outcome<ConflictData> outcome) {
            loading_ = false;
            if (!outcome.ok()) {
                errorText_ = tr("There is no conflict to resolve for this listing any more.");
                fields_.reset({});
                mine_.reset();
                theirs_.reset();
                emit stateChanged();
                return;
            }
            entry_ = outcome.value->entry;
            operation_ = qs(outcome.value->op);
            mine_ = outcome.value->mine;
            theirs_ = outcome.value->theirs;
            rebuild();
        });
}

void ConflictController::rebuild() {
    const Texts texts(language_.lang());
    const auto labels = directory_.categoryLabels(language_.lang());
    std::vector<ConflictField> rows;
    if (mine_ || theirs_) {
        for (const FieldSpec& spec : fieldSpecs()) {
            ConflictField row;
            row.key = QLatin1String(spec.key);
            row.label = QCoreApplication::translate("ConflictController", spec.label);
            row.mine = mine_ ? describe(spec.key, *mine_, texts, labels) : QString();
            row.theirs = theirs_ ? describe(spec.key, *theirs_, texts, labels) : QString();
            row.differs = mine_ && theirs_ && !spec.same(*mine_, *theirs_);
            // By default the user's own edits win where they differ: that is what they meant.
            row.useMine = row.differs;
            rows.push_back(std::move(row));
        }
    }
    // Differences first: that is what needs a decision.
    std::stable_sort(rows.begin(), rows.end(), [](const ConflictField& a, const ConflictField& b) {
        return a.differs && !b.differs;
    });
    fields_.reset(std::move(rows));
    emit stateChanged();
}

void ConflictController::close() {
    active_ = false;
    emit stateChanged();
}

void ConflictController::choose(int row, bool useMine) {
    if (fields_.setUseMine(row, useMine))
        emit stateChanged();
}

std::optional<Service> ConflictController::merged() const {
    if (!mine_ || !theirs_)
        return std::nullopt;
    Service result = *theirs_;
    for (const ConflictField& row : fields_.rows()) {
        if (!row.useMine)
            continue;
        for (const FieldSpec& spec : fieldSpecs()) {
            if (row.key == QLatin1String(spec.key))
                spec.copy(result, *mine_);
        }
    }
    return result;
}

template <typename Task> void ConflictController::resolve(Task task, QString done) {
    errorText_.clear();
    emit stateChanged();
    worker_.run(this, std::move(task), [this, done](Outcome<bool> outcome) {
        if (!outcome.ok()) {
            errorText_ = outcome.error;
            emit stateChanged();
            return;
        }
        active_ = false;
        emit stateChanged();
        emit resolved(serviceId_);
        staff_.noteEdited(done);
    });
}

void ConflictController::keepMine() {
    resolve(
        [entry = entry_](Connection& connection) {
            relais::app::keepMine(connection, entry);
            return true;
        },
        tr("Your version is kept. It is sent at the next sync."));
}

void ConflictController::takeTheirs() {
    resolve(
        [entry = entry_](Connection& connection) {
            relais::app::takeTheirs(connection, entry);
            return true;
        },
        tr("The server's version is kept; your edit was dropped."));
}

void ConflictController::applyMerge() {
    const std::optional<Service> result = merged();
    if (!result) {
        keepMine();
        return;
    }
    resolve(
        [entry = entry_, result = *result](Connection& connection) {
            mergeConflict(connection, entry, result);
            return true;
        },
        tr("The merged version is kept. It is sent at the next sync."));
}

} // namespace relais::app
