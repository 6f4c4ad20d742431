#include "data/accounts.h"

#include "data/columns.h"
#include "data/error.h"
#include "data/savepoint.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace relais {
namespace {

constexpr const char* kAccountColumns =
    "user_name, organization_id, role, password_hash, disabled, created_at, last_login_at";

Account account_from(SQLite::Statement& row) {
    Account account;
    account.user = row.getColumn(0).getString();
    account.organization_id = row.getColumn(1).getString();
    account.role = role_from_string(row.getColumn(2).getString()).value_or(Role::staff);
    account.password_hash = row.getColumn(3).getString();
    account.disabled = row.getColumn(4).getInt() != 0;
    account.created_at = row.getColumn(5).getString();
    account.last_login_at = nullable<std::string>(row.getColumn(6));
    return account;
}

void bind_optional(SQLite::Statement& statement, int index,
                   const std::optional<std::string>& value) {
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

} // namespace

std::string_view to_string(Role role) {
    return role == Role::admin ? "admin" : "staff";
}

std::optional<Role> role_from_string(std::string_view text) {
    if (text == "staff")
        return Role::staff;
    if (text == "admin")
        return Role::admin;
    return std::nullopt;
}

void Accounts::add(const Account& account) {
    SQLite::Statement insert(db_.sql(), std::string("INSERT INTO accounts (") + kAccountColumns +
                                            ") VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, account.user);
    insert.bind(2, account.organization_id);
    insert.bind(3, std::string(to_string(account.role)));
    insert.bind(4, account.password_hash);
    insert.bind(5, account.disabled ? 1 : 0);
    insert.bind(6, account.created_at);
    bind_optional(insert, 7, account.last_login_at);
    try {
        insert.exec();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_CONSTRAINT)
            throw Error(ErrorCode::conflict, "account already exists: " + account.user,
                        e.getExtendedErrorCode());
        throw Error(ErrorCode::sqlite, e.what(), e.getExtendedErrorCode());
    }
}

std::optional<Account> Accounts::find(std::string_view user) {
    SQLite::Statement query(db_.sql(), std::string("SELECT ") + kAccountColumns +
                                           " FROM accounts WHERE user_name = ?");
    query.bind(1, std::string(user));
    if (!query.executeStep())
        return std::nullopt;
    return account_from(query);
}

std::vector<Account> Accounts::list() {
    SQLite::Statement query(db_.sql(), std::string("SELECT ") + kAccountColumns +
                                           " FROM accounts ORDER BY user_name");
    std::vector<Account> accounts;
    while (query.executeStep())
        accounts.push_back(account_from(query));
    return accounts;
}

bool Accounts::set_disabled(std::string_view user, bool disabled) {
    ScopedSavepoint savepoint(db_.sql(), "set_disabled");
    SQLite::Statement update(db_.sql(), "UPDATE accounts SET disabled = ? WHERE user_name = ?");
    update.bind(1, disabled ? 1 : 0);
    update.bind(2, std::string(user));
    const bool found = update.exec() > 0;
    if (found && disabled) {
        SQLite::Statement end(db_.sql(), "DELETE FROM sessions WHERE user_name = ?");
        end.bind(1, std::string(user));
        end.exec();
    }
    savepoint.release();
    return found;
}

bool Accounts::set_password(std::string_view user, std::string_view password_hash) {
    ScopedSavepoint savepoint(db_.sql(), "set_password");
    SQLite::Statement update(db_.sql(),
                             "UPDATE accounts SET password_hash = ? WHERE user_name = ?");
    update.bind(1, std::string(password_hash));
    update.bind(2, std::string(user));
    const bool found = update.exec() > 0;
    if (found) {
        SQLite::Statement end(db_.sql(), "DELETE FROM sessions WHERE user_name = ?");
        end.bind(1, std::string(user));
        end.exec();
    }
    savepoint.release();
    return found;
}

void Accounts::add_session(std::string_view token_hash, std::string_view user,
                           std::string_view created_at, std::string_view expires_at) {
    ScopedSavepoint savepoint(db_.sql(), "add_session");
    SQLite::Statement insert(db_.sql(), "INSERT INTO sessions "
                                        "(token_hash, user_name, created_at, expires_at) "
                                        "VALUES (?, ?, ?, ?)");
    insert.bind(1, std::string(token_hash));
    insert.bind(2, std::string(user));
    insert.bind(3, std::string(created_at));
    insert.bind(4, std::string(expires_at));
    insert.exec();
    SQLite::Statement login(db_.sql(), "UPDATE accounts SET last_login_at = ? WHERE user_name = ?");
    login.bind(1, std::string(created_at));
    login.bind(2, std::string(user));
    login.exec();
    savepoint.release();
}

std::optional<Account> Accounts::session_account(std::string_view token_hash,
                                                 std::string_view now) {
    SQLite::Statement query(
        db_.sql(), "SELECT a.user_name, a.organization_id, a.role, a.password_hash, a.disabled, "
                   "a.created_at, a.last_login_at "
                   "FROM sessions s JOIN accounts a ON a.user_name = s.user_name "
                   "WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled = 0");
    query.bind(1, std::string(token_hash));
    query.bind(2, std::string(now));
    if (!query.executeStep())
        return std::nullopt;
    return account_from(query);
}

bool Accounts::end_session(std::string_view token_hash) {
    SQLite::Statement drop(db_.sql(), "DELETE FROM sessions WHERE token_hash = ?");
    drop.bind(1, std::string(token_hash));
    return drop.exec() > 0;
}

int Accounts::purge_sessions(std::string_view now) {
    SQLite::Statement drop(db_.sql(), "DELETE FROM sessions WHERE expires_at <= ?");
    drop.bind(1, std::string(now));
    return drop.exec();
}

std::int64_t Accounts::audit(const AuditEntry& entry) {
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO audit_log "
                             "(at, user_name, action, record_id, before_json, after_json) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.at);
    insert.bind(2, entry.user);
    insert.bind(3, entry.action);
    insert.bind(4, entry.record_id);
    bind_optional(insert, 5, entry.before);
    bind_optional(insert, 6, entry.after);
    insert.exec();
    return db_.sql().getLastInsertRowid();
}

std::vector<AuditEntry> Accounts::audit_log(std::int64_t after_n, int limit) {
    SQLite::Statement query(db_.sql(),
                            "SELECT n, at, user_name, action, record_id, before_json, after_json "
                            "FROM audit_log WHERE n > ? ORDER BY n LIMIT ?");
    query.bind(1, after_n);
    query.bind(2, limit);
    std::vector<AuditEntry> entries;
    while (query.executeStep()) {
        AuditEntry entry;
        entry.n = query.getColumn(0).getInt64();
        entry.at = query.getColumn(1).getString();
        entry.user = query.getColumn(2).getString();
        entry.action = query.getColumn(3).getString();
        entry.record_id = query.getColumn(4).getString();
        entry.before = nullable<std::string>(query.getColumn(5));
        entry.after = nullable<std::string>(query.getColumn(6));
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace relais
