#pragma once
// "My listings": the staff member's organisation's services, with the state of their edits
// (pending, conflict, refused) and staleness at a glance. A snapshot of rows built on the
// worker thread; no SQL here.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

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

class StaffListingModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by StaffController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
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
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(rows_.size()); }
    const StaffListingRow* row(int index) const;
    const StaffListingRow* find(const QString& id) const;
    Q_INVOKABLE QString idAt(int index) const;
    void setRows(std::vector<StaffListingRow> rows);

signals:
    void countChanged();

private:
    std::vector<StaffListingRow> rows_;
};

} // namespace relais::app
