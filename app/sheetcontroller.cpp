#include "app/sheetcontroller.h"

#include "app/directoryworker.h"
#include "app/languagecontroller.h"
#include "app/referralsheet.h"
#include "app/texts.h"

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
    default:
        return {};
    }
}

QHash<int, QByteArray> SheetModel::roleNames() const {
    return {{IdRole, "serviceId"}, {NameRole, "name"}, {OrganizationRole, "organization"}};
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
            emit dataChanged(changed, changed, {NameRole, OrganizationRole, Qt::DisplayRole});
        }
    }
}

namespace {

std::vector<SheetModel::Entry> readEntries(Connection& connection, const QStringList& ids,
                                           Lang lang) {
    std::vector<SheetModel::Entry> entries;
    for (const QString& id : ids) {
        const std::optional<Service> service = connection.store.service(ss(id));
        if (!service)
            continue;
        const auto organization = connection.store.organization(service->organization_id);
        entries.push_back(
            {id, qs(service->name.in(lang)), organization ? qs(organization->name) : QString()});
    }
    return entries;
}

std::vector<std::string> toStd(const QStringList& ids) {
    std::vector<std::string> result;
    for (const QString& id : ids)
        result.push_back(ss(id));
    return result;
}

} // namespace

SheetController::SheetController(DirectoryWorker& worker, LanguageController& language, Clock clock,
                                 QObject* parent)
    : QObject(parent), worker_(worker), language_(language), clock_(std::move(clock)),
      sheetLang_(language.lang()),
      exportFolder_(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)) {
    connect(&model_, &SheetModel::countChanged, this, &SheetController::countChanged);
    connect(&language_, &LanguageController::languageChanged, this, &SheetController::renameAll);
}

QString SheetController::sheetLanguage() const {
    return langCode(sheetLang_);
}

void SheetController::setSheetLanguage(const QString& code) {
    const auto lang = langFromCode(code);
    if (!lang || *lang == sheetLang_)
        return;
    sheetLang_ = *lang;
    emit sheetLanguageChanged();
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
        [ids = QStringList{id}, lang = language_.lang()](Connection& connection) {
            return readEntries(connection, ids, lang);
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
        [ids = model_.ids(), lang = language_.lang()](Connection& connection) {
            return readEntries(connection, ids, lang);
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
        [this, now, lang = sheetLang_](Outcome<SheetContent> outcome) {
            setBusy(false);
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            QDir().mkpath(exportFolder_);
            // A name that says what and when, never whom.
            const QString name = tr("referral-sheet") + u'-' +
                                 toDateTime(now).toString(u"yyyy-MM-dd-HHmm"_s) + u'-' +
                                 langCode(lang) + u".pdf"_s;
            const QString path = QDir(exportFolder_).filePath(name);
            const QString error = writeSheetPdf(*outcome.value, lang, now, path);
            setError(error);
            if (error.isEmpty()) {
                lastExport_ = path;
                emit exported(path);
            }
        });
}

void SheetController::copyText() {
    if (model_.count() == 0)
        return;
    const TimePoint now = clock_();
    worker_.run(
        this,
        [ids = toStd(model_.ids())](Connection& connection) {
            return loadSheetContent(connection, ids);
        },
        [this, now, lang = sheetLang_](Outcome<SheetContent> outcome) {
            if (!outcome.ok()) {
                setError(outcome.error);
                return;
            }
            setError({});
            QGuiApplication::clipboard()->setText(sheetPlainText(*outcome.value, lang, now));
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
