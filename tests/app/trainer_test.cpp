// Trainer mode: scenarios shown against the current directory (a missing service is said, never
// a crash), step-by-step reveal, the referral sheet, the reset to the bundled directory on the
// worker thread, and the fiches mémo. The knowledge guides, shown to every user and beside the
// scenarios, on the same terms.

#include "app/appcontext.h"
#include "app/sheet/fiche.h"
#include "qt_environment.h"
#include "test_directory.h"

#include "data/database.h"
#include "data/store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace relais::app {
namespace {

const auto* const environment = ::testing::AddGlobalTestEnvironment(new test::QtEnvironment);

const TimePoint kNow = *parse_brussels_local("2026-12-08T19:00");
const QString kScenario = u"sti-testing-without-insurance"_s; // Espace P, MIA, MdM, AIS

class Trainer : public ::testing::Test {
protected:
    // `removed`: a service deleted from the directory before the app starts, as a sync could.
    void start(const std::string& removed = {}) {
        ASSERT_TRUE(directory_.ok());
        if (!removed.empty()) {
            ASSERT_TRUE(directory_.remove(removed)) << removed;
        }
        app_ = std::make_unique<AppContext>(
            AppContext::Options{directory_.path(), u"en"_s, [] { return kNow; }, nullptr});
        QSignalSpy loaded(app_->directory(), &DirectoryController::loaded);
        ASSERT_TRUE(loaded.wait(10000));
    }

    TrainerController& trainer() { return *app_->trainer(); }

    // Opens the scenario and waits until the directory told which referrals it holds.
    void open(const QString& id) {
        QSignalSpy checked(&trainer(), &TrainerController::referralsChanged);
        trainer().openScenario(id);
        ASSERT_EQ(trainer().scenarioId(), id);
        for (int i = 0; i < 50 && checked.count() < 2; ++i)
            checked.wait(100);
        ASSERT_GE(checked.count(), 2); // worded at once, then checked against the directory
    }

    test::TestDirectory directory_;
    std::unique_ptr<AppContext> app_;
};

TEST_F(Trainer, EveryBundledScenarioIsListedAndValid) {
    start();
    EXPECT_TRUE(bundledScenarios().ok());
    EXPECT_GE(trainer().scenarios()->count(), 8);
    EXPECT_TRUE(trainer().errorText().isEmpty()) << trainer().errorText().toStdString();
    const QModelIndex first = trainer().scenarios()->index(0);
    EXPECT_FALSE(first.data(ScenarioListModel::TitleRole).toString().isEmpty());
}

TEST_F(Trainer, RevealsStepByStep) {
    start();
    open(kScenario);
    EXPECT_EQ(trainer().revealedQuestions(), 0);
    EXPECT_FALSE(trainer().allRevealed());
    const int questions = static_cast<int>(trainer().questions().size());
    for (int i = 1; i <= questions; ++i) {
        trainer().revealNext();
        EXPECT_EQ(trainer().revealedQuestions(), i);
        EXPECT_FALSE(trainer().pitfallsRevealed());
    }
    trainer().revealNext();
    EXPECT_TRUE(trainer().pitfallsRevealed());
    EXPECT_EQ(trainer().revealedReferrals(), 0);
    trainer().revealNext();
    EXPECT_EQ(trainer().revealedReferrals(), 1);
    trainer().revealAll();
    EXPECT_TRUE(trainer().allRevealed());
    trainer().restart();
    EXPECT_EQ(trainer().revealedQuestions(), 0);
}

TEST_F(Trainer, FollowsTheUiLanguage) {
    start();
    open(kScenario);
    EXPECT_EQ(trainer().title(), u"STI testing without health insurance"_s);
    app_->language()->setLanguage(u"nl"_s);
    EXPECT_EQ(trainer().title(), u"Soa-test zonder ziekteverzekering"_s);
    const auto& entries = trainer().referrals()->rows();
    ASSERT_FALSE(entries.empty());
    EXPECT_TRUE(entries[0].why.contains(u"sekswerkers"_s));
}

TEST_F(Trainer, MissingServiceIsShownAndLeftOffTheSheet) {
    start("espace-p-bruxelles");
    open(kScenario);
    EXPECT_EQ(trainer().missingReferrals(), 1);
    const auto& entries = trainer().referrals()->rows();
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[0].id, u"espace-p-bruxelles"_s);
    EXPECT_FALSE(entries[0].available);
    EXPECT_TRUE(entries[1].available);
    EXPECT_FALSE(entries[1].name.isEmpty());

