#include "core/api/grant.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <sodium.h>

namespace ckx {

namespace {

const QString kPrefix = QStringLiteral("ckxg1");
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Result<ExamGrant> fromPayload(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QStringLiteral("grant.payload"), QStringLiteral("the grant's payload is not a JSON object"));
    const QJsonObject o = doc.object();
    ExamGrant g;
    g.userId = o.value(QStringLiteral("user")).toString();
    g.examSessionId = o.value(QStringLiteral("examSession")).toString();
    g.labId = o.value(QStringLiteral("lab")).toString();
    const QJsonValue issued = o.value(QStringLiteral("issuedAt"));
    const QJsonValue expires = o.value(QStringLiteral("expiresAt"));
    if (g.userId.isEmpty() || g.examSessionId.isEmpty() || g.labId.isEmpty() || !issued.isDouble()
        || !expires.isDouble()) {
        return makeError(QStringLiteral("grant.payload"),
                         QStringLiteral("the grant's payload lacks one of user, examSession, lab (strings) or "
                                        "issuedAt, expiresAt (numbers)"));
    }
    g.issuedAt = static_cast<qint64>(issued.toDouble());
    g.expiresAt = static_cast<qint64>(expires.toDouble());
    return g;
}

} // namespace

QByteArray ExamGrant::canonicalPayload() const
{
    // QJsonObject keeps keys sorted, and Compact has no whitespace: the same grant always gives the same bytes.
    const QJsonObject o{{QStringLiteral("user"), userId},
                        {QStringLiteral("examSession"), examSessionId},
                        {QStringLiteral("lab"), labId},
                        {QStringLiteral("issuedAt"), issuedAt},
                        {QStringLiteral("expiresAt"), expiresAt}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QString> ExamGrant::sign(const ExamGrant &grant, const QByteArray &secretKey)
{
    if (!sodiumReady())
        return makeError(QStringLiteral("grant.sodium"), QStringLiteral("libsodium failed to initialise"));
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(QStringLiteral("grant.key"),
                         QStringLiteral("the grant signing key must be %1 bytes, got %2")
                             .arg(crypto_sign_SECRETKEYBYTES)
                             .arg(secretKey.size()));
    const QByteArray payload = grant.canonicalPayload();
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(payload.constData()),
                         static_cast<unsigned long long>(payload.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return QString(kPrefix + u'.' + QString::fromLatin1(payload.toBase64(kB64)) + u'.'
                   + QString::fromLatin1(sig.toBase64(kB64)));
}

Result<ExamGrant> ExamGrant::decodeUnverified(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3 || parts.at(0) != kPrefix)
        return makeError(QStringLiteral("grant.format"),
                         QStringLiteral("a grant has the form ckxg1.<payload>.<signature>; this one does not"));
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), kB64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return makeError(QStringLiteral("grant.format"), QStringLiteral("the grant's payload is not base64url"));
    auto grant = fromPayload(*payload);
    if (grant)
        grant->token = token;
    return grant;
}

Result<ExamGrant> ExamGrant::verify(const QString &token, const QByteArray &publicKey, qint64 nowSecs,
                                    qint64 leewaySecs)
{
    if (!sodiumReady())
        return makeError(QStringLiteral("grant.sodium"), QStringLiteral("libsodium failed to initialise"));
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return makeError(QStringLiteral("grant.key"),
                         QStringLiteral("the server's grant public key must be %1 bytes, got %2")
                             .arg(crypto_sign_PUBLICKEYBYTES)
                             .arg(publicKey.size()));
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3 || parts.at(0) != kPrefix)
        return makeError(QStringLiteral("grant.format"),
                         QStringLiteral("a grant has the form ckxg1.<payload>.<signature>; this one does not"));
    const auto opts = kB64 | QByteArray::AbortOnBase64DecodingErrors;
    const auto payloadDecoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), opts);
    const auto sigDecoded = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), opts);
    const QByteArray *payload = &payloadDecoded.decoded;
    const QByteArray *sig = &sigDecoded.decoded;
    if (!payloadDecoded || !sigDecoded || sig->size() != crypto_sign_BYTES)
        return makeError(QStringLiteral("grant.format"),
                         QStringLiteral("the grant's payload or signature is not valid base64url"));
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig->constData()),
                                    reinterpret_cast<const unsigned char *>(payload->constData()),
                                    static_cast<unsigned long long>(payload->size()),
                                    reinterpret_cast<const unsigned char *>(publicKey.constData()))
        != 0) {
        return makeError(QStringLiteral("grant.signature"),
                         QStringLiteral("the grant's signature does not match the server's public key "
                                        "(tampered, or signed by another server)"));
    }
    auto grant = fromPayload(*payload);
    if (!grant)
        return grant;
    grant->token = token;
    if (grant->expiresAt + leewaySecs < nowSecs)
        return makeError(QStringLiteral("grant.expired"),
                         QStringLiteral("the grant for lab %1 expired at %2")
                             .arg(grant->labId,
                                  QDateTime::fromSecsSinceEpoch(grant->expiresAt, Qt::UTC).toString(Qt::ISODate)));
    return grant;
}

} // namespace ckx
