#include "app/core/optionmodel.h"

namespace relais::app {

OptionModel::OptionModel(QObject* parent) : QAbstractListModel(parent) {
}

int OptionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant OptionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option& option = options_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return option.key;
    case Qt::DisplayRole:
    case LabelRole:
        return option.label;
    case ServicesRole:
        return option.services;
    default:
        return {};
    }
}

QHash<int, QByteArray> OptionModel::roleNames() const {
    return {{KeyRole, "key"}, {LabelRole, "label"}, {ServicesRole, "services"}};
}

void OptionModel::setOptions(std::vector<Option> options) {
    if (options == options_)
        return;
    const int before = count();
    beginResetModel();
    options_ = std::move(options);
    endResetModel();
    if (before != count())
        emit countChanged();
}

QString OptionModel::labelFor(const QString& key) const {
    for (const Option& option : options_) {
        if (option.key == key)
            return option.label;
    }
    return key;
}

} // namespace relais::app
