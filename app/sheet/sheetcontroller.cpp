#include "app/sheet/sheetcontroller.h"

#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"
#include "app/sheet/referralsheet.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relais::app {

SheetModel::SheetModel(QObject* parent)
    : RowListModel({role(IdRole, "serviceId", &SheetRow::id),
                    role(NameRole, "name", &SheetRow::name),
                    role(OrganizationRole, "organization", &SheetRow::organization),
                    role(PhonesRole, "phones", &SheetRow::phones),
                    role(AddressRole, "address", &SheetRow::address),
                    role(HoursRole, "hours", &SheetRow::hours),
                    role(NoPhoneRole, "noPhone", &SheetRow::noPhone),
                    role(VcardRole, "vcard", &SheetRow::vcard),
                    role(MessageRole, "message", &SheetRow::message)},
                   NameRole, parent) {
}

int SheetModel::indexOf(const QString& id) const {
    return indexWhere([&](const SheetRow& entry) { return entry.id == id; });
}

QStringList SheetModel::ids() const {
    QStringList ids;
    for (const SheetRow& entry : rows())
        ids << entry.id;
    return ids;
}

bool SheetModel::append(SheetRow entry) {
    if (contains(entry.id))
        return false;
    RowListModel::append(std::move(entry));
    return true;
}

void SheetModel::rename(const std::vector<SheetRow>& entries) {
    for (const SheetRow& renamed : entries)
        setRow(indexOf(renamed.id), renamed);
}

namespace {

std::vector<std::string> toStd(const QStringList& ids) {
    std::vector<std::string> result;
    for (const QString& id : ids)
        result.push_back(ss(id));
    return result;
}

// What the screen previews: each service exactly as the sheet will print it.
std::vector<SheetRow> readEntries(Connection& connection, const QStringList& ids,
                                  const QString& sheetCode, Lang textLang) {
    const SheetLanguage* language = findSheetLanguage(sheetCode);
    if (!language)
        return {};
    const Texts texts = language->texts(textLang);
    const SheetContent content = loadSheetContent(connection, toStd(ids));
    std::vector<SheetRow> entries;
    for (const SheetEntry& entry : content.entries) {
        const SheetService service = sheetService(entry, content, *language, texts);
        entries.push_back({qs(entry.service.id), service.name, service.organization, service.phones,
                           service.address, service.hours, service.noPhone, service.vcard,
                           serviceMessage(service, texts)});
    }
    return entries;
}

} // namespace

SheetController::SheetController(DirectoryWorker& worker, LanguageController& language, Clock clock,
                                 QObject* parent)
    : QObject(parent), worker_(worker), language_(language), clock_(std::move(clock)),
      sheetCode_(langCode(language.lang())), textLang_(language.lang()),
      exportFolder_(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)) {
    connect(&model_, &SheetModel::countChanged, this, &SheetController::countChanged);
    connect(this, &SheetController::sheetLanguageChanged, this, &SheetController::renameAll);
}

QString SheetController::sheetLanguage() const {
    return sheetCode_;
}

void SheetController::setSheetLanguage(const QString& code) {
    const SheetLanguage* language = findSheetLanguage(code);
    if (!language || code == sheetCode_)
        return;
    sheetCode_ = code;
    textLang_ = language->textLang;
    emit sheetLanguageChanged();
}

QString SheetController::textLanguage() const {
    return langCode(textLang_);
}

void SheetController::setTextLanguage(const QString& code) {
    const auto lang = langFromCode(code);
    if (!lang || *lang == textLang_)
        return;
    textLang_ = *lang;
    emit sheetLanguageChanged();
}

bool SheetController::textLanguageDiffers() const {
    return langFromCode(sheetCode_) != textLang_;
}

QVariantList SheetController::languages() const {
    QVariantList list;
    for (const SheetLanguage& language : sheetLanguages())
        list << QVariantMap{{u"code"_s, language.code}, {u"name"_s, language.nativeName}};
    return list;
}

bool SheetController::rightToLeft() const {
    const SheetLanguage* language = findSheetLanguage(sheetCode_);
    return language && language->direction == Qt::RightToLeft;
}

void SheetController::setExportFolder(const QString& folder) {
    if (folder == exportFolder_)
        return;
    exportFolder_ = folder;
    emit exportFolderChanged();
}

void SheetController::add(const QString& id) {
    if (id.isEmpty() || model_.contains(id))
        return;
    worker_.run(
        this,
        [ids = QStringList{id}, code = sheetCode_, lang = textLang_](Connection& connection) {
            return readEntries(connection, ids, code, lang);
        },
        [this](Outcome<std::vector<SheetRow>> outcome) {
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            for (SheetRow& entry : *outcome.value)
                model_.append(std::move(entry));
        });
}

void SheetController::remove(const QString& id) {
    model_.remove(id);
}

void SheetController::toggle(const QString& id) {
    if (model_.contains(id))
        remove(id);
    else
        add(id);
}

void SheetController::clear() {
    model_.clear();
    lastExport_.clear();
    emit exported({});
}

void SheetController::renameAll() {
    if (model_.count() == 0)
        return;
    worker_.run(
        this,
        [ids = model_.ids(), code = sheetCode_, lang = textLang_](Connection& connection) {
            return readEntries(connection, ids, code, lang);
        },
        [this](Outcome<std::vector<SheetRow>> outcome) {
            if (outcome.ok())
                model_.rename(*outcome.value);
        });
}

void SheetController::exportPdf() {
    if (model_.count() == 0 || busy_)
        return;
    setBusy(true);
    const TimePoint now = clock_();
    worker_.run(
        this,
        [ids = toStd(model_.ids())](Connection& connection) {
            return loadSheetContent(connection, ids);
        },
        [this, now, code = sheetCode_, lang = textLang_](Outcome<SheetContent> outcome) {
            setBusy(false);
            const SheetLanguage* language = findSheetLanguage(code);
            if (!language)
                outcome.error = tr("No translation for the sheet language %1.").arg(code);
            if (!language || !outcome.ok()) {
                setError(outcome.error);
                return;
            }
            QDir().mkpath(exportFolder_);
            // A name that says what and when, never whom.
            const QString name = tr("referral-sheet") + u'-' +
                                 toDateTime(now).toString(u"yyyy-MM-dd-HHmm"_s) + u'-' + code +
                                 u".pdf"_s;
            const QString path = QDir(exportFolder_).filePath(name);
            const QString error = writeSheetPdf(*outcome.value, *language, lang, now, path);
            setError(error);
            if (error.isEmpty()) {
                lastExport_ = path;
                emit exported(path);
            }
        });
}

void SheetController::copyText() {
    copyMessages(model_.ids());
}

void SheetController::copyServiceText(const QString& id) {
    if (model_.contains(id))
        copyMessages({id});
}

// Read afresh in the sheet's current language: a language just changed may not have reached
// the preview yet.
void SheetController::copyMessages(const QStringList& ids) {
    if (ids.isEmpty())
        return;
    worker_.run(
        this,
        [ids, code = sheetCode_, lang = textLang_](Connection& connection) {
            return readEntries(connection, ids, code, lang);
        },
        [this](Outcome<std::vector<SheetRow>> outcome) {
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            QStringList messages;
            for (const SheetRow& entry : *outcome.value)
                messages << entry.message;
            setError({});
            QGuiApplication::clipboard()->setText(messages.join(u"\n\n"_s));
            emit textCopied();
        });
}

void SheetController::setBusy(bool busy) {
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged();
}

void SheetController::setError(const QString& error) {
    if (error == errorText_)
        return;
    errorText_ = error;
    emit errorTextChanged();
}

} // namespace relais::app
