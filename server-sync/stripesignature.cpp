#include "server-sync/stripesignature.h"

#include "server-sync/cryptoprimitives.h"

#include <QList>

namespace ckx::server {

Result<qint64> StripeSignature::verify(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
                                       qint64 nowSecs, qint64 toleranceSecs)
{
    if (header.isEmpty())
        return makeError(QStringLiteral("stripe.signature_missing"), QStringLiteral("the Stripe-Signature header is missing"));
    qint64 t = -1;
    QList<QByteArray> v1;
    for (const QByteArray &part : header.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "t") {
            bool ok = false;
            t = value.toLongLong(&ok);
            if (!ok)
                t = -1;
        } else if (key == "v1") {
            v1.append(QByteArray::fromHex(value));
        }
    }
    if (t < 0 || v1.isEmpty())
        return makeError(QStringLiteral("stripe.signature_format"),
                         QStringLiteral("the Stripe-Signature header needs t=<timestamp> and at least one v1=<signature>"));
    const QByteArray expected = CryptoPrimitives::hmacSha256(secret, QByteArray::number(t) + '.' + body);
    bool match = false;
    for (const QByteArray &candidate : std::as_const(v1))
        match = CryptoPrimitives::equalConstantTime(candidate, expected) || match; // no early exit
    if (!match)
        return makeError(QStringLiteral("stripe.signature_mismatch"),
                         QStringLiteral("no v1 signature in Stripe-Signature matches this body and the webhook secret"));
    if (qAbs(nowSecs - t) > toleranceSecs)
        return makeError(QStringLiteral("stripe.signature_stale"),
                         QStringLiteral("the Stripe-Signature timestamp is %1 s away from now (at most %2 s allowed)")
                             .arg(qAbs(nowSecs - t))
                             .arg(toleranceSecs));
    return t;
}

QByteArray StripeSignature::sign(const QByteArray &body, const QByteArray &secret, qint64 t)
{
    return "t=" + QByteArray::number(t) + ",v1="
           + CryptoPrimitives::hmacSha256(secret, QByteArray::number(t) + '.' + body).toHex();
}

} // namespace ckx::server
