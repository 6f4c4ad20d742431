#include "app/staff/editorlists.h"

namespace relais::app {

HoursModel::HoursModel(QObject* parent) : QAbstractListModel(parent) {
}

int HoursModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant HoursModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const HoursRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DaysRole:
        return r.days;
    case OpensRole:
        return r.opens;
    case ClosesRole:
        return r.closes;
    case NoteRole:
        return r.note;
    case PastMidnightRole:
        return r.pastMidnight;
    case DaysErrorRole:
        return r.daysError;
    case OpensErrorRole:
        return r.opensError;
    case ClosesErrorRole:
        return r.closesError;
    case NoteErrorRole:
        return r.noteError;
    default:
        return {};
    }
}

QHash<int, QByteArray> HoursModel::roleNames() const {
    return {{DaysRole, "days"},
            {OpensRole, "opens"},
            {ClosesRole, "closes"},
            {NoteRole, "note"},
            {PastMidnightRole, "pastMidnight"},
            {DaysErrorRole, "daysError"},
            {OpensErrorRole, "opensError"},
            {ClosesErrorRole, "closesError"},
            {NoteErrorRole, "noteError"}};
}

template <typename Change> void HoursModel::change(int row, Change apply) {
    if (row < 0 || row >= count())
        return;
    apply(rows_[static_cast<std::size_t>(row)]);
    emit dataChanged(index(row), index(row));
    emit edited();
}

void HoursModel::addRange() {
    // A new line starts as the usual office day, Monday to Friday, so most edits are one tap.
    beginInsertRows({}, count(), count());
    rows_.push_back(HoursRow{
        0b0011111, QStringLiteral("09:00"), QStringLiteral("17:00"), {}, false, {}, {}, {}, {}});
    endInsertRows();
    emit edited();
}

void HoursModel::removeRange(int row) {
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
    emit edited();
}

void HoursModel::setDay(int row, int day, bool on) {
    if (day < 0 || day > 6)
        return;
    change(row, [&](HoursRow& r) { r.days = on ? (r.days | (1 << day)) : (r.days & ~(1 << day)); });
}

void HoursModel::setOpens(int row, const QString& text) {
    change(row, [&](HoursRow& r) { r.opens = text; });
}

void HoursModel::setCloses(int row, const QString& text) {
    change(row, [&](HoursRow& r) { r.closes = text; });
}

void HoursModel::setNote(int row, const QString& text) {
    change(row, [&](HoursRow& r) { r.note = text; });
}

void HoursModel::setPastMidnight(int row, bool on) {
    change(row, [&](HoursRow& r) { r.pastMidnight = on; });
}

void HoursModel::setRows(std::vector<HoursRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit edited();
}

void HoursModel::setErrors(const std::vector<HoursRow>& errors) {
    for (std::size_t i = 0; i < rows_.size() && i < errors.size(); ++i) {
        HoursRow& r = rows_[i];
        const HoursRow& e = errors[i];
        if (r.daysError == e.daysError && r.opensError == e.opensError &&
            r.closesError == e.closesError && r.noteError == e.noteError)
            continue;
        r.daysError = e.daysError;
        r.opensError = e.opensError;
        r.closesError = e.closesError;
        r.noteError = e.noteError;
        const int row = static_cast<int>(i);
        emit dataChanged(index(row), index(row),
                         {DaysErrorRole, OpensErrorRole, ClosesErrorRole, NoteErrorRole});
    }
}

PhoneModel::PhoneModel(QObject* parent) : QAbstractListModel(parent) {
}

int PhoneModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant PhoneModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const PhoneRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case NumberRole:
        return r.number;
    case LabelRole:
        return r.label;
    case NumberErrorRole:
        return r.numberError;
    case LabelErrorRole:
        return r.labelError;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhoneModel::roleNames() const {
    return {{NumberRole, "number"},
            {LabelRole, "label"},
            {NumberErrorRole, "numberError"},
            {LabelErrorRole, "labelError"}};
}

void PhoneModel::addPhone() {
    beginInsertRows({}, count(), count());
    rows_.push_back({});
    endInsertRows();
    emit edited();
}

void PhoneModel::removePhone(int row) {
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
    emit edited();
}

void PhoneModel::setNumber(int row, const QString& text) {
    if (row < 0 || row >= count())
        return;
    rows_[static_cast<std::size_t>(row)].number = text;
    emit dataChanged(index(row), index(row), {NumberRole});
    emit edited();
}

void PhoneModel::setLabel(int row, const QString& text) {
    if (row < 0 || row >= count())
        return;
    rows_[static_cast<std::size_t>(row)].label = text;
    emit dataChanged(index(row), index(row), {LabelRole});
    emit edited();
}

void PhoneModel::setRows(std::vector<PhoneRow> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit edited();
}

void PhoneModel::setErrors(const std::vector<PhoneRow>& errors) {
    for (std::size_t i = 0; i < rows_.size() && i < errors.size(); ++i) {
        PhoneRow& r = rows_[i];
        if (r.numberError == errors[i].numberError && r.labelError == errors[i].labelError)
            continue;
        r.numberError = errors[i].numberError;
        r.labelError = errors[i].labelError;
        const int row = static_cast<int>(i);
        emit dataChanged(index(row), index(row), {NumberErrorRole, LabelErrorRole});
    }
}

} // namespace relais::app
