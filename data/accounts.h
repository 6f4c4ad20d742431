#pragma once
// Staff accounts, their sessions and the audit log of writes, as stored on the server.
// Secrets never reach this layer in clear: accounts hold libsodium's encoded argon2id hash and
// sessions a hash of the token; hashing and token generation live in sync/.
// Thread rule: as Database. Times are ISO 8601 UTC strings ("2024-05-01T10:00:00Z"), which
// compare correctly as text.

#include "data/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

enum class Role { staff, admin };
std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view text);

struct Account {
    std::string user;
    std::string organization_id;
    Role role = Role::staff;
    std::string password_hash;
    bool disabled = false;
    std::string created_at;
    std::optional<std::string> last_login_at; // absent until the first successful login
};

struct AuditEntry {
    std::int64_t n = 0; // assigned on insert
    std::string at;
    std::string user;
    std::string action; // "create", "update", "delete", "confirm"
    std::string record_id;
    std::optional<std::string> before; // record JSON text; absent on create
    std::optional<std::string> after;  // absent on delete
};

class Accounts {
public:
    explicit Accounts(Database& db) : db_(db) {}

    // Throws Error(conflict) when the user name is taken.
    void add(const Account& account);
    std::optional<Account> find(std::string_view user);
    std::vector<Account> list(); // ordered by user name
    // Disabling also ends the account's sessions. Returns false for an unknown user.
    bool set_disabled(std::string_view user, bool disabled);
    // A new password hash; the account's sessions end with the old password. Returns false for
    // an unknown user.
    bool set_password(std::string_view user, std::string_view password_hash);

    // A successful login: the session and the account's last login (created_at), together.
    void add_session(std::string_view token_hash, std::string_view user,
                     std::string_view created_at, std::string_view expires_at);
    // The account behind a session that has not expired at `now` and whose account is enabled.
    std::optional<Account> session_account(std::string_view token_hash, std::string_view now);
    int purge_sessions(std::string_view now);      // drops expired sessions
    bool end_session(std::string_view token_hash); // logout; false when there was none

    std::int64_t audit(const AuditEntry& entry); // returns its n
    std::vector<AuditEntry> audit_log(std::int64_t after_n, int limit);

private:
    Database& db_;
};

} // namespace relais
