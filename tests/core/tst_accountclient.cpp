// AccountClient and CredentialStore against the real ckx-server binary (short access-token TTL) and the real
// gnome-keyring that scripts/test-env.sh starts: sign-in, the errors a learner sees, refresh before expiry with one
// refresh in flight, a replayed refresh token signing out, sign-out leaving no keychain entry, and the refresh token
// appearing in no file of the data folder and nowhere in the process environment.
#include "core/accountclient.h"
#include "core/credentialstore.h"
#include "fixtures/serverfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ckx;
using namespace ckx::test;

namespace {

constexpr int kTtlSecs = 3;

template<typename T>
struct Waited
{
    std::optional<Result<T>> r;
    auto cb()
    {
        return [this](Result<T> v) { r.emplace(std::move(v)); };
    }
};

/// The error of a finished call, or nothing (QVERIFY2 evaluates its message even when the check passes).
template<typename T>
QByteArray why(const std::optional<Result<T>> &r)
{
    return r && !*r ? r->error().message.toUtf8() : QByteArray();
}

QString unique(const char *tag)
{
    static int n = 0;
    return QStringLiteral("%1-%2-%3@example.test").arg(QString::fromLatin1(tag)).arg(QCoreApplication::applicationPid()).arg(++n);
}

} // namespace

class TestAccountClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void serverUrlValidation_data();
    void serverUrlValidation();
    void registerAndErrorsForPeople();
    void unreachableServerSaysSo();
    void refreshAcrossShortTtlOneInFlight();
    void restoredSessionFromKeychain();
    void replayedRefreshSignsOut();
    void signOutLeavesNoKeychainEntry();
    void refreshTokenIsInNoFileAndNoEnvironment();
    void loginRateLimitSaysWhenToRetry(); // last: it uses up the loopback address's login failures

private:
    std::unique_ptr<AccountClient> newClient();
    QString keychainValue(const QString &email);
    QString signIn(AccountClient &c, const QString &email, bool create = true);

    QTemporaryDir m_data;
    ServerFixture m_server;
    std::unique_ptr<CredentialStore> m_store;
};

void TestAccountClient::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
    QProcessEnvironment env;
    env.insert(QStringLiteral("CKX_ACCESS_TOKEN_SECONDS"), QString::number(kTtlSecs));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ckx.server.access.info=true"));
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9"), env), qPrintable(m_server.errorString()));
    m_store = std::make_unique<CredentialStore>(QStringLiteral("ckx-test-%1").arg(QCoreApplication::applicationPid()));
}

std::unique_ptr<AccountClient> TestAccountClient::newClient()
{
    return std::make_unique<AccountClient>(m_server.baseUrl(), m_store.get(), AccountClient::defaultAccountFile());
}

QString TestAccountClient::keychainValue(const QString &email)
{
    Waited<QString> w;
    m_store->read(CredentialStore::refreshKey(m_server.baseUrl(), email), this, w.cb());
    if (!QTest::qWaitFor([&] { return w.r.has_value(); }, 10000))
        return QStringLiteral("<keychain timeout>");
    return *w.r ? **w.r : QStringLiteral("<%1>").arg(w.r->error().code);
}

QString TestAccountClient::signIn(AccountClient &c, const QString &email, bool create)
{
    Waited<api::UserProfile> w;
    if (create)
        c.registerAccount(email, QStringLiteral("correct horse battery"), QStringLiteral("Ada"), this, w.cb());
    else
        c.login(email, QStringLiteral("correct horse battery"), this, w.cb());
    if (!QTest::qWaitFor([&] { return w.r.has_value(); }, 20000))
        return QStringLiteral("timeout");
    return *w.r ? QString() : w.r->error().message;
}

void TestAccountClient::serverUrlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // normalised URL, or a word of the error
    QTest::newRow("https") << "https://api.ckx.dev/" << "https://api.ckx.dev";
    QTest::newRow("loopback http") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080";
    QTest::newRow("localhost http") << "http://localhost:1234" << "http://localhost:1234";
    QTest::newRow("remote http") << "http://api.ckx.dev" << "must use https";
    QTest::newRow("no host") << "ckx" << "expected https://host";
    QTest::newRow("ftp") << "ftp://127.0.0.1" << "must use https";
}

void TestAccountClient::serverUrlValidation()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    auto r = AccountClient::validateServerUrl(url);
    if (expected.contains(u':') && expected.startsWith(u'h') && !expected.contains(u' '))
        QCOMPARE(r.ok() ? *r : r.error().message, expected);
    else {
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(expected) && r.error().message.contains(url), qPrintable(r.error().message));
    }
}

