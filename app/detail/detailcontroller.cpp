#include "app/detail/detailcontroller.h"

#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "data/outbox.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {
struct ServiceRecord {
    Service service;
    std::string organization;
    std::string localEdit; // the state of an edit made on this device; empty: none
};
} // namespace

DetailController::DetailController(DirectoryWorker& worker, DirectoryController& directory,
                                   LanguageController& language, Clock clock, QObject* parent)
    : QObject(parent), worker_(worker), directory_(directory), language_(language),
      clock_(std::move(clock)) {
    connect(&language_, &LanguageController::languageChanged, this, &DetailController::reload);
    connect(&directory_, &DirectoryController::loaded, this, &DetailController::reload);
}

void DetailController::open(const QString& id) {
    if (id == serviceId_ && (detail_ || loading_))
        return;
    serviceId_ = id;
    emit serviceIdChanged();
    reload();
}

void DetailController::close() {
    if (serviceId_.isEmpty())
        return;
    ++generation_; // anything in flight is for a screen no longer shown
    serviceId_.clear();
    emit serviceIdChanged();
    if (detail_) {
        detail_->deleteLater();
        detail_ = nullptr;
    }
    errorText_.clear();
    setLoading(false);
    emit detailChanged();
}

void DetailController::reload() {
    if (serviceId_.isEmpty())
        return;
    const quint64 generation = ++generation_;
    setLoading(true);
    worker_.run(
        this,
        [id = ss(serviceId_)](Connection& connection) -> std::optional<ServiceRecord> {
            std::optional<Service> service = connection.store.service(id);
            if (!service)
                return std::nullopt;
            const auto organization = connection.store.organization(service->organization_id);
            const auto edits = Outbox(connection.db).record_states();
            const auto edit = edits.find(id);
            return ServiceRecord{
                std::move(*service), organization ? organization->name : std::string(),
                edit != edits.end() ? std::string(to_string(edit->second)) : std::string()};
        },
        [this, generation](Outcome<std::optional<ServiceRecord>> outcome) {
            if (generation != generation_)
                return;
            ServiceDetail* previous = detail_;
            detail_ = nullptr;
            if (!outcome.ok()) {
                errorText_ = outcome.error;
            } else if (!*outcome.value) {
                errorText_ = tr("This service is no longer in the directory.");
            } else {
                errorText_.clear();
                const ServiceRecord& record = **outcome.value;
                const Lang lang = language_.lang();
                detail_ = ServiceDetail::create(record.service, qs(record.organization),
                                                directory_.categoryLabels(lang), clock_(),
                                                Texts(lang), this);
                detail_->localEdit = qs(record.localEdit);
            }
            setLoading(false);
            emit detailChanged();
            // QML may still hold the old object until the bindings update.
            if (previous)
                previous->deleteLater();
        });
}

void DetailController::copyAll() const {
    if (detail_)
        QGuiApplication::clipboard()->setText(detail_->plainText());
}

void DetailController::call(int phoneIndex) const {
    if (!detail_ || phoneIndex < 0 || phoneIndex >= detail_->phoneNumbers.size())
        return;
    dial(detail_->phoneNumbers[phoneIndex]);
}

void DetailController::dial(const QString& number) const {
    const QUrl url = telUrl(number);
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

QUrl DetailController::telUrl(const QString& number) {
    // Keep the leading + and the digits.
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    if (digits.isEmpty() || digits == u"+"_s)
        return {};
    return QUrl(u"tel:"_s + digits);
}

void DetailController::writeEmail() const {
    if (detail_ && !detail_->email.isEmpty())
        QDesktopServices::openUrl(QUrl(u"mailto:"_s + detail_->email));
}

void DetailController::openWebsite() const {
    if (detail_ && !detail_->website.isEmpty())
        QDesktopServices::openUrl(QUrl(detail_->website));
}

void DetailController::openDirections() const {
    if (detail_ && !detail_->directionsUrl.isEmpty())
        QDesktopServices::openUrl(QUrl(detail_->directionsUrl));
}

void DetailController::setLoading(bool loading) {
    if (loading == loading_)
        return;
    loading_ = loading;
    emit loadingChanged();
}

} // namespace relais::app
