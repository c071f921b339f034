// ckx-server accounts against the real binary on SQLite and on PostgreSQL: register, login, refresh rotation with
// family revocation on reuse, logout (which ends the login's access tokens too, on every instance), users/me, and
// the login rate limit.
#include "server-sync/serverbackends.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace ckx::test;

class TestAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registerAndMe_data() { ServerBackends::addBackendRows(); }
    void registerAndMe();
    void registerRefusesBadInput_data();
    void registerRefusesBadInput();
    void loginChecksPassword_data() { ServerBackends::addBackendRows(); }
    void loginChecksPassword();
    void refreshRotatesAndReuseRevokesFamily_data() { ServerBackends::addBackendRows(); }
    void refreshRotatesAndReuseRevokesFamily();
    void logoutEndsTheRefreshFamily_data() { ServerBackends::addBackendRows(); }
    void logoutEndsTheRefreshFamily();
    void logoutReachesEveryInstance();
    void protectedEndpointsNeedAValidToken_data();
    void protectedEndpointsNeedAValidToken();
    void loginRateLimitPerAccountAndAddress_data() { ServerBackends::addBackendRows(); }
    void loginRateLimitPerAccountAndAddress();

private:
    ServerBackends m_env;
};

void TestAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestAuth::registerAndMe()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const QString email = uniqueEmail(QStringLiteral("reg"));
    const HttpResult r = s.callJson("POST", QStringLiteral("/api/v1/auth/register"),
                                    {{QStringLiteral("email"), email.toUpper()},
                                     {QStringLiteral("password"), QStringLiteral("s3cret-enough")},
                                     {QStringLiteral("displayName"), QStringLiteral("Ada")}});
    QCOMPARE(r.status, 201);
    QVERIFY(r.json.value(QStringLiteral("success")).toBool());
    const QString access = r.dataObject().value(QStringLiteral("accessToken")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!r.dataObject().value(QStringLiteral("refreshToken")).toString().isEmpty());
    const qint64 ttl = r.dataObject().value(QStringLiteral("accessExpiresAt")).toInteger() - QDateTime::currentSecsSinceEpoch();
    QVERIFY2(ttl > 14 * 60 && ttl <= 15 * 60, "access tokens live 15 minutes");

    const HttpResult me = s.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.dataObject().value(QStringLiteral("email")).toString(), email.toLower()); // stored normalised
    QCOMPARE(me.dataObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("Ada"));

    const HttpResult again = s.callJson("POST", QStringLiteral("/api/v1/auth/register"),
                                        {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("another-one")}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("auth.email_taken"));
    // The stored password is an Argon2id hash with at least 19 MiB and t=2, never the password.
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ? AND password_hash LIKE "
                                           "'$argon2id$v=19$m=19456,t=2,p=1$%'"),
                         {email.toLower()}),
             1);
}

void TestAuth::registerRefusesBadInput_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const auto row = [&](const char *name, const QByteArray &body, const char *mentions) {
            QTest::addRow("%s-%s", qPrintable(backend), name) << backend << body << QString::fromLatin1(mentions);
        };
        row("no body", QByteArray(), "JSON object body");
        row("malformed json", R"({"email": "x@y.z", "password": )", "not valid JSON");
        row("array", R"([1,2,3])", "JSON object");
        row("email not a string", R"({"email": 42, "password": "long enough"})", "\"email\"");
        row("email missing", R"({"password": "long enough"})", "\"email\"");
        row("email no at", R"({"email": "nobody", "password": "long enough"})", "email address");
        row("password short", R"({"email": "a@b.cd", "password": "short"})", "at least 8");
        row("password number", R"({"email": "a@b.cd", "password": 12345678})", "\"password\"");
        row("displayName object", R"({"email": "a@b.cd", "password": "long enough", "displayName": {}})", "\"displayName\"");
    }
}

void TestAuth::registerRefusesBadInput()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const HttpResult r = m_env.server(backend).call("POST", QStringLiteral("/api/v1/auth/register"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("success")).toBool(true), false);
    QVERIFY2(r.errorMessage().contains(mentions), qPrintable(r.errorMessage()));
}

