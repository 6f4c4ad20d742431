#include "app/core/optionmodel.h"

namespace relais::app {

OptionModel::OptionModel(QObject* parent)
    : RowListModel({role(KeyRole, "key", &Option::key), role(LabelRole, "label", &Option::label),
                    role(ServicesRole, "services", &Option::services)},
                   LabelRole, parent) {
}

QString OptionModel::labelFor(const QString& key) const {
    const Option* option = row(indexWhere([&](const Option& o) { return o.key == key; }));
    return option ? option->label : key;
}

} // namespace relais::app
