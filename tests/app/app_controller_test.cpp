// The controllers on a real worker thread and a private copy of the bundled directory:
// searching as one types, filters, detail, referral sheet (PDF and text), language switch.

#include "app/appcontext.h"
#include "qt_environment.h"
#include "test_directory.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <SQLiteCpp/Statement.h>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relais::app {
namespace {

const auto* const environment = ::testing::AddGlobalTestEnvironment(new test::QtEnvironment);

// A Tuesday evening: Alias (Tuesdays 18:00–21:00) is open.
const TimePoint kNow = *parse_brussels_local("2026-12-08T19:00");

class Controllers : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(directory_.ok());
        app_ = std::make_unique<AppContext>(
            AppContext::Options{directory_.path(), u"en"_s, [] { return kNow; }, nullptr});
        QSignalSpy loaded(app_->directory(), &DirectoryController::loaded);
        ASSERT_TRUE(loaded.wait(10000));
        ASSERT_TRUE(app_->directory()->ready()) << app_->directory()->errorText().toStdString();
        waitIdle();
    }

    // Waits until the latest search has been applied.
    void waitIdle() {
        SearchController* search = app_->search();
        for (int i = 0; i < 100 && search->busy(); ++i)
            QSignalSpy(search, &SearchController::resultsUpdated).wait(100);
        ASSERT_FALSE(search->busy());
    }

    void type(const QString& text) {
        for (qsizetype n = 1; n <= text.size(); ++n)
            app_->search()->setQuery(text.left(n));
        waitIdle();
    }

    QStringList ids() const {
        QStringList ids;
        for (int i = 0; i < app_->search()->results()->count(); ++i)
            ids << app_->search()->results()->idAt(i);
        return ids;
    }

    const ResultRow& rowAt(int i) { return *app_->search()->results()->row(i); }

    test::TestDirectory directory_;
    std::unique_ptr<AppContext> app_;
};

TEST_F(Controllers, DirectoryFactsAndFilterChoices) {
    DirectoryController* directory = app_->directory();
    EXPECT_GT(directory->serviceCount(), 50);
    EXPECT_EQ(directory->categories()->count(), 14);
    EXPECT_EQ(directory->categories()->labelFor(u"legal-aid"_s), u"Legal aid"_s);
    EXPECT_GT(directory->municipalities()->count(), 3);
    EXPECT_EQ(directory->spokenLanguages()->labelFor(u"nl"_s), u"Dutch"_s);
    EXPECT_FALSE(directory->dataAsOf().isEmpty());
}

TEST_F(Controllers, ResultsFollowTypingAndTheLastKeystrokeWins) {
    SearchResultModel* results = app_->search()->results();
    QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy updates(app_->search(), &SearchController::resultsUpdated);
    type(u"utsopi"_s);
    ASSERT_GT(results->count(), 0);
    EXPECT_EQ(results->idAt(0), u"utsopi"_s);
    // Six keystrokes queued faster than the worker answers: fewer updates than keystrokes
    // may arrive, but never one for an older query after the newest.
    EXPECT_LE(updates.count(), 6);
    EXPECT_FALSE(app_->search()->busy());

    type(u"pagasa"_s); // a typo still finds PAG-ASA
    ASSERT_GT(results->count(), 0);
    EXPECT_EQ(results->idAt(0), u"pag-asa"_s);
}

TEST_F(Controllers, SnippetsHighlightMatchesAsEscapedRichText) {
    type(u"dépistage"_s);
    ASSERT_GT(app_->search()->results()->count(), 0);
    bool highlighted = false;
    for (int i = 0; i < app_->search()->results()->count(); ++i) {
        const QString snippet = rowAt(i).snippet;
        highlighted = highlighted || snippet.contains(u"<b>"_s);
        EXPECT_FALSE(snippet.contains(QChar(2))) << snippet.toStdString();
    }
    EXPECT_TRUE(highlighted);
}

TEST_F(Controllers, FiltersNarrowAndReset) {
    SearchController* search = app_->search();
    type(u"sante"_s);
    const int unfiltered = search->results()->count();
    ASSERT_GT(unfiltered, 0);

    search->setFreeOnly(true);
    waitIdle();
    EXPECT_EQ(search->activeFilterCount(), 1);
    for (int i = 0; i < search->results()->count(); ++i)
        EXPECT_EQ(rowAt(i).free, std::optional<bool>(true)) << rowAt(i).id.toStdString();

    search->setOpenNow(true);
    waitIdle();
    for (int i = 0; i < search->results()->count(); ++i)
        EXPECT_EQ(rowAt(i).openState, OpenState::open) << rowAt(i).id.toStdString();

    search->resetFilters();
    waitIdle();
    EXPECT_EQ(search->activeFilterCount(), 0);
    EXPECT_EQ(search->results()->count(), unfiltered);
}