void TestAuth::loginChecksPassword()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto account = s.registerAccount(uniqueEmail(QStringLiteral("login")));
    QVERIFY(!account.userId.isEmpty());
    const HttpResult ok = s.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                     {{QStringLiteral("email"), account.email}, {QStringLiteral("password"), account.password}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.dataObject().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(), account.userId);
    const HttpResult wrong = s.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                        {{QStringLiteral("email"), account.email}, {QStringLiteral("password"), QStringLiteral("wrong password")}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("auth.invalid_credentials"));
    const HttpResult unknown = s.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                          {{QStringLiteral("email"), uniqueEmail(QStringLiteral("nobody"))},
                                           {QStringLiteral("password"), QStringLiteral("whatever")}});
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.errorMessage(), wrong.errorMessage()); // the answer does not reveal which accounts exist
}

void TestAuth::refreshRotatesAndReuseRevokesFamily()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto account = s.registerAccount(uniqueEmail(QStringLiteral("refresh")));
    QVERIFY(!account.userId.isEmpty());
    const auto refresh = [&](const QString &token) {
        return s.callJson("POST", QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refreshToken"), token}});
    };
    const HttpResult first = refresh(account.refreshToken);
    QCOMPARE(first.status, 200);
    const QString second = first.dataObject().value(QStringLiteral("refreshToken")).toString();
    QVERIFY(!second.isEmpty() && second != account.refreshToken);
    QCOMPARE(s.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, first.dataObject().value(QStringLiteral("accessToken")).toString()).status, 200);

    // The already-rotated first token comes back (stolen?): refused, and the whole family is revoked...
    const HttpResult reuse = refresh(account.refreshToken);
    QCOMPARE(reuse.status, 401);
    QCOMPARE(reuse.errorCode(), QStringLiteral("auth.refresh_reused"));
    // ...so the legitimate newest token no longer works either.
    const HttpResult newest = refresh(second);
    QCOMPARE(newest.status, 401);
    // The access tokens of that login end too, not 15 minutes later.
    const HttpResult stale = s.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, first.dataObject().value(QStringLiteral("accessToken")).toString());
    QCOMPARE(stale.status, 401);
    QCOMPARE(stale.errorCode(), QStringLiteral("auth.revoked"));
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL"),
                         {account.userId}),
             0);
    // A fresh login starts a new family that works.
    const HttpResult login = s.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                        {{QStringLiteral("email"), account.email}, {QStringLiteral("password"), account.password}});
    QCOMPARE(login.status, 200);
    QCOMPARE(refresh(login.dataObject().value(QStringLiteral("refreshToken")).toString()).status, 200);
    QCOMPARE(refresh(QStringLiteral("not-a-token")).status, 401);
}

