#include "core/credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ckx {

Q_LOGGING_CATEGORY(lcCredentials, "ckx.core.credentials")

namespace {

Error jobError(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return makeError(QStringLiteral("keychain.not_found"),
                         QStringLiteral("no saved sign-in for %1 in the keychain").arg(job->key()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(QStringLiteral("keychain.unavailable"),
                         QStringLiteral("no keychain is available (Secret Service: %1)").arg(job->errorString()));
    default:
        return makeError(QStringLiteral("keychain.error"),
                         QStringLiteral("the keychain refused the request: %1").arg(job->errorString()));
    }
}

/// Starts the job made by `make`; when the backend is not up yet (a Secret Service that is still starting), tries
/// once more after a short pause, as desktop sessions often start the keyring after the app.
void runJob(std::function<QKeychain::Job *()> make, QObject *context, std::function<void(QKeychain::Job *)> finished,
            bool retried = false)
{
    QKeychain::Job *job = make();
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [make, context, finished, retried, guard](QKeychain::Job *j) {
                         if (!retried && j->error() == QKeychain::NoBackendAvailable && guard) {
                             qCInfo(lcCredentials) << "keychain backend not ready, retrying once:" << j->errorString();
                             QTimer::singleShot(500, context, [make, context, finished] {
                                 runJob(make, context, finished, true);
                             });
                             return;
                         }
                         finished(j);
                     });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

QString CredentialStore::refreshKey(const QString &serverUrl, const QString &account)
{
    return QStringLiteral("ckx:%1:%2:refresh").arg(serverUrl, account.toLower());
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            std::function<void(Result<void>)> done)
{
    const QString service = m_service;
    runJob(
        [service, key, secret]() -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(secret);
            return job;
        },
        context,
        [done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                qCWarning(lcCredentials) << "keychain write failed:" << j->errorString();
                done(jobError(j));
                return;
            }
            done({});
        });
}

void CredentialStore::read(const QString &key, QObject *context, std::function<void(Result<QString>)> done)
{
    const QString service = m_service;
    runJob(
        [service, key]() -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        context,
        [done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError) {
                done(jobError(j));
                return;
            }
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        });
}

void CredentialStore::remove(const QString &key, QObject *context, std::function<void(Result<void>)> done)
{
    const QString service = m_service;
    runJob(
        [service, key]() -> QKeychain::Job * {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        context,
        [done](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
                done(jobError(j));
                return;
            }
            done({});
        });
}

} // namespace ckx
