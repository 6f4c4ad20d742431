#pragma once
// Builds and wires the client's objects; QML receives this one object (Main.qml's required
// property `app`) and reaches every controller through it. No global instances: tests build
// their own AppContext on a test directory.

#include "app/core/clock.h"
#include "app/core/directorycontroller.h"
#include "app/core/directoryworker.h"
#include "app/core/displaysettings.h"
#include "app/core/languagecontroller.h"
#include "app/detail/detailcontroller.h"
#include "app/search/recentscontroller.h"
#include "app/search/searchcontroller.h"
#include "app/sheet/sheetcontroller.h"
#include "app/staff/conflictcontroller.h"
#include "app/staff/editorcontroller.h"
#include "app/staff/logincontroller.h"
#include "app/staff/staffcontroller.h"
#include "app/sync/synccontroller.h"
#include "app/trainer/classroomcontroller.h"
#include "app/trainer/guidecontroller.h"
#include "app/trainer/trainercontroller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <memory>

namespace relais::app {

class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(LanguageController* language READ language CONSTANT)
    Q_PROPERTY(DirectoryController* directory READ directory CONSTANT)
    Q_PROPERTY(SearchController* search READ search CONSTANT)
    Q_PROPERTY(DetailController* detail READ detail CONSTANT)
    Q_PROPERTY(SheetController* sheet READ sheet CONSTANT)
    Q_PROPERTY(SyncController* sync READ sync CONSTANT)
    Q_PROPERTY(TrainerController* trainer READ trainer CONSTANT)
    Q_PROPERTY(ClassroomController* classroom READ classroom CONSTANT)
    Q_PROPERTY(GuideController* guides READ guides CONSTANT)
    Q_PROPERTY(LoginController* login READ login CONSTANT)
    Q_PROPERTY(StaffController* staff READ staff CONSTANT)
    Q_PROPERTY(EditorController* editor READ editor CONSTANT)
    Q_PROPERTY(ConflictController* conflict READ conflict CONSTANT)
    Q_PROPERTY(RecentsController* recents READ recents CONSTANT)
    Q_PROPERTY(DisplaySettings* display READ display CONSTANT)
public:
    struct Options {
        std::filesystem::path database;
        QString language; // UI language code; empty: from the system
        Clock clock = systemNow;
        std::unique_ptr<SyncBackend> sync; // null: the build's default
    };

    explicit AppContext(Options options, QObject* parent = nullptr);
    ~AppContext() override;

    LanguageController* language() { return &language_; }
    DirectoryController* directory() { return &directory_; }
    SearchController* search() { return &search_; }
    DetailController* detail() { return &detail_; }
    SheetController* sheet() { return &sheet_; }
    SyncController* sync() { return &sync_; }
    TrainerController* trainer() { return &trainer_; }
    ClassroomController* classroom() { return &classroom_; }
    GuideController* guides() { return &guides_; }
    LoginController* login() { return &login_; }
    StaffController* staff() { return &staff_; }
    EditorController* editor() { return &editor_; }
    ConflictController* conflict() { return &conflict_; }
    RecentsController* recents() { return &recents_; }
    DisplaySettings* display() { return &display_; }
    DirectoryWorker& worker() { return worker_; }

private:
    // Declaration order is construction order: the worker outlives every controller using it.
    LanguageController language_;
    DirectoryWorker worker_;
    DirectoryController directory_;
    SearchController search_;
    DetailController detail_;
    SheetController sheet_;
    SyncController sync_;
    TrainerController trainer_;
    ClassroomController classroom_; // the class server, stopped with the app
    GuideController guides_;
    LoginController login_; // the staff session, kept beside the local directory (0600)
    StaffController staff_;
    EditorController editor_;
    ConflictController conflict_;
    // Recently opened and pinned services, beside the local directory (never synced).
    RecentsController recents_;
    DisplaySettings display_; // light or dark, text size: this device only
};

} // namespace relais::app
