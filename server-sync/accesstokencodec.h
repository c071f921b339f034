#pragma once
// Access tokens: compact JWTs signed with HS256, {sub, sid, iat, exp, typ:"access"}, 15 minutes by default.
// Stateless on purpose: checking one costs an HMAC, not a database read. `sid` is the login's refresh-token family,
// so a logout can revoke the access tokens of that login too (revokedsessions.h).

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace ckx::server {

class AccessTokenCodec
{
public:
    AccessTokenCodec(QByteArray secret, qint64 lifetimeSecs);

    struct Claims
    {
        QString userId;    ///< sub
        QString sessionId; ///< sid: the refresh-token family of the login that issued it
    };

    QString issue(const QString &userId, const QString &sessionId, qint64 nowSecs) const;
    /// The claims of a valid, unexpired token; otherwise an error that says what was wrong.
    Result<Claims> verify(const QByteArray &token, qint64 nowSecs) const;
    qint64 lifetimeSecs() const { return m_lifetime; }

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_secret;
    QByteArray m_keyedState; ///< libsodium HMAC-SHA256 state after the key, copied for each token
    qint64 m_lifetime;
};

} // namespace ckx::server
