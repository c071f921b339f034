#pragma once
// Stripe webhook signatures (Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]): HMAC-SHA256 of "t.body" with the
// endpoint secret, any one v1 matching (Stripe sends several while a secret is being rolled), compared in constant
// time, and t within the tolerance of now. t is the time of this delivery attempt, so a redelivery days later
// carries a fresh t: lateness of the event itself (its `created`) is not a reason to refuse it.

#include "core/result.h"

#include <QByteArray>

namespace ckx::server {

class StripeSignature
{
public:
    static constexpr qint64 kToleranceSecs = 300;

    /// The header's t when the signature is valid and fresh; otherwise an error saying which check failed.
    static Result<qint64> verify(const QByteArray &header, const QByteArray &body, const QByteArray &secret, qint64 nowSecs,
                                 qint64 toleranceSecs = kToleranceSecs);
    /// Builds a header for `body` at time t (the test stand-in and tools use it).
    static QByteArray sign(const QByteArray &body, const QByteArray &secret, qint64 t);
};

} // namespace ckx::server
