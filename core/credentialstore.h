#pragma once
// The learner's refresh token in the OS keychain (QtKeychain → Secret Service / Keychain / Credential Manager).
// Every call is an async, self-deleting keychain job; the callback runs in `context`'s thread and is dropped when
// `context` dies first. Nothing here waits in a nested event loop.

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ckx {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    /// `service` groups CKX's entries in the keychain ("ckx" in the app; tests pass their own).
    explicit CredentialStore(const QString &service = QStringLiteral("ckx"), QObject *parent = nullptr);

    /// "ckx:<server>:<account>:refresh": one entry per server and account, never shared between servers.
    static QString refreshKey(const QString &serverUrl, const QString &account);

    /// Errors carry code "keychain.unavailable" (no Secret Service / locked / denied), "keychain.not_found", or
    /// "keychain.error".
    void write(const QString &key, const QString &secret, QObject *context, std::function<void(Result<void>)> done);
    void read(const QString &key, QObject *context, std::function<void(Result<QString>)> done);
    /// Deleting an entry that does not exist succeeds.
    void remove(const QString &key, QObject *context, std::function<void(Result<void>)> done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace ckx
