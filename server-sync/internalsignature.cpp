#include "server-sync/internalsignature.h"

#include "server-sync/apirequest.h"
#include "server-sync/cryptoprimitives.h"

namespace ckx::server {

namespace {
QByteArray canonical(const QString &method, const QString &pathAndQuery, qint64 timestamp, const QString &nonce,
                     const QByteArray &bodyHashHex)
{
    return method.toUtf8() + '\n' + pathAndQuery.toUtf8() + '\n' + QByteArray::number(timestamp) + '\n' + nonce.toUtf8()
           + '\n' + bodyHashHex;
}

Error refused(const QString &message)
{
    return makeError(QStringLiteral("internal.auth"), message);
}
} // namespace

Result<InternalSignature::Verified> InternalSignature::verify(const ApiRequest &request, const QHash<QString, QByteArray> &keys,
                                                              qint64 nowSecs)
{
    Verified v;
    v.keyId = QString::fromUtf8(request.header("x-ckx-key-id"));
    v.nonce = QString::fromUtf8(request.header("x-ckx-nonce"));
    const QByteArray ts = request.header("x-ckx-timestamp");
    const QByteArray bodyHash = request.header("x-ckx-content-sha256").toLower();
    const QByteArray signature = QByteArray::fromHex(request.header("x-ckx-signature"));
    if (v.keyId.isEmpty() || v.nonce.isEmpty() || ts.isEmpty() || bodyHash.isEmpty() || signature.isEmpty())
        return refused(QStringLiteral("internal requests need X-CKX-Key-Id, X-CKX-Timestamp, X-CKX-Nonce, "
                                      "X-CKX-Content-SHA256 and X-CKX-Signature"));
    if (v.nonce.size() < 16 || v.nonce.size() > 128)
        return refused(QStringLiteral("X-CKX-Nonce must be 16 to 128 characters"));
    bool ok = false;
    v.timestamp = ts.toLongLong(&ok);
    if (!ok)
        return refused(QStringLiteral("X-CKX-Timestamp must be Unix seconds"));
    if (qAbs(nowSecs - v.timestamp) > kWindowSecs)
        return refused(QStringLiteral("X-CKX-Timestamp is %1 s away from the server's clock (at most %2 s)")
                           .arg(qAbs(nowSecs - v.timestamp))
                           .arg(kWindowSecs));
    const auto key = keys.constFind(v.keyId);
    if (key == keys.constEnd())
        return refused(QStringLiteral("unknown key id \"%1\"").arg(v.keyId));
    const QByteArray actualHash = CryptoPrimitives::sha256(request.body).toHex();
    if (!CryptoPrimitives::equalConstantTime(actualHash, bodyHash))
        return refused(QStringLiteral("X-CKX-Content-SHA256 does not match the body"));
    const QByteArray expected = CryptoPrimitives::hmacSha256(*key, canonical(request.method, request.rawPathAndQuery, v.timestamp,
                                                                             v.nonce, actualHash));
    if (!CryptoPrimitives::equalConstantTime(signature, expected))
        return refused(QStringLiteral("X-CKX-Signature does not match (check the key, the method, the path and the query)"));
    return v;
}

QHash<QByteArray, QByteArray> InternalSignature::sign(const QString &method, const QString &pathAndQuery, const QByteArray &body,
                                                      const QString &keyId, const QByteArray &secret, qint64 timestamp,
                                                      const QString &nonce)
{
    const QByteArray bodyHash = CryptoPrimitives::sha256(body).toHex();
    return {{"X-CKX-Key-Id", keyId.toUtf8()},
            {"X-CKX-Timestamp", QByteArray::number(timestamp)},
            {"X-CKX-Nonce", nonce.toUtf8()},
            {"X-CKX-Content-SHA256", bodyHash},
            {"X-CKX-Signature", CryptoPrimitives::hmacSha256(secret, canonical(method, pathAndQuery, timestamp, nonce, bodyHash)).toHex()}};
}

} // namespace ckx::server
