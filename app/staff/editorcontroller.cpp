#include "app/staff/editorcontroller.h"

#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"
#include "app/staff/logincontroller.h"
#include "app/staff/staffcontroller.h"
#include "app/staff/staffops.h"

#include <array>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {

struct Loaded {
    std::optional<Service> service;
    ListingRow::State state = ListingRow::State::synced;
    std::int64_t entry = 0;
    std::string errorJson;
    std::optional<Service> draft;
};

} // namespace

EditorController::EditorController(DirectoryWorker& worker, DirectoryController& directory,
                                   LanguageController& language, LoginController& login,
                                   StaffController& staff, Clock clock, QObject* parent)
    : QObject(parent), worker_(worker), directory_(directory), language_(language), login_(login),
      staff_(staff), clock_(std::move(clock)) {
    connect(&form_, &ServiceForm::changed, this, &EditorController::validate);
    connect(&language_, &LanguageController::languageChanged, this, [this] {
        if (active_)
            validate(); // messages in the new language
    });
}

QString EditorController::title() const {
    if (creating_)
        return tr("New listing");
    const QString name = qs(original_.name.in(language_.lang()));
    return name.isEmpty() ? qs(original_.id) : name;
}

void EditorController::start(bool creating) {
    active_ = true;
    creating_ = creating;
    loading_ = !creating;
    errorText_.clear();
    refusalText_.clear();
    listingState_.clear();
    rejectedEntry_.reset();
}

void EditorController::open(const QString& id) {
    start(false);
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
                original_ = *loaded.draft;
                form_.load(original_);
                std::vector<Problem> problems;
                for (const auto& [field, message] : refusal.details)
                    problems.push_back({original_.id, ss(field), ss(message)});
                form_.setServerProblems(std::move(problems));
                validate();
            } else if (loaded.service) {
                original_ = *loaded.service;
                form_.load(original_);
            } else {
                errorText_ = tr("This listing is not on this device. Sync, then try again.");
            }
            emit stateChanged();
        });
}

void EditorController::create() {
    start(true);
    original_ = Service{};
    original_.organization_id = ss(login_.organizationId());
    original_.confidence = Confidence::verified;
    form_.load(original_, true);
    emit stateChanged();
}

void EditorController::close() {
    active_ = false;
    emit stateChanged();
}

void EditorController::validate() {
    std::vector<std::string> known;
    for (const auto& [id, label] : directory_.categoryLabels(Lang::en))
        known.push_back(id);
    form_.validate(known, toDateTime(clock_()).date());
}

void EditorController::save() {
    if (!active_ || saving_)
        return;
    validate();
    if (form_.problemCount() > 0) {
        errorText_ = tr("Some fields need attention: they are marked in red.");
        emit stateChanged();
        return;
    }
    form_.setServerProblems({});
    errorText_.clear();
    saving_ = true;
    emit stateChanged();
    worker_.run(
        this,
        [draft = form_.draft(), creating = creating_,
         entry = rejectedEntry_](Connection& connection) {
            saveEdit(connection, draft, creating, entry);
            return true;
        },
        [this, id = qs(form_.draft().id)](Outcome<bool> outcome) {
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
