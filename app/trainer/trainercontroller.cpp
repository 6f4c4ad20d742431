#include "app/trainer/trainercontroller.h"

#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/localdirectory.h"
#include "app/core/texts.h"
#include "app/sheet/fiche.h"
#include "app/sheet/sheetcontroller.h"
#include "app/sync/synccontroller.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relais::app {

ScenarioListModel::ScenarioListModel(const ScenarioSet& set, QObject* parent)
    : QAbstractListModel(parent), set_(set) {
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario& scenario = set_.scenarios[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return qs(scenario.id);
    case Qt::DisplayRole:
    case TitleRole:
        return qs(scenario.title.in(lang_));
    default:
        return {};
    }
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const {
    return {{IdRole, "scenarioId"}, {TitleRole, "title"}};
}

void ScenarioListModel::setLang(Lang lang) {
    if (lang == lang_)
        return;
    lang_ = lang;
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1), {TitleRole, Qt::DisplayRole});
}

ScenarioReferralModel::ScenarioReferralModel(QObject* parent) : QAbstractListModel(parent) {
}

int ScenarioReferralModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ScenarioReferralModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = entries_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return entry.id;
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case OrganizationRole:
        return entry.organization;
    case WhyRole:
        return entry.why;
    case AvailableRole:
        return entry.available;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScenarioReferralModel::roleNames() const {
    return {{IdRole, "serviceId"},
            {NameRole, "name"},
            {OrganizationRole, "organization"},
            {WhyRole, "why"},
            {AvailableRole, "available"}};
}

void ScenarioReferralModel::set(std::vector<Entry> entries) {
    if (entries == entries_)
        return;
    const bool sameRows = entries.size() == entries_.size() &&
                          std::equal(entries.begin(), entries.end(), entries_.begin(),
                                     [](const Entry& a, const Entry& b) { return a.id == b.id; });
    if (sameRows) {
        entries_ = std::move(entries);
        emit dataChanged(index(0), index(count() - 1));
        return;
    }
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
    emit countChanged();
}

TrainerController::TrainerController(DirectoryWorker& worker, DirectoryController& directory,
                                     LanguageController& language, SheetController& sheet,
                                     SyncController& sync, Clock clock, QObject* parent)
    : QObject(parent), worker_(worker), directory_(directory), language_(language), sheet_(sheet),
      sync_(sync), clock_(std::move(clock)), set_(bundledScenarios()), scenarios_(set_),
      ficheLang_(language.lang()) {
    scenarios_.setLang(language_.lang());
    connect(&language_, &LanguageController::languageChanged, this, [this] {
        scenarios_.setLang(language_.lang());
        rewordReferrals();
        emit scenarioChanged();
    });
    // After a sync or a reset, the directory may hold other services.
    connect(&directory_, &DirectoryController::loaded, this, &TrainerController::checkReferrals);
    if (!set_.ok()) {
        // The tests keep this from shipping; say it rather than hide scenarios silently.
        QStringList problems;
        for (const Problem& problem : set_.problems)
            problems << qs(problem.record + " / " + problem.field + ": " + problem.message);
        errorText_ =
            tr("Some training scenarios could not be read: %1").arg(problems.join(u"; "_s));
    }
}

const Scenario* TrainerController::current() const {
    return scenarioId_.empty() ? nullptr : set_.find(scenarioId_);
}

QString TrainerController::scenarioId() const {
    return qs(scenarioId_);
}

QString TrainerController::title() const {
    const Scenario* scenario = current();
    return scenario ? qs(scenario->title.in(language_.lang())) : QString();
}

QString TrainerController::situation() const {
    const Scenario* scenario = current();
    return scenario ? qs(scenario->situation.in(language_.lang())) : QString();
}

QStringList TrainerController::questions() const {
    QStringList out;
    if (const Scenario* scenario = current())
        for (const LocalizedText& question : scenario->questions)
            out << qs(question.in(language_.lang()));
    return out;
}

QStringList TrainerController::pitfalls() const {
    QStringList out;
    if (const Scenario* scenario = current())
        for (const LocalizedText& pitfall : scenario->pitfalls)
            out << qs(pitfall.in(language_.lang()));
    return out;
}

bool TrainerController::allRevealed() const {
    const Scenario* scenario = current();
    return scenario && revealedQuestions_ >= static_cast<int>(scenario->questions.size()) &&
           pitfallsRevealed_ && revealedReferrals_ >= static_cast<int>(scenario->referrals.size());
}

int TrainerController::missingReferrals() const {
    if (!checked_)
        return 0;
    return static_cast<int>(
        std::count_if(found_.begin(), found_.end(), [](const auto& found) { return !found; }));
}

void TrainerController::setPresentation(bool on) {
    if (on == presentation_)
        return;
    presentation_ = on;
    emit presentationChanged();
}

QString TrainerController::ficheLanguage() const {
    return langCode(ficheLang_);
}

void TrainerController::setFicheLanguage(const QString& code) {
    const auto lang = langFromCode(code);
    if (!lang || *lang == ficheLang_)
        return;
    ficheLang_ = *lang;
    emit ficheLanguageChanged();
}

void TrainerController::openScenario(const QString& id) {
    if (!set_.find(ss(id))) {
        setError(tr("No training scenario with id %1.").arg(id));
        return;
    }
    scenarioId_ = ss(id);
    revealedQuestions_ = 0;
    pitfallsRevealed_ = false;
    revealedReferrals_ = 0;
    found_.clear();
    checked_ = false;
    statusText_.clear();
    rewordReferrals();
    emit scenarioChanged();
    emit revealChanged();
    emit stateChanged();
    checkReferrals();
}

