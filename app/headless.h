#pragma once
// The headless modes of `relais`, used by tests, scripts and the README's screenshots.

#include "app/appoptions.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <filesystem>
#include <functional>

class QQuickWindow;
class QQmlApplicationEngine;

namespace relais::app {

class AppContext;

// Collects every warning and error Qt and QML report while it exists (and still prints them).
class WarningCollector {
public:
    WarningCollector();
    ~WarningCollector();
    WarningCollector(const WarningCollector&) = delete;
    WarningCollector& operator=(const WarningCollector&) = delete;
    QStringList warnings() const;
    void add(const QString& warning);
};

// Drives the UI through steps, each applied once the previous one has settled (directory
// loaded, search, detail and sheet idle), then calls `done`.
class UiDriver : public QObject {
    Q_OBJECT
public:
    using Step = std::function<void()>;
    UiDriver(QQuickWindow& window, AppContext& app, QObject* parent = nullptr);
    void addStep(Step step) { steps_.push_back(std::move(step)); }
    // Runs on every settled state, before the next step (and after the last).
    void setCheck(Step check) { check_ = std::move(check); }
    // `done(ok)`: ok is false when the UI did not settle within the time limit.
    void start(std::function<void(bool)> done);
    bool settled() const;
    void setPage(const QString& page);

private:
    void tick();
    QQuickWindow& window_;
    AppContext& app_;
    std::vector<Step> steps_;
    Step check_;
    std::size_t next_ = 0;
    int quietTicks_ = 0;
    int ticks_ = 0;
    QTimer timer_;
    std::function<void(bool)> done_;
};

// "relais: MESSAGE" on standard error: what the headless modes say went wrong.
void printError(const QString& message);

// --screenshot: sets up the asked state, saves the window as PNG, returns an exit code
// through `finished`. Layout problems of what it shows (see layoutProblems) go to stderr.
void runScreenshot(QQuickWindow& window, AppContext& app, const AppOptions& options,
                   std::function<void(int)> finished);

// --self-test: visits every screen at phone and desktop sizes; exit code 1 on any warning.
void runSelfTest(QQuickWindow& window, AppContext& app, WarningCollector& warnings,
                 std::function<void(int)> finished);

// --sheet: writes the referral sheet without any window. Returns the exit code.
int exportSheet(const AppOptions& options, const std::filesystem::path& database, TimePoint now);

// --fiche: writes the memo sheet of a category or training scenario without any window.
int exportFiche(const AppOptions& options, const std::filesystem::path& database, TimePoint now);

} // namespace relais::app
