#include "server-sync/billingcontroller.h"

#include "core/api/types.h"
#include "server-sync/cryptoprimitives.h"
#include "server-sync/jsonlog.h"
#include "server-sync/serverstore.h"
#include "server-sync/stripeclient.h"
#include "server-sync/stripesignature.h"
#include "server-sync/testcheckout.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace ckx::server {

namespace {
ApiResponse notConfigured(const char *what)
{
    return ApiResponse::error(503, QStringLiteral("billing.not_configured"),
                              QStringLiteral("billing is not set up on this server (%1 is not set)").arg(QString::fromLatin1(what)));
}

bool isPaidSession(const QString &eventType, const QJsonObject &session)
{
    if (eventType == QStringLiteral("checkout.session.async_payment_succeeded"))
        return true;
    return eventType == QStringLiteral("checkout.session.completed")
           && session.value(QStringLiteral("payment_status")).toString() == QStringLiteral("paid");
}
} // namespace

BillingController::BillingController(const ServerContext &context, ServerStore &store, StripeClient &stripe)
    : m_ctx(context), m_store(store), m_stripe(stripe)
{
}

void BillingController::registerRoutes(ApiServer &server)
{
    server.routeAsync(QStringLiteral("POST"), QStringLiteral("/api/v1/billing/checkout"),
                      [this](const ApiRequest &r, ApiResponder a) { checkout(r, std::move(a)); });
    server.route(QStringLiteral("POST"), QStringLiteral("/api/v1/billing/webhook"), [this](const ApiRequest &r) { return webhook(r); });
    server.routeAsync(QStringLiteral("GET"), QStringLiteral("/api/v1/billing/verify/{checkoutSessionId}"),
                      [this](const ApiRequest &r, ApiResponder a) { verify(r, std::move(a)); });
    if (m_stripe.isTestMode()) {
        server.route(QStringLiteral("GET"), QStringLiteral("/test-checkout/{id}"), [this](const ApiRequest &r) { return testCheckoutPage(r); });
        server.route(QStringLiteral("POST"), QStringLiteral("/test-checkout/{id}"), [this](const ApiRequest &r) { return testCheckoutPay(r); });
    }
}

ApiResponse BillingController::testCheckoutPage(const ApiRequest &request)
{
    const auto session = TestCheckout::session(request.param(QStringLiteral("id")));
    if (!session)
        return ApiResponse::raw(404, QByteArrayLiteral("text/plain; charset=utf-8"),
                                QByteArrayLiteral("test mode: no such checkout session in this server run\n"));
    if (session->value(QStringLiteral("payment_status")).toString() == QStringLiteral("paid"))
        return TestCheckout::page(*session, QStringLiteral("Already paid (test mode). You can return to CKX."), true);
    return TestCheckout::page(*session);
}

