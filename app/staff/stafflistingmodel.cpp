#include "app/staff/stafflistingmodel.h"

namespace relais::app {

StaffListingModel::StaffListingModel(QObject* parent)
    : RowListModel({role(IdRole, "serviceId", &StaffListingRow::id),
                    role(NameRole, "name", &StaffListingRow::name),
                    role(PlaceRole, "place", &StaffListingRow::place),
                    role(StateRole, "state", &StaffListingRow::state),
                    role(StateTextRole, "stateText", &StaffListingRow::stateText),
                    role(StaleRole, "stale", &StaffListingRow::stale),
                    role(VerifiedTextRole, "verifiedText", &StaffListingRow::verifiedText),
                    role(ProblemTextRole, "problemText", &StaffListingRow::problemText),
                    role(RetiredRole, "retired", &StaffListingRow::retired)},
                   NameRole, parent) {
}

const StaffListingRow* StaffListingModel::find(const QString& id) const {
    return row(indexWhere([&](const StaffListingRow& r) { return r.id == id; }));
}

QString StaffListingModel::idAt(int index) const {
    const StaffListingRow* found = row(index);
    return found ? found->id : QString();
}

} // namespace relais::app
