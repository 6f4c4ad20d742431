#pragma once
// The list models the UI shows: a snapshot of rows in a std::vector, replaced or edited from
// the UI thread, and roles declared once as a table of {role, name, accessor}. A model is a
// small class (for QML_ELEMENT, its Role enum and its own invokables) that hands its table to
// the constructor:
//
//     class OptionModel : public RELAIS_ROW_LIST_MODEL(Option) { Q_OBJECT ... };
//     OptionModel::OptionModel(QObject* parent)
//         : RowListModel({role(KeyRole, "key", &Option::key), ...}, LabelRole, parent) {}

#include <QAbstractListModel>
#include <QByteArray>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace relais::app {

// The part moc sees (it does not take templates): what QML binds to besides the roles.
class RowListModelBase : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }

signals:
    void countChanged();
};

// One role: its number (the model's Role enum), its name in QML and how to read it off a row.
template <typename Row> struct RowRole {
    int role;
    QByteArray name;
    std::function<QVariant(const Row&)> value;
};

// A role that is one member of the row, as it is. Computed roles are written out:
// {FreeRole, "free", [](const ResultRow& row) { return optionalBool(row.free); }}.
template <typename Row, typename T>
RowRole<Row> role(int number, const char* name, T Row::*member) {
    return {number, name, [member](const Row& row) {
                return QVariant::fromValue(row.*member);
            }};
}

template <typename Row> class RowListModel : public RowListModelBase {
public:
    // `displayRole`: the role Qt::DisplayRole answers with too (0: none).
    explicit RowListModel(std::vector<RowRole<Row>> roles, int displayRole = 0,
                          QObject* parent = nullptr)
        : RowListModelBase(parent), roles_(std::move(roles)), displayRole_(displayRole) {}

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (role == Qt::DisplayRole)
            role = displayRole_;
        const auto found = std::find_if(roles_.begin(), roles_.end(),
                                        [role](const RowRole<Row>& r) { return r.role == role; });
        if (found == roles_.end())
            return {};
        return found->value(rows_[static_cast<std::size_t>(index.row())]);
    }

    QHash<int, QByteArray> roleNames() const override {
        QHash<int, QByteArray> names;
        for (const RowRole<Row>& r : roles_)
            names.insert(r.role, r.name);
        return names;
    }

    const std::vector<Row>& rows() const { return rows_; }
    const Row* row(int index) const {
        return index >= 0 && index < count() ? &rows_[static_cast<std::size_t>(index)] : nullptr;
    }
    // The first row where `matches` holds, or -1.
    template <typename Match> int indexWhere(Match matches) const {
        const auto it = std::find_if(rows_.begin(), rows_.end(), matches);
        return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
    }

    // Replaces every row: views start again from the top. Nothing happens when nothing
    // changed.
    void reset(std::vector<Row> rows) {
        if (rows == rows_)
            return;
        const std::size_t before = rows_.size();
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
        if (rows_.size() != before)
            emit countChanged();
    }

    // The same rows (by `key`, in the same order) are updated in place, so that delegates and
    // the current item stay; otherwise as reset().
    template <typename Key> void replace(std::vector<Row> rows, Key Row::*key) {
        const bool sameRows =
            std::equal(rows.begin(), rows.end(), rows_.begin(), rows_.end(),
                       [key](const Row& a, const Row& b) { return a.*key == b.*key; });
        if (!sameRows) {
            reset(std::move(rows));
            return;
        }
        for (std::size_t i = 0; i < rows.size(); ++i)
            setRow(static_cast<int>(i), std::move(rows[i]));
    }

    // Changes one row; false when there is no such row or nothing changed.
    bool setRow(int index, Row value, const QList<int>& roles = {}) {
        if (index < 0 || index >= count() || rows_[static_cast<std::size_t>(index)] == value)
            return false;
        rows_[static_cast<std::size_t>(index)] = std::move(value);
        emit dataChanged(this->index(index), this->index(index), roles);
        return true;
    }
    template <typename Change>
    bool editRow(int index, Change change, const QList<int>& roles = {}) {
        if (index < 0 || index >= count())
            return false;
        Row value = rows_[static_cast<std::size_t>(index)];
        change(value);
        return setRow(index, std::move(value), roles);
    }

    void append(Row value) {
        beginInsertRows({}, count(), count());
        rows_.push_back(std::move(value));
        endInsertRows();
        emit countChanged();
    }

    bool removeAt(int index) {
        if (index < 0 || index >= count())
            return false;
        beginRemoveRows({}, index, index);
        rows_.erase(rows_.begin() + index);
        endRemoveRows();
        emit countChanged();
        return true;
    }

private:
    std::vector<RowRole<Row>> roles_;
    int displayRole_;
    std::vector<Row> rows_;
};

} // namespace relais::app

// The base a model names: moc, which does not take templates and whose type registration must
// see a QObject it knows, is shown RowListModelBase; the compiler RowListModel<Row>, which adds
// no meta-object of its own.
#ifdef Q_MOC_RUN
#define RELAIS_ROW_LIST_MODEL(Row) relais::app::RowListModelBase
#else
#define RELAIS_ROW_LIST_MODEL(Row) relais::app::RowListModel<Row>
#endif
