#include "app/core/servicelinkmodel.h"

namespace relais::app {

ServiceLinkModel::ServiceLinkModel(QObject* parent) : QAbstractListModel(parent) {
}

int ServiceLinkModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ServiceLinkModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceLink& link = links_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return link.id;
    case Qt::DisplayRole:
    case NameRole:
        return link.name;
    case PhoneRole:
        return link.phone;
    case NoteRole:
        return link.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceLinkModel::roleNames() const {
    return {{IdRole, "serviceId"}, {NameRole, "name"}, {PhoneRole, "phone"}, {NoteRole, "note"}};
}

void ServiceLinkModel::setLinks(std::vector<ServiceLink> links) {
    if (links == links_)
        return;
    const int before = count();
    beginResetModel();
    links_ = std::move(links);
    endResetModel();
    if (before != count())
        emit countChanged();
}

} // namespace relais::app
