#pragma once
// Trainer mode: the training scenarios (pick one, reveal its questions, pitfalls and referrals
// step by step, put the referrals on the referral sheet), presentation mode for a projector,
// the reset to the bundled directory, and the fiches mémo (PDF). Scenarios are data compiled
// into the app; a referral whose service the current directory lacks is shown as missing.

#include "app/core/clock.h"
#include "app/core/directoryworker.h"
#include "app/core/rowlistmodel.h"

#include "data/scenarios.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace relais::app {

class DirectoryController;
class DirectoryWorker;
class LanguageController;
class SheetController;
class SyncController;

struct ScenarioRow {
    QString id, title;
    bool operator==(const ScenarioRow&) const = default;
};

// The scenarios to pick from, titled in the UI language.
class ScenarioListModel : public RELAIS_ROW_LIST_MODEL(ScenarioRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TrainerController")
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole };
    Q_ENUM(Role)
    ScenarioListModel(const ScenarioSet& set, QObject* parent = nullptr);
    void setLang(Lang lang);

private:
    const ScenarioSet& set_;
};

// A service a scenario or a guide refers to: why it fits, and whether the current directory
// still holds it.
struct ReferralRow {
    QString id, name, organization, why;
    bool available = false;
    bool operator==(const ReferralRow&) const = default;
};

// `found`: the service as the directory has it; absent: not there (or not checked yet), and
// the id stands in for the name.
ReferralRow referralRow(const std::string& serviceId, const LocalizedText& why,
                        const std::optional<FoundService>& found, Lang lang);

class ScenarioReferralModel : public RELAIS_ROW_LIST_MODEL(ReferralRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TrainerController")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, OrganizationRole, WhyRole, AvailableRole };
    Q_ENUM(Role)
    explicit ScenarioReferralModel(QObject* parent = nullptr);
    // Rewording (same services) updates the rows in place.
    void set(std::vector<ReferralRow> rows) { replace(std::move(rows), &ReferralRow::id); }
};

class TrainerController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(ScenarioListModel* scenarios READ scenarios CONSTANT)
    Q_PROPERTY(ScenarioReferralModel* referrals READ referrals CONSTANT)
    Q_PROPERTY(QString scenarioId READ scenarioId NOTIFY scenarioChanged)
    Q_PROPERTY(QString title READ title NOTIFY scenarioChanged)
    Q_PROPERTY(QString situation READ situation NOTIFY scenarioChanged)
    Q_PROPERTY(QStringList questions READ questions NOTIFY scenarioChanged)
    Q_PROPERTY(QStringList pitfalls READ pitfalls NOTIFY scenarioChanged)
    // Step by step: questions one at a time, then the pitfalls, then referrals one at a time.
    Q_PROPERTY(int revealedQuestions READ revealedQuestions NOTIFY revealChanged)
    Q_PROPERTY(bool pitfallsRevealed READ pitfallsRevealed NOTIFY revealChanged)
    Q_PROPERTY(int revealedReferrals READ revealedReferrals NOTIFY revealChanged)
    Q_PROPERTY(bool allRevealed READ allRevealed NOTIFY revealChanged)
    Q_PROPERTY(int missingReferrals READ missingReferrals NOTIFY referralsChanged)
    Q_PROPERTY(bool presentation READ presentation WRITE setPresentation NOTIFY presentationChanged)
    Q_PROPERTY(bool resetting READ resetting NOTIFY stateChanged)
    Q_PROPERTY(bool exporting READ exporting NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY stateChanged)
    // The fiches' language: "fr", "nl" or "en" (the UI language at start).
    Q_PROPERTY(
        QString ficheLanguage READ ficheLanguage WRITE setFicheLanguage NOTIFY ficheLanguageChanged)
public:
    TrainerController(DirectoryWorker& worker, DirectoryController& directory,
                      LanguageController& language, SheetController& sheet, SyncController& sync,
                      Clock clock, QObject* parent = nullptr);

    ScenarioListModel* scenarios() { return &scenarios_; }
    ScenarioReferralModel* referrals() { return &referrals_; }
    QString scenarioId() const;
    QString title() const;
    QString situation() const;
    QStringList questions() const;
    QStringList pitfalls() const;
    int revealedQuestions() const { return revealedQuestions_; }
    bool pitfallsRevealed() const { return pitfallsRevealed_; }
    int revealedReferrals() const { return revealedReferrals_; }
    bool allRevealed() const;
    int missingReferrals() const;
    bool presentation() const { return presentation_; }
    void setPresentation(bool on);
    bool resetting() const { return resetting_; }
    bool exporting() const { return exporting_; }
    QString errorText() const { return errorText_; }
    QString statusText() const { return statusText_; }
    QString lastExport() const { return lastExport_; }
    QString ficheLanguage() const;
    void setFicheLanguage(const QString& code);

    Q_INVOKABLE void openScenario(const QString& id);
    Q_INVOKABLE void closeScenario();
    Q_INVOKABLE void revealNext();
    Q_INVOKABLE void revealAll();
    Q_INVOKABLE void restart(); // hides everything again but the situation
    // Puts the scenario's referrals the directory holds on the referral sheet.
    Q_INVOKABLE void addAllToSheet();
    // Replaces the local directory (synced data, edits) with the bundled one. The UI asks for
    // confirmation first. Refused while a sync runs.
    Q_INVOKABLE void resetDirectory();
    // Writes the fiche of a category id or a scenario id into the sheet's export folder.
    Q_INVOKABLE void exportFiche(const QString& id);

signals:
    void scenarioChanged();
    void revealChanged();
    void referralsChanged();
    void presentationChanged();
    void stateChanged();
    void ficheLanguageChanged();
    void directoryReset();
    void ficheExported(const QString& path);

private:
    const Scenario* current() const;
    void checkReferrals();
    void rewordReferrals();
    void setError(const QString& error);

    using Found = FoundService;

    DirectoryWorker& worker_;
    DirectoryController& directory_;
    LanguageController& language_;
    SheetController& sheet_;
    SyncController& sync_;
    Clock clock_;
    const ScenarioSet& set_;
    ScenarioListModel scenarios_;
    ScenarioReferralModel referrals_;
    std::string scenarioId_;
    std::vector<std::optional<Found>> found_; // per referral; absent: not in the directory
    bool checked_ = false;
    int revealedQuestions_ = 0;
    bool pitfallsRevealed_ = false;
    int revealedReferrals_ = 0;
    bool presentation_ = false;
    bool resetting_ = false;
    bool exporting_ = false;
    QString errorText_;
    QString statusText_;
    QString lastExport_;
    Lang ficheLang_;
    quint64 generation_ = 0;
};

} // namespace relais::app