ApiResponse BillingController::testCheckoutPay(const ApiRequest &request)
{
    const QString id = request.param(QStringLiteral("id"));
    const auto session = TestCheckout::session(id);
    if (!session)
        return testCheckoutPage(request);
    // A browser's form body: '+' is a space, everything else percent-encoded.
    const QString card = QUrlQuery(QString::fromUtf8(request.body).replace(u'+', u' '))
                             .queryItemValue(QStringLiteral("card"), QUrl::FullyDecoded);
    if (!TestCheckout::isSuccessCard(card)) {
        JsonLog::event("ckx.server.billing", "info", QStringLiteral("test mode checkout: card declined"),
                       {{QStringLiteral("checkoutSession"), id}, {QStringLiteral("requestId"), request.requestId}});
        return TestCheckout::page(*session,
                                  QStringLiteral("Your card was declined. Test mode accepts only Stripe's test card "
                                                 "4242 4242 4242 4242."),
                                  false, 402);
    }
    const auto paid = TestCheckout::markPaid(id);
    // Completed the way Stripe completes a session: a signed checkout.session.completed event through webhook().
    const qint64 now = ServerContext::now();
    const QByteArray event = QJsonDocument(QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("evt_test_") + CryptoPrimitives::uuid().remove(u'-'))},
                                                       {QStringLiteral("object"), QStringLiteral("event")},
                                                       {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
                                                       {QStringLiteral("created"), now},
                                                       {QStringLiteral("livemode"), false},
                                                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), *paid}}}})
                                 .toJson(QJsonDocument::Compact);
    ApiRequest delivery = request;
    delivery.method = QStringLiteral("POST");
    delivery.path = QStringLiteral("/api/v1/billing/webhook");
    delivery.body = event;
    delivery.headers.insert("content-type", "application/json");
    delivery.headers.insert("stripe-signature", StripeSignature::sign(event, m_ctx.config.stripeWebhookSecret.toUtf8(), now));
    const ApiResponse answer = webhook(delivery);
    const QJsonObject data = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("data")).toObject();
    JsonLog::event("ckx.server.billing", "info", QStringLiteral("test mode checkout completed"),
                   {{QStringLiteral("checkoutSession"), id}, {QStringLiteral("webhookStatus"), answer.status},
                    {QStringLiteral("passId"), data.value(QStringLiteral("passId")).toString()},
                    {QStringLiteral("requestId"), request.requestId}});
    if (answer.status != 200 || data.contains(QStringLiteral("refused")) || data.contains(QStringLiteral("ignored")))
        return TestCheckout::page(*paid, QStringLiteral("The payment went through but no pass was granted: %1")
                                             .arg(QString::fromUtf8(answer.body.left(500))),
                                  true, 500);
    return TestCheckout::page(*paid, QStringLiteral("Payment accepted (test mode). Your pass is ready: return to CKX."), true);
}

void BillingController::checkout(const ApiRequest &request, ApiResponder responder)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return responder.send(unauthorized(user.error()));
    if (!m_stripe.isConfigured())
        return responder.send(notConfigured("STRIPE_SECRET_KEY"));
    auto body = request.jsonObject();
    if (!body)
        return responder.send(badRequest(body.error()));
    auto passTypeId = api::requireString(*body, QStringLiteral("passTypeId"), 64);
    if (!passTypeId)
        return responder.send(badRequest(passTypeId.error()));
    auto type = m_store.selectOne(QStringLiteral("SELECT name, price_cents, currency FROM pass_types WHERE id = ? AND active = 1"),
                                  {*passTypeId});
    if (!type)
        return responder.send(storeFailure(type.error(), request));
    if (!type->has_value())
        return responder.send(ApiResponse::error(404, QStringLiteral("pass.type_not_found"),
                                                 QStringLiteral("there is no pass type \"%1\" (see GET /api/v1/pass-types)").arg(*passTypeId)));
    // A client retrying with the same Idempotency-Key gets the same Checkout Session back from Stripe.
    const QByteArray clientKey = request.header("idempotency-key");
    if (clientKey.size() > 200)
        return responder.send(ApiResponse::error(400, QStringLiteral("request.header"), QStringLiteral("Idempotency-Key: at most 200 characters")));
    const QString idempotencyKey = clientKey.isEmpty()
                                       ? CryptoPrimitives::uuid()
                                       : CryptoPrimitives::sha256Hex(user->toUtf8() + ':' + *passTypeId->toUtf8() + ':' + clientKey).left(48);
    const auto &t = **type;
    const QList<QPair<QString, QString>> form{
        {QStringLiteral("mode"), QStringLiteral("payment")},
        {QStringLiteral("success_url"), m_ctx.config.checkoutSuccessUrl},
        {QStringLiteral("cancel_url"), m_ctx.config.checkoutCancelUrl},
        {QStringLiteral("client_reference_id"), *user},
        {QStringLiteral("metadata[user_id]"), *user},
        {QStringLiteral("metadata[pass_type_id]"), *passTypeId},
        {QStringLiteral("line_items[0][quantity]"), QStringLiteral("1")},
        {QStringLiteral("line_items[0][price_data][currency]"), t.at(2).toString()},
        {QStringLiteral("line_items[0][price_data][unit_amount]"), QString::number(t.at(1).toInt())},
        {QStringLiteral("line_items[0][price_data][product_data][name]"), QStringLiteral("CKX access pass: ") + t.at(0).toString()},
    };
    m_stripe.createCheckoutSession(form, idempotencyKey, [this, request, responder, user = *user, passTypeId = *passTypeId,
                                                          idempotencyKey, priceCents = t.at(1).toLongLong(),
                                                          currency = t.at(2).toString()](Result<QJsonObject> session) {
        if (!session)
            return responder.send(ApiResponse::fromError(session.error(), 502));
        const QString id = session->value(QStringLiteral("id")).toString();
        QString url = session->value(QStringLiteral("url")).toString();
        if (m_stripe.isTestMode() && url.startsWith(u'/')) // the local test page, on the address the client used
            url = QStringLiteral("http://") + QString::fromUtf8(request.header("host")) + url;
        if (id.isEmpty() || url.isEmpty())
            return responder.send(ApiResponse::error(502, QStringLiteral("stripe.response"),
                                                     QStringLiteral("Stripe's Checkout Session has no id or url")));
        // The price asked for is recorded with the session: fulfilment later pays out only for exactly this amount.
        auto saved = m_store.execute(QStringLiteral("INSERT INTO checkout_sessions (id, user_id, pass_type_id, url, "
                                                    "idempotency_key, created_at, amount_cents, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                                    "ON CONFLICT (id) DO NOTHING"),
                                     {id, user, passTypeId, url, idempotencyKey, ServerContext::now(), priceCents, currency});
        if (!saved)
            return responder.send(storeFailure(saved.error(), request));
        responder.send(ApiResponse::ok(QJsonObject{{QStringLiteral("checkoutSessionId"), id}, {QStringLiteral("url"), url}}, 201));
    });
}

