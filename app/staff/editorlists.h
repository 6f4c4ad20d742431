#pragma once
// The editor's structured lists: opening hours (days, ranges, several ranges per day, notes)
// and phone numbers. Rows hold what the user typed, as typed; the editor validates them with
// the shared rules and hands each row its problems.

#include "app/core/rowlistmodel.h"

#include "data/model.h"

#include <QtQml/qqmlregistration.h>

#include <optional>

namespace relais::app {

struct HoursRow {
    int days = 0; // bit set, Monday = bit 0
    QString opens, closes, note;
    bool pastMidnight = false; // closes the next day
    QString daysError, opensError, closesError, noteError;
    bool operator==(const HoursRow&) const = default;
};

class HoursModel : public RELAIS_ROW_LIST_MODEL(HoursRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by EditorController")
public:
    enum Role {
        DaysRole = Qt::UserRole + 1,
        OpensRole,
        ClosesRole,
        NoteRole,
        PastMidnightRole,
        DaysErrorRole,
        OpensErrorRole,
        ClosesErrorRole,
        NoteErrorRole,
    };
    Q_ENUM(Role)
    explicit HoursModel(QObject* parent = nullptr);

    Q_INVOKABLE void addRange();
    Q_INVOKABLE void removeRange(int row);
    Q_INVOKABLE void setDay(int row, int day, bool on);
    Q_INVOKABLE void setOpens(int row, const QString& text);
    Q_INVOKABLE void setCloses(int row, const QString& text);
    Q_INVOKABLE void setNote(int row, const QString& text);
    Q_INVOKABLE void setPastMidnight(int row, bool on);

    void setRows(std::vector<HoursRow> rows);
    // Replaces the error texts only (no `edited`).
    void setErrors(const std::vector<HoursRow>& errors);

signals:
    void edited(); // a change by the user: the editor validates again

private:
    template <typename Change> void change(int row, Change change);
};

struct PhoneRow {
    QString number, label;
    QString numberError, labelError;
    std::optional<Phone> loaded; // the number as the listing had it: what the form does not show
    bool operator==(const PhoneRow&) const = default;
};

class PhoneModel : public RELAIS_ROW_LIST_MODEL(PhoneRow) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by EditorController")
public:
    enum Role { NumberRole = Qt::UserRole + 1, LabelRole, NumberErrorRole, LabelErrorRole };
    Q_ENUM(Role)
    explicit PhoneModel(QObject* parent = nullptr);

    Q_INVOKABLE void addPhone();
    Q_INVOKABLE void removePhone(int row);
    Q_INVOKABLE void setNumber(int row, const QString& text);
    Q_INVOKABLE void setLabel(int row, const QString& text);

    void setRows(std::vector<PhoneRow> rows);
    void setErrors(const std::vector<PhoneRow>& errors);

signals:
    void edited();

private:
    template <typename Change> void change(int row, Change change, const QList<int>& roles = {});
};

} // namespace relais::app
