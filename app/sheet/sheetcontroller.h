#pragma once
// The referral sheet being put together during a conversation: which services, and in which
// language the person will read it. Kept in memory only: closing the app forgets it.

#include "app/core/clock.h"
#include "app/core/rowlistmodel.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace relais::app {

class DirectoryWorker;
class LanguageController;

// A service as it will print, in the sheet's language: what the screen previews.
struct SheetRow {
    QString id, name, organization;
    QStringList phones;
    QString address;
    QStringList hours;
    bool noPhone = false;
    QString vcard, message;
    bool operator==(const SheetRow&) const = default;
};

class SheetModel : public RELAIS_ROW_LIST_MODEL(SheetRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SheetController")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        OrganizationRole,
        PhonesRole,
        AddressRole,
        HoursRole,
        NoPhoneRole,
        VcardRole,
        MessageRole
    };
    Q_ENUM(Role)

    explicit SheetModel(QObject* parent = nullptr);

    bool contains(const QString& id) const { return indexOf(id) >= 0; }
    QStringList ids() const;
    bool append(SheetRow entry); // false when already there
    bool remove(const QString& id) { return removeAt(indexOf(id)); }
    void clear() { reset({}); }
    void rename(const std::vector<SheetRow>& entries); // same ids, new wording

private:
    int indexOf(const QString& id) const;
};

class SheetController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(SheetModel* services READ services CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The language the person reads: any sheet language ("ro", "ar"…). Not the UI language.
    Q_PROPERTY(
        QString sheetLanguage READ sheetLanguage WRITE setSheetLanguage NOTIFY sheetLanguageChanged)
    // The directory language of service names and descriptions: "fr", "nl" or "en".
    Q_PROPERTY(
        QString textLanguage READ textLanguage WRITE setTextLanguage NOTIFY sheetLanguageChanged)
    // True when names and descriptions are in another language than the sheet's.
    Q_PROPERTY(bool textLanguageDiffers READ textLanguageDiffers NOTIFY sheetLanguageChanged)
    // [{code, name}] of every sheet language, each named in itself ("Română").
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY sheetLanguageChanged)
    Q_PROPERTY(
        QString exportFolder READ exportFolder WRITE setExportFolder NOTIFY exportFolderChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY exported)
    // The saved PDF, for the system's viewer: printing happens there.
    Q_PROPERTY(QUrl lastExportUrl READ lastExportUrl NOTIFY exported)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    SheetController(DirectoryWorker& worker, LanguageController& language, Clock clock,
                    QObject* parent = nullptr);

    SheetModel* services() { return &model_; }
    int count() const { return model_.count(); }
    QString sheetLanguage() const;
    void setSheetLanguage(const QString& code);
    QString textLanguage() const;
    void setTextLanguage(const QString& code);
    bool textLanguageDiffers() const;
    QVariantList languages() const;
    bool rightToLeft() const;
    QString exportFolder() const { return exportFolder_; }
    void setExportFolder(const QString& folder);
    bool busy() const { return busy_; }
    QString lastExport() const { return lastExport_; }
    QUrl lastExportUrl() const {
        return lastExport_.isEmpty() ? QUrl() : QUrl::fromLocalFile(lastExport_);
    }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE bool contains(const QString& id) const { return model_.contains(id); }
    Q_INVOKABLE void add(const QString& id);
    Q_INVOKABLE void remove(const QString& id);
    Q_INVOKABLE void toggle(const QString& id);
    Q_INVOKABLE void clear();
    // Writes the sheet as a PDF into exportFolder; `exported` tells where.
    Q_INVOKABLE void exportPdf();
    // Puts the sheet as text messages on the clipboard (one per service, each at most 300
    // characters), to paste into SMS, WhatsApp or Signal on the work phone.
    Q_INVOKABLE void copyText();
    // The same for one service.
    Q_INVOKABLE void copyServiceText(const QString& id);

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
    void copyMessages(const QStringList& ids);
    void setBusy(bool busy);
    void setError(const QString& error);
    DirectoryWorker& worker_;
    LanguageController& language_;
    Clock clock_;
    SheetModel model_;
    QString sheetCode_;
    Lang textLang_;
    QString exportFolder_;
    bool busy_ = false;
    QString lastExport_;
    QString errorText_;
};

} // namespace relais::app