Result<std::pair<QString, bool>> BillingController::fulfil(const QJsonObject &session, const ApiRequest &request,
                                                           const QString &eventId)
{
    const QString sessionId = session.value(QStringLiteral("id")).toString();
    if (sessionId.isEmpty())
        return makeError(QStringLiteral("billing.session"), QStringLiteral("the Checkout Session object has no id"));
    // Our own record of the session wins; Stripe's metadata is the fallback for a webhook that beat our INSERT.
    QString userId;
    QString passTypeId;
    QVariant recordedCents;
    QVariant recordedCurrency;
    auto ours = m_store.selectOne(QStringLiteral("SELECT user_id, pass_type_id, amount_cents, currency FROM checkout_sessions WHERE id = ?"),
                                  {sessionId});
    if (!ours)
        return ours.error();
    if (ours->has_value()) {
        userId = (**ours).at(0).toString();
        passTypeId = (**ours).at(1).toString();
        recordedCents = (**ours).at(2);
        recordedCurrency = (**ours).at(3);
    } else {
        const QJsonObject meta = session.value(QStringLiteral("metadata")).toObject();
        userId = meta.value(QStringLiteral("user_id")).toString(session.value(QStringLiteral("client_reference_id")).toString());
        passTypeId = meta.value(QStringLiteral("pass_type_id")).toString();
    }
    auto type = m_store.selectOne(QStringLiteral("SELECT duration_seconds, price_cents, currency FROM pass_types WHERE id = ?"), {passTypeId});
    if (!type)
        return type.error();
    auto user = m_store.selectOne(QStringLiteral("SELECT id FROM users WHERE id = ?"), {userId});
    if (!user)
        return user.error();
    if (!type->has_value() || !user->has_value())
        return makeError(QStringLiteral("billing.unknown_session"),
                         QStringLiteral("Checkout Session %1 names no known user and pass type").arg(sessionId));

    // Pay out only what was asked for: the price recorded when the checkout started (the pass type's price for a
    // session we have no record of). A discount, a changed price or a session made elsewhere on the same Stripe
    // account must not buy a pass for less. amount_total is in the currency's smallest unit, as price_cents is.
    const qint64 expectedCents = recordedCents.isNull() ? (**type).at(1).toLongLong() : recordedCents.toLongLong();
    const QString expectedCurrency = (recordedCurrency.isNull() ? (**type).at(2) : recordedCurrency).toString().toLower();
    const QJsonValue paidAmount = session.value(QStringLiteral("amount_total"));
    const QString paidCurrency = session.value(QStringLiteral("currency")).toString().toLower();
    const bool amountKnown = paidAmount.isDouble() && paidAmount.toDouble() == std::floor(paidAmount.toDouble());
    if (!amountKnown || static_cast<qint64>(paidAmount.toDouble()) != expectedCents || paidCurrency != expectedCurrency) {
        const QString paid = amountKnown ? QStringLiteral("%1 %2").arg(static_cast<qint64>(paidAmount.toDouble())).arg(paidCurrency)
                                         : QStringLiteral("no amount_total");
        JsonLog::event("ckx.server.security", "warning", QStringLiteral("checkout amount mismatch: no pass granted"),
                       {{QStringLiteral("checkoutSession"), sessionId},
                        {QStringLiteral("event"), eventId},
                        {QStringLiteral("user"), userId},
                        {QStringLiteral("passType"), passTypeId},
                        {QStringLiteral("expected"), QStringLiteral("%1 %2").arg(expectedCents).arg(expectedCurrency)},
                        {QStringLiteral("paid"), paid},
                        {QStringLiteral("requestId"), request.requestId}});
        return makeError(QStringLiteral("billing.amount_mismatch"),
                         QStringLiteral("the payment of Checkout Session %1 (%2) does not match the price of pass type "
                                        "\"%3\" when the checkout started (%4 %5); no pass was granted, contact support "
                                        "with this checkout session id")
                             .arg(sessionId, paid, passTypeId)
                             .arg(expectedCents)
                             .arg(expectedCurrency));
    }

    const QString passId = CryptoPrimitives::uuid();
    auto inserted = m_store.select(QStringLiteral("INSERT INTO passes (id, user_id, pass_type_id, duration_seconds, status, "
                                                  "purchased_at, checkout_session_id, source) VALUES (?, ?, ?, ?, 'purchased', "
                                                  "?, ?, 'stripe') ON CONFLICT DO NOTHING RETURNING id"),
                                   {passId, userId, passTypeId, (**type).at(0), ServerContext::now(), sessionId});
    if (!inserted)
        return inserted.error();
    if (!inserted->isEmpty())
        return std::pair{passId, true};
    auto existing = m_store.selectOne(QStringLiteral("SELECT id FROM passes WHERE checkout_session_id = ?"), {sessionId});
    if (!existing)
        return existing.error();
    return std::pair{existing->has_value() ? (**existing).at(0).toString() : QString(), false};
}