    trainer().addAllToSheet();
    QSignalSpy counted(app_->sheet(), &SheetController::countChanged);
    for (int i = 0; i < 50 && app_->sheet()->count() < 3; ++i)
        counted.wait(100);
    EXPECT_EQ(app_->sheet()->count(), 3);
    EXPECT_FALSE(app_->sheet()->contains(u"espace-p-bruxelles"_s));

    // The scenario's fiche still comes out, saying the service is missing.
    Connection connection(directory_.path());
    const auto content = loadFiche(connection, ss(kScenario), bundledScenarios());
    ASSERT_TRUE(content);
    ASSERT_EQ(content->entries.size(), 4u);
    EXPECT_FALSE(content->entries[0].service);
    const QString html = ficheHtml(*content, Lang::en, kNow);
    EXPECT_TRUE(html.contains(u"Not in the current directory"_s));
    EXPECT_TRUE(html.contains(u"espace-p-bruxelles"_s));
}

TEST_F(Trainer, ResetBringsBackTheBundledDirectory) {
    start("espace-p-bruxelles");
    open(kScenario);
    ASSERT_EQ(trainer().missingReferrals(), 1);

    QSignalSpy reset(&trainer(), &TrainerController::directoryReset);
    QSignalSpy loaded(app_->directory(), &DirectoryController::loaded);
    trainer().resetDirectory();
    EXPECT_TRUE(trainer().resetting());
    ASSERT_TRUE(reset.wait(10000)) << trainer().errorText().toStdString();
    EXPECT_FALSE(trainer().resetting());
    EXPECT_TRUE(trainer().errorText().isEmpty()) << trainer().errorText().toStdString();
    ASSERT_TRUE(loaded.wait(10000));
    // The scenario re-checks its referrals after the reload.
    QSignalSpy checked(&trainer(), &TrainerController::referralsChanged);
    for (int i = 0; i < 50 && trainer().missingReferrals() != 0; ++i)
        checked.wait(100);
    EXPECT_EQ(trainer().missingReferrals(), 0);
    EXPECT_TRUE(trainer().referrals()->rows()[0].available);
}

TEST_F(Trainer, ResetRefusesAFileItDoesNotOwn) {
    QTemporaryDir dir;
    const QString other = dir.filePath(u"other.sqlite"_s);
    ASSERT_TRUE(QFile::copy(QString::fromStdString(directory_.path().string()), other));
    QFile::setPermissions(other, QFile::ReadOwner | QFile::WriteOwner);
    app_ = std::make_unique<AppContext>(
        AppContext::Options{other.toStdString(), u"en"_s, [] { return kNow; }, nullptr});
    trainer().resetDirectory();
    EXPECT_FALSE(trainer().resetting());
    EXPECT_FALSE(trainer().errorText().isEmpty());
}

TEST_F(Trainer, ExportsFichesIntoTheExportFolder) {
    start();
    QTemporaryDir out;
    app_->sheet()->setExportFolder(out.path());
    trainer().setFicheLanguage(u"nl"_s);
    QSignalSpy exported(&trainer(), &TrainerController::ficheExported);
    trainer().exportFiche(u"harm-reduction"_s);
    ASSERT_TRUE(exported.wait(10000)) << trainer().errorText().toStdString();
    const QString path = exported.takeFirst().at(0).toString();
    EXPECT_TRUE(path.endsWith(u"fiche-harm-reduction-nl.pdf"_s)) << path.toStdString();
    EXPECT_GT(QFile(path).size(), 1000);

    QSignalSpy state(&trainer(), &TrainerController::stateChanged);
    trainer().exportFiche(u"no-such-fiche"_s);
    for (int i = 0; i < 50 && trainer().exporting(); ++i)
        state.wait(100);
    EXPECT_TRUE(trainer().errorText().contains(u"no-such-fiche"_s));
}

