#include "sync/write_routes.h"

#include "data/changelog.h"
#include "data/seed_json.h"
#include "sync/clock.h"

#include <SQLiteCpp/Transaction.h>
#include <boost/json.hpp>

namespace relais::sync {
namespace json = boost::json;

std::string_view to_string(WriteAction action) {
    switch (action) {
    case WriteAction::create:
        return "create";
    case WriteAction::update:
        return "update";
    case WriteAction::remove:
        return "delete";
    case WriteAction::confirm:
        return "confirm";
    }
    return "?";
}

HttpResponse WriteRoutes::login(const HttpRequest& request) {
    json::object body = body_object(request);
    const json::value* user = body.if_contains("user");
    const json::value* password = body.if_contains("password");
    std::vector<ErrorDetail> problems;
    if (!user || !user->is_string() || user->get_string().empty() ||
        user->get_string().size() > 128)
        problems.push_back({"user", "a user name of 1 to 128 characters is required"});
    if (!password || !password->is_string() || password->get_string().size() > 1024)
        problems.push_back({"password", "a password of at most 1024 characters is required"});
    if (!problems.empty())
        throw HttpError{422, "invalid_fields", "user and password are required", problems};

    const std::string user_name(user->get_string());
    const std::string from = address_key(request.remote_address);
    // The pair first: a success forgets it (see LoginLimiter::succeeded).
    const std::vector<LoginLimiter::Key> keys{
        {"user:" + std::to_string(user_name.size()) + ":" + user_name + "@" + from,
         options_.login_max_failures},
        {"address:" + from, options_.login_max_failures_per_address}};
    if (const auto wait = limiter_.begin(keys, LoginLimiter::Clock::now()))
        throw HttpError{429, "too_many_requests", "too many failed logins; try again later",
                        {},  std::nullopt,        {{"Retry-After", std::to_string(wait->count())}}};

    std::optional<Account> account;
    {
        auto db = pool_.borrow();
        account = Accounts(*db).find(user_name);
    }
    // The hash runs with no connection borrowed: it is slow on purpose.
    const bool ok = verify_password(account && !account->disabled ? account->password_hash : "",
                                    std::string_view(password->get_string()));
    if (!ok)
        throw HttpError{401, "invalid_credentials", "wrong user name or password",
                        {},  std::nullopt,          {{"WWW-Authenticate", "Bearer"}}};
    limiter_.succeeded(keys);
    const std::string token = new_token();
    const auto wall = std::chrono::system_clock::now();
    const std::string expires_at = iso8601(wall + options_.token_lifetime);
    {
        // The session and the account's last login, written only past the password check.
        auto db = pool_.borrow();
        Accounts(*db).add_session(token_hash(token), user_name, iso8601(wall), expires_at);
    }
    return json_response(200,
                         to_json(SessionInfo{token, expires_at, account->organization_id,
                                             std::string(to_string(account->role))}),
                         {{"Cache-Control", "no-store"}});
}

// The session ends on the server: its token is refused from now on.
HttpResponse WriteRoutes::logout(const HttpRequest& request) {
    auto db = pool_.borrow();
    require_account(request, *db);
    Accounts(*db).end_session(token_hash(*bearer_token(request)));
    return no_content();
}

Account WriteRoutes::require_account(const HttpRequest& request, Database& db) {
    const Headers challenge{{"WWW-Authenticate", "Bearer"}};
    const auto token = bearer_token(request);
    if (!token)
        throw HttpError{401, "unauthorized", "this needs a staff login (Authorization: Bearer)",
                        {},  std::nullopt,   challenge};
    auto account = Accounts(db).session_account(token_hash(*token), now_iso8601());
    if (!account)
        throw HttpError{401, "unauthorized", "the session is unknown or has expired; log in again",
                        {},  std::nullopt,   challenge};
    return *account;
}

Service WriteRoutes::decode_write(json::object body, const std::string& id, std::int64_t version,
                                  const std::string& now, Store& store) {
    std::vector<ErrorDetail> details;
    if (const json::value* sent = body.if_contains("id");
        sent && (!sent->is_string() || sent->get_string() != id))
        details.push_back({"id", "does not match the service addressed"});
    // The server owns these: whatever the client sent is replaced.
    body["id"] = id;
    body["version"] = version;
    body["updated_at"] = now;
    std::vector<std::string> known;
    for (const Category& category : store.categories())
        known.push_back(category.id);
    std::vector<Problem> problems;
    Service service = service_from_json(body, problems, known);
    for (const Problem& problem : problems)
        details.push_back({problem.field, problem.message});
    if (details.empty() && !store.organization(service.organization_id))
        details.push_back({"organization_id", "no such organization"});
    if (!details.empty())
        throw HttpError{422, "invalid_fields", "some fields are invalid", details};
    return service;
}

// Trust is not the client's to say (data/trust.h). An edit by the organisation's own staff is
// a confirmation, dated by the server's clock, never the client's; an administrator's edit is
// not. The research fields (checked_on, evidence_date) change only through an administrator.
static void owned_fields(Service& next, const std::optional<Service>& current,
                         const Account& account, const std::string& now) {
    const bool staff = account.role != Role::admin;
    next.last_verified_at = staff     ? std::optional<std::string>(now)
                            : current ? current->last_verified_at
                                      : std::nullopt;
    if (staff) {
        next.checked_on = current ? current->checked_on : std::nullopt;
        next.evidence_date = current ? current->evidence_date : std::nullopt;
    }
}

HttpResponse WriteRoutes::write(const HttpRequest& request, WriteAction action,
                                const std::string& path_id) {
    const bool creating = action == WriteAction::create;
    std::optional<json::object> body;
    if (action == WriteAction::create || action == WriteAction::update)
        body = body_object(request);
    auto db = pool_.borrow();
    const Account account = require_account(request, *db);
    const std::int64_t base = creating ? 0 : required_if_match(request);
    std::string id = path_id;
    if (creating) {
        const json::value* sent = body->if_contains("id");
        if (!sent || !sent->is_string() || sent->get_string().empty() ||
            sent->get_string().size() > 200)
            throw HttpError{422,
                            "invalid_fields",
                            "a new service needs an id",
                            {{"id", "a string of 1 to 200 characters is required"}}};
        id = std::string(sent->get_string());
    }
    const auto may_write = [&](const std::string& organization_id) {
        if (account.role != Role::admin && organization_id != account.organization_id)
            throw HttpError{403, "forbidden",
                            "this listing belongs to another organisation; ask its staff or an "
                            "administrator"};
    };

    SQLite::Transaction transaction(db->sql(), SQLite::TransactionBehavior::IMMEDIATE);
    Store store(*db);
    const std::string now = now_iso8601();
    const std::optional<Service> current = store.service(id);
    Service next;
    if (creating) {
        if (current) {
            may_write(current->organization_id);
            throw HttpError{
                409, "conflict", "a service with this id exists", {}, relais::to_json(*current)};
        }
        const std::optional<Tombstone> tombstone = store.tombstone(id);
        // A deleted id stays its organisation's (an administrator may give it to another).
        if (tombstone && tombstone->organization_id)
            may_write(*tombstone->organization_id);
        const std::int64_t version = tombstone ? tombstone->version + 1 : 1;
        next = decode_write(std::move(*body), id, version, now, store);
        may_write(next.organization_id);
        owned_fields(next, std::nullopt, account, now);
    } else {
        if (!current) {
            HttpError error{404, "not_found", "no service " + shown(id)};
            // Deleted: the version its deletion made, so that a client whose DELETE was lost
            // on the way back knows that it landed.
            if (const auto tombstone = store.tombstone(id))
                error.extra["deleted_version"] = tombstone->version;
            throw error;
        }
        may_write(current->organization_id);
        if (current->version != base)
            throw HttpError{409,
                            "conflict",
                            "the service changed since version " + std::to_string(base) +
                                "; compare with the current record",
                            {},
                            relais::to_json(*current)};
        if (action == WriteAction::update) {
            next = decode_write(std::move(*body), id, current->version + 1, now, store);
            may_write(next.organization_id);
            owned_fields(next, current, account, now);
        } else {
            next = *current;
            next.version = current->version + 1;
            next.updated_at = now;
            if (action == WriteAction::confirm)
                next.last_verified_at = now;
        }
    }

    ChangeLog log(*db);
    const bool deleting = action == WriteAction::remove;
    if (deleting)
        store.remove(id, next.version, now);
    else
        store.put(next);
    log.record(id, deleting ? ChangeOp::remove : ChangeOp::upsert, next.version, now);
    AuditEntry entry;
    entry.at = now;
    entry.user = account.user;
    entry.action = std::string(to_string(action));
    entry.record_id = id;
    if (current)
        entry.before = json::serialize(relais::to_json(*current));
    if (!deleting)
        entry.after = json::serialize(relais::to_json(next));
    Accounts(*db).audit(entry);
    const auto retention_start = std::chrono::system_clock::now() - options_.tombstone_retention;
    log.prune_deletes(iso8601(retention_start));
    transaction.commit();

    if (deleting)
        return no_content();
    Headers headers{{"ETag", quoted(next.version)}, {"Cache-Control", "no-store"}};
    if (creating)
        headers.emplace_back("Location", "/v1/services/" + shown(id));
    return json_response(creating ? 201 : 200, json::object{{"service", relais::to_json(next)}},
                         std::move(headers));
}

HttpResponse WriteRoutes::audit(const HttpRequest& request, const Query& query) {
    const std::int64_t after = int_param(query, "after", 0, 0, INT64_MAX);
    const std::int64_t limit = int_param(query, "limit", 100, 1, 1000);
    auto db = pool_.borrow();
    const Account account = require_account(request, *db);
    if (account.role != Role::admin)
        throw HttpError{403, "forbidden", "the audit log is for administrators"};
    json::array entries;
    std::int64_t next = after;
    const auto parse_record = [](const std::optional<std::string>& text) -> json::value {
        if (!text)
            return nullptr;
        boost::system::error_code ec;
        json::value value = json::parse(*text, ec);
        return ec ? json::value(nullptr) : value;
    };
    for (const AuditEntry& entry : Accounts(*db).audit_log(after, static_cast<int>(limit))) {
        next = entry.n;
        entries.push_back(json::object{{"n", entry.n},
                                       {"at", entry.at},
                                       {"user", entry.user},
                                       {"action", entry.action},
                                       {"id", entry.record_id},
                                       {"before", parse_record(entry.before)},
                                       {"after", parse_record(entry.after)}});
    }
    return json_response(200, json::object{{"entries", std::move(entries)}, {"next", next}},
                         {{"Cache-Control", "no-store"}});
}

} // namespace relais::sync
