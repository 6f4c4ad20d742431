#include "app/staff/keychaintokenstore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {

struct JobResult {
    bool finished = false;
    bool ok = false;
    QString secret;
};

// Starts `job` (which deletes itself when done) and waits for it at most `timeout`. A job
// still running then reports into its own result, which outlives this call.
template <typename Job>
JobResult run(Job* job, std::chrono::milliseconds timeout, bool readsSecret) {
    auto result = std::make_shared<JobResult>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    QObject::connect(job, &QKeychain::Job::finished, [result, waiting, readsSecret](auto* done) {
        result->finished = true;
        result->ok = done->error() == QKeychain::NoError;
        if (readsSecret && result->ok)
            result->secret = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        if (waiting)
            waiting->quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!result->finished)
        loop.exec();
    return *result;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString path, QString service,
                                       std::chrono::milliseconds timeout)
    : file_(path), service_(std::move(service)),
      // One session per data folder: two profiles (or test runs) never share a token.
      key_(u"staff-session:"_s + QFileInfo(path).absoluteFilePath()), timeout_(timeout) {
}

std::optional<StaffSession> KeychainTokenStore::load() const {
    std::optional<StaffSession> session = file_.loadFields();
    if (!session || !session->token.isEmpty())
        return session; // no session, or the token kept in the file
    auto* job = new QKeychain::ReadPasswordJob(service_);
    job->setKey(key_);
    const JobResult read = run(job, timeout_, true);
    if (!read.ok || read.secret.isEmpty())
        return std::nullopt; // the secret store lost it or is unreachable: log in again
    session->token = read.secret;
    return session;
}

QString KeychainTokenStore::save(const StaffSession& session) {
    auto* job = new QKeychain::WritePasswordJob(service_);
    job->setKey(key_);
    job->setTextData(session.token);
    inSecretStore_ = run(job, timeout_, false).ok;
    if (!inSecretStore_)
        return file_.save(session);
    StaffSession withoutToken = session;
    withoutToken.token.clear();
    return file_.save(withoutToken);
}

void KeychainTokenStore::clear() {
    file_.clear();
    auto* job = new QKeychain::DeletePasswordJob(service_);
    job->setKey(key_);
    run(job, timeout_, false);
    inSecretStore_ = false;
}

} // namespace relais::app
