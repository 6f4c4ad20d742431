#pragma once
// The seam between the client and the sync engine (sync/, Qt-free). The UI only knows this
// interface; which engine runs behind it is decided in syncbackend.cpp.

#include <QString>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
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
    // Staff edits (with a session token): sent, kept as conflicts, refused by the server.
    int pushed = 0;
    int conflicts = 0;
    int rejected = 0;
    bool unauthorized = false; // the session was refused: log in again, the edits wait
};

// A staff session from POST /v1/session.
struct LoginOutcome {
    bool ok = false;
    bool offline = false;
    QString error; // plain words, when !ok
    std::string token, expiresAt, organizationId, role;
};

class SyncBackend {
public:
    virtual ~SyncBackend() = default;
    // False when this build has no sync engine; the UI then says so instead of offering a
    // button that cannot work.
    virtual bool available() const = 0;
    // Runs on its own thread with its own connection to `database`. What was committed before
    // a failure or a cancel stays committed; nothing is ever half-applied.
    // With a token, the staff outbox is pushed first; pending edits stay visible locally.
    virtual SyncOutcome run(const std::string& serverUrl, const std::filesystem::path& database,
                            const std::optional<std::string>& token,
                            const std::function<void(SyncProgress)>& progress) = 0;
    // Blocking: call from a worker thread.
    virtual LoginOutcome login(const std::string& serverUrl, const std::string& user,
                               const std::string& password) = 0;
    // Blocking, best effort: the server forgets the token (DELETE /v1/session). Offline or
    // refused, nothing else happens: the token then simply expires on the server.
    virtual void logout(const std::string& serverUrl, const std::string& token) = 0;
    // From any thread: the running sync stops at its next step.
    virtual void cancel() = 0;
};

std::unique_ptr<SyncBackend> makeSyncBackend();

} // namespace relais::app
