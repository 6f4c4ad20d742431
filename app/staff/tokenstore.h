#pragma once
// Where a staff session is kept between runs. Never in the plain settings: the token in the
// platform's secret store where one answers (KeychainTokenStore), the rest, or everything
// where none does, in a file of the app's data folder only the user can read (0600), written
// atomically. Logging out removes both.

#include <QString>

#include <optional>

namespace relais::app {

struct StaffSession {
    QString serverUrl;
    QString user;
    QString token;
    QString expiresAt; // ISO 8601 UTC
    QString organizationId;
    QString role; // "staff" | "admin"
    bool operator==(const StaffSession&) const = default;
};

class TokenStore {
public:
    virtual ~TokenStore() = default;
    virtual std::optional<StaffSession> load() const = 0;
    // Empty on success, otherwise why it could not be kept, in plain words.
    virtual QString save(const StaffSession& session) = 0;
    virtual void clear() = 0;
};

class FileTokenStore final : public TokenStore {
public:
    explicit FileTokenStore(QString path) : path_(std::move(path)) {}
    std::optional<StaffSession> load() const override;
    QString save(const StaffSession& session) override;
    void clear() override;
    const QString& path() const { return path_; }

    // The session as the file has it, the token possibly empty (kept elsewhere).
    std::optional<StaffSession> loadFields() const;

private:
    QString path_;
};

} // namespace relais::app