void TestAccountClient::registerAndErrorsForPeople()
{
    auto c = newClient();
    QSignalSpy signedIn(c.get(), &AccountClient::signedIn);
    const QString email = unique("reg");
    QCOMPARE(signIn(*c, email), QString());
    QVERIFY(c->isSignedIn());
    QCOMPARE(c->user().email, email.toLower());
    QCOMPARE(signedIn.count(), 1);

    auto other = newClient();
    Waited<api::UserProfile> taken;
    other->registerAccount(email, QStringLiteral("another password"), {}, this, taken.cb());
    QTRY_VERIFY_WITH_TIMEOUT(taken.r.has_value(), 20000);
    QVERIFY(!*taken.r);
    QCOMPARE(taken.r->error().message, QStringLiteral("An account with this email already exists: sign in instead."));

    Waited<api::UserProfile> weak;
    other->registerAccount(unique("weak"), QStringLiteral("short"), {}, this, weak.cb());
    QTRY_VERIFY_WITH_TIMEOUT(weak.r.has_value(), 20000);
    QVERIFY(!*weak.r);
    QCOMPARE(weak.r->error().code, QStringLiteral("auth.weak_password"));
    QVERIFY2(weak.r->error().message.contains(QStringLiteral("at least 8")), qPrintable(weak.r->error().message));

    Waited<api::UserProfile> wrong;
    other->login(email, QStringLiteral("not the password"), this, wrong.cb());
    QTRY_VERIFY_WITH_TIMEOUT(wrong.r.has_value(), 20000);
    QVERIFY(!*wrong.r);
    QCOMPARE(wrong.r->error().message, QStringLiteral("Wrong email or password."));
    QVERIFY(!other->isSignedIn());
}

void TestAccountClient::unreachableServerSaysSo()
{
    QTcpServer closed; // a port that was free a moment ago: nothing listens there now
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    AccountClient c(QStringLiteral("http://127.0.0.1:%1").arg(port), m_store.get(), AccountClient::defaultAccountFile());
    Waited<api::UserProfile> w;
    c.login(unique("offline"), QStringLiteral("whatever123"), this, w.cb());
    QTRY_VERIFY_WITH_TIMEOUT(w.r.has_value(), 20000);
    QVERIFY(!*w.r);
    QCOMPARE(w.r->error().code, QStringLiteral("server.unreachable"));
    QVERIFY2(w.r->error().message.contains(QStringLiteral("Cannot reach the CKX server at http://127.0.0.1:"))
                 && w.r->error().message.contains(QStringLiteral("Mock exams are still available")),
             qPrintable(w.r->error().message));
}

void TestAccountClient::loginRateLimitSaysWhenToRetry()
{
    auto c = newClient();
    const QString email = unique("limit");
    QCOMPARE(signIn(*c, email), QString());
    auto other = newClient();
    QString code;
    QString message;
    for (int i = 0; i < 11 && code != QStringLiteral("auth.rate_limited"); ++i) {
        Waited<api::UserProfile> w;
        other->login(email, QStringLiteral("wrong password %1").arg(i), this, w.cb());
        QTRY_VERIFY_WITH_TIMEOUT(w.r.has_value(), 20000);
        QVERIFY(!*w.r);
        code = w.r->error().code;
        message = w.r->error().message;
    }
    QCOMPARE(code, QStringLiteral("auth.rate_limited"));
    QVERIFY2(message.startsWith(QStringLiteral("Too many failed sign-ins")) && message.contains(QStringLiteral("try again in")),
             qPrintable(message));
}

void TestAccountClient::refreshAcrossShortTtlOneInFlight()
{
    auto c = newClient();
    const QString email = unique("ttl");
    QCOMPARE(signIn(*c, email), QString());
    const QString first = keychainValue(email);
    QVERIFY2(!first.startsWith(u'<'), qPrintable(first));
    const auto refreshes = [&] { return m_server.log().count("/api/v1/auth/refresh"); };
    const qsizetype before = refreshes();
    // Across three lifetimes of the access token, five calls at once each round: all succeed, one refresh per round.
    for (int round = 0; round < 3; ++round) {
        QTest::qWait(kTtlSecs * 1000);
        QList<std::shared_ptr<Waited<QJsonValue>>> calls;
        for (int i = 0; i < 5; ++i) {
            calls.append(std::make_shared<Waited<QJsonValue>>());
            c->call("GET", QStringLiteral("users/me"), {}, this, calls.last()->cb());
        }
        for (const auto &w : calls) {
            QTRY_VERIFY_WITH_TIMEOUT(w->r.has_value(), 10000);
            QVERIFY2(*w->r, why(w->r).constData());
            QCOMPARE(w->r->value().toObject().value(QStringLiteral("email")).toString(), email.toLower());
        }
        QCOMPARE(refreshes() - before, round + 1);
    }
    QVERIFY(c->isSignedIn());
    const QString rotated = keychainValue(email);
    QVERIFY2(!rotated.startsWith(u'<') && rotated != first, "the keychain holds the rotated refresh token");
}

