#include "app/appcontext.h"

#include "app/sheet/fiche.h"

#ifdef RELAIS_HAVE_KEYCHAIN
#include "app/staff/keychaintokenstore.h"
#endif

namespace relais::app {

namespace {
std::unique_ptr<TokenStore> makeTokenStore(const std::filesystem::path& database) {
    const QString file =
        QString::fromStdString((database.parent_path() / "staff-session.json").string());
#ifdef RELAIS_HAVE_KEYCHAIN
    return std::make_unique<KeychainTokenStore>(file);
#else
    return std::make_unique<FileTokenStore>(file);
#endif
}
// Recents, pins and display choices: beside the local directory, never synced.
QString deviceFile(const std::filesystem::path& database) {
    return QString::fromStdString((database.parent_path() / "on-this-device.ini").string());
}
} // namespace

AppContext::AppContext(Options options, QObject* parent)
    : QObject(parent), language_(options.language), worker_(options.database),
      directory_(worker_, language_), search_(worker_, directory_, language_, options.clock),
      detail_(worker_, directory_, language_, options.clock),
      sheet_(worker_, language_, options.clock),
      sync_(worker_, language_, options.sync ? std::move(options.sync) : makeSyncBackend(),
            options.clock),
      trainer_(worker_, directory_, language_, sheet_, sync_, options.clock),
      classroom_(worker_, {{}, {}, deviceFile(options.database)}),
      guides_(worker_, directory_, language_, bundledGuides()),
      login_(worker_, sync_, makeTokenStore(options.database)),
      staff_(worker_, language_, login_, sync_, options.clock),
      editor_(worker_, directory_, language_, login_, staff_, options.clock),
      conflict_(worker_, directory_, language_, staff_),
      recents_(directory_, deviceFile(options.database)), display_(deviceFile(options.database)) {
    // New data after a sync: re-read the directory facts; search and detail follow its
    // `loaded` signal.
    connect(&sync_, &SyncController::synced, &directory_, &DirectoryController::reload);
    // A staff edit written locally: the directory shows it at once.
    connect(&staff_, &StaffController::edited, &directory_, &DirectoryController::reload);
    // Every service opened goes to the recents (when they are on).
    connect(&detail_, &DetailController::serviceIdChanged, &recents_,
            [this] { recents_.record(detail_.serviceId()); });
}

AppContext::~AppContext() = default;

} // namespace relais::app
