#include "app/appcontext.h"

namespace relais::app {

AppContext::AppContext(Options options, QObject* parent)
    : QObject(parent), language_(options.language), worker_(options.database),
      directory_(worker_, language_), search_(worker_, directory_, language_, options.clock),
      detail_(worker_, directory_, language_, options.clock),
      sheet_(worker_, language_, options.clock),
      sync_(worker_, language_, options.sync ? std::move(options.sync) : makeSyncBackend(),
            options.clock) {
    // New data after a sync: re-read the directory facts; search and detail follow its
    // `loaded` signal.
    connect(&sync_, &SyncController::synced, &directory_, &DirectoryController::reload);
}

AppContext::~AppContext() = default;

} // namespace relais::app
