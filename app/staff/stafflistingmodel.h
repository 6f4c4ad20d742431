#pragma once
// "My listings": the staff member's organisation's services, with the state of their edits
// (pending, conflict, refused) and staleness at a glance. A snapshot of rows built on the
// worker thread; no SQL here.

#include "app/core/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace relais::app {

struct StaffListingRow {
    QString id;
    QString name;
    QString place;     // municipality, or empty
    QString state;     // "synced", "pending", "conflict", "rejected"
    QString stateText; // the state in words
    bool stale = false;
    QString verifiedText; // the trust rule in words (app/texts.h trustText)
    QString problemText;  // refused: why, in plain words
    bool retired = false;
    bool operator==(const StaffListingRow&) const = default;
};

class StaffListingModel : public RELAIS_ROW_LIST_MODEL(StaffListingRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by StaffController")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PlaceRole,
        StateRole,
        StateTextRole,
        StaleRole,
        VerifiedTextRole,
        ProblemTextRole,
        RetiredRole,
    };
    Q_ENUM(Role)

    explicit StaffListingModel(QObject* parent = nullptr);

    const StaffListingRow* find(const QString& id) const;
    Q_INVOKABLE QString idAt(int index) const;
};

} // namespace relais::app
