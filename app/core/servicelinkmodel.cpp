#include "app/core/servicelinkmodel.h"

namespace relais::app {

ServiceLinkModel::ServiceLinkModel(QObject* parent)
    : RowListModel({role(IdRole, "serviceId", &ServiceLink::id),
                    role(NameRole, "name", &ServiceLink::name),
                    role(PhoneRole, "phone", &ServiceLink::phone),
                    role(NoteRole, "note", &ServiceLink::note)},
                   NameRole, parent) {
}

} // namespace relais::app
