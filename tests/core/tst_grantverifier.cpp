// Exam grants from the real ckx-server (a known CKX_GRANT_KEY, so the test can also sign grants the way that server
// would): a real grant verifies and pins the key; a tampered grant, one for another lab or another user, an expired
// one, and a server that shows another key than the pinned one are each refused with their message.
#include "core/accountclient.h"
#include "core/credentialstore.h"
#include "core/grantverifier.h"
#include "fixtures/serverfixture.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sodium.h>

#include <optional>

using namespace ckx;
using namespace ckx::test;

namespace {

const QString kFullLab = QStringLiteral("ckx-test-full-001"); // tests/server-sync/labs

QByteArray randomSeed()
{
    QByteArray seed(32, '\0');
    randombytes_buf(seed.data(), 32);
    return seed;
}

template<typename T>
std::optional<Result<T>> waitFor(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> r;
    start([&r](Result<T> v) { r.emplace(std::move(v)); });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
        return std::nullopt; // timed out: the callers QVERIFY a value
    return r;
}

} // namespace

class TestGrantVerifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realGrantVerifiesAndPinsTheKey();
    void refusals_data();
    void refusals();
    void changedServerKeyIsRefused();

private:
    QTemporaryDir m_data;
    QByteArray m_secretKey;
    ServerFixture m_server;
    CredentialStore m_store{QStringLiteral("ckx-test-grant")};
    std::unique_ptr<AccountClient> m_client;
    QString m_grant;
};

void TestGrantVerifier::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
    const QByteArray seed = randomSeed();
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(m_secretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    QProcessEnvironment env;
    env.insert(QStringLiteral("CKX_GRANT_KEY"), QString::fromLatin1(seed.toBase64()));
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9"), env), qPrintable(m_server.errorString()));

    m_client = std::make_unique<AccountClient>(m_server.baseUrl(), &m_store, AccountClient::defaultAccountFile());
    const QString email = QStringLiteral("grant-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    auto user = waitFor<api::UserProfile>([&](auto cb) {
        m_client->registerAccount(email, QStringLiteral("correct horse battery"), {}, this, cb);
    });
    QVERIFY(user && *user);

    // No pass yet: the server refuses the full lab (the app offers the Account page).
    auto refused = waitFor<QJsonValue>([&](auto cb) {
        m_client->call("POST", QStringLiteral("exam-sessions"), {{QStringLiteral("labId"), kFullLab}}, this, cb);
    });
    QVERIFY(refused && !*refused);
    QCOMPARE(refused->error().code.section(u'.', 0, 0), QStringLiteral("access"));

    const QString passId = m_server.grantPurchasedPass(email);
    QVERIFY(!passId.isEmpty());
    auto pass = waitFor<api::AccessPass>([&](auto cb) { m_client->activatePass(passId, this, cb); });
    QVERIFY(pass && *pass);
    auto session = waitFor<QJsonValue>([&](auto cb) {
        m_client->call("POST", QStringLiteral("exam-sessions"), {{QStringLiteral("labId"), kFullLab}}, this, cb);
    });
    QVERIFY(session && *session);
    m_grant = session->value().toObject().value(QStringLiteral("grant")).toString();
    QVERIFY(m_grant.startsWith(QStringLiteral("ckxg1.")));
}

void TestGrantVerifier::realGrantVerifiesAndPinsTheKey()
{
    GrantVerifier verifier(m_client.get(), GrantVerifier::defaultPinFile());
    auto g = waitFor<ExamGrant>([&](auto cb) { verifier.verify(m_grant, kFullLab, this, cb); });
    QVERIFY(g);
    QVERIFY2(*g, g->ok() ? "" : qPrintable(g->error().message));
    QCOMPARE(g->value().labId, kFullLab);
    QCOMPARE(g->value().userId, m_client->user().id);
    QVERIFY(g->value().expiresAt > QDateTime::currentSecsSinceEpoch());
    QSettings pins(GrantVerifier::defaultPinFile(), QSettings::IniFormat);
    QCOMPARE(pins.allKeys().size(), 1);
}

