#pragma once
// A short list of services to reach in one tap (24/7 lines, recently opened, pinned): the
// name in the UI language and the first number. A snapshot, replaced as a whole.

#include "app/core/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace relais::app {

struct ServiceLink {
    QString id;
    QString name;
    QString phone; // the first number listed; empty when none is known
    QString note;  // "24/7", or empty
    bool operator==(const ServiceLink&) const = default;
};

class ServiceLinkModel : public RELAIS_ROW_LIST_MODEL(ServiceLink) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PhoneRole, NoteRole };
    Q_ENUM(Role)

    explicit ServiceLinkModel(QObject* parent = nullptr);
};

} // namespace relais::app
