// In-process checks of the signing and verification code the server and the desktop share (no server started):
// exam grants, access tokens, Stripe signatures, internal HMAC headers, the API envelope and configuration parsing.
#include "core/api/envelope.h"
#include "core/api/grant.h"
#include "server-sync/accesstokencodec.h"
#include "server-sync/apirequest.h"
#include "server-sync/internalsignature.h"
#include "server-sync/serverconfig.h"
#include "server-sync/stripesignature.h"

#include <QTest>

#include <sodium.h>

using namespace ckx;
using namespace ckx::server;

class TestSignatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grantRoundTripAndTampering();
    void accessTokens();
    void stripeSignature_data();
    void stripeSignature();
    void internalSignature();
    void envelope();
    void config_data();
    void config();
};

void TestSignatures::grantRoundTripAndTampering()
{
    QVERIFY(sodium_init() >= 0);
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0'), sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    const ExamGrant g{QStringLiteral("user-1"), QStringLiteral("session-1"), QStringLiteral("lab-1"), 1000, 5000};
    auto token = ExamGrant::sign(g, sk);
    QVERIFY(token.ok());
    QVERIFY(token->startsWith(QStringLiteral("ckxg1.")));
    auto back = ExamGrant::verify(*token, pk, 2000);
    QVERIFY(back.ok());
    QCOMPARE(back->labId, g.labId);
    QCOMPARE(back->expiresAt, g.expiresAt);
    QCOMPARE(g.canonicalPayload(), QByteArray(R"({"examSession":"session-1","expiresAt":5000,"issuedAt":1000,"lab":"lab-1","user":"user-1"})"));
    // Flip one character of the payload or of the signature: refused.
    for (const int part : {1, 2}) {
        QStringList parts = token->split(u'.');
        QString &p = parts[part];
        p[5] = p.at(5) == u'A' ? u'B' : u'A';
        QVERIFY(!ExamGrant::verify(parts.join(u'.'), pk, 2000).ok());
    }
    QCOMPARE(ExamGrant::verify(*token, pk, 5000 + 61).error().code, QStringLiteral("grant.expired"));
    QCOMPARE(ExamGrant::verify(QStringLiteral("garbage"), pk, 2000).error().code, QStringLiteral("grant.format"));
    QVERIFY(!ExamGrant::sign(g, QByteArray(10, 'x')).ok());
}

void TestSignatures::accessTokens()
{
    const AccessTokenCodec codec(QByteArray(32, 'k'), 900);
    const QString token = codec.issue(QStringLiteral("u-42"), QStringLiteral("family-7"), 1000);
    QCOMPARE(codec.verify(token.toLatin1(), 1001).value().userId, QStringLiteral("u-42"));
    QCOMPARE(codec.verify(token.toLatin1(), 1001).value().sessionId, QStringLiteral("family-7"));
    QCOMPARE(codec.verify(token.toLatin1(), 1900).error().code, QStringLiteral("auth.token")); // expired at 1900
    const AccessTokenCodec other(QByteArray(32, 'j'), 900);
    QVERIFY(!other.verify(token.toLatin1(), 1001).ok());
    QVERIFY(!codec.verify("a.b", 1001).ok());
    QVERIFY(!codec.verify("", 1001).ok());
}

void TestSignatures::stripeSignature_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    const QByteArray body = R"({"id":"evt_1"})";
    const QByteArray good = StripeSignature::sign(body, "whsec_x", 10000);
    QTest::newRow("valid") << good << true;
    QTest::newRow("valid with spaces and v0") << QByteArray("t=10000, v0=abc, ") + good.mid(good.indexOf("v1=")) << true;
    QTest::newRow("second v1 valid") << StripeSignature::sign(body, "whsec_old", 10000) + ',' + good.mid(good.indexOf("v1=")) << true;
    QTest::newRow("t changed") << QByteArray(good).replace("t=10000", "t=10001") << false;
    QTest::newRow("truncated v1") << good.left(good.size() - 2) << false;
    QTest::newRow("not hex") << QByteArray("t=10000,v1=zzzz") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSignatures::stripeSignature()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QCOMPARE(StripeSignature::verify(header, R"({"id":"evt_1"})", "whsec_x", 10000 + 299).ok(), valid);
    QVERIFY(!StripeSignature::verify(header, R"({"id":"evt_1"})", "whsec_x", 10000 + 301).ok());
}

