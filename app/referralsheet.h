#pragma once
// The referral sheet: the services picked during a conversation, written in the referred
// person's language (independent of the UI language), as PDF or plain text. It names
// services only; nothing about the person is asked, written or kept.

#include "app/clock.h"
#include "app/directoryworker.h"

#include <QMarginsF>
#include <QPdfWriter>
#include <QString>
#include <QTranslator>

#include <map>
#include <memory>
#include <vector>

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

// The translations of one language, loaded apart from the UI's.
std::unique_ptr<QTranslator> loadTranslator(Lang lang);

QString sheetHtml(const SheetContent& content, Lang lang, TimePoint now);
QString sheetPlainText(const SheetContent& content, Lang lang, TimePoint now);
// Writes an A4 PDF. Returns an empty string on success, else what went wrong.
// Shared by every printable page (referral sheet, fiches mémo): an A4 QPdfWriter on `path`
// with the given margins (mm), or the reason the file cannot be written (QPdfWriter reports
// no error of its own, so the file is probed first).
std::unique_ptr<QPdfWriter> openA4Pdf(const QString& path, const QMarginsF& margins,
                                      QString& error);

QString writeSheetPdf(const SheetContent& content, Lang lang, TimePoint now, const QString& path);

} // namespace relais::app
