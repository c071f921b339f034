#include "server-sync/accesstokencodec.h"

#include "server-sync/cryptoprimitives.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <sodium.h>

namespace ckx::server {

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray kHeader = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(kB64);

Error tokenError(const QString &message)
{
    return makeError(QStringLiteral("auth.token"), message);
}
} // namespace

AccessTokenCodec::AccessTokenCodec(QByteArray secret, qint64 lifetimeSecs)
    : m_secret(std::move(secret)), m_lifetime(lifetimeSecs)
{
    // The key's inner and outer pads are hashed once here, not once per request.
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(m_secret.constData()),
                                static_cast<size_t>(m_secret.size()));
    m_keyedState = QByteArray(reinterpret_cast<const char *>(&state), sizeof state);
    sodium_memzero(&state, sizeof state);
}

QByteArray AccessTokenCodec::sign(const QByteArray &signingInput) const
{
    crypto_auth_hmacsha256_state state;
    std::memcpy(&state, m_keyedState.constData(), sizeof state);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                  static_cast<unsigned long long>(signingInput.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    return mac;
}

QString AccessTokenCodec::issue(const QString &userId, const QString &sessionId, qint64 nowSecs) const
{
    const QJsonObject claims{{QStringLiteral("sub"), userId},
                             {QStringLiteral("sid"), sessionId},
                             {QStringLiteral("iat"), nowSecs},
                             {QStringLiteral("exp"), nowSecs + m_lifetime},
                             {QStringLiteral("typ"), QStringLiteral("access")}};
    const QByteArray signingInput = kHeader + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    return QString::fromLatin1(signingInput + '.' + sign(signingInput).toBase64(kB64));
}

Result<AccessTokenCodec::Claims> AccessTokenCodec::verify(const QByteArray &token, qint64 nowSecs) const
{
    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = dot1 < 0 ? -1 : token.indexOf('.', dot1 + 1);
    if (dot1 < 0 || dot2 < 0 || token.indexOf('.', dot2 + 1) >= 0)
        return tokenError(QStringLiteral("the access token is not a JWT (header.payload.signature)"));
    if (token.left(dot1) != kHeader)
        return tokenError(QStringLiteral("the access token's header is not {alg:HS256, typ:JWT}"));
    const auto sig = QByteArray::fromBase64Encoding(token.mid(dot2 + 1), kB64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!sig || !CryptoPrimitives::equalConstantTime(sig.decoded, sign(token.left(dot2))))
        return tokenError(QStringLiteral("the access token's signature is not valid"));
    const auto payload = QByteArray::fromBase64Encoding(token.mid(dot1 + 1, dot2 - dot1 - 1), kB64);
    const QJsonObject claims = QJsonDocument::fromJson(payload.decoded).object();
    if (claims.value(QStringLiteral("typ")).toString() != QStringLiteral("access"))
        return tokenError(QStringLiteral("the token is not an access token"));
    if (static_cast<qint64>(claims.value(QStringLiteral("exp")).toDouble()) <= nowSecs)
        return tokenError(QStringLiteral("the access token has expired; refresh it with POST /api/v1/auth/refresh"));
    const QString sub = claims.value(QStringLiteral("sub")).toString();
    if (sub.isEmpty())
        return tokenError(QStringLiteral("the access token names no user"));
    return Claims{sub, claims.value(QStringLiteral("sid")).toString()};
}

} // namespace ckx::server
