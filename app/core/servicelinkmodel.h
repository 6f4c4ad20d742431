#pragma once
// A short list of services to reach in one tap (24/7 lines, recently opened, pinned): the
// name in the UI language and the first number. A snapshot, replaced as a whole.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace relais::app {

struct ServiceLink {
    QString id;
    QString name;
    QString phone; // the first number listed; empty when none is known
    QString note;  // "24/7", or empty
    bool operator==(const ServiceLink&) const = default;
};

class ServiceLinkModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PhoneRole, NoteRole };
    Q_ENUM(Role)

    explicit ServiceLinkModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(links_.size()); }
    const std::vector<ServiceLink>& links() const { return links_; }
    void setLinks(std::vector<ServiceLink> links);

signals:
    void countChanged();

private:
    std::vector<ServiceLink> links_;
};

} // namespace relais::app