void TestAuth::logoutEndsTheRefreshFamily()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto account = s.registerAccount(uniqueEmail(QStringLiteral("logout")));
    QVERIFY(!account.userId.isEmpty());
    // The same account logged in on a second machine: signing out on one must not sign out the other.
    const HttpResult other = s.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                        {{QStringLiteral("email"), account.email}, {QStringLiteral("password"), account.password}});
    QCOMPARE(other.status, 200);
    const QString otherAccess = other.dataObject().value(QStringLiteral("accessToken")).toString();
    for (const HttpResult &r : s.concurrent(8, "GET", QStringLiteral("/api/v1/users/me"), {}, account.accessToken))
        QCOMPARE(r.status, 200);
    const HttpResult out = s.callJson("POST", QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(out.status, 200);
    QVERIFY(out.dataObject().value(QStringLiteral("signedOut")).toBool());
    // The signed-out login's access token is refused at once, on every worker (several connections at once).
    for (const HttpResult &r : s.concurrent(8, "GET", QStringLiteral("/api/v1/users/me"), {}, account.accessToken)) {
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.revoked"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("log in again")));
    }
    QCOMPARE(s.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, otherAccess).status, 200);
    const HttpResult refresh = s.callJson("POST", QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refreshToken"), account.refreshToken}});
    QCOMPARE(refresh.status, 401);
    QCOMPARE(s.callJson("POST", QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refreshToken"), account.refreshToken}}).status, 200);
    QCOMPARE(s.callJson("POST", QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refreshToken"), 7}}).status, 400);
}

void TestAuth::logoutReachesEveryInstance()
{
    // Two instances behind a load balancer: one PostgreSQL database, one token-signing key.
    const QString url = m_env.pg.createDatabase(QStringLiteral("ckx_lb_") + QUuid::createUuid().toString(QUuid::Id128).left(10));
    QVERIFY2(!url.isEmpty(), qPrintable(m_env.pg.errorString()));
    QProcessEnvironment env;
    env.insert(QStringLiteral("CKX_JWT_SECRET"), QStringLiteral("shared-signing-key-of-both-instances-0123456789"));
    ServerFixture a;
    ServerFixture b;
    QVERIFY2(a.start(url, m_env.stripe.baseUrl(), env), qPrintable(a.errorString()));
    QVERIFY2(b.start(url, m_env.stripe.baseUrl(), env), qPrintable(b.errorString()));
    const auto account = a.registerAccount(uniqueEmail(QStringLiteral("lb")));
    QVERIFY(!account.userId.isEmpty());
    QCOMPARE(b.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, account.accessToken).status, 200);
    QElapsedTimer t;
    t.start();
    QCOMPARE(a.callJson("POST", QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refreshToken"), account.refreshToken}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(b.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, account.accessToken).status, 401, 10000);
    qInfo("the logout on one instance reached the other after %lld ms", t.elapsed());
    // A third instance started afterwards knows it from the start.
    ServerFixture c;
    QVERIFY2(c.start(url, m_env.stripe.baseUrl(), env), qPrintable(c.errorString()));
    const HttpResult late = c.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, account.accessToken);
    QCOMPARE(late.status, 401);
    QCOMPARE(late.errorCode(), QStringLiteral("auth.revoked"));
}

void TestAuth::protectedEndpointsNeedAValidToken_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QList<QPair<QByteArray, QString>> endpoints{
        {"GET", QStringLiteral("/api/v1/users/me")},
        {"GET", QStringLiteral("/api/v1/users/me/stats")},
        {"GET", QStringLiteral("/api/v1/users/me/history")},
        {"GET", QStringLiteral("/api/v1/access/status")},
        {"GET", QStringLiteral("/api/v1/access/passes")},
        {"POST", QStringLiteral("/api/v1/access/passes/x/activate")},
        {"POST", QStringLiteral("/api/v1/billing/checkout")},
        {"GET", QStringLiteral("/api/v1/billing/verify/cs_x")},
        {"POST", QStringLiteral("/api/v1/exam-sessions")},
        {"GET", QStringLiteral("/api/v1/exam-sessions/current")},
        {"POST", QStringLiteral("/api/v1/exam-sessions/x/complete")},
        {"DELETE", QStringLiteral("/api/v1/exam-sessions/x")},
        {"PUT", QStringLiteral("/api/v1/results/a1")},
    };
    for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const auto &[method, path] : endpoints)
            QTest::addRow("%s %s %s", qPrintable(backend), method.constData(), qPrintable(path)) << backend << method << path;
    }
}

void TestAuth::protectedEndpointsNeedAValidToken()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    ServerFixture &s = m_env.server(backend);
    const HttpResult none = s.call(method, path, "{}");
    QCOMPARE(none.status, 401);
    QVERIFY(none.headers.value("www-authenticate").startsWith("Bearer"));
    const auto account = s.registerAccount(uniqueEmail(QStringLiteral("tok")));
    QString tampered = account.accessToken;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
    const HttpResult bad = s.call(method, path, "{}", {}, tampered);
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.errorCode(), QStringLiteral("auth.token"));
    QCOMPARE(s.call(method, path, "{}", {{"Authorization", "Basic Zm9vOmJhcg=="}}).status, 401);
}

void TestAuth::loginRateLimitPerAccountAndAddress()
{
    QFETCH(QString, backend);
    // Its own server: the per-address limit would otherwise lock every other test (all from 127.0.0.1) out.
    QString error;
    auto s = m_env.startServer(backend, {}, &error);
    QVERIFY2(s, qPrintable(error));
    const auto victim = s->registerAccount(uniqueEmail(QStringLiteral("victim")));
    QVERIFY(!victim.userId.isEmpty());
    for (int i = 0; i < 10; ++i) {
        const HttpResult r = s->callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                         {{QStringLiteral("email"), victim.email}, {QStringLiteral("password"), QStringLiteral("guess %1").arg(i)}});
        QCOMPARE(r.status, 401);
    }
    // The 11th attempt is refused before any password check, even with the right password.
    const HttpResult limited = s->callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                           {{QStringLiteral("email"), victim.email}, {QStringLiteral("password"), victim.password}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("auth.rate_limited"));
    const int retryAfter = limited.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 301, limited.headers.value("retry-after").constData());
    QVERIFY(limited.errorMessage().contains(QStringLiteral("try again in")));
    // The address is now limited too: another account from the same address is refused.
    const auto other = s->registerAccount(uniqueEmail(QStringLiteral("bystander")));
    const HttpResult byAddress = s->callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                             {{QStringLiteral("email"), other.email}, {QStringLiteral("password"), other.password}});
    QCOMPARE(byAddress.status, 429);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