ApiResponse BillingController::webhook(const ApiRequest &request)
{
    if (m_ctx.config.stripeWebhookSecret.isEmpty())
        return notConfigured("STRIPE_WEBHOOK_SECRET");
    auto signedAt = StripeSignature::verify(request.header("stripe-signature"), request.body,
                                            m_ctx.config.stripeWebhookSecret.toUtf8(), ServerContext::now());
    if (!signedAt) {
        JsonLog::event("ckx.server.security", "warning", QStringLiteral("webhook signature refused"),
                       {{QStringLiteral("reason"), signedAt.error().code}, {QStringLiteral("remote"), request.remoteAddress},
                        {QStringLiteral("requestId"), request.requestId}});
        return ApiResponse::fromError(signedAt.error(), 400);
    }
    auto event = request.jsonObject();
    if (!event)
        return badRequest(event.error());
    const QString eventId = event->value(QStringLiteral("id")).toString();
    const QString type = event->value(QStringLiteral("type")).toString();
    const QJsonObject object = event->value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    if (eventId.isEmpty() || type.isEmpty())
        return ApiResponse::error(400, QStringLiteral("stripe.event"), QStringLiteral("the event has no id or type"));

    if (auto b = m_store.begin(); !b)
        return storeFailure(b.error(), request);
    auto recorded = m_store.select(QStringLiteral("INSERT INTO stripe_events (id, type, created_at, received_at) VALUES (?, ?, ?, ?) "
                                                  "ON CONFLICT DO NOTHING RETURNING id"),
                                   {eventId, type, static_cast<qint64>(event->value(QStringLiteral("created")).toDouble()),
                                    ServerContext::now()});
    if (!recorded) {
        m_store.rollback();
        return storeFailure(recorded.error(), request);
    }
    const bool firstDelivery = !recorded->isEmpty();
    QJsonObject data{{QStringLiteral("received"), true}, {QStringLiteral("duplicate"), !firstDelivery}};
    // Even a duplicate event id goes through fulfil(): it is idempotent, and it heals a first delivery whose
    // transaction was recorded by an older server version without its pass.
    if (isPaidSession(type, object)) {
        auto pass = fulfil(object, request, eventId);
        if (!pass && pass.error().code == QStringLiteral("billing.amount_mismatch")) {
            // Keep the event recorded and answer 2xx: Stripe's retries would carry the same amount, so retrying
            // cannot fix it; the refusal is logged and support refunds or grants by hand (internal API).
            if (auto c = m_store.commit(); !c) {
                m_store.rollback();
                return storeFailure(c.error(), request);
            }
            data.insert(QStringLiteral("passId"), QJsonValue::Null);
            data.insert(QStringLiteral("refused"), QJsonObject{{QStringLiteral("code"), pass.error().code},
                                                                {QStringLiteral("message"), pass.error().message}});
            return ApiResponse::ok(data);
        }
        if (!pass) {
            m_store.rollback();
            if (pass.error().code == QStringLiteral("billing.unknown_session")) {
                // Answer 2xx so Stripe stops retrying something no retry can fix; the log keeps the trace.
                qCWarning(lcServer, "webhook %s ignored: %s", qUtf8Printable(eventId), qUtf8Printable(pass.error().message));
                return ApiResponse::ok(QJsonObject{{QStringLiteral("received"), true}, {QStringLiteral("ignored"), pass.error().message}});
            }
            return storeFailure(pass.error(), request);
        }
        data.insert(QStringLiteral("passId"), pass->first);
        data.insert(QStringLiteral("passCreated"), pass->second);
    }
    if (auto c = m_store.commit(); !c) {
        m_store.rollback();
        return storeFailure(c.error(), request);
    }
    return ApiResponse::ok(data);
}

