#pragma once
// The layout check: what is wrong with the layout a window shows, and --layout-check, which
// shows every screen at phone, tablet, projector and desktop sizes and reports it.

#include "app/headless.h"

#include <QQuickWindow>
#include <QStringList>

#include <functional>

namespace relais::app {

class AppContext;

// What is wrong with the layout now shown: every visible item that runs past the window's right
// edge (or past a clipping parent that does not scroll sideways), text painted past its box or
// broken inside a word, items a layout placed over one another, and every visible screen (an
// item named "...Page") showing no text.
QStringList layoutProblems(QQuickWindow& window);

// --layout-check: every screen at 390x844, 600x900, 1024x768 and 1280x800, in fr, nl and en,
// presentation mode included; exit code 1 on any layout problem or QML warning.
void runLayoutCheck(QQuickWindow& window, AppContext& app, WarningCollector& warnings,
                    std::function<void(int)> finished);

} // namespace relais::app
