// Models, wording and command line of the client, without a worker thread.

#include "app/appoptions.h"
#include "app/core/datatexts.h"
#include "app/core/localdirectory.h"
#include "app/core/optionmodel.h"
#include "app/core/texts.h"
#include "app/search/searchresultmodel.h"
#include "app/sheet/referralsheet.h"
#include "app/sheet/sheetcontroller.h"
#include "qt_environment.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace relais::app {
namespace {

const auto* const environment = ::testing::AddGlobalTestEnvironment(new test::QtEnvironment);

TimePoint brussels(const char* local) {
    return *parse_brussels_local(local);
}

HoursRange range(std::uint8_t days, int opens, int closes) {
    HoursRange r;
    r.days = days;
    r.opens = opens;
    r.closes = closes;
    return r;
}

TEST(Texts, HoursReadAsDayRanges) {
    const Texts en(Lang::en);
    EXPECT_EQ(daysText(0b0011111, en), u"Monday – Friday"_s);
    EXPECT_EQ(daysText(0b1111111, en), u"Every day"_s);
    EXPECT_EQ(daysText(0b0000101, en), u"Monday, Wednesday"_s);
    EXPECT_EQ(daysText(0b1100011, en), u"Monday, Tuesday, Saturday, Sunday"_s);
    EXPECT_EQ(hoursLines({range(0b0011111, 9 * 60, 17 * 60)}, en),
              QStringList{u"Monday – Friday: 09:00–17:00"_s});
}

TEST(Texts, HoursNotesAreTranslatedWithoutDoubledBrackets) {
    HoursRange phoneLine = range(0b0011111, 9 * 60, 17 * 60);
    phoneLine.note = "permanence téléphonique";
    HoursRange dated = range(0b0000010, 18 * 60, 21 * 60);
    dated.note = "permanence médicale anonyme, gratuite, sans rendez-vous (source 2023)";
    for (const Lang lang : {Lang::nl, Lang::en}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(u":/i18n/relais_"_s + langCode(lang)));
        const Texts texts(lang, &translator);
        // Every note and number label of the bundled directory has a translation.
        for (const char* note : bundledHoursNotes())
            EXPECT_FALSE(translator.translate("HoursNote", note).isEmpty())
                << langCode(lang).toStdString() << ": " << note;
        for (const char* label : bundledPhoneLabels())
            EXPECT_FALSE(translator.translate("PhoneLabel", label).isEmpty())
                << langCode(lang).toStdString() << ": " << label;
        EXPECT_EQ(phoneLabelText("ligne d'écoute gratuite", texts),
                  lang == Lang::nl ? u"gratis luisterlijn"_s : u"free listening line"_s);
    }
    QTranslator english;
    ASSERT_TRUE(english.load(u":/i18n/relais_en"_s));
    const Texts en(Lang::en, &english);
    EXPECT_EQ(hoursLines({phoneLine, dated}, en),
              (QStringList{u"Monday – Friday: 09:00–17:00 — phone line"_s,
                           u"Tuesday: 18:00–21:00 — anonymous, free medical drop-in, no "
                           u"appointment (2023 source)"_s}));
    // A note staff wrote later shows as written.
    phoneLine.note = "sonnez deux fois";
    EXPECT_EQ(hoursLines({phoneLine}, en),
              QStringList{u"Monday – Friday: 09:00–17:00 — sonnez deux fois"_s});
}

TEST(Texts, OpenStatusSaysWhenItChanges) {
    const Texts en(Lang::en);
    const std::vector<HoursRange> tuesdayEvening{range(0b0000010, 18 * 60, 21 * 60)};
    const TimePoint tuesday19 = brussels("2025-10-07T19:00");
    EXPECT_EQ(openStatusText(open_status(tuesdayEvening, tuesday19), tuesday19, en),
              u"Open now · until 21:00"_s);
    const TimePoint tuesday10 = brussels("2025-10-07T10:00");
    EXPECT_EQ(openStatusText(open_status(tuesdayEvening, tuesday10), tuesday10, en),
              u"Closed · opens at 18:00"_s);
    const TimePoint monday10 = brussels("2025-10-06T10:00");
    EXPECT_EQ(openStatusText(open_status(tuesdayEvening, monday10), monday10, en),
              u"Closed · opens tomorrow at 18:00"_s);
    const TimePoint wednesday10 = brussels("2025-10-08T10:00");
    EXPECT_EQ(openStatusText(open_status(tuesdayEvening, wednesday10), wednesday10, en),
              u"Closed · opens Tuesday at 18:00"_s);
    EXPECT_EQ(openStatusText(open_status(std::nullopt, monday10), monday10, en),
              u"Hours unknown"_s);
}