void BillingController::verify(const ApiRequest &request, ApiResponder responder)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return responder.send(unauthorized(user.error()));
    if (!m_stripe.isConfigured())
        return responder.send(notConfigured("STRIPE_SECRET_KEY"));
    const QString sessionId = request.param(QStringLiteral("checkoutSessionId"));
    auto ours = m_store.selectOne(QStringLiteral("SELECT user_id FROM checkout_sessions WHERE id = ?"), {sessionId});
    if (!ours)
        return responder.send(storeFailure(ours.error(), request));
    if (!ours->has_value() || (**ours).at(0).toString() != *user)
        return responder.send(ApiResponse::error(404, QStringLiteral("billing.session_not_found"),
                                                 QStringLiteral("you started no checkout with id %1").arg(sessionId)));
    m_stripe.retrieveCheckoutSession(sessionId, [this, request, responder](Result<QJsonObject> session) {
        if (!session)
            return responder.send(ApiResponse::fromError(session.error(), 502));
        const QString paymentStatus = session->value(QStringLiteral("payment_status")).toString();
        QJsonObject data{{QStringLiteral("paymentStatus"), paymentStatus}, {QStringLiteral("passId"), QJsonValue::Null}};
        if (paymentStatus == QStringLiteral("paid")) {
            if (auto b = m_store.begin(); !b)
                return responder.send(storeFailure(b.error(), request));
            auto pass = fulfil(*session, request, QString());
            if (!pass) {
                m_store.rollback();
                if (pass.error().code == QStringLiteral("billing.amount_mismatch"))
                    return responder.send(ApiResponse::fromError(pass.error(), 409));
                return responder.send(storeFailure(pass.error(), request));
            }
            if (auto c = m_store.commit(); !c) {
                m_store.rollback();
                return responder.send(storeFailure(c.error(), request));
            }
            data.insert(QStringLiteral("passId"), pass->first);
            data.insert(QStringLiteral("passCreated"), pass->second);
        }
        responder.send(ApiResponse::ok(data));
    });
}

} // namespace ckx::server
