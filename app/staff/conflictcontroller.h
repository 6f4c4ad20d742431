#pragma once
// Resolving a conflict: the server changed a listing while this device had an edit of it. The
// screen shows the local draft and the server's version field by field; the user keeps theirs,
// takes the server's, or picks per field. The result goes again on top of the server's
// version at the next sync. Until then both versions are kept: nothing is lost.

#include "app/core/rowlistmodel.h"

#include "data/model.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace relais::app {

class DirectoryController;
class DirectoryWorker;
class LanguageController;
class StaffController;

struct ConflictField {
    QString key; // "name", "hours", "phones"...
    QString label;
    QString mine, theirs; // in words; "Unknown" when absent
    bool differs = false;
    bool useMine = false;
    bool operator==(const ConflictField&) const = default;
};

class ConflictFieldModel : public RELAIS_ROW_LIST_MODEL(ConflictField) {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ConflictController")
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        MineRole,
        TheirsRole,
        DiffersRole,
        UseMineRole,
    };
    Q_ENUM(Role)
    explicit ConflictFieldModel(QObject* parent = nullptr);
    // False where the versions do not differ: there is nothing to choose.
    bool setUseMine(int row, bool useMine);
};

class ConflictController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY stateChanged)
    // What the local edit was: "update", "create", "delete" or "confirm". Only edits of the
    // record's fields can be merged per field.
    Q_PROPERTY(QString operation READ operation NOTIFY stateChanged)
    Q_PROPERTY(bool canMerge READ canMerge NOTIFY stateChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(int differences READ differences NOTIFY stateChanged)
    Q_PROPERTY(ConflictFieldModel* fields READ fields CONSTANT)
public:
    ConflictController(DirectoryWorker& worker, DirectoryController& directory,
                       LanguageController& language, StaffController& staff,
                       QObject* parent = nullptr);

    bool active() const { return active_; }
    bool loading() const { return loading_; }
    QString serviceId() const { return serviceId_; }
    QString title() const;
    QString operation() const { return operation_; }
    bool canMerge() const { return mine_.has_value() && theirs_.has_value(); }
    QString summary() const;
    QString errorText() const { return errorText_; }
    int differences() const;
    ConflictFieldModel* fields() { return &fields_; }

    Q_INVOKABLE void open(const QString& serviceId);
    Q_INVOKABLE void close();
    Q_INVOKABLE void choose(int row, bool useMine);
    Q_INVOKABLE void keepMine();
    Q_INVOKABLE void takeTheirs();
    Q_INVOKABLE void applyMerge();

    // The merged record: the server's, with the fields chosen from the draft.
    std::optional<Service> merged() const;

signals:
    void stateChanged();
    void resolved(const QString& id);

private:
    void rebuild();
    template <typename Task> void resolve(Task task, QString done);
    DirectoryWorker& worker_;
    DirectoryController& directory_;
    LanguageController& language_;
    StaffController& staff_;
    ConflictFieldModel fields_;
    bool active_ = false, loading_ = false;
    QString serviceId_, operation_, errorText_;
    std::int64_t entry_ = 0;
    std::optional<Service> mine_, theirs_;
};

} // namespace relais::app