TEST_F(Controllers, OpenNowBadgeSaysUntilWhen) {
    type(u"alias"_s);
    const int row = app_->search()->results()->indexOf(u"alias-bruxelles"_s);
    ASSERT_GE(row, 0);
    EXPECT_EQ(rowAt(row).openState, OpenState::open);
    EXPECT_EQ(rowAt(row).statusText, u"Open now · until 21:00"_s);
}

TEST_F(Controllers, NothingFoundIsNotADeadEnd) {
    SearchController* search = app_->search();
    search->setFreeOnly(true); // Utsopi does not say it is free: unknown is not free
    type(u"utsopi"_s);
    ASSERT_EQ(search->results()->count(), 0);
    ASSERT_TRUE(search->relaxableFilters().contains(u"free"_s));
    search->relax(u"free"_s);
    waitIdle();
    EXPECT_FALSE(search->freeOnly());
    EXPECT_EQ(search->results()->idAt(0), u"utsopi"_s);
}

TEST_F(Controllers, DetailWordsEveryFactAndUnknowns) {
    DetailController* detail = app_->detail();
    QSignalSpy changed(detail, &DetailController::detailChanged);
    detail->open(u"alias-bruxelles"_s);
    ASSERT_TRUE(changed.wait(5000));
    ServiceDetail* alias = detail->detail();
    ASSERT_NE(alias, nullptr);
    EXPECT_TRUE(alias->name.startsWith(u"Alias"_s));
    EXPECT_EQ(alias->statusText, u"Open now · until 21:00"_s);
    EXPECT_TRUE(alias->hoursKnown);
    EXPECT_FALSE(alias->hours.isEmpty());
    EXPECT_FALSE(alias->phoneNumbers.isEmpty());
    EXPECT_FALSE(alias->directionsUrl.isEmpty());
    EXPECT_TRUE(alias->plainText().contains(alias->phoneNumbers.first()));

    detail->open(u"espace-p-bruxelles"_s);
    ASSERT_TRUE(changed.wait(5000));
    ServiceDetail* espace = detail->detail();
    ASSERT_NE(espace, nullptr);
    EXPECT_FALSE(espace->hoursKnown);
    EXPECT_EQ(espace->statusText, u"Hours unknown"_s);
    EXPECT_TRUE(espace->phoneNumbers.isEmpty());
    EXPECT_TRUE(espace->plainText().contains(u"Phone unknown"_s));
    // Checked against its sources in the research, not confirmed by Espace P itself.
    EXPECT_FALSE(espace->unconfirmed);
    EXPECT_TRUE(espace->trustText.startsWith(u"Checked against public sources in December 2026"_s))
        << espace->trustText.toStdString();

    detail->open(u"no-such-service"_s);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(detail->detail(), nullptr);
    EXPECT_FALSE(detail->errorText().isEmpty());

    detail->close();
    EXPECT_TRUE(detail->serviceId().isEmpty());
}

TEST_F(Controllers, ResultsCarryTheNumberToCall) {
    type(u"utsopi"_s);
    ASSERT_EQ(ids().value(0), u"utsopi"_s);
    EXPECT_EQ(rowAt(0).phone, u"+32 485 62 08 41"_s);
    EXPECT_FALSE(rowAt(0).noPhone);
    type(u"espace p"_s);
    const int espace = app_->search()->results()->indexOf(u"espace-p-bruxelles"_s);
    ASSERT_GE(espace, 0);
    EXPECT_TRUE(rowAt(espace).phone.isEmpty());
    EXPECT_TRUE(rowAt(espace).noPhone);
    EXPECT_EQ(DetailController::telUrl(u"+32 485 62 08 41"_s), QUrl(u"tel:+32485620841"_s));
    EXPECT_EQ(DetailController::telUrl(u"107"_s), QUrl(u"tel:107"_s));
    EXPECT_FALSE(DetailController::telUrl(u"unknown"_s).isValid());
}

