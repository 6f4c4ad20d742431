#include "app/staff/editorlists.h"

namespace relais::app {

HoursModel::HoursModel(QObject* parent)
    : RowListModel(
          {role(DaysRole, "days", &HoursRow::days), role(OpensRole, "opens", &HoursRow::opens),
           role(ClosesRole, "closes", &HoursRow::closes), role(NoteRole, "note", &HoursRow::note),
           role(PastMidnightRole, "pastMidnight", &HoursRow::pastMidnight),
           role(DaysErrorRole, "daysError", &HoursRow::daysError),
           role(OpensErrorRole, "opensError", &HoursRow::opensError),
           role(ClosesErrorRole, "closesError", &HoursRow::closesError),
           role(NoteErrorRole, "noteError", &HoursRow::noteError)},
          0, parent) {
}

template <typename Change> void HoursModel::change(int row, Change apply) {
    if (editRow(row, apply))
        emit edited();
}

void HoursModel::addRange() {
    // A new line starts as the usual office day, Monday to Friday, so most edits are one tap.
    append(HoursRow{
        0b0011111, QStringLiteral("09:00"), QStringLiteral("17:00"), {}, false, {}, {}, {}, {}});
    emit edited();
}

void HoursModel::removeRange(int row) {
    if (removeAt(row))
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
    reset(std::move(rows));
    emit edited();
}

void HoursModel::setErrors(const std::vector<HoursRow>& errors) {
    for (std::size_t i = 0; i < rows().size() && i < errors.size(); ++i) {
        const HoursRow& e = errors[i];
        editRow(static_cast<int>(i),
                [&](HoursRow& r) {
                    r.daysError = e.daysError;
                    r.opensError = e.opensError;
                    r.closesError = e.closesError;
                    r.noteError = e.noteError;
                },
                {DaysErrorRole, OpensErrorRole, ClosesErrorRole, NoteErrorRole});
    }
}

PhoneModel::PhoneModel(QObject* parent)
    : RowListModel({role(NumberRole, "number", &PhoneRow::number),
                    role(LabelRole, "label", &PhoneRow::label),
                    role(NumberErrorRole, "numberError", &PhoneRow::numberError),
                    role(LabelErrorRole, "labelError", &PhoneRow::labelError)},
                   0, parent) {
}

template <typename Change> void PhoneModel::change(int row, Change apply, const QList<int>& roles) {
    if (editRow(row, apply, roles))
        emit edited();
}

void PhoneModel::addPhone() {
    append({});
    emit edited();
}

void PhoneModel::removePhone(int row) {
    if (removeAt(row))
        emit edited();
}

void PhoneModel::setNumber(int row, const QString& text) {
    change(row, [&](PhoneRow& r) { r.number = text; }, {NumberRole});
}

void PhoneModel::setLabel(int row, const QString& text) {
    change(row, [&](PhoneRow& r) { r.label = text; }, {LabelRole});
}

void PhoneModel::setRows(std::vector<PhoneRow> rows) {
    reset(std::move(rows));
    emit edited();
}

void PhoneModel::setErrors(const std::vector<PhoneRow>& errors) {
    for (std::size_t i = 0; i < rows().size() && i < errors.size(); ++i) {
        editRow(static_cast<int>(i),
                [&](PhoneRow& r) {
                    r.numberError = errors[i].numberError;
                    r.labelError = errors[i].labelError;
                },
                {NumberErrorRole, LabelErrorRole});
    }
}

} // namespace relais::app
