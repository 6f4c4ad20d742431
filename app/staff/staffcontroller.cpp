#include "app/staff/staffcontroller.h"

#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"
#include "app/staff/logincontroller.h"
#include "app/staff/staffops.h"
#include "app/sync/synccontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relais::app {

Refusal describeRefusal(const std::string& errorJson) {
    Refusal refusal;
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(errorJson)).object();
    refusal.kind = body.value(u"error"_s).toString();
    for (const QJsonValue& detail : body.value(u"details"_s).toArray()) {
        const QJsonObject object = detail.toObject();
        refusal.details.emplace_back(object.value(u"field"_s).toString(),
                                     object.value(u"message"_s).toString());
    }
    if (refusal.kind == u"forbidden")
        refusal.text = QCoreApplication::translate(
            "StaffController", "This listing belongs to another organisation: only its staff or "
                               "an administrator can change it. Your edit is kept here; you can "
                               "drop it.");
    else if (refusal.kind == u"invalid_fields")
        refusal.text = QCoreApplication::translate(
            "StaffController",
            "The server refused some fields. Open the listing to see them highlighted and "
            "correct them.");
    else if (refusal.kind == u"not_found")
        refusal.text = QCoreApplication::translate("StaffController",
                                                   "This listing no longer exists on the server.");
    else
        refusal.text =
            QCoreApplication::translate("StaffController", "The server refused this edit: %1")
                .arg(body.value(u"message"_s).toString());
    return refusal;
}

StaffController::StaffController(DirectoryWorker& worker, LanguageController& language,
                                 LoginController& login, SyncController& sync, Clock clock,
                                 QObject* parent)
    : QObject(parent), worker_(worker), language_(language), login_(login),
      clock_(std::move(clock)) {
    connect(&login_, &LoginController::loggedInChanged, this, &StaffController::refresh);
    connect(&sync, &SyncController::finished, this, &StaffController::refresh);
    connect(&language_, &LanguageController::languageChanged, this, &StaffController::refresh);
    refresh();
}

void StaffController::refresh() {
    const QString organization = login_.organizationId();
    if (organization.isEmpty()) {
        listings_.reset({});
        pending_ = conflicts_ = stale_ = 0;
        emit changed();
        return;
    }
    loading_ = true;
    emit changed();
    const Lang lang = language_.lang();
    const TimePoint now = clock_();
    worker_.run(
        this,
        [organization = ss(organization), lang, now](Connection& connection) {
            const Texts texts(lang);
            std::vector<StaffListingRow> rows;
            for (const ListingRow& listing : loadListings(connection, organization)) {
                StaffListingRow row;
                const Service& s = listing.service;
                row.id = qs(listing.id);
                row.name = s.name.empty() ? qs(listing.id) : qs(s.name.in(lang));
                row.place = qs(s.address.municipality.value_or(std::string()));
                // The one trust rule: due when unconfirmed, or becoming so within 30 days.
                const Trust trust = trustAt(s, now);
                row.stale = !listing.retired && due_for_confirmation(trust, brusselsDay(now));
                row.verifiedText = trustText(trust, texts);
                row.retired = listing.retired;
                switch (listing.state) {
                case ListingRow::State::synced:
                    row.state = u"synced"_s;
                    row.stateText = QCoreApplication::translate("StaffController", "Up to date");
                    break;
                case ListingRow::State::pending:
                    row.state = u"pending"_s;
                    row.stateText = listing.retired
                                        ? QCoreApplication::translate("StaffController",
                                                                      "Retired, waiting to be sent")
                                        : QCoreApplication::translate(
                                              "StaffController", "Pending: sent at the next sync");
                    break;
                case ListingRow::State::conflict:
                    row.state = u"conflict"_s;
                    row.stateText = QCoreApplication::translate(
                        "StaffController", "Conflict: changed on the server too");
                    break;
                case ListingRow::State::rejected:
                    row.state = u"rejected"_s;
                    row.stateText =
                        QCoreApplication::translate("StaffController", "Refused by the server");
                    row.problemText = describeRefusal(listing.errorJson).text;
                    break;
                }
                rows.push_back(std::move(row));
            }
            // What needs attention first, then by name.
            const auto rank = [](const StaffListingRow& row) {
                return row.state == u"conflict" ? 0 : row.state == u"rejected" ? 1 : 2;
            };
            std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
                if (rank(a) != rank(b))
                    return rank(a) < rank(b);
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            return rows;
        },
        [this](Outcome<std::vector<StaffListingRow>> outcome) {
            loading_ = false;
            if (!outcome.ok()) {
                errorText_ = outcome.error;
                emit changed();
                return;
            }
            pending_ = conflicts_ = stale_ = 0;
            for (const StaffListingRow& row : *outcome.value) {
                pending_ += row.state == u"pending" ? 1 : 0;
                conflicts_ += row.state == u"conflict" ? 1 : 0;
                stale_ += row.stale ? 1 : 0;
            }
            listings_.reset(std::move(*outcome.value));
            emit changed();
        });
}

template <typename Task> void StaffController::write(Task task, QString done) {
    errorText_.clear();
    emit changed();
    worker_.run(this, std::move(task), [this, done](Outcome<bool> outcome) {
        if (!outcome.ok()) {
            errorText_ = outcome.error;
            emit changed();
            return;
        }
        noteEdited(done);
    });
}

void StaffController::noteEdited(const QString& message) {
    message_ = message;
    emit changed();
    emit edited();
    refresh();
}

void StaffController::confirm(const QString& id) {
    const std::string today = ss(toDateTime(clock_()).toUTC().toString(Qt::ISODate));
    write(
        [id = ss(id), today](Connection& connection) {
            confirmListing(connection, id, today);
            return true;
        },
        tr("Marked as still accurate. This is sent at the next sync."));
}

void StaffController::retire(const QString& id) {
    write(
        [id = ss(id)](Connection& connection) {
            retireListing(connection, id);
            return true;
        },
        tr("Listing retired. This is sent at the next sync."));
}

void StaffController::discardRefused(const QString& id) {
    write(
        [id = ss(id)](Connection& connection) {
            for (const ListingRow& row : loadListings(connection, {})) {
                if (row.id == id && row.state == ListingRow::State::rejected)
                    discardRejected(connection, row.entry);
            }
            return true;
        },
        tr("The refused edit was dropped."));
}

} // namespace relais::app
