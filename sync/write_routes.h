#pragma once
// The staff side of the request handler: login and logout (POST and DELETE /v1/session), the
// four writes of a service and the audit log. Every write checks the session, the
// organisation, the version (If-Match) and the shared validator (data/seed_json.h), then
// changes the record, the change feed and the audit log in one transaction.
// Thread rule: every member may be called from several threads at once.

#include "data/accounts.h"
#include "data/model.h"
#include "data/store.h"
#include "sync/auth.h"
#include "sync/db_pool.h"
#include "sync/handler.h"
#include "sync/handler_http.h"

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace relais::sync {

enum class WriteAction { create, update, remove, confirm };
std::string_view to_string(WriteAction action); // as the audit log says it

class WriteRoutes {
public:
    WriteRoutes(const HandlerOptions& options, DbPool& pool)
        : options_(options), pool_(pool), limiter_(options.login_window, options.login_max_keys) {}

    HttpResponse login(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);
    // `id`: the service addressed (empty for create, which takes the body's).
    HttpResponse write(const HttpRequest& request, WriteAction action, const std::string& id);
    HttpResponse audit(const HttpRequest& request, const Query& query);

private:
    Account require_account(const HttpRequest& request, Database& db);
    Service decode_write(boost::json::object body, const std::string& id, std::int64_t version,
                         const std::string& now, Store& store);

    const HandlerOptions& options_;
    DbPool& pool_;
    LoginLimiter limiter_;
};

} // namespace relais::sync
