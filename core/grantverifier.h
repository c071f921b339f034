#pragma once
// Checks the exam grant of POST exam-sessions before a full lab may start: the Ed25519 signature with the server's
// key (GET keys, pinned on first use per server, so a server that later shows another key is refused), the lab and
// the signed-in user it names, and its expiry. The desktop trusts only this grant for access, never its own store.

#include "core/api/grant.h"
#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace ckx {

class AccountClient;

class GrantVerifier : public QObject
{
    Q_OBJECT
public:
    /// `pinFile` holds the pinned public keys (not secret): <data dir>/server-keys.ini by default.
    GrantVerifier(AccountClient *client, const QString &pinFile, QObject *parent = nullptr);
    static QString defaultPinFile();

    /// The server's grant key: fetched once, pinned on first use. Error "grant.key_changed" when the server shows
    /// a key other than the pinned one; "grant.key" for an answer without an Ed25519 key.
    void serverKey(QObject *context, std::function<void(Result<QByteArray>)> done);
    /// The key pinned for the client's server on this computer (empty when none yet): for checking, offline, the
    /// grant of an exam that was already running when the app closed.
    QByteArray pinnedKey() const;
    /// serverKey() then check() for `labId` and the signed-in user, now.
    void verify(const QString &grant, const QString &labId, QObject *context, std::function<void(Result<ExamGrant>)> done);

    /// Signature, shape and expiry (ExamGrant::verify, no leeway beyond 60 s), then "grant.lab" / "grant.user" when
    /// the grant is for another lab or another account.
    static Result<ExamGrant> check(const QString &grant, const QByteArray &publicKey, const QString &labId,
                                   const QString &userId, qint64 nowSecs);

private:
    AccountClient *m_client;
    QString m_pinFile;
    QByteArray m_key; ///< this run's key once fetched and matched against the pin
};

} // namespace ckx