TEST_F(Trainer, GuidesAreListedAndFollowTheUiLanguage) {
    start();
    GuideController& guides = *app_->guides();
    EXPECT_TRUE(bundledGuides().ok());
    EXPECT_TRUE(guides.errorText().isEmpty()) << guides.errorText().toStdString();
    ASSERT_GE(guides.guides()->count(), 5);
    EXPECT_FALSE(guides.guides()->index(0).data(GuideListModel::TitleRole).toString().isEmpty());

    guides.open(u"professional-secrecy"_s);
    EXPECT_EQ(guides.guideId(), u"professional-secrecy"_s);
    EXPECT_EQ(guides.title(), u"Professional secrecy"_s);
    EXPECT_GT(guides.sections()->count(), 2);
    EXPECT_TRUE(guides.notice().contains(u"not legal advice"_s)) << guides.notice().toStdString();
    EXPECT_FALSE(guides.checkedOn().isEmpty());
    const QStringList sources = guides.sources();
    EXPECT_TRUE(std::any_of(sources.begin(), sources.end(),
                            [](const QString& s) { return s.contains(u"art. 458bis"_s); }));
    const QModelIndex first = guides.sections()->index(0);
    EXPECT_FALSE(first.data(GuideSectionModel::ParagraphsRole).toStringList().isEmpty());

    app_->language()->setLanguage(u"nl"_s);
    EXPECT_EQ(guides.title(), u"Het beroepsgeheim"_s);
    EXPECT_TRUE(guides.notice().contains(u"geen juridisch advies"_s));

    guides.close();
    EXPECT_TRUE(guides.guideId().isEmpty());
    EXPECT_EQ(guides.sections()->count(), 0);
    guides.open(u"no-such-guide"_s);
    EXPECT_TRUE(guides.guideId().isEmpty());
    EXPECT_TRUE(guides.errorText().contains(u"no-such-guide"_s));
}

TEST_F(Trainer, GuideServiceMissingFromTheDirectoryIsSaid) {
    start("pag-asa");
    GuideController& guides = *app_->guides();
    QSignalSpy changed(&guides, &GuideController::guideChanged);
    guides.open(u"signs-of-exploitation"_s);
    for (int i = 0; i < 50 && changed.count() < 2; ++i)
        changed.wait(100);
    ASSERT_GE(changed.count(), 2); // worded at once, then checked against the directory
    const auto& entries = guides.services()->rows();
    ASSERT_FALSE(entries.empty());
    for (const auto& entry : entries) {
        EXPECT_EQ(entry.available, entry.id != u"pag-asa"_s) << entry.id.toStdString();
        if (entry.available) {
            EXPECT_NE(entry.name, entry.id);
        }
    }
}

TEST_F(Trainer, GuideFichesAreNamedWithTheirPrefix) {
    start();
    Connection connection(directory_.path());
    EXPECT_FALSE(loadFiche(connection, "guide:no-such-guide", bundledScenarios()));
    // A guide id alone names no category or scenario.
    EXPECT_FALSE(loadFiche(connection, "less-visible-sex-work", bundledScenarios()));
    const auto content = loadFiche(connection, "guide:legal-framework", bundledScenarios());
    ASSERT_TRUE(content);
    ASSERT_TRUE(content->guide);
    EXPECT_FALSE(content->scenario);
    EXPECT_EQ(content->entries.size(), content->guide->services.size());
    const QString html = ficheHtml(*content, Lang::fr, kNow);
    EXPECT_TRUE(html.contains(u"Sources"_s));
    EXPECT_TRUE(html.contains(u"avis juridique"_s));

    QTemporaryDir out;
    app_->sheet()->setExportFolder(out.path());
    QSignalSpy exported(&trainer(), &TrainerController::ficheExported);
    trainer().exportFiche(u"guide:legal-framework"_s);
    ASSERT_TRUE(exported.wait(10000)) << trainer().errorText().toStdString();
    const QString path = exported.takeFirst().at(0).toString();
    EXPECT_TRUE(path.endsWith(u"fiche-guide-legal-framework-en.pdf"_s)) << path.toStdString();
    EXPECT_GT(QFile(path).size(), 1000);
}

TEST_F(Trainer, PresentationModeIsASwitch) {
    start();
    QSignalSpy changed(&trainer(), &TrainerController::presentationChanged);
    trainer().setPresentation(true);
    trainer().setPresentation(true);
    EXPECT_TRUE(trainer().presentation());
    EXPECT_EQ(changed.count(), 1);
}

} // namespace
} // namespace relais::app