void TrainerController::closeScenario() {
    if (scenarioId_.empty())
        return;
    scenarioId_.clear();
    found_.clear();
    checked_ = false;
    referrals_.set({});
    emit scenarioChanged();
    emit revealChanged();
    emit referralsChanged();
}

void TrainerController::revealNext() {
    const Scenario* scenario = current();
    if (!scenario)
        return;
    if (revealedQuestions_ < static_cast<int>(scenario->questions.size()))
        ++revealedQuestions_;
    else if (!pitfallsRevealed_)
        pitfallsRevealed_ = true;
    else if (revealedReferrals_ < static_cast<int>(scenario->referrals.size()))
        ++revealedReferrals_;
    else
        return;
    emit revealChanged();
}

void TrainerController::revealAll() {
    const Scenario* scenario = current();
    if (!scenario)
        return;
    revealedQuestions_ = static_cast<int>(scenario->questions.size());
    pitfallsRevealed_ = true;
    revealedReferrals_ = static_cast<int>(scenario->referrals.size());
    emit revealChanged();
}

void TrainerController::restart() {
    revealedQuestions_ = 0;
    pitfallsRevealed_ = false;
    revealedReferrals_ = 0;
    emit revealChanged();
}

void TrainerController::checkReferrals() {
    const Scenario* scenario = current();
    if (!scenario)
        return;
    std::vector<std::string> ids;
    for (const ScenarioReferral& referral : scenario->referrals)
        ids.push_back(referral.service_id);
    const quint64 generation = ++generation_;
    worker_.run(
        this, [ids](Connection& connection) { return findServices(connection, ids); },
        [this, generation](Outcome<std::vector<std::optional<Found>>> outcome) {
            if (generation != generation_)
                return; // another scenario was opened since
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            found_ = std::move(*outcome.value);
            checked_ = true;
            rewordReferrals();
        });
}

void TrainerController::rewordReferrals() {
    const Scenario* scenario = current();
    if (!scenario)
        return;
    const Lang lang = language_.lang();
    std::vector<ScenarioReferralModel::Entry> entries;
    for (std::size_t i = 0; i < scenario->referrals.size(); ++i) {
        const ScenarioReferral& referral = scenario->referrals[i];
        ScenarioReferralModel::Entry entry;
        entry.id = qs(referral.service_id);
        entry.why = qs(referral.why.in(lang));
        const bool known = checked_ && i < found_.size();
        if (known && found_[i]) {
            entry.name = qs(found_[i]->name.in(lang));
            entry.organization = qs(found_[i]->organization);
            entry.available = true;
        } else {
            // Until the directory answered, the id stands in; then "missing" is said plainly.
            entry.name = entry.id;
            entry.available = false;
        }
        entries.push_back(std::move(entry));
    }
    referrals_.set(std::move(entries));
    emit referralsChanged();
}

void TrainerController::addAllToSheet() {
    int added = 0;
    for (const auto& entry : referrals_.entries()) {
        if (entry.available && !sheet_.contains(entry.id)) {
            sheet_.add(entry.id);
            ++added;
        }
    }
    statusText_ = tr("%n service(s) added to the referral sheet.", "", added);
    emit stateChanged();
}

void TrainerController::resetDirectory() {
    if (resetting_)
        return;
    if (sync_.syncing()) {
        setError(tr("A sync is running: wait for it to finish, then reset."));
        return;
    }
    const std::filesystem::path path = worker_.databasePath();
    if (path.filename() != "relais.sqlite") {
        // --db FILE: a file the app does not own is never replaced.
        setError(tr("This directory file was opened from the command line; it is not reset."));
        return;
    }
    resetting_ = true;
    errorText_.clear();
    statusText_.clear();
    emit stateChanged();
    const QString folder = QString::fromStdString(path.parent_path().string());
    worker_.runDisconnected(
        this, [folder] { return resetLocalDirectory(bundledDirectoryResource(), folder); },
        [this](Outcome<LocalDirectory> outcome) {
            resetting_ = false;
            if (!outcome.ok() || outcome.value->path.empty()) {
                setError(outcome.ok() ? outcome.value->error : outcome.error);
                return;
            }
            statusText_ = tr("The directory is back to the bundled version.");
            emit stateChanged();
            emit directoryReset();
            directory_.reload(); // search, detail and the scenario follow `loaded`
        });
}

void TrainerController::exportFiche(const QString& id) {
    if (exporting_)
        return;
    exporting_ = true;
    errorText_.clear();
    emit stateChanged();
    const TimePoint now = clock_();
    const Lang lang = ficheLang_;
    const QString folder = sheet_.exportFolder();
    worker_.run(
        this,
        [id = ss(id), &set = set_](Connection& connection) {
            return loadFiche(connection, id, set);
        },
        [this, id, now, lang, folder](Outcome<std::optional<FicheContent>> outcome) {
            exporting_ = false;
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            if (!*outcome.value) {
                setError(tr("No category or training scenario with id %1.").arg(id));
                return;
            }
            QDir().mkpath(folder);
            const QString path = QDir(folder).filePath(ficheFileName(ss(id), lang));
            const QString error = writeFichePdf(**outcome.value, lang, now, path);
            if (!error.isEmpty()) {
                setError(error);
                return;
            }
            lastExport_ = path;
            statusText_ = tr("Saved: %1").arg(QDir::toNativeSeparators(path));
            emit stateChanged();
            emit ficheExported(path);
        });
}

void TrainerController::setError(const QString& error) {
    errorText_ = error;
    if (!error.isEmpty())
        statusText_.clear();
    emit stateChanged();
}

} // namespace relais::app