TEST(Texts, UnknownIsSaidInEachLanguage) {
    for (const auto& [lang, expected] : {std::pair{Lang::fr, u"Horaires inconnus"_s},
                                         std::pair{Lang::nl, u"Openingsuren onbekend"_s},
                                         std::pair{Lang::en, u"Hours unknown"_s}}) {
        const auto translator = loadTranslator(lang);
        ASSERT_TRUE(translator) << langCode(lang).toStdString();
        const Texts texts(lang, translator.get());
        EXPECT_EQ(openStatusText({}, brussels("2025-10-07T10:00"), texts), expected);
        EXPECT_EQ(freeText(std::nullopt, texts).isEmpty(), false);
    }
    const auto fr = loadTranslator(Lang::fr);
    const Texts texts(Lang::fr, fr.get());
    EXPECT_EQ(daysText(0b0011111, texts), u"lundi – vendredi"_s);
    EXPECT_EQ(languagesText(std::vector<std::string>{"nl", "ro"}, texts),
              u"néerlandais, roumain"_s);
}

TEST(Texts, TrustIsSaidInWordsInEachLanguage) {
    Service service;
    service.confidence = Confidence::partial;
    service.checked_on = "2026-11";
    const TimePoint now = brussels("2026-12-08T19:00");
    const auto frTranslator = loadTranslator(Lang::fr);
    const auto nlTranslator = loadTranslator(Lang::nl);
    const Texts en(Lang::en), fr(Lang::fr, frTranslator.get()), nl(Lang::nl, nlTranslator.get());
    EXPECT_EQ(trustText(trustAt(service, now), en),
              u"Checked against public sources in November 2026, not yet confirmed by the "
              u"service."_s);
    service.last_verified_at = "2026-12-03T08:00:00Z";
    EXPECT_EQ(trustText(trustAt(service, now), en),
              u"Confirmed by the organisation on 3 December 2026."_s);
    EXPECT_EQ(trustText(trustAt(service, now), fr),
              u"Confirmé par l’organisation le 3 décembre 2026."_s);
    EXPECT_EQ(trustText(trustAt(service, now), nl),
              u"Bevestigd door de organisatie op 3 december 2026."_s);
    // A year later, nothing holds any more; the sentence says what was last known.
    EXPECT_EQ(trustText(trustAt(service, brussels("2027-12-08T19:00")), en),
              u"Not confirmed: last confirmed by the organisation on 3 December 2026."_s);
    Service old;
    old.evidence_date = "2006";
    EXPECT_EQ(trustText(trustAt(old, now), en),
              u"Not confirmed: check before referring. The newest source found dates from 2006."_s);
}

TEST(Texts, PlaceSaysWhenAServiceIsOutsideBrussels) {
    const Texts en(Lang::en);
    EXPECT_EQ(placeText(Area::flanders, std::nullopt, std::string("Antwerpen"), en),
              u"Antwerpen · outside Brussels"_s);
    EXPECT_EQ(placeText(Area::national, std::nullopt, std::nullopt, en), u"National line"_s);
    EXPECT_EQ(placeText(Area::brussels, std::string("Ixelles"), std::string("Bruxelles"), en),
              u"Ixelles"_s);
}

TEST(Texts, DirectionsNeedAnAddress) {
    Address address;
    address.city = "Bruxelles";
    EXPECT_TRUE(directionsUrl(address).isEmpty()); // a city alone leads nowhere useful
    address.street = "Rue du Marché au Charbon 33";
    address.postal_code = "1000";
    address.municipality = "Bruxelles";
    EXPECT_EQ(addressText(address), u"Rue du Marché au Charbon 33, 1000 Bruxelles"_s);
    const QString url = directionsUrl(address);
    EXPECT_TRUE(url.startsWith(u"https://www.openstreetmap.org/search?query=Rue"_s))
        << url.toStdString();
}

