#pragma once
// The referral sheet being put together during a conversation: which services, and in which
// language the person will read it. Kept in memory only: closing the app forgets it.

#include "app/clock.h"

#include <QAbstractListModel>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace relais::app {

class DirectoryWorker;
class LanguageController;

class SheetModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SheetController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, OrganizationRole };
    Q_ENUM(Role)
    struct Entry {
        QString id, name, organization;
        bool operator==(const Entry&) const = default;
    };

    explicit SheetModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(entries_.size()); }
    bool contains(const QString& id) const;
    QStringList ids() const;
    bool append(Entry entry); // false when already there
    bool remove(const QString& id);
    void clear();
    void rename(const std::vector<Entry>& entries); // same ids, new wording

signals:
    void countChanged();

private:
    std::vector<Entry> entries_;
};

class SheetController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(SheetModel* services READ services CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The language the person reads: "fr", "nl" or "en". Not the UI language.
    Q_PROPERTY(
        QString sheetLanguage READ sheetLanguage WRITE setSheetLanguage NOTIFY sheetLanguageChanged)
    Q_PROPERTY(
        QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportFolderChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY exported)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    SheetController(DirectoryWorker& worker, LanguageController& language, Clock clock,
                    QObject* parent = nullptr);

    SheetModel* services() { return &model_; }
    int count() const { return model_.count(); }
    QString sheetLanguage() const;
    void setSheetLanguage(const QString& code);
    QString exportFolder() const { return exportFolder_; }
    void setExportFolder(const QString& folder);
    bool busy() const { return busy_; }
    QString lastExport() const { return lastExport_; }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE bool contains(const QString& id) const { return model_.contains(id); }
    Q_INVOKABLE void add(const QString& id);
    Q_INVOKABLE void remove(const QString& id);
    Q_INVOKABLE void toggle(const QString& id);
    Q_INVOKABLE void clear();
    // Writes the sheet as a PDF into exportFolder; `exported` tells where.
    Q_INVOKABLE void exportPdf();
    // Puts the sheet as plain text on the clipboard, to paste into a message.
    Q_INVOKABLE void copyText();

signals:
    void countChanged();
    void sheetLanguageChanged();
    void exportFolderChanged();
    void busyChanged();
    void exported(const QString& path);
    void textCopied();
    void errorTextChanged();

private:
    void renameAll();
    void setBusy(bool busy);
    void setError(const QString& error);
    DirectoryWorker& worker_;
    LanguageController& language_;
    Clock clock_;
    SheetModel model_;
    Lang sheetLang_;
    QString exportFolder_;
    bool busy_ = false;
    QString lastExport_;
    QString errorText_;
};

} // namespace relais::app
