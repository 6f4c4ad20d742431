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

SheetModel::SheetModel(QObject* parent) : QAbstractListModel(parent) {
}

int SheetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant SheetModel::data(const QModelIndex& index, int role) const {
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
    case PhonesRole:
        return entry.phones;
    case AddressRole:
        return entry.address;
    case HoursRole:
        return entry.hours;
    case NoPhoneRole:
        return entry.noPhone;
    case VcardRole:
        return entry.vcard;
    case MessageRole:
        return entry.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> SheetModel::roleNames() const {
    return {{IdRole, "serviceId"},    {NameRole, "name"},       {OrganizationRole, "organization"},
            {PhonesRole, "phones"},   {AddressRole, "address"}, {HoursRole, "hours"},
            {NoPhoneRole, "noPhone"}, {VcardRole, "vcard"},     {MessageRole, "message"}};
}

bool SheetModel::contains(const QString& id) const {
    return std::any_of(entries_.begin(), entries_.end(),
                       [&](const Entry& entry) { return entry.id == id; });
}

QStringList SheetModel::ids() const {
    QStringList ids;
    for (const Entry& entry : entries_)
        ids << entry.id;
    return ids;
}

bool SheetModel::append(Entry entry) {
    if (contains(entry.id))
        return false;
    beginInsertRows({}, count(), count());
    entries_.push_back(std::move(entry));
    endInsertRows();
    emit countChanged();
    return true;
}

bool SheetModel::remove(const QString& id) {
    const auto it = std::find_if(entries_.begin(), entries_.end(),
                                 [&](const Entry& entry) { return entry.id == id; });
    if (it == entries_.end())
        return false;
    const int row = static_cast<int>(it - entries_.begin());
    beginRemoveRows({}, row, row);
    entries_.erase(it);
    endRemoveRows();
    emit countChanged();
    return true;
}

void SheetModel::clear() {
    if (entries_.empty())
        return;
    beginResetModel();
    entries_.clear();
    endResetModel();
    emit countChanged();
}

void SheetModel::rename(const std::vector<Entry>& entries) {
    for (const Entry& renamed : entries) {
        for (std::size_t row = 0; row < entries_.size(); ++row) {
            if (entries_[row].id != renamed.id || entries_[row] == renamed)
                continue;
            entries_[row] = renamed;
            const QModelIndex changed = index(static_cast<int>(row));
            emit dataChanged(changed, changed);
        }
    }
}

namespace {

std::vector<std::string> toStd(const QStringList& ids) {
    std::vector<std::string> result;
    for (const QString& id : ids)
        result.push_back(ss(id));
    return result;
}

// What the screen previews: each service exactly as the sheet will print it.
std::vector<SheetModel::Entry> readEntries(Connection& connection, const QStringList& ids,
                                           const QString& sheetCode, Lang textLang) {
    const SheetLanguage* language = findSheetLanguage(sheetCode);
    if (!language)
        return {};
    const Texts texts = language->texts(textLang);
    const SheetContent content = loadSheetContent(connection, toStd(ids));
    std::vector<SheetModel::Entry> entries;
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
        [this](Outcome<std::vector<SheetModel::Entry>> outcome) {
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            for (SheetModel::Entry& entry : *outcome.value)
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
        [this](Outcome<std::vector<SheetModel::Entry>> outcome) {
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
        [this](Outcome<std::vector<SheetModel::Entry>> outcome) {
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            QStringList messages;
            for (const SheetModel::Entry& entry : *outcome.value)
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