TEST(Options, HeadlessModes) {
    auto parsed =
        parseOptions({u"relais"_s, u"--screenshot"_s, u"a.png"_s, u"--query"_s, u"utsopi"_s,
                      u"--lang"_s, u"nl"_s, u"--width"_s, u"390"_s, u"--height"_s, u"844"_s});
    ASSERT_TRUE(std::holds_alternative<AppOptions>(parsed));
    const auto& options = std::get<AppOptions>(parsed);
    EXPECT_EQ(options.mode, AppOptions::Mode::screenshot);
    EXPECT_EQ(options.query, u"utsopi"_s);
    EXPECT_EQ(options.size, QSize(390, 844));

    parsed = parseOptions({u"relais"_s, u"--sheet"_s, u"a, b"_s, u"--output"_s, u"x.pdf"_s});
    ASSERT_TRUE(std::holds_alternative<AppOptions>(parsed));
    EXPECT_EQ(std::get<AppOptions>(parsed).sheetIds, (QStringList{u"a"_s, u"b"_s}));

    // A guide: opened on its page, or printed as a fiche under its "guide:" name.
    parsed = parseOptions({u"relais"_s, u"--screenshot"_s, u"g.png"_s, u"--guide"_s,
                           u"legal-framework"_s, u"--page"_s, u"guides"_s});
    ASSERT_TRUE(std::holds_alternative<AppOptions>(parsed));
    EXPECT_EQ(std::get<AppOptions>(parsed).guide, u"legal-framework"_s);
    EXPECT_EQ(std::get<AppOptions>(parsed).page, u"guides"_s);
    parsed = parseOptions(
        {u"relais"_s, u"--fiche"_s, u"guide:professional-secrecy"_s, u"--output"_s, u"g.pdf"_s});
    ASSERT_TRUE(std::holds_alternative<AppOptions>(parsed));
    EXPECT_EQ(std::get<AppOptions>(parsed).mode, AppOptions::Mode::fiche);
    EXPECT_EQ(std::get<AppOptions>(parsed).fiche, u"guide:professional-secrecy"_s);
}

TEST(Options, MistakesAreExplained) {
    for (const QStringList& arguments : {
             QStringList{u"relais"_s, u"--sheet"_s, u"a"_s},
             QStringList{u"relais"_s, u"--self-test"_s, u"--screenshot"_s, u"a.png"_s},
             QStringList{u"relais"_s, u"--lang"_s, u"de"_s},
             QStringList{u"relais"_s, u"--width"_s, u"300"_s},
             QStringList{u"relais"_s, u"--now"_s, u"tomorrow"_s},
             QStringList{u"relais"_s, u"--page"_s, u"admin"_s},
             QStringList{u"relais"_s, u"--bogus"_s},
         }) {
        const auto parsed = parseOptions(arguments);
        ASSERT_TRUE(std::holds_alternative<QString>(parsed)) << arguments.join(u' ').toStdString();
        EXPECT_FALSE(std::get<QString>(parsed).isEmpty());
    }
}

TEST(LocalDirectory, FirstStartCopiesTheBundledDirectoryOnce) {
    QTemporaryDir dir;
    const QString bundled = dir.filePath(u"bundled.sqlite"_s);
    {
        QFile file(bundled);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("bundled");
    }
    const QString folder = dir.filePath(u"data/relais"_s);
    const LocalDirectory first = ensureLocalDirectory(bundled, folder);
    ASSERT_TRUE(first.error.isEmpty()) << first.error.toStdString();
    EXPECT_TRUE(first.copied);
    QFile copy(QString::fromStdString(first.path.string()));
    ASSERT_TRUE(copy.open(QIODevice::ReadWrite)); // writable, unlike a resource's permissions
    EXPECT_EQ(copy.readAll(), "bundled");
    copy.seek(0);
    copy.write("synced!");
    copy.close();

    const LocalDirectory second = ensureLocalDirectory(bundled, folder);
    EXPECT_FALSE(second.copied);
    QFile again(QString::fromStdString(second.path.string()));
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.readAll(), "synced!"); // a later start keeps the synced copy

    const LocalDirectory reset = resetLocalDirectory(bundled, folder);
    EXPECT_TRUE(reset.copied);
}

TEST(LocalDirectory, MissingBundleIsAnError) {
    QTemporaryDir dir;
    const LocalDirectory result =
        ensureLocalDirectory(dir.filePath(u"nope.sqlite"_s), dir.filePath(u"data"_s));
    EXPECT_TRUE(result.path.empty());
    EXPECT_FALSE(result.error.isEmpty());
}