void TestAccountClient::restoredSessionFromKeychain()
{
    const QString email = unique("restore");
    {
        auto c = newClient();
        QCOMPARE(signIn(*c, email), QString());
    }
    auto later = newClient(); // the next start of the app
    Waited<api::UserProfile> w;
    later->restoreSession(this, w.cb());
    QTRY_VERIFY_WITH_TIMEOUT(w.r.has_value(), 10000);
    QVERIFY2(*w.r, why(w.r).constData());
    QCOMPARE(w.r->value().email, email.toLower());
    QCOMPARE(w.r->value().displayName, QStringLiteral("Ada"));
    QVERIFY(later->isSignedIn());
}

void TestAccountClient::replayedRefreshSignsOut()
{
    auto c = newClient();
    QSignalSpy signedOut(c.get(), &AccountClient::signedOut);
    const QString email = unique("replay");
    QCOMPARE(signIn(*c, email), QString());
    const QString stolen = keychainValue(email);
    // The client rotates; then someone presents the old token again (a copy taken from another machine).
    QTest::qWait(kTtlSecs * 1000);
    Waited<QJsonValue> me;
    c->call("GET", QStringLiteral("users/me"), {}, this, me.cb());
    QTRY_VERIFY_WITH_TIMEOUT(me.r.has_value(), 10000);
    QVERIFY(*me.r);
    const HttpResult replay = m_server.callJson("POST", QStringLiteral("/api/v1/auth/refresh"),
                                                {{QStringLiteral("refreshToken"), stolen}});
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.errorCode(), QStringLiteral("auth.refresh_reused"));

    Waited<QJsonValue> after;
    c->call("GET", QStringLiteral("users/me"), {}, this, after.cb());
    QTRY_VERIFY_WITH_TIMEOUT(after.r.has_value(), 10000);
    QVERIFY(!*after.r);
    QCOMPARE(signedOut.count(), 1);
    const QString reason = signedOut.at(0).at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("signed out")) || reason.contains(QStringLiteral("ended")), qPrintable(reason));
    QVERIFY(!c->isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(keychainValue(email), QStringLiteral("<keychain.not_found>"), 10000);
    // Nothing else breaks: public calls still work and a new sign-in works.
    Waited<QList<api::PassType>> types;
    c->passTypes(this, types.cb());
    QTRY_VERIFY_WITH_TIMEOUT(types.r.has_value(), 10000);
    QVERIFY(*types.r && !types.r->value().isEmpty());
    QCOMPARE(signIn(*c, email, false), QString());
}

void TestAccountClient::signOutLeavesNoKeychainEntry()
{
    auto c = newClient();
    const QString email = unique("logout");
    QCOMPARE(signIn(*c, email), QString());
    const QString token = keychainValue(email);
    QVERIFY(!token.startsWith(u'<'));
    QSignalSpy signedOut(c.get(), &AccountClient::signedOut);
    Waited<void> w;
    c->logout(this, w.cb());
    QTRY_VERIFY_WITH_TIMEOUT(w.r.has_value(), 10000);
    QVERIFY2(*w.r, why(w.r).constData());
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(signedOut.at(0).at(0).toString(), QString());
    QCOMPARE(keychainValue(email), QStringLiteral("<keychain.not_found>"));
    const HttpResult reuse = m_server.callJson("POST", QStringLiteral("/api/v1/auth/refresh"),
                                               {{QStringLiteral("refreshToken"), token}});
    QCOMPARE(reuse.status, 401); // revoked on the server, not only forgotten here
    Waited<api::UserProfile> restore;
    newClient()->restoreSession(this, restore.cb());
    QTRY_VERIFY_WITH_TIMEOUT(restore.r.has_value(), 10000);
    QCOMPARE(restore.r->error().code, QStringLiteral("account.none"));
}

void TestAccountClient::refreshTokenIsInNoFileAndNoEnvironment()
{
    auto c = newClient();
    const QString email = unique("grep");
    QCOMPARE(signIn(*c, email), QString());
    const QByteArray token = keychainValue(email).toLatin1();
    QVERIFY(!token.startsWith('<') && token.size() >= 32);
    QVERIFY(QFile::exists(AccountClient::defaultAccountFile())); // the remembered account is there, as an email
    int files = 0;
    QDirIterator it(m_data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains(token), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 1);
    QFile environ(QStringLiteral("/proc/self/environ"));
    QVERIFY(environ.open(QIODevice::ReadOnly));
    QVERIFY(!environ.readAll().contains(token));
    QVERIFY(!m_server.log().contains(token));
}

QTEST_GUILESS_MAIN(TestAccountClient)
#include "tst_accountclient.moc"
