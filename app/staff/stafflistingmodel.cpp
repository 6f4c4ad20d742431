#include "app/staff/stafflistingmodel.h"

namespace relais::app {

StaffListingModel::StaffListingModel(QObject* parent) : QAbstractListModel(parent) {
}

int StaffListingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant StaffListingModel::data(const QModelIndex& index, int role) const {
    const StaffListingRow* r = row(index.row());
    if (!r || !index.isValid())
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case Qt::DisplayRole:
    case NameRole:
        return r->name;
    case PlaceRole:
        return r->place;
    case StateRole:
        return r->state;
    case StateTextRole:
        return r->stateText;
    case StaleRole:
        return r->stale;
    case VerifiedTextRole:
        return r->verifiedText;
    case ProblemTextRole:
        return r->problemText;
    case RetiredRole:
        return r->retired;
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListingModel::roleNames() const {
    return {{IdRole, "serviceId"},
            {NameRole, "name"},
            {PlaceRole, "place"},
            {StateRole, "state"},
            {StateTextRole, "stateText"},
            {StaleRole, "stale"},
            {VerifiedTextRole, "verifiedText"},
            {ProblemTextRole, "problemText"},
            {RetiredRole, "retired"}};
}

const StaffListingRow* StaffListingModel::row(int index) const {
    if (index < 0 || index >= count())
        return nullptr;
    return &rows_[static_cast<std::size_t>(index)];
}

const StaffListingRow* StaffListingModel::find(const QString& id) const {
    for (const StaffListingRow& r : rows_) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString StaffListingModel::idAt(int index) const {
    const StaffListingRow* found = row(index);
    return found ? found->id : QString();
}

void StaffListingModel::setRows(std::vector<StaffListingRow> rows) {
    if (rows == rows_)
        return;
    const bool sameCount = rows.size() == rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (!sameCount)
        emit countChanged();
}

} // namespace relais::app