TEST(LocalDirectory, TheBundledDirectoryIsCompiledIn) {
    QFile resource(bundledDirectoryResource());
    ASSERT_TRUE(resource.open(QIODevice::ReadOnly));
    EXPECT_TRUE(resource.read(16).startsWith("SQLite format 3"));
}

ResultRow row(const char* id, const char* name) {
    ResultRow r;
    r.id = QString::fromUtf8(id);
    r.name = QString::fromUtf8(name);
    r.statusText = u"Hours unknown"_s;
    return r;
}

TEST(SearchResultModel, UpdatesInPlaceWhenTheSameServicesComeBack) {
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &SearchResultModel::countChanged);

    model.setRows({row("a", "Alpha"), row("b", "Beta")});
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(counts.count(), 1);
    EXPECT_EQ(model.rowCount(), 2);

    auto updated = row("b", "Beta");
    updated.snippet = u"<b>beta</b>"_s;
    model.setRows({row("a", "Alpha"), updated});
    EXPECT_EQ(resets.count(), 1); // same services: no reset, no delegate churn
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(model.data(model.index(1), SearchResultModel::SnippetRole).toString(),
              u"<b>beta</b>"_s);

    model.setRows({row("c", "Gamma")});
    EXPECT_EQ(resets.count(), 2);
    EXPECT_EQ(counts.count(), 2);
    EXPECT_EQ(model.idAt(0), u"c"_s);
    EXPECT_EQ(model.indexOf(u"c"_s), 0);
    EXPECT_EQ(model.indexOf(u"a"_s), -1);
    EXPECT_EQ(model.idAt(5), QString());
}

TEST(SearchResultModel, RolesAreTyped) {
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResultRow r = row("a", "Alpha");
    r.free = true;
    r.openState = OpenState::open;
    r.categories = {u"Legal aid"_s};
    model.setRows({r});
    const QModelIndex index = model.index(0);
    const auto names = model.roleNames();
    EXPECT_EQ(names.value(SearchResultModel::IdRole), "serviceId");
    EXPECT_EQ(model.data(index, SearchResultModel::FreeRole), QVariant(true));
    EXPECT_FALSE(model.data(index, SearchResultModel::AnonymousRole).isValid()); // unknown
    EXPECT_EQ(model.data(index, SearchResultModel::OpenStateRole).toInt(), 0);
    EXPECT_EQ(model.data(index, SearchResultModel::CategoriesRole).toStringList(),
              QStringList{u"Legal aid"_s});
}

SheetRow sheetEntry(const QString& id, const QString& name, const QString& organization) {
    SheetRow entry;
    entry.id = id;
    entry.name = name;
    entry.organization = organization;
    return entry;
}

TEST(SheetModel, KeepsEachServiceOnce) {
    SheetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    EXPECT_TRUE(model.append(sheetEntry(u"a"_s, u"Alpha"_s, u"Org"_s)));
    EXPECT_FALSE(model.append(sheetEntry(u"a"_s, u"Alpha"_s, u"Org"_s)));
    EXPECT_TRUE(model.append(sheetEntry(u"b"_s, u"Beta"_s, u"Org"_s)));
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(model.ids(), (QStringList{u"a"_s, u"b"_s}));
    model.rename({sheetEntry(u"b"_s, u"Bèta"_s, u"Org"_s)});
    EXPECT_EQ(model.data(model.index(1), SheetModel::NameRole).toString(), u"Bèta"_s);
    EXPECT_TRUE(model.remove(u"a"_s));
    EXPECT_FALSE(model.remove(u"a"_s));
    model.clear();
    EXPECT_EQ(model.count(), 0);
}

TEST(OptionModel, LabelsByKey) {
    OptionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reset({{u"legal-aid"_s, u"Legal aid"_s, 12}, {u"lgbtqi"_s, u"LGBTQIA+"_s, 0}});
    EXPECT_EQ(model.count(), 2);
    EXPECT_EQ(model.data(model.index(0), OptionModel::ServicesRole).toInt(), 12);
    EXPECT_EQ(model.labelFor(u"legal-aid"_s), u"Legal aid"_s);
    EXPECT_EQ(model.labelFor(u"other"_s), u"other"_s);
}

} // namespace
} // namespace relais::app
