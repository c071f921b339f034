// Passes and Stripe billing against the real ckx-server on SQLite and PostgreSQL. Stripe's servers are replaced by
// a local stand-in speaking the same endpoints (tests/fixtures/stripestandin.h); webhooks are signed as Stripe signs
// them. Covers checkout (Idempotency-Key), webhook signature checks, exactly-once fulfilment under duplicate,
// reordered and days-late deliveries racing the redirect path, and pass activation/status.
#include "server-sync/serverbackends.h"

#include "server-sync/stripesignature.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace ckx::test;
using ckx::server::StripeSignature;

class TestBilling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passTypesArePublished_data() { ServerBackends::addBackendRows(); }
    void passTypesArePublished();
    void checkoutCreatesAStripeSession_data() { ServerBackends::addBackendRows(); }
    void checkoutCreatesAStripeSession();
    void webhookSignatureIsChecked_data();
    void webhookSignatureIsChecked();
    void tenLateReorderedDeliveriesGiveOnePass_data() { ServerBackends::addBackendRows(); }
    void tenLateReorderedDeliveriesGiveOnePass();
    void verifyFulfilsFromTheRedirect_data() { ServerBackends::addBackendRows(); }
    void verifyFulfilsFromTheRedirect();
    void activationStartsTheClock_data() { ServerBackends::addBackendRows(); }
    void activationStartsTheClock();
    void paymentOfAnotherAmountGrantsNoPass_data();
    void paymentOfAnotherAmountGrantsNoPass();

private:
    struct Checkout
    {
        ServerFixture::Account account;
        QString sessionId;
    };
    Checkout startCheckout(ServerFixture &s, const QString &passType);
    HttpResult deliver(ServerFixture &s, const QJsonObject &event, qint64 signedAt = QDateTime::currentSecsSinceEpoch());
    ServerBackends m_env;
};

void TestBilling::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

TestBilling::Checkout TestBilling::startCheckout(ServerFixture &s, const QString &passType)
{
    Checkout c;
    c.account = s.registerAccount(uniqueEmail(QStringLiteral("buyer")));
    const HttpResult r = s.callJson("POST", QStringLiteral("/api/v1/billing/checkout"), {{QStringLiteral("passTypeId"), passType}},
                                    c.account.accessToken);
    if (r.status == 201)
        c.sessionId = r.dataObject().value(QStringLiteral("checkoutSessionId")).toString();
    return c;
}

HttpResult TestBilling::deliver(ServerFixture &s, const QJsonObject &event, qint64 signedAt)
{
    const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    return s.call("POST", QStringLiteral("/api/v1/billing/webhook"), body,
                  {{"Stripe-Signature", StripeSignature::sign(body, ServerFixture::kWebhookSecret, signedAt)}});
}

void TestBilling::passTypesArePublished()
{
    QFETCH(QString, backend);
    const HttpResult r = m_env.server(backend).call("GET", QStringLiteral("/api/v1/pass-types"));
    QCOMPARE(r.status, 200);
    const QJsonArray types = r.data().toArray();
    QCOMPARE(types.size(), 3);
    QCOMPARE(types.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("38h"));
    QCOMPARE(types.at(0).toObject().value(QStringLiteral("priceCents")).toInt(), 499);
    QCOMPARE(types.at(1).toObject().value(QStringLiteral("priceCents")).toInt(), 1999);
    QCOMPARE(types.at(2).toObject().value(QStringLiteral("durationSeconds")).toInteger(), 14 * 24 * 3600);
}

void TestBilling::checkoutCreatesAStripeSession()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("checkout")));
    const int postsBefore = m_env.stripe.postCount();
    const ServerFixture::Headers key{{"Idempotency-Key", "buy-1w-attempt-1"}};
    const QByteArray body = R"({"passTypeId": "1w"})";
    const HttpResult first = s.call("POST", QStringLiteral("/api/v1/billing/checkout"), body, key, a.accessToken);
    QCOMPARE(first.status, 201);
    const QString id = first.dataObject().value(QStringLiteral("checkoutSessionId")).toString();
    QVERIFY(id.startsWith(QStringLiteral("cs_test_")));
    QVERIFY(first.dataObject().value(QStringLiteral("url")).toString().contains(id));
    QCOMPARE(m_env.stripe.lastAuthorization(), "Bearer " + ServerFixture::kStripeKey);
    const QJsonObject session = m_env.stripe.session(id);
    QCOMPARE(session.value(QStringLiteral("amount_total")).toInt(), 1999);
    QCOMPARE(session.value(QStringLiteral("client_reference_id")).toString(), a.userId);

    // The client retries with the same key (lost response): the same session, not a second charge.
    const HttpResult retry = s.call("POST", QStringLiteral("/api/v1/billing/checkout"), body, key, a.accessToken);
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.dataObject().value(QStringLiteral("checkoutSessionId")).toString(), id);
    const HttpResult fresh = s.call("POST", QStringLiteral("/api/v1/billing/checkout"), body, {}, a.accessToken);
    QCOMPARE(fresh.status, 201);
    QVERIFY(fresh.dataObject().value(QStringLiteral("checkoutSessionId")).toString() != id);
    QCOMPARE(m_env.stripe.postCount(), postsBefore + 3);
    for (const QByteArray &k : m_env.stripe.idempotencyKeys())
        QVERIFY2(!k.isEmpty(), "every POST to Stripe carries an Idempotency-Key");

    const HttpResult unknownType = s.call("POST", QStringLiteral("/api/v1/billing/checkout"), R"({"passTypeId": "forever"})", {}, a.accessToken);
    QCOMPARE(unknownType.status, 404);
    QCOMPARE(s.call("POST", QStringLiteral("/api/v1/billing/checkout"), R"({"passTypeId": ["1w"]})", {}, a.accessToken).status, 400);
}

