#pragma once
// TEST MODE checkout (ckx-server --test-checkout): stands in for Stripe Checkout so the whole purchase can be walked
// on one machine without a Stripe account. StripeClient keeps its Checkout Sessions here instead of at Stripe; the
// page at /test-checkout/{id} looks like a checkout form labelled "test mode" and accepts only Stripe's documented
// test card 4242 4242 4242 4242. A paid session is completed by BillingController through the same webhook code as
// Stripe's events, signed with the configured webhook secret. Sessions live in this process's memory (test mode is
// a single instance); passes and our checkout_sessions rows are in the database as usual.

#include "server-sync/apiresponse.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ckx::server {

class TestCheckout
{
public:
    /// A Stripe-shaped Checkout Session for the form StripeClient would post; the same idempotency key gives the
    /// same session, as at Stripe. Its url is the path of the local page (the caller makes it absolute).
    static QJsonObject create(const QList<QPair<QString, QString>> &form, const QString &idempotencyKey);
    static std::optional<QJsonObject> session(const QString &id);
    /// Marks the session paid; the paid session, or nothing for an unknown id.
    static std::optional<QJsonObject> markPaid(const QString &id);

    static QString pagePath(const QString &id);
    /// Stripe's test card for a successful payment (spaces and dashes ignored).
    static bool isSuccessCard(const QString &number);
    /// The checkout form, or the outcome (`message`) after a submit.
    static ApiResponse page(const QJsonObject &session, const QString &message = {}, bool done = false, int status = 200);
};

} // namespace ckx::server
