#pragma once
// A list of choices for a filter (categories, municipalities, spoken languages): a key the
// search understands and a label in the UI language.

#include "app/core/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace relais::app {

struct Option {
    QString key;
    QString label;
    int services = 0; // how many services have it (categories); 0 where not counted
    bool operator==(const Option&) const = default;
};

class OptionModel : public RELAIS_ROW_LIST_MODEL(Option) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by DirectoryController")
public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, ServicesRole };
    Q_ENUM(Role)

    explicit OptionModel(QObject* parent = nullptr);
    // The label of `key`, or `key` itself when unknown.
    Q_INVOKABLE QString labelFor(const QString& key) const;
};

} // namespace relais::app