TEST_F(Controllers, FirstScreenOffersNeedsAndRoundTheClockLines) {
    DirectoryController* directory = app_->directory();
    OptionModel* categories = directory->categories();
    int counted = 0;
    for (int i = 0; i < categories->count(); ++i)
        counted += categories->data(categories->index(i), OptionModel::ServicesRole).toInt();
    EXPECT_GE(counted, directory->serviceCount()); // every service has a category
    // The emergency and 24/7 lines, each with a number; the short numbers first.
    ServiceLinkModel* urgent = directory->urgentLines();
    ASSERT_GT(urgent->count(), 5);
    QStringList lines;
    for (const ServiceLink& link : urgent->rows()) {
        EXPECT_FALSE(link.phone.isEmpty()) << link.id.toStdString();
        lines << link.id;
    }
    EXPECT_TRUE(lines.contains(u"numeros-urgence-112-101"_s));
    EXPECT_TRUE(lines.contains(u"tele-accueil-bruxelles-107"_s));
    EXPECT_FALSE(lines.contains(u"sos-jeunes-quartier-libre"_s)); // 24/7, but no number known
    EXPECT_LE(urgent->rows().front().phone.size(), 3);
    const auto samu =
        std::find_if(urgent->rows().begin(), urgent->rows().end(),
                     [](const ServiceLink& l) { return l.id == u"samusocial-bruxelles"_s; });
    ASSERT_NE(samu, urgent->rows().end());
    EXPECT_EQ(samu->note, u"24/7"_s);
}

TEST_F(Controllers, RecentsStayOnThisDeviceAndAreCleared) {
    RecentsController* recents = app_->recents();
    const QString file = recents->file();
    // Beside the local directory: the folder of this device's data, nothing that syncs.
    EXPECT_EQ(QFileInfo(file).absolutePath(), directory_.folder());
    QSignalSpy changed(app_->detail(), &DetailController::detailChanged);
    for (const char* id : {"alias-bruxelles", "utsopi", "alias-bruxelles"}) {
        app_->detail()->open(QString::fromLatin1(id));
        ASSERT_TRUE(changed.wait(5000));
    }
    EXPECT_EQ(recents->recentIds(), (QStringList{u"alias-bruxelles"_s, u"utsopi"_s}));
    ASSERT_EQ(recents->recent()->count(), 2);
    EXPECT_TRUE(recents->recent()->rows().front().name.startsWith(u"Alias"_s));
    recents->togglePin(u"utsopi"_s);
    EXPECT_TRUE(recents->isPinned(u"utsopi"_s));

    // Written to this device's file only (owner-only), and back after a restart.
    QSettings stored(file, QSettings::IniFormat);
    EXPECT_EQ(stored.value(u"recents/ids"_s).toStringList(), recents->recentIds());
    EXPECT_EQ(QFile::permissions(file) & (QFile::ReadOther | QFile::ReadGroup), 0);
    {
        RecentsController again(*app_->directory(), file);
        EXPECT_EQ(again.recentIds(), recents->recentIds());
        EXPECT_EQ(again.pinnedIds(), QStringList{u"utsopi"_s});
    }
    // The directory itself holds no trace of them.
    {
        Database db = Database::open(directory_.path(), Database::Mode::read_only);
        SQLite::Statement tables(db.sql(), "SELECT group_concat(name) FROM sqlite_master");
        ASSERT_TRUE(tables.executeStep());
        EXPECT_EQ(QString::fromStdString(tables.getColumn(0).getString()).indexOf(u"recent"_s), -1);
    }

    // One tap clears them, on screen and in the file.
    recents->clearRecents();
    EXPECT_EQ(recents->recent()->count(), 0);
    stored.sync();
    EXPECT_FALSE(stored.contains(u"recents/ids"_s));
    EXPECT_EQ(recents->pinnedIds(), QStringList{u"utsopi"_s}); // pins are kept

    // Turned off: nothing more is recorded.
    recents->setEnabled(false);
    app_->detail()->open(u"utsopi"_s);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(recents->recentIds().isEmpty());
    EXPECT_EQ(RecentsController(*app_->directory(), file).enabled(), false);
}

