#pragma once
// The result list the search screen shows: a snapshot of rows, replaced when a newer search
// returns. No SQL here; rows arrive ready from the worker thread.

#include "app/core/rowlistmodel.h"

#include "data/hours.h"

#include <QDateTime>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace relais::app {

struct ResultRow {
    QString id;
    QString name;
    QString organization;
    QString municipality;   // empty: unknown
    QStringList categories; // labels, in the UI language
    QString snippet;        // rich text: HTML-escaped, matches in <b>
    OpenState openState = OpenState::unknown;
    QString statusText; // "Open now · until 17:00", "Hours unknown"...
    std::optional<bool> free;
    std::optional<bool> anonymous;
    bool walkIn = false;
    bool unconfirmed = false; // data/trust.h
    bool noPhone = false;
    QString phone; // the first number listed; empty when none is known
    // An edit of this listing made on this device and not accepted by the server yet:
    // "pending", "conflict" or "rejected"; empty when none.
    QString localEdit;
    bool operator==(const ResultRow&) const = default;
};

class SearchResultModel : public RELAIS_ROW_LIST_MODEL(ResultRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SearchController")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        OrganizationRole,
        MunicipalityRole,
        CategoriesRole,
        SnippetRole,
        OpenStateRole, // OpenState as int: 0 open, 1 closed, 2 unknown
        StatusTextRole,
        FreeRole,      // bool, or undefined when unknown
        AnonymousRole, // bool, or undefined when unknown
        WalkInRole,
        UnconfirmedRole,
        NoPhoneRole,
        LocalEditRole,
        PhoneRole,
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject* parent = nullptr);

    Q_INVOKABLE QString idAt(int index) const;
    Q_INVOKABLE int indexOf(const QString& id) const;

    // Same ids in the same order: rows update in place (no delegate churn while typing);
    // otherwise the list is reset.
    void setRows(std::vector<ResultRow> rows) { replace(std::move(rows), &ResultRow::id); }
};

} // namespace relais::app
