#pragma once
// Access tokens: compact JWTs signed with HS256, {sub, iat, exp, typ:"access"}, 15 minutes by default.
// Stateless on purpose: checking one costs an HMAC, not a database read.

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace ckx::server {

class AccessTokenCodec
{
public:
    AccessTokenCodec(QByteArray secret, qint64 lifetimeSecs);

    QString issue(const QString &userId, qint64 nowSecs) const;
    /// The user id (`sub`) of a valid, unexpired token; otherwise an error that says what was wrong.
    Result<QString> verify(const QByteArray &token, qint64 nowSecs) const;
    qint64 lifetimeSecs() const { return m_lifetime; }

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_secret;
    QByteArray m_keyedState; ///< libsodium HMAC-SHA256 state after the key, copied for each token
    qint64 m_lifetime;
};

} // namespace ckx::server