void TestBilling::webhookSignatureIsChecked_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const auto row = [&](const char *variant, int status, const char *code) {
            QTest::addRow("%s-%s", qPrintable(backend), variant) << backend << QString::fromLatin1(variant) << status << QString::fromLatin1(code);
        };
        row("valid", 200, "");
        row("valid among several v1", 200, "");
        row("body tampered", 400, "stripe.signature_mismatch");
        row("wrong secret", 400, "stripe.signature_mismatch");
        row("stale 301 s", 400, "stripe.signature_stale");
        row("future 301 s", 400, "stripe.signature_stale");
        row("missing header", 400, "stripe.signature_missing");
        row("no v1", 400, "stripe.signature_format");
    }
}

void TestBilling::webhookSignatureIsChecked()
{
    QFETCH(QString, backend);
    QFETCH(QString, variant);
    QFETCH(int, status);
    QFETCH(QString, code);
    ServerFixture &s = m_env.server(backend);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject event{{QStringLiteral("id"), QString(QStringLiteral("evt_sig_") + QUuid::createUuid().toString(QUuid::Id128))},
                            {QStringLiteral("type"), QStringLiteral("customer.created")},
                            {QStringLiteral("created"), now},
                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), QJsonObject{}}}}};
    QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    QByteArray header = StripeSignature::sign(body, ServerFixture::kWebhookSecret, now);
    if (variant == QStringLiteral("valid among several v1"))
        header = StripeSignature::sign(body, "whsec_old_rolled_secret", now) + ',' + header.mid(header.indexOf("v1=")) + ",v0=deadbeef";
    else if (variant == QStringLiteral("body tampered"))
        body.replace("customer.created", "customer.deleted");
    else if (variant == QStringLiteral("wrong secret"))
        header = StripeSignature::sign(body, "whsec_attacker", now);
    else if (variant == QStringLiteral("stale 301 s"))
        header = StripeSignature::sign(body, ServerFixture::kWebhookSecret, now - 301);
    else if (variant == QStringLiteral("future 301 s"))
        header = StripeSignature::sign(body, ServerFixture::kWebhookSecret, now + 301);
    else if (variant == QStringLiteral("missing header"))
        header.clear();
    else if (variant == QStringLiteral("no v1"))
        header = "t=" + QByteArray::number(now);
    ServerFixture::Headers headers;
    if (!header.isEmpty())
        headers.append({"Stripe-Signature", header});
    const HttpResult r = s.call("POST", QStringLiteral("/api/v1/billing/webhook"), body, headers);
    QCOMPARE(r.status, status);
    if (!code.isEmpty())
        QCOMPARE(r.errorCode(), code);
    QVERIFY(!s.log().contains(ServerFixture::kWebhookSecret)); // secrets never reach the log
}