TEST_F(Controllers, LanguageSwitchRewordsResultsAndDetail) {
    type(u"espace p"_s);
    ASSERT_GE(app_->search()->results()->indexOf(u"espace-p-bruxelles"_s), 0);
    app_->detail()->open(u"espace-p-bruxelles"_s);
    QSignalSpy changed(app_->detail(), &DetailController::detailChanged);
    ASSERT_TRUE(changed.wait(5000));

    app_->language()->setLanguage(u"nl"_s);
    waitIdle();
    const int row = app_->search()->results()->indexOf(u"espace-p-bruxelles"_s);
    ASSERT_GE(row, 0);
    EXPECT_EQ(rowAt(row).name, u"Espace P... – afdeling Brussel"_s);
    EXPECT_EQ(rowAt(row).statusText, u"Openingsuren onbekend"_s);
    // The detail may have been reworded already, while the results were (a second signal).
    ASSERT_TRUE(changed.count() >= 2 || changed.wait(5000));
    EXPECT_EQ(app_->detail()->detail()->name, u"Espace P... – afdeling Brussel"_s);
    EXPECT_EQ(app_->directory()->categories()->labelFor(u"legal-aid"_s), u"Juridische hulp"_s);
}

// tr() in the controllers of namespace relais::app looks texts up under the class's full name.
TEST_F(Controllers, StaffMessagesFollowTheLanguage) {
    app_->language()->setLanguage(u"fr"_s);
    app_->login()->login(QString(), u"anna"_s, u"a long password"_s);
    EXPECT_EQ(app_->login()->errorText(),
              u"Entrez d'abord l'adresse du serveur, par exemple https://relais.example.be"_s);
    app_->login()->login(u"https://relais.example.be"_s, QString(), QString());
    EXPECT_EQ(app_->login()->errorText(),
              u"Entrez votre nom d'utilisateur et votre mot de passe."_s);

    app_->language()->setLanguage(u"nl"_s);
    app_->login()->login(QString(), u"anna"_s, u"a long password"_s);
    EXPECT_EQ(app_->login()->errorText(),
              u"Vul eerst het adres van de server in, bijvoorbeeld https://relais.example.be"_s);
}

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral(RELAIS_PDFTOTEXT), {u"-layout"_s, path, u"-"_s});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

TEST_F(Controllers, ReferralSheetIsWrittenInThePersonsLanguage) {
    SheetController* sheet = app_->sheet();
    QTemporaryDir out;
    sheet->setExportFolder(out.path());
    QSignalSpy counted(sheet, &SheetController::countChanged);
    sheet->add(u"utsopi"_s);
    sheet->add(u"alias-bruxelles"_s);
    sheet->add(u"utsopi"_s); // twice is once
    while (sheet->count() < 2 && counted.wait(5000)) {
    }
    ASSERT_EQ(sheet->count(), 2);
    EXPECT_TRUE(sheet->contains(u"alias-bruxelles"_s));

    // UI in English, sheet in Dutch.
    sheet->setSheetLanguage(u"nl"_s);
    QSignalSpy exported(sheet, &SheetController::exported);
    sheet->exportPdf();
    ASSERT_TRUE(exported.wait(20000)) << sheet->errorText().toStdString();
    const QString path = exported.at(0).at(0).toString();
    EXPECT_TRUE(path.endsWith(u"-nl.pdf"_s));
    EXPECT_EQ(sheet->lastExportUrl(), QUrl::fromLocalFile(path)); // "Open to print" opens it
    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext could not read " << path.toStdString();
    EXPECT_TRUE(text.contains(u"UTSOPI"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Alias – ondersteuning"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Openingsuren"_s));
    EXPECT_FALSE(text.contains(u"Opening hours"_s));
    // Utsopi's number comes from an undated page: the caveat goes with it, in Dutch.
    EXPECT_TRUE(text.simplified().contains(u"informatie mogelijk verouderd"_s))
        << text.toStdString();

    QSignalSpy copied(sheet, &SheetController::textCopied);
    sheet->setSheetLanguage(u"fr"_s);
    sheet->copyText();
    ASSERT_TRUE(copied.wait(5000));
    const QString clip = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(clip.contains(u"Alias – soutien aux HSH"_s)) << clip.toStdString();
    EXPECT_TRUE(clip.contains(u"Horaires"_s));

    sheet->clear();
    EXPECT_EQ(sheet->count(), 0);
}

TEST_F(Controllers, SyncWithoutAServerSaysWhatToDo) {
    SyncController* sync = app_->sync();
    sync->setServerUrl(u"not a url"_s);
    sync->syncNow();
    EXPECT_FALSE(sync->syncing());
    EXPECT_FALSE(sync->errorText().isEmpty());
}

} // namespace
} // namespace relais::app
