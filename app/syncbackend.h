#pragma once
// The seam between the client and the sync engine (sync/, Qt-free). The UI only knows this
// interface; which engine runs behind it is decided in syncbackend.cpp.

#include <QString>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace relais::app {

struct SyncProgress {
    int done = 0;
    int total = 0; // 0: not known yet
};

struct SyncOutcome {
    bool ok = false;
    bool offline = false; // the server could not be reached: nothing is wrong locally
    int changes = 0;      // records added, changed or removed
    QString error;        // plain words, when !ok
};

class SyncBackend {
public:
    virtual ~SyncBackend() = default;
    // False when this build has no sync engine; the UI then says so instead of offering a
    // button that cannot work.
    virtual bool available() const = 0;
    // Runs on its own thread with its own connection to `database`. What was committed before
    // a failure or a cancel stays committed; nothing is ever half-applied.
    virtual SyncOutcome run(const std::string& serverUrl, const std::filesystem::path& database,
                            const std::function<void(SyncProgress)>& progress) = 0;
    // From any thread: the running sync stops at its next step.
    virtual void cancel() = 0;
};

std::unique_ptr<SyncBackend> makeSyncBackend();

} // namespace relais::app