void TestBilling::tenLateReorderedDeliveriesGiveOnePass()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const Checkout c = startCheckout(s, QStringLiteral("2w"));
    QVERIFY(!c.sessionId.isEmpty());
    m_env.stripe.markPaid(c.sessionId);
    // The events were created three days ago (Stripe retried for days); each redelivery is signed now.
    const qint64 threeDaysAgo = QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600;
    const QJsonObject unpaid = m_env.stripe.checkoutEvent(QStringLiteral("evt_a_") + c.sessionId, QStringLiteral("checkout.session.completed"),
                                                          c.sessionId, QStringLiteral("unpaid"), threeDaysAgo);
    const QJsonObject succeeded = m_env.stripe.checkoutEvent(QStringLiteral("evt_b_") + c.sessionId,
                                                             QStringLiteral("checkout.session.async_payment_succeeded"), c.sessionId,
                                                             QStringLiteral("paid"), threeDaysAgo + 60);
    const QJsonObject paid = m_env.stripe.checkoutEvent(QStringLiteral("evt_c_") + c.sessionId, QStringLiteral("checkout.session.completed"),
                                                        c.sessionId, QStringLiteral("paid"), threeDaysAgo + 120);
    QList<QJsonObject> deliveries{paid, succeeded, paid, unpaid, succeeded, paid, unpaid, succeeded, paid, unpaid};
    std::shuffle(deliveries.begin(), deliveries.end(), *QRandomGenerator::global());
    int created = 0;
    for (const QJsonObject &event : std::as_const(deliveries)) {
        const HttpResult r = deliver(s, event);
        QCOMPARE(r.status, 200);
        if (r.dataObject().value(QStringLiteral("passCreated")).toBool())
            ++created;
    }
    QCOMPARE(created, 1);
    const HttpResult passes = s.call("GET", QStringLiteral("/api/v1/access/passes"), {}, {}, c.account.accessToken);
    QCOMPARE(passes.status, 200);
    QCOMPARE(passes.data().toArray().size(), 1);
    const QJsonObject pass = passes.data().toArray().first().toObject();
    QCOMPARE(pass.value(QStringLiteral("passTypeId")).toString(), QStringLiteral("2w"));
    QCOMPARE(pass.value(QStringLiteral("status")).toString(), QStringLiteral("purchased"));
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM passes WHERE checkout_session_id = ?"), {c.sessionId}), 1);
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM stripe_events WHERE id LIKE ?"), {QString(QStringLiteral("%") + c.sessionId)}), 3);
}

void TestBilling::verifyFulfilsFromTheRedirect()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const Checkout c = startCheckout(s, QStringLiteral("38h"));
    QVERIFY(!c.sessionId.isEmpty());
    const QString path = QStringLiteral("/api/v1/billing/verify/%1").arg(c.sessionId);
    const HttpResult unpaid = s.call("GET", path, {}, {}, c.account.accessToken);
    QCOMPARE(unpaid.status, 200);
    QCOMPARE(unpaid.dataObject().value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("unpaid"));
    QVERIFY(unpaid.dataObject().value(QStringLiteral("passId")).isNull());

    m_env.stripe.markPaid(c.sessionId);
    const HttpResult paid = s.call("GET", path, {}, {}, c.account.accessToken);
    QCOMPARE(paid.status, 200);
    const QString passId = paid.dataObject().value(QStringLiteral("passId")).toString();
    QVERIFY(!passId.isEmpty());
    // The webhook arriving afterwards, and verify again, find the same pass.
    const HttpResult hook = deliver(s, m_env.stripe.checkoutEvent(QStringLiteral("evt_v_") + c.sessionId,
                                                                  QStringLiteral("checkout.session.completed"), c.sessionId,
                                                                  QStringLiteral("paid"), QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(hook.dataObject().value(QStringLiteral("passId")).toString(), passId);
    QCOMPARE(hook.dataObject().value(QStringLiteral("passCreated")).toBool(true), false);
    QCOMPARE(s.call("GET", path, {}, {}, c.account.accessToken).dataObject().value(QStringLiteral("passId")).toString(), passId);
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM passes WHERE user_id = ?"), {c.account.userId}), 1);

    // Someone else cannot claim this checkout.
    const auto other = s.registerAccount(uniqueEmail(QStringLiteral("claimer")));
    QCOMPARE(s.call("GET", path, {}, {}, other.accessToken).status, 404);
}

void TestBilling::activationStartsTheClock()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const Checkout c = startCheckout(s, QStringLiteral("1w"));
    m_env.stripe.markPaid(c.sessionId);
    const QString passId = s.call("GET", QStringLiteral("/api/v1/billing/verify/%1").arg(c.sessionId), {}, {}, c.account.accessToken)
                               .dataObject().value(QStringLiteral("passId")).toString();
    QVERIFY(!passId.isEmpty());
    const HttpResult before = s.call("GET", QStringLiteral("/api/v1/access/status"), {}, {}, c.account.accessToken);
    QCOMPARE(before.dataObject().value(QStringLiteral("hasActivePass")).toBool(true), false);
    QCOMPARE(before.dataObject().value(QStringLiteral("unactivatedPasses")).toInt(), 1);

    const HttpResult activated = s.call("POST", QStringLiteral("/api/v1/access/passes/%1/activate").arg(passId), {}, {}, c.account.accessToken);
    QCOMPARE(activated.status, 200);
    QCOMPARE(activated.dataObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const qint64 expires = activated.dataObject().value(QStringLiteral("expiresAt")).toInteger();
    QCOMPARE(expires - activated.dataObject().value(QStringLiteral("activatedAt")).toInteger(), qint64(7 * 24 * 3600));
    // Activating again changes nothing.
    const HttpResult again = s.call("POST", QStringLiteral("/api/v1/access/passes/%1/activate").arg(passId), {}, {}, c.account.accessToken);
    QCOMPARE(again.dataObject().value(QStringLiteral("expiresAt")).toInteger(), expires);
    const HttpResult after = s.call("GET", QStringLiteral("/api/v1/access/status"), {}, {}, c.account.accessToken);
    QVERIFY(after.dataObject().value(QStringLiteral("hasActivePass")).toBool());
    QCOMPARE(after.dataObject().value(QStringLiteral("activePassId")).toString(), passId);
    QVERIFY(after.dataObject().value(QStringLiteral("remainingSeconds")).toInteger() > 7 * 24 * 3600 - 60);
    const auto other = s.registerAccount(uniqueEmail(QStringLiteral("notmine")));
    QCOMPARE(s.call("POST", QStringLiteral("/api/v1/access/passes/%1/activate").arg(passId), {}, {}, other.accessToken).status, 404);
}

void TestBilling::paymentOfAnotherAmountGrantsNoPass_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        QTest::addRow("%s-charged 1 cent", qPrintable(backend)) << backend << qint64(1) << QStringLiteral("usd");
        QTest::addRow("%s-charged in yen", qPrintable(backend)) << backend << qint64(1999) << QStringLiteral("jpy");
    }
}