void TestGrantVerifier::refusals_data()
{
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto signedGrant = [&](const QString &user, const QString &lab, qint64 expires) {
        return *ExamGrant::sign(ExamGrant{user, QStringLiteral("session-x"), lab, now - 7200, expires}, m_secretKey);
    };
    // Tampered: the payload says another lab, the signature is the server's original.
    QStringList parts = m_grant.split(u'.');
    auto payload = ExamGrant::decodeUnverified(m_grant);
    QVERIFY(payload);
    ExamGrant other = *payload;
    other.labId = QStringLiteral("another-lab");
    parts[1] = QString::fromLatin1(other.canonicalPayload().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("tampered") << parts.join(u'.') << QStringLiteral("another-lab") << QStringLiteral("grant.signature")
                              << QStringLiteral("tampered");
    QTest::newRow("other lab") << m_grant << QStringLiteral("ckx-test-other") << QStringLiteral("grant.lab")
                               << QStringLiteral("is for lab ckx-test-full-001, not for ckx-test-other");
    QTest::newRow("other user") << signedGrant(QStringLiteral("someone-else"), kFullLab, now + 3600) << kFullLab
                                << QStringLiteral("grant.user") << QStringLiteral("another account (someone-else)");
    QTest::newRow("expired") << signedGrant(m_client->user().id, kFullLab, now - 3600) << kFullLab
                             << QStringLiteral("grant.expired") << QStringLiteral("expired at");
    QTest::newRow("garbage") << QStringLiteral("not-a-grant") << kFullLab << QStringLiteral("grant.format")
                             << QStringLiteral("ckxg1.<payload>.<signature>");
}

void TestGrantVerifier::refusals()
{
    QFETCH(QString, grant);
    QFETCH(QString, lab);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    GrantVerifier verifier(m_client.get(), GrantVerifier::defaultPinFile());
    auto g = waitFor<ExamGrant>([&](auto cb) { verifier.verify(grant, lab, this, cb); });
    QVERIFY(g);
    QVERIFY(!*g);
    QCOMPARE(g->error().code, code);
    QVERIFY2(g->error().message.contains(mentions), qPrintable(g->error().message));
}

void TestGrantVerifier::changedServerKeyIsRefused()
{
    // A second server with another key, reached at an address whose key this computer pinned before (a server
    // replaced or impersonated): the pin is the first server's key.
    ServerFixture second;
    QProcessEnvironment env;
    env.insert(QStringLiteral("CKX_GRANT_KEY"), QString::fromLatin1(randomSeed().toBase64()));
    QVERIFY2(second.start({}, QStringLiteral("http://127.0.0.1:9"), env), qPrintable(second.errorString()));
    const QString pinFile = m_data.path() + QStringLiteral("/changed-pins.ini");
    GrantVerifier first(m_client.get(), pinFile);
    auto k1 = waitFor<QByteArray>([&](auto cb) { first.serverKey(this, cb); });
    QVERIFY(k1 && *k1);
    {
        QSettings pins(pinFile, QSettings::IniFormat);
        pins.setValue(QStringLiteral("pins/") + QString::fromLatin1(QUrl::toPercentEncoding(second.baseUrl())), k1->value().toBase64());
    }
    AccountClient client(second.baseUrl(), &m_store, AccountClient::defaultAccountFile());
    GrantVerifier verifier(&client, pinFile);
    auto k2 = waitFor<QByteArray>([&](auto cb) { verifier.serverKey(this, cb); });
    QVERIFY(k2 && !*k2);
    QCOMPARE(k2->error().code, QStringLiteral("grant.key_changed"));
    QVERIFY2(k2->error().message.contains(QStringLiteral("now signs exam grants with a different key"))
                 && k2->error().message.contains(second.baseUrl()),
             qPrintable(k2->error().message));
}

QTEST_GUILESS_MAIN(TestGrantVerifier)
#include "tst_grantverifier.moc"