void TestSignatures::internalSignature()
{
    const QHash<QString, QByteArray> keys{{QStringLiteral("k1"), "secret-one"}};
    ApiRequest req;
    req.method = QStringLiteral("POST");
    req.rawPathAndQuery = QStringLiteral("/internal/v1/passes?x=1");
    req.body = R"({"a":1})";
    const auto headers = InternalSignature::sign(req.method, req.rawPathAndQuery, req.body, QStringLiteral("k1"), "secret-one", 5000,
                                                 QStringLiteral("0123456789abcdef"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        req.headers.insert(it.key().toLower(), it.value());
    QVERIFY(InternalSignature::verify(req, keys, 5000).ok());
    QVERIFY(!InternalSignature::verify(req, keys, 5301).ok());
    ApiRequest otherPath = req;
    otherPath.rawPathAndQuery = QStringLiteral("/internal/v1/passes?x=2");
    QVERIFY(!InternalSignature::verify(otherPath, keys, 5000).ok());
    ApiRequest otherMethod = req;
    otherMethod.method = QStringLiteral("PUT");
    QVERIFY(!InternalSignature::verify(otherMethod, keys, 5000).ok());
    QVERIFY(!InternalSignature::verify(req, {{QStringLiteral("k2"), "secret-one"}}, 5000).ok());
}

void TestSignatures::envelope()
{
    auto ok = ApiEnvelope::parse(R"({"success":true,"data":{"x":1}})", 200);
    QVERIFY(ok.ok());
    QCOMPARE(ok->toObject().value(QStringLiteral("x")).toInt(), 1);
    auto err = ApiEnvelope::parse(R"({"success":false,"error":{"code":"exam.already_active","message":"busy"}})", 409);
    QCOMPARE(err.error().code, QStringLiteral("exam.already_active"));
    auto html = ApiEnvelope::parse("<html>502 Bad Gateway</html>", 502);
    QVERIFY(html.error().message.contains(QStringLiteral("502")));
}

void TestSignatures::config_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("envVar");
    QTest::addColumn<QString>("envValue");
    QTest::addColumn<QString>("error");
    QTest::newRow("defaults") << QStringList() << QString() << QString() << QString();
    QTest::newRow("listen flag") << QStringList{QStringLiteral("--listen=0.0.0.0:9000")} << QString() << QString() << QString();
    QTest::newRow("listen bad") << QStringList{QStringLiteral("--listen"), QStringLiteral("nonsense")} << QString() << QString() << QStringLiteral("ADDR:PORT");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--stripe-key=sk")} << QString() << QString() << QStringLiteral("never from flags");
    QTest::newRow("db scheme") << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://x")} << QString() << QString() << QStringLiteral("sqlite:///");
    QTest::newRow("threads range") << QStringList{QStringLiteral("--threads"), QStringLiteral("0")} << QString() << QString() << QStringLiteral("--threads");
    QTest::newRow("short jwt secret") << QStringList() << QStringLiteral("CKX_JWT_SECRET") << QStringLiteral("short") << QStringLiteral("32 bytes");
    QTest::newRow("bad hmac keys") << QStringList() << QStringLiteral("CKX_HMAC_KEYS") << QStringLiteral("nocolon") << QStringLiteral("keyid:secret");
    QTest::newRow("bad pass types") << QStringList() << QStringLiteral("CKX_PASS_TYPES") << QStringLiteral(R"([{"id":"x"}])") << QStringLiteral("CKX_PASS_TYPES[0]");
    QTest::newRow("missing secret file") << QStringList() << QStringLiteral("STRIPE_SECRET_KEY_FILE") << QStringLiteral("/nonexistent/key") << QStringLiteral("/nonexistent/key");
}

void TestSignatures::config()
{
    QFETCH(QStringList, args);
    QFETCH(QString, envVar);
    QFETCH(QString, envValue);
    QFETCH(QString, error);
    QProcessEnvironment env;
    if (!envVar.isEmpty())
        env.insert(envVar, envValue);
    auto c = ServerConfig::parse(args, env);
    if (error.isEmpty()) {
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->passTypes.size(), 3);
        QVERIFY(c->databaseUrl.startsWith(QStringLiteral("sqlite://")));
    } else {
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(error), qPrintable(c.error().message));
    }
    bool help = false;
    QVERIFY(ServerConfig::parse({QStringLiteral("--help")}, {}, &help).ok() && help);
    QVERIFY(ServerConfig::helpText().contains(QStringLiteral("STRIPE_WEBHOOK_SECRET")));
}

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
