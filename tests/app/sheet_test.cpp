// The referral sheet in the person's language: every sheet language complete for every
// bundled service, the text messages short enough, the vCards well formed. Read from a real
// copy of the bundled directory.

#include "app/core/texts.h"
#include "app/detail/qrcode.h"
#include "app/detail/vcard.h"
#include "app/sheet/referralsheet.h"
#include "app/sheet/sheetlanguage.h"
#include "qt_environment.h"
#include "test_directory.h"

#include <QRegularExpression>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace relais::app {
namespace {

const auto* const environment = ::testing::AddGlobalTestEnvironment(new test::QtEnvironment);

TimePoint tuesdayEvening() {
    return *parse_brussels_local("2026-12-08T19:00");
}

SheetContent everyService() {
    test::TestDirectory directory;
    EXPECT_TRUE(directory.ok());
    Connection connection(directory.path());
    std::vector<std::string> ids;
    for (const Service& service : connection.store.services())
        ids.push_back(service.id);
    return loadSheetContent(connection, ids);
}

TEST(SheetLanguages, TheNineAreThereEachNamedInItself) {
    QStringList codes, names;
    for (const SheetLanguage& language : sheetLanguages()) {
        codes << language.code;
        names << language.nativeName;
    }
    EXPECT_EQ(codes, (QStringList{u"fr"_s, u"nl"_s, u"en"_s, u"ar"_s, u"bg"_s, u"es"_s, u"hu"_s,
                                  u"pt"_s, u"ro"_s}));
    EXPECT_EQ(names, (QStringList{u"Français"_s, u"Nederlands"_s, u"English"_s, u"العربية"_s,
                                  u"Български"_s, u"Español"_s, u"Magyar"_s, u"Português"_s,
                                  u"Română"_s}));
    EXPECT_EQ(findSheetLanguage(u"ar"_s)->direction, Qt::RightToLeft);
    EXPECT_EQ(findSheetLanguage(u"ro"_s)->direction, Qt::LeftToRight);
    EXPECT_EQ(findSheetLanguage(u"ro"_s)->textLang, Lang::fr);
    EXPECT_EQ(findSheetLanguage(u"nl"_s)->textLang, Lang::nl);
    EXPECT_EQ(findSheetLanguage(u"xx"_s), nullptr);
}

// Every phrase a sheet can print, for every service of the directory, in every language:
// nothing falls back to English.
TEST(SheetLanguages, EveryLanguageTranslatesEverythingTheSheetPrints) {
    const SheetContent content = everyService();
    ASSERT_GT(content.entries.size(), 100u);
    for (const SheetLanguage& language : sheetLanguages()) {
        if (language.code == u"en"_s)
            continue;
        for (const Lang textLang : kLangs) {
            const Texts texts = language.texts(textLang);
            QTextDocument document;
            const QString html = sheetHtml(content, language, texts, tuesdayEvening(), &document);
            sheetMessages(content, language, texts);
            EXPECT_FALSE(html.isEmpty());
            EXPECT_EQ(texts.missing(), QStringList()) << qPrintable(language.code);
        }
    }
}

TEST(SheetLanguages, EveryBundledCategoryHasItsNameInEachLanguage) {
    const SheetContent content = everyService();
    for (const SheetLanguage& language : sheetLanguages()) {
        const Texts texts = language.texts(language.textLang);
        for (const auto& [id, label] : content.categories) {
            const QString name = categoryName(id, label, texts, language);
            EXPECT_FALSE(name.isEmpty());
        }
        // A name the file lacks would have fallen back, and be listed here.
        EXPECT_EQ(texts.missing(), QStringList()) << qPrintable(language.code);
    }
}

TEST(SheetLanguages, ScriptsAreThoseOfTheLanguage) {
    const SheetContent content = everyService();
    const auto sheetOf = [&](const char* code) {
        const SheetLanguage& language = *findSheetLanguage(QString::fromLatin1(code));
        return sheetHtml(content, language, language.texts(Lang::en), tuesdayEvening());
    };
    EXPECT_TRUE(sheetOf("bg").contains(QRegularExpression(u"[\\x{0400}-\\x{04FF}]"_s)));
    EXPECT_TRUE(sheetOf("ar").contains(QRegularExpression(u"[\\x{0600}-\\x{06FF}]"_s)));
    EXPECT_TRUE(sheetOf("ar").contains(u"dir=\"rtl\""_s));
    EXPECT_TRUE(sheetOf("hu").contains(u"Nyitvatartás"_s));
    EXPECT_TRUE(sheetOf("ro").contains(u"Adresă"_s));
}

// A sheet is not a snapshot: no open/closed state, no notes, no unknown lines.
TEST(Sheet, PrintsNoStateNoNotesNoUnknowns) {
    const SheetContent content = everyService();
    const SheetLanguage& en = *findSheetLanguage(u"en"_s);
    const QString html = sheetHtml(content, en, en.texts(Lang::en), tuesdayEvening());
    for (const QString& word : {u"Open now"_s, u"Closed"_s, u"Today"_s, u"unknown"_s, u"Unknown"_s,
                                u"non officielle"_s, u"non datée"_s})
        EXPECT_FALSE(html.contains(word)) << qPrintable(word);
    for (const SheetEntry& entry : content.entries) {
        for (const std::string& source : entry.service.sources) {
            // A service's own site may be one of its sources.
            if (source != entry.service.website) {
                EXPECT_FALSE(html.contains(qs(source).toHtmlEscaped())) << source;
            }
        }
        if (entry.service.notes && entry.service.notes->size() > 20) {
            EXPECT_FALSE(html.contains(qs(*entry.service.notes).toHtmlEscaped()))
                << entry.service.id;
        }
    }
}

TEST(Sheet, CaveatsTravelWithTheirNumberInTheSheetsLanguage) {
    test::TestDirectory directory;
    Connection connection(directory.path());
    const SheetContent content = loadSheetContent(connection, {"pag-asa"});
    ASSERT_EQ(content.entries.size(), 1u);
    const SheetLanguage& ro = *findSheetLanguage(u"ro"_s);
    const SheetService service = sheetService(content.entries[0], content, ro, ro.texts(Lang::fr));
    EXPECT_TRUE(service.phones.contains(u"+32 470 94 07 77 (WhatsApp) — sursă neoficială"_s))
        << qPrintable(service.phones.join(u" | "_s));
    EXPECT_TRUE(service.vcard.contains(u"NOTE:+32 470 94 07 77: sursă neoficială"_s));
    EXPECT_EQ(service.organization, u"PAG-ASA"_s); // without "asbl"
}

TEST(Sheet, TextMessagesStayWithin300CharactersAndKeepTheNumber) {
    const SheetContent content = everyService();
    for (const SheetLanguage& language : sheetLanguages()) {
        const Texts texts = language.texts(language.textLang);
        for (const SheetEntry& entry : content.entries) {
            const SheetService service = sheetService(entry, content, language, texts);
            const QString message = serviceMessage(service, texts);
            EXPECT_LE(message.size(), kMessageLimit) << entry.service.id;
            EXPECT_TRUE(message.startsWith(service.name.left(kMessageLimit - 1)));
            if (!service.phones.isEmpty()) {
                EXPECT_TRUE(message.contains(service.phones.first())) << entry.service.id;
            }
        }
    }
}

TEST(Sheet, ALongMessageDropsHoursBeforeTheFirstNumber) {
    SheetService service;
    service.name = u"Service"_s;
    service.phones = {u"+32 2 111 11 11"_s, u"+32 2 222 22 22"_s};
    service.address = u"Rue Longue 1, 1000 Bruxelles"_s;
    for (int i = 0; i < 12; ++i)
        service.hours << u"Monday – Friday: 09:00–17:00"_s;
    const QString message = serviceMessage(service, Texts(Lang::en));
    EXPECT_LE(message.size(), kMessageLimit);
    EXPECT_TRUE(message.contains(u"+32 2 111 11 11"_s));
    EXPECT_TRUE(message.contains(u"Rue Longue 1"_s));
    EXPECT_FALSE(message.contains(u"09:00"_s));
}

TEST(VCard, EscapesTextAndNamesEveryContact) {
    Service service;
    service.name.en = "Help; day, night";
    service.phones = {
        Phone{"+32 2 111 11 11", std::nullopt, std::nullopt, PhoneKind::reception},
        Phone{"+32 470 00 00 00", std::nullopt, Caveat::unofficial, PhoneKind::whatsapp}};
    service.address.street = "Rue A 1";
    service.address.postal_code = "1000";
    service.address.municipality = "Bruxelles";
    service.email = "a@b.be";
    service.website = "https://b.be/?a=1";
    const QString card = vCard(service, u"Org\\x"_s, Texts(Lang::en));
    EXPECT_TRUE(card.startsWith(u"BEGIN:VCARD\r\nVERSION:3.0\r\n"_s));
    EXPECT_TRUE(card.contains(u"\r\nFN:Help\\; day\\, night\r\n"_s));
    EXPECT_TRUE(card.contains(u"\r\nORG:Org\\\\x\r\n"_s));
    EXPECT_TRUE(card.contains(u"\r\nTEL;TYPE=WORK,VOICE:+32 2 111 11 11\r\n"_s));
    EXPECT_TRUE(card.contains(u"\r\nTEL;TYPE=CELL:+32 470 00 00 00\r\n"_s));
    EXPECT_TRUE(card.contains(u"\r\nADR;TYPE=WORK:;;Rue A 1;Bruxelles;;1000;\r\n"_s));
    EXPECT_TRUE(card.contains(u"\r\nNOTE:+32 470 00 00 00: unofficial source\r\n"_s));
    EXPECT_TRUE(card.endsWith(u"END:VCARD\r\n"_s));
}

TEST(QrCode, HasQuietZoneAndWholeModules) {
    const QImage image = qrImage("BEGIN:VCARD", 4);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width() % 4, 0);
    EXPECT_EQ(image.width(), image.height());
    for (int x = 0; x < 16; ++x)
        EXPECT_EQ(qGray(image.pixel(x, x)), 255);            // the quiet zone is white
    EXPECT_EQ(qGray(image.pixel(16, 16)), 0);                // the finder pattern's corner is black
    EXPECT_TRUE(qrImage(QByteArray(8000, 'x'), 1).isNull()); // too long for any QR code
}

} // namespace
} // namespace relais::app
