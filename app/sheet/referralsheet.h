#pragma once
// The referral sheet: the services picked during a conversation, written in the referred
// person's language (any sheet language, independent of the UI's), as a PDF with a QR code per
// service, or as text messages. It names services only; nothing about the person is asked,
// written or kept. Never on it: research notes, sources, "unknown" lines, or an open/closed
// state frozen at the moment of printing.

#include "app/core/clock.h"
#include "app/core/directoryworker.h"
#include "app/core/texts.h"
#include "app/sheet/sheetlanguage.h"

#include <QMarginsF>
#include <QPdfWriter>
#include <QString>
#include <QTranslator>

#include <map>
#include <memory>
#include <vector>

class QTextDocument;

namespace relais::app {

struct SheetEntry {
    Service service;
    std::string organization;
};

struct SheetContent {
    std::vector<SheetEntry> entries;  // in the order picked; unknown ids are left out
    std::vector<std::string> missing; // ids not found in the directory
    std::map<std::string, LocalizedText> categories;
    std::optional<std::string> dataAsOf;
};

// Reads what the sheet needs for `ids` (worker thread, or any thread owning `connection`).
SheetContent loadSheetContent(Connection& connection, const std::vector<std::string>& ids);

// The translations of one UI language, loaded apart from the UI's.
std::unique_ptr<QTranslator> loadTranslator(Lang lang);

// One service as the sheet shows it, in the language of `texts`: also what the sheet screen
// previews. Facts the directory does not know are left out, and `noPhone` says so.
struct SheetService {
    QString name, organization, summary; // summary: the description's first sentence
    QStringList phones;                  // "+32 2 … (Helpline) — unofficial source"
    QString address, email, website;
    QStringList hours; // weekly hours, one line per range
    QString conditions, languages, help;
    bool noPhone = false;
    QString vcard; // what the QR code holds
};
SheetService sheetService(const SheetEntry& entry, const SheetContent& content,
                          const SheetLanguage& language, const Texts& texts);

// One service as a text message (SMS, WhatsApp, Signal): name, phone, address and hours,
// never more than kMessageLimit characters; the least useful lines go first when it is long.
inline constexpr int kMessageLimit = 300;
QString serviceMessage(const SheetService& service, const Texts& texts);

// `texts` is `language.texts(textLang)`: callers keep it to see what was left untranslated.
QString sheetHtml(const SheetContent& content, const SheetLanguage& language, const Texts& texts,
                  TimePoint now, QTextDocument* document = nullptr);
// The messages of every service, one block each, separated by a blank line.
QString sheetMessages(const SheetContent& content, const SheetLanguage& language,
                      const Texts& texts);

// Shared by every printable page (referral sheet, fiches mémo): an A4 QPdfWriter on `path`
// with the given margins (mm), or the reason the file cannot be written (QPdfWriter reports
// no error of its own, so the file is probed first).
std::unique_ptr<QPdfWriter> openA4Pdf(const QString& path, const QMarginsF& margins,
                                      QString& error);

// Writes an A4 PDF. Returns an empty string on success, else what went wrong.
QString writeSheetPdf(const SheetContent& content, const SheetLanguage& language, Lang textLang,
                      TimePoint now, const QString& path);

} // namespace relais::app
