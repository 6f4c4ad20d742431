#include "app/search/searchresultmodel.h"

#include <algorithm>

namespace relais::app {

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractListModel(parent) {
}

int SearchResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

namespace {
QVariant optionalBool(const std::optional<bool>& value) {
    return value ? QVariant(*value) : QVariant();
}
} // namespace

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultRow& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IdRole:
        return row.id;
    case OrganizationRole:
        return row.organization;
    case MunicipalityRole:
        return row.municipality;
    case CategoriesRole:
        return row.categories;
    case SnippetRole:
        return row.snippet;
    case OpenStateRole:
        return static_cast<int>(row.openState);
    case StatusTextRole:
        return row.statusText;
    case FreeRole:
        return optionalBool(row.free);
    case AnonymousRole:
        return optionalBool(row.anonymous);
    case WalkInRole:
        return row.walkIn;
    case UnconfirmedRole:
        return row.unconfirmed;
    case NoPhoneRole:
        return row.noPhone;
    case LocalEditRole:
        return row.localEdit;
    case PhoneRole:
        return row.phone;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const {
    return {
        {IdRole, "serviceId"},
        {NameRole, "name"},
        {OrganizationRole, "organization"},
        {MunicipalityRole, "municipality"},
        {CategoriesRole, "categories"},
        {SnippetRole, "snippet"},
        {OpenStateRole, "openState"},
        {StatusTextRole, "statusText"},
        {FreeRole, "free"},
        {AnonymousRole, "anonymous"},
        {WalkInRole, "walkIn"},
        {UnconfirmedRole, "unconfirmed"},
        {NoPhoneRole, "noPhone"},
        {LocalEditRole, "localEdit"},
        {PhoneRole, "phone"},
    };
}

const ResultRow* SearchResultModel::row(int index) const {
    if (index < 0 || index >= count())
        return nullptr;
    return &rows_[static_cast<std::size_t>(index)];
}

QString SearchResultModel::idAt(int index) const {
    const ResultRow* found = row(index);
    return found ? found->id : QString();
}

int SearchResultModel::indexOf(const QString& id) const {
    const auto it = std::find_if(rows_.begin(), rows_.end(),
                                 [&](const ResultRow& row) { return row.id == id; });
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

void SearchResultModel::setRows(std::vector<ResultRow> rows) {
    const bool sameIds =
        std::equal(rows.begin(), rows.end(), rows_.begin(), rows_.end(),
                   [](const ResultRow& a, const ResultRow& b) { return a.id == b.id; });
    if (sameIds) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i] == rows_[i])
                continue;
            rows_[i] = std::move(rows[i]);
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed);
        }
        return;
    }
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (before != count())
        emit countChanged();
}

} // namespace relais::app
