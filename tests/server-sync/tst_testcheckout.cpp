// ckx-server --test-checkout against the real binary (no Stripe at all, not even the stand-in): the local page
// labelled "test mode", Stripe's test card 4242 4242 4242 4242 accepted and others declined, completion through
// the webhook code path (one pass however often it is paid or verified), and the refusal next to a real key.
#include "fixtures/serverfixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ckx::test;

class TestTestCheckout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedWithARealStripeKey();
    void payWithTestCard();

private:
    ServerFixture m_server;
};

void TestTestCheckout::initTestCase()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QString()); // test mode takes Stripe's place
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9"), env, {QStringLiteral("--test-checkout")}),
             qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.log().contains("TEST MODE checkout"), 5000);
}

void TestTestCheckout::refusedWithARealStripeKey()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("sk_live_something"));
    p.setProcessEnvironment(env);
    QTemporaryDir dir;
    p.start(qEnvironmentVariable("CKX_BIN_DIR", QStringLiteral(CKX_BIN_DIR)) + QStringLiteral("/ckx-server"),
            {QStringLiteral("--test-checkout"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--data-dir"), dir.path()});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY(p.exitCode() != 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("--test-checkout cannot be used while STRIPE_SECRET_KEY is set")), qPrintable(err));
}

void TestTestCheckout::payWithTestCard()
{
    const auto account = m_server.registerAccount(QStringLiteral("tc-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QVERIFY(!account.userId.isEmpty());
    const QByteArray body = R"({"passTypeId":"38h"})";
    const ServerFixture::Headers key{{"Idempotency-Key", "buy-click-1"}};
    const HttpResult first = m_server.call("POST", QStringLiteral("/api/v1/billing/checkout"), body, key, account.accessToken);
    QCOMPARE(first.status, 201);
    const HttpResult again = m_server.call("POST", QStringLiteral("/api/v1/billing/checkout"), body, key, account.accessToken);
    const QString sessionId = first.dataObject().value(QStringLiteral("checkoutSessionId")).toString();
    QCOMPARE(again.dataObject().value(QStringLiteral("checkoutSessionId")).toString(), sessionId); // a double click buys once
    const QString url = first.dataObject().value(QStringLiteral("url")).toString();
    QCOMPARE(url, m_server.baseUrl() + QStringLiteral("/test-checkout/") + sessionId);
    const QString path = QUrl(url).path();

    const HttpResult page = m_server.call("GET", path);
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("TEST MODE") && page.body.contains("4242 4242 4242 4242") && page.body.contains("4.99 USD"));

    const ServerFixture::Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
    const HttpResult declined = m_server.call("POST", path, "card=4000+0000+0000+0002&exp=12%2F34&cvc=123", form);
    QCOMPARE(declined.status, 402);
    QVERIFY(declined.body.contains("Your card was declined"));
    QCOMPARE(m_server.call("GET", QStringLiteral("/api/v1/access/passes"), {}, {}, account.accessToken).data().toArray().size(), 0);
    const HttpResult unpaid = m_server.call("GET", QStringLiteral("/api/v1/billing/verify/") + sessionId, {}, {}, account.accessToken);
    QCOMPARE(unpaid.dataObject().value(QStringLiteral("paymentStatus")).toString(), QStringLiteral("unpaid"));

    const HttpResult paid = m_server.call("POST", path, "card=4242+4242+4242+4242&exp=12%2F34&cvc=123", form);
    QCOMPARE(paid.status, 200);
    QVERIFY2(paid.body.contains("Payment accepted (test mode)"), paid.body.constData());
    QVERIFY(m_server.log().contains("test mode checkout completed"));
    // Like Stripe's redirect: a way back to the success URL with this session's id filled in.
    QVERIFY2(paid.body.contains("id=\"return\"") && paid.body.contains(QByteArray(QByteArray("session_id=") + sessionId.toUtf8())),
             paid.body.constData());
    const QJsonArray passes = m_server.call("GET", QStringLiteral("/api/v1/access/passes"), {}, {}, account.accessToken).data().toArray();
    QCOMPARE(passes.size(), 1);
    QCOMPARE(passes.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("purchased"));
    const QString passId = passes.at(0).toObject().value(QStringLiteral("id")).toString();

    // Paying again and verifying (the app's poll) never makes a second pass.
    QCOMPARE(m_server.call("POST", path, "card=4242424242424242", form).status, 200);
    const HttpResult verified = m_server.call("GET", QStringLiteral("/api/v1/billing/verify/") + sessionId, {}, {}, account.accessToken);
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.dataObject().value(QStringLiteral("passId")).toString(), passId);
    QCOMPARE(verified.dataObject().value(QStringLiteral("passCreated")).toBool(true), false);
    QCOMPARE(m_server.call("GET", QStringLiteral("/api/v1/access/passes"), {}, {}, account.accessToken).data().toArray().size(), 1);

    // The real webhook endpoint still refuses what is not signed with the configured secret.
    const HttpResult forged = m_server.call("POST", QStringLiteral("/api/v1/billing/webhook"), R"({"id":"evt_x","type":"checkout.session.completed"})",
                                            {{"Stripe-Signature", "t=1,v1=00"}});
    QCOMPARE(forged.status, 400);
    QCOMPARE(m_server.call("GET", QStringLiteral("/test-checkout/cs_test_local_unknown")).status, 404);
}

QTEST_GUILESS_MAIN(TestTestCheckout)
#include "tst_testcheckout.moc"
