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
    : RowListModel({role(IdRole, "scenarioId", &ScenarioRow::id),
                    role(TitleRole, "title", &ScenarioRow::title)},
                   TitleRole, parent),
      set_(set) {
    setLang(Lang::fr);
}

void ScenarioListModel::setLang(Lang lang) {
    std::vector<ScenarioRow> rows;
    for (const Scenario& scenario : set_.scenarios)
        rows.push_back({qs(scenario.id), qs(scenario.title.in(lang))});
    replace(std::move(rows), &ScenarioRow::id);
}

ReferralRow referralRow(const std::string& serviceId, const LocalizedText& why,
                        const std::optional<FoundService>& found, Lang lang) {
    ReferralRow row{qs(serviceId), {}, {}, qs(why.in(lang)), found.has_value()};
    // Until the directory answered, the id stands in; then "missing" is said plainly.
    row.name = found ? qs(found->name.in(lang)) : row.id;
    if (found)
        row.organization = qs(found->organization);
    return row;
}

ScenarioReferralModel::ScenarioReferralModel(QObject* parent)
    : RowListModel({role(IdRole, "serviceId", &ReferralRow::id),
                    role(NameRole, "name", &ReferralRow::name),
                    role(OrganizationRole, "organization", &ReferralRow::organization),
                    role(WhyRole, "why", &ReferralRow::why),
                    role(AvailableRole, "available", &ReferralRow::available)},
                   NameRole, parent) {
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
    std::vector<ReferralRow> rows;
    for (std::size_t i = 0; i < scenario->referrals.size(); ++i) {
        const ScenarioReferral& referral = scenario->referrals[i];
        const bool known = checked_ && i < found_.size();
        rows.push_back(
            referralRow(referral.service_id, referral.why, known ? found_[i] : std::nullopt, lang));
    }
    referrals_.set(std::move(rows));
    emit referralsChanged();
}

void TrainerController::addAllToSheet() {
    int added = 0;
    for (const ReferralRow& entry : referrals_.rows()) {
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
