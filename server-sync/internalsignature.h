#pragma once
// Service-to-service authentication for /internal/v1: HMAC-SHA256 with a shared key.
//
// Headers: X-CKX-Key-Id, X-CKX-Timestamp (Unix seconds), X-CKX-Nonce (16-128 chars), X-CKX-Content-SHA256 (hex of
// the body), X-CKX-Signature = hex(HMAC-SHA256(secret, METHOD "\n" PATH?QUERY "\n" TIMESTAMP "\n" NONCE "\n"
// CONTENT-SHA256)). The timestamp must be within ±300 s; the nonce is remembered (in the database, so replays are
// refused across instances) for longer than that window.

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ckx::server {

struct ApiRequest;

class InternalSignature
{
public:
    static constexpr qint64 kWindowSecs = 300;

    struct Verified
    {
        QString keyId;
        QString nonce;
        qint64 timestamp = 0;
    };

    /// Checks everything except the nonce's freshness (the caller records it in the database).
    static Result<Verified> verify(const ApiRequest &request, const QHash<QString, QByteArray> &keys, qint64 nowSecs);

    /// The headers a client sends (used by tests and vendor tooling).
    static QHash<QByteArray, QByteArray> sign(const QString &method, const QString &pathAndQuery, const QByteArray &body,
                                              const QString &keyId, const QByteArray &secret, qint64 timestamp,
                                              const QString &nonce);
};

} // namespace ckx::server
