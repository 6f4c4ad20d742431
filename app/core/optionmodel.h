#pragma once
// A list of choices for a filter (categories, municipalities, spoken languages): a key the
// search understands and a label in the UI language.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace relais::app {

struct Option {
    QString key;
    QString label;
    int services = 0; // how many services have it (categories); 0 where not counted
    bool operator==(const Option&) const = default;
};

class OptionModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by DirectoryController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, ServicesRole };
    Q_ENUM(Role)

    explicit OptionModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(options_.size()); }
    void setOptions(std::vector<Option> options);
    // The label of `key`, or `key` itself when unknown.
    Q_INVOKABLE QString labelFor(const QString& key) const;

signals:
    void countChanged();

private:
    std::vector<Option> options_;
};

} // namespace relais::app
