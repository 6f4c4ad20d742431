#pragma once
// Which service the detail screen shows; loads it off the UI thread and words it.

#include "app/core/clock.h"
#include "app/detail/servicedetail.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace relais::app {

class DirectoryController;
class DirectoryWorker;
class LanguageController;

class DetailController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY serviceIdChanged)
    Q_PROPERTY(ServiceDetail* detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY detailChanged)
public:
    DetailController(DirectoryWorker& worker, DirectoryController& directory,
                     LanguageController& language, Clock clock, QObject* parent = nullptr);

    QString serviceId() const { return serviceId_; }
    ServiceDetail* detail() const { return detail_; }
    bool loading() const { return loading_; }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void open(const QString& id);
    Q_INVOKABLE void close();
    Q_INVOKABLE void reload();
    // Copies every fact of the shown service to the clipboard.
    Q_INVOKABLE void copyAll() const;
    // Hand over to the phone, mail, browser or maps app.
    Q_INVOKABLE void call(int phoneIndex) const;
    // Calls a number straight from the results, without opening the detail.
    Q_INVOKABLE void dial(const QString& number) const;
    Q_INVOKABLE void writeEmail() const;
    Q_INVOKABLE void openWebsite() const;
    Q_INVOKABLE void openDirections() const;

    // "tel:+3225..." for a number as listed ("+32 2 5.."); tel: URIs carry no spaces.
    static QUrl telUrl(const QString& number);

signals:
    void serviceIdChanged();
    void detailChanged();
    void loadingChanged();

private:
    void setLoading(bool loading);
    DirectoryWorker& worker_;
    DirectoryController& directory_;
    LanguageController& language_;
    Clock clock_;
    QString serviceId_;
    QPointer<ServiceDetail> detail_;
    bool loading_ = false;
    QString errorText_;
    quint64 generation_ = 0;
};

} // namespace relais::app
