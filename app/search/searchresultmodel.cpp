#include "app/search/searchresultmodel.h"

namespace relais::app {

namespace {
QVariant optionalBool(const std::optional<bool>& value) {
    return value ? QVariant(*value) : QVariant();
}
} // namespace

SearchResultModel::SearchResultModel(QObject* parent)
    : RowListModel(
          {
              role(IdRole, "serviceId", &ResultRow::id),
              role(NameRole, "name", &ResultRow::name),
              role(OrganizationRole, "organization", &ResultRow::organization),
              role(MunicipalityRole, "municipality", &ResultRow::municipality),
              role(CategoriesRole, "categories", &ResultRow::categories),
              role(SnippetRole, "snippet", &ResultRow::snippet),
              {OpenStateRole, "openState",
               [](const ResultRow& row) {
                   return static_cast<int>(row.openState);
               }},
              role(StatusTextRole, "statusText", &ResultRow::statusText),
              {FreeRole, "free",
               [](const ResultRow& row) {
                   return optionalBool(row.free);
               }},
              {AnonymousRole, "anonymous",
               [](const ResultRow& row) {
                   return optionalBool(row.anonymous);
               }},
              role(WalkInRole, "walkIn", &ResultRow::walkIn),
              role(UnconfirmedRole, "unconfirmed", &ResultRow::unconfirmed),
              role(NoPhoneRole, "noPhone", &ResultRow::noPhone),
              role(LocalEditRole, "localEdit", &ResultRow::localEdit),
              role(PhoneRole, "phone", &ResultRow::phone),
          },
          NameRole, parent) {
}

QString SearchResultModel::idAt(int index) const {
    const ResultRow* found = row(index);
    return found ? found->id : QString();
}

int SearchResultModel::indexOf(const QString& id) const {
    return indexWhere([&](const ResultRow& row) { return row.id == id; });
}

} // namespace relais::app