// A paid session whose amount or currency is not the price asked at checkout (1 week: 1999 usd) grants nothing,
// through the webhook or the redirect; the event stays recorded and Stripe gets a 2xx so it stops retrying.
void TestBilling::paymentOfAnotherAmountGrantsNoPass()
{
    QFETCH(QString, backend);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    ServerFixture &s = m_env.server(backend);
    const Checkout c = startCheckout(s, QStringLiteral("1w"));
    QVERIFY(!c.sessionId.isEmpty());
    QCOMPARE(m_env.stripe.session(c.sessionId).value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    m_env.stripe.markPaid(c.sessionId);
    m_env.stripe.setTotal(c.sessionId, amount, currency);
    const QString eventId = QStringLiteral("evt_amount_") + c.sessionId;
    const QJsonObject event = m_env.stripe.checkoutEvent(eventId, QStringLiteral("checkout.session.completed"), c.sessionId,
                                                         QStringLiteral("paid"), QDateTime::currentSecsSinceEpoch());
    for (int delivery = 0; delivery < 2; ++delivery) {
        const HttpResult r = deliver(s, event);
        QCOMPARE(r.status, 200);
        QVERIFY(r.dataObject().value(QStringLiteral("passId")).isNull());
        QCOMPARE(r.dataObject().value(QStringLiteral("refused")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("billing.amount_mismatch"));
    }
    const QString verifyPath = QStringLiteral("/api/v1/billing/verify/%1").arg(c.sessionId);
    const HttpResult verified = s.call("GET", verifyPath, {}, {}, c.account.accessToken);
    QCOMPARE(verified.status, 409);
    QCOMPARE(verified.errorCode(), QStringLiteral("billing.amount_mismatch"));
    QVERIFY2(verified.errorMessage().contains(c.sessionId), qPrintable(verified.errorMessage()));
    QCOMPARE(s.call("GET", QStringLiteral("/api/v1/access/passes"), {}, {}, c.account.accessToken).data().toArray().size(), 0);
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM passes WHERE checkout_session_id = ?"), {c.sessionId}), 0);
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM stripe_events WHERE id = ?"), {eventId}), 1);
    const QByteArray log = s.log();
    QVERIFY(log.contains("checkout amount mismatch: no pass granted"));
    QVERIFY(!log.contains(ServerFixture::kWebhookSecret));
    QVERIFY(!log.contains(ServerFixture::kStripeKey));

    // The same session at the asked price (say support corrected it at Stripe) is fulfilled, exactly once.
    m_env.stripe.setTotal(c.sessionId, 1999, QStringLiteral("usd"));
    const HttpResult corrected = s.call("GET", verifyPath, {}, {}, c.account.accessToken);
    QCOMPARE(corrected.status, 200);
    QVERIFY(!corrected.dataObject().value(QStringLiteral("passId")).toString().isEmpty());
    const QJsonObject correctedEvent = m_env.stripe.checkoutEvent(eventId + QStringLiteral("_fixed"), QStringLiteral("checkout.session.completed"),
                                                                  c.sessionId, QStringLiteral("paid"), QDateTime::currentSecsSinceEpoch());
    QCOMPARE(deliver(s, correctedEvent).dataObject().value(QStringLiteral("passCreated")).toBool(true), false);
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM passes WHERE checkout_session_id = ?"), {c.sessionId}), 1);
}

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
