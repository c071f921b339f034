// What an operator and a hostile client notice, against the real ckx-server on SQLite and PostgreSQL: malformed,
// oversized and mistyped requests get a 4xx that says what is wrong and the server stays up; the internal HMAC API
// refuses replays, stale and forged requests; results upsert idempotently; health, readiness, the OpenAPI document
// (every documented operation is routed) and a graceful SIGTERM.
#include "server-sync/serverbackends.h"
#include "ckxpaths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>

#include <csignal>

using namespace ckx::test;

class TestRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badRequestsGetClearErrors_data();
    void badRequestsGetClearErrors();
    void oversizedBodyIsRefusedBeforeItIsRead_data() { ServerBackends::addBackendRows(); }
    void oversizedBodyIsRefusedBeforeItIsRead();
    void garbageOnTheWireDoesNotCrash_data() { ServerBackends::addBackendRows(); }
    void garbageOnTheWireDoesNotCrash();
    void internalApiChecksHmacAndRefusesReplays_data() { ServerBackends::addBackendRows(); }
    void internalApiChecksHmacAndRefusesReplays();
    void resultsUpsertIdempotently_data() { ServerBackends::addBackendRows(); }
    void resultsUpsertIdempotently();
    void healthReadinessAndOpenApi_data() { ServerBackends::addBackendRows(); }
    void healthReadinessAndOpenApi();
    void helpListsEveryOptionAndBadFlagsFail();
    void survivesPostgresRestart();
    void sigtermFinishesInFlightRequests_data() { ServerBackends::addBackendRows(); }
    void sigtermFinishesInFlightRequests();
    void pipelinedRequestsAreAnsweredInOrder_data() { ServerBackends::addBackendRows(); }
    void pipelinedRequestsAreAnsweredInOrder();

private:
    ServerBackends m_env;
    QHash<QString, ServerFixture::Account> m_accounts;
};

void TestRobustness::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
    for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        m_accounts.insert(backend, m_env.server(backend).registerAccount(uniqueEmail(QStringLiteral("robust"))));
        QVERIFY(!m_accounts.value(backend).userId.isEmpty());
    }
}

void TestRobustness::badRequestsGetClearErrors_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const auto row = [&](const char *name, const QByteArray &method, const char *path, const QByteArray &body, int status,
                             const char *mentions) {
            QTest::addRow("%s-%s", qPrintable(backend), name)
                << backend << method << QString::fromLatin1(path) << body << status << QString::fromLatin1(mentions);
        };
        row("exam malformed", "POST", "/api/v1/exam-sessions", "{\"labId\":", 400, "not valid JSON");
        row("exam labId null", "POST", "/api/v1/exam-sessions", R"({"labId": null})", 400, "labId");
        row("exam body array", "POST", "/api/v1/exam-sessions", R"(["docker-basics-001"])", 400, "JSON object");
        row("checkout number", "POST", "/api/v1/billing/checkout", R"({"passTypeId": 1})", 400, "passTypeId");
        row("result score text", "PUT", "/api/v1/results/att-1", R"({"labId":"x","score":"9","maxScore":10,"startedAt":1,"finishedAt":2})", 400, "score");
        row("result score > max", "PUT", "/api/v1/results/att-1", R"({"labId":"x","score":11,"maxScore":10,"startedAt":1,"finishedAt":2})", 400, "maxScore");
        row("result time backwards", "PUT", "/api/v1/results/att-1", R"({"labId":"x","score":1,"maxScore":10,"startedAt":5,"finishedAt":2})", 400, "finishedAt");
        row("result checks object", "PUT", "/api/v1/results/att-1", R"({"labId":"x","score":1,"maxScore":10,"startedAt":1,"finishedAt":2,"checks":{}})", 400, "checks");
        row("result bad id", "PUT", "/api/v1/results/a%20b", R"({"labId":"x","score":1,"maxScore":10,"startedAt":1,"finishedAt":2})", 400, "attemptId");
        row("history limit", "GET", "/api/v1/users/me/history?limit=-4", "", 400, "limit");
        row("refresh empty", "POST", "/api/v1/auth/refresh", "", 400, "JSON object body");
        row("login deep nesting", "POST", "/api/v1/auth/login", QByteArray(2000, '[') + QByteArray(2000, ']'), 400, "JSON");
        row("unknown path", "GET", "/api/v1/nothing-here", "", 404, "no endpoint");
        row("wrong method", "DELETE", "/api/v1/labs", "", 405, "not allowed");
        row("webhook no secret sig", "POST", "/api/v1/billing/webhook", "{}", 400, "Stripe-Signature");
    }
}

void TestRobustness::badRequestsGetClearErrors()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    ServerFixture &s = m_env.server(backend);
    const HttpResult r = s.call(method, path, body, {}, m_accounts.value(backend).accessToken);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(QStringLiteral("success")).toBool(true), false);
    QVERIFY2(r.errorMessage().contains(mentions, Qt::CaseInsensitive), qPrintable(r.errorMessage()));
    QVERIFY(!r.headers.value("x-request-id").isEmpty());
    QCOMPARE(s.call("GET", QStringLiteral("/healthz")).status, 200);
}

void TestRobustness::oversizedBodyIsRefusedBeforeItIsRead()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    QByteArray big = "{\"labId\": \"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}";
    const HttpResult r = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), big, {}, m_accounts.value(backend).accessToken);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("request.too_large"));
    // Announced but never sent: refused from the headers alone.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, s.port());
    QVERIFY(raw.waitForConnected(5000));
    raw.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000000\r\n\r\n{");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll()).contains("request.too_large"), 5000);
    QVERIFY(answer.startsWith("HTTP/1.1 413"));
    QCOMPARE(s.call("GET", QStringLiteral("/healthz")).status, 200);
}

void TestRobustness::garbageOnTheWireDoesNotCrash()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const QList<QByteArray> garbage{
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", // a TLS ClientHello on the plain port
        "GET / HTTP/9.9\r\n\r\n",
        "NOTAMETHOD /api/v1/labs HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        QByteArray(100 * 1024, 'A'),
    };
    for (const QByteArray &g : garbage) {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, s.port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write(g);
        raw.waitForBytesWritten(2000);
        raw.waitForReadyRead(500);
        raw.abort();
    }
    QCOMPARE(s.call("GET", QStringLiteral("/healthz")).status, 200);
    QCOMPARE(s.process()->state(), QProcess::Running);
}

void TestRobustness::internalApiChecksHmacAndRefusesReplays()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = m_accounts.value(backend);
    const QString path = QStringLiteral("/internal/v1/users?email=") + QString::fromLatin1(QUrl::toPercentEncoding(a.email));
    const QString nonce = QUuid::createUuid().toString(QUuid::Id128);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const HttpResult ok = internalCall(s, "GET", path, {}, nonce, now);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.dataObject().value(QStringLiteral("id")).toString(), a.userId);

    const HttpResult replay = internalCall(s, "GET", path, {}, nonce, now);
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.errorCode(), QStringLiteral("internal.replay"));
    const HttpResult stale = internalCall(s, "GET", path, {}, QUuid::createUuid().toString(QUuid::Id128), now - 301);
    QCOMPARE(stale.status, 401);
    QVERIFY(stale.errorMessage().contains(QStringLiteral("X-CKX-Timestamp")));
    const HttpResult forged = internalCall(s, "GET", path, {}, QUuid::createUuid().toString(QUuid::Id128), now, "guessed-secret");
    QCOMPARE(forged.status, 401);
    QVERIFY(forged.errorMessage().contains(QStringLiteral("X-CKX-Signature")));
    QCOMPARE(s.call("GET", path).status, 401); // unsigned

    // A signed body cannot be swapped for another.
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), a.email}, {QStringLiteral("passTypeId"), QStringLiteral("1w")},
                                                      {QStringLiteral("reason"), QStringLiteral("support ticket 42")}})
                                .toJson(QJsonDocument::Compact);
    auto headers = ckx::server::InternalSignature::sign(QStringLiteral("POST"), QStringLiteral("/internal/v1/passes"), body,
                                                        ServerFixture::kHmacKeyId, ServerFixture::kHmacSecret, now,
                                                        QUuid::createUuid().toString(QUuid::Id128));
    ServerFixture::Headers list;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        list.append({it.key(), it.value()});
    QByteArray swapped = body;
    swapped.replace("1w", "2w");
    QCOMPARE(s.call("POST", QStringLiteral("/internal/v1/passes"), swapped, list).status, 401);
    const HttpResult granted = s.call("POST", QStringLiteral("/internal/v1/passes"), body, list);
    QCOMPARE(granted.status, 201);
    QCOMPARE(s.call("POST", QStringLiteral("/internal/v1/passes"), body, list).status, 401); // replayed grant
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM passes WHERE user_id = ? AND source = 'internal' AND pass_type_id = '1w'"),
                         {a.userId}),
             1);
    const QByteArray log = s.log();
    QVERIFY(log.contains("internal request refused"));
    QVERIFY2(!log.contains(ServerFixture::kHmacSecret), "the HMAC secret never reaches the log");
}

void TestRobustness::resultsUpsertIdempotently()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("results")));
    QJsonObject attempt{{QStringLiteral("labId"), QStringLiteral("docker-basics-001")},
                        {QStringLiteral("score"), 20},
                        {QStringLiteral("maxScore"), 35},
                        {QStringLiteral("passed"), false},
                        {QStringLiteral("startedAt"), 1700000000},
                        {QStringLiteral("finishedAt"), 1700002400},
                        {QStringLiteral("checks"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1.1")}, {QStringLiteral("passed"), true}}}}};
    for (int i = 0; i < 3; ++i) // the app retries an upload it is not sure went through
        QCOMPARE(s.callJson("PUT", QStringLiteral("/api/v1/results/offline-1"), attempt, a.accessToken).status, 200);
    attempt.insert(QStringLiteral("score"), 33);
    attempt.insert(QStringLiteral("passed"), true);
    QCOMPARE(s.callJson("PUT", QStringLiteral("/api/v1/results/offline-1"), attempt, a.accessToken).status, 200);
    attempt.insert(QStringLiteral("finishedAt"), 1700009000);
    attempt.insert(QStringLiteral("score"), 10);
    attempt.insert(QStringLiteral("passed"), false);
    QCOMPARE(s.callJson("PUT", QStringLiteral("/api/v1/results/offline-2"), attempt, a.accessToken).status, 200);

    const HttpResult history = s.call("GET", QStringLiteral("/api/v1/users/me/history"), {}, {}, a.accessToken);
    QCOMPARE(history.status, 200);
    const QJsonArray items = history.data().toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("attemptId")).toString(), QStringLiteral("offline-2")); // newest first
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("score")).toDouble(), 33.0);
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("checks")).toArray().size(), 1);
    const HttpResult stats = s.call("GET", QStringLiteral("/api/v1/users/me/stats"), {}, {}, a.accessToken);
    QCOMPARE(stats.dataObject().value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(stats.dataObject().value(QStringLiteral("passed")).toInt(), 1);
    QCOMPARE(qRound(stats.dataObject().value(QStringLiteral("bestPercent")).toDouble()), qRound(33.0 * 100 / 35));
    const HttpResult mismatch = s.call("PUT", QStringLiteral("/api/v1/results/offline-3"),
                                       R"({"attemptId":"other","labId":"x","score":1,"maxScore":2,"startedAt":1,"finishedAt":2})", {}, a.accessToken);
    QCOMPARE(mismatch.status, 400);
}

void TestRobustness::healthReadinessAndOpenApi()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    QCOMPARE(s.call("GET", QStringLiteral("/healthz")).status, 200);
    const HttpResult ready = s.call("GET", QStringLiteral("/readyz"));
    QCOMPARE(ready.status, 200);
    const HttpResult labs = s.call("GET", QStringLiteral("/api/v1/labs"));
    QCOMPARE(labs.status, 200);
    QStringList ids;
    for (const QJsonValue &l : labs.data().toArray())
        ids << l.toObject().value(QStringLiteral("id")).toString();
    QVERIFY(ids.contains(QStringLiteral("docker-basics-001")) && ids.contains(QStringLiteral("ckx-test-full-001")));
    // readyz counts what the catalog serves: the bundled library (13 labs and more) plus the test lab.
    QCOMPARE(ready.dataObject().value(QStringLiteral("labs")).toInt(), int(ids.size()));
    QVERIFY(ids.size() >= 14);

    const HttpResult spec = s.call("GET", QStringLiteral("/api/v1/openapi.json"));
    QCOMPARE(spec.status, 200);
    QCOMPARE(spec.json.value(QStringLiteral("openapi")).toString().left(2), QStringLiteral("3."));
    const QJsonObject paths = spec.json.value(QStringLiteral("paths")).toObject();
    const QStringList design{QStringLiteral("post /api/v1/auth/register"), QStringLiteral("post /api/v1/auth/login"),
                             QStringLiteral("post /api/v1/auth/refresh"), QStringLiteral("post /api/v1/auth/logout"),
                             QStringLiteral("get /api/v1/users/me"), QStringLiteral("get /api/v1/users/me/stats"),
                             QStringLiteral("get /api/v1/users/me/history"), QStringLiteral("get /api/v1/labs"),
                             QStringLiteral("get /api/v1/pass-types"), QStringLiteral("get /api/v1/access/status"),
                             QStringLiteral("get /api/v1/access/passes"), QStringLiteral("post /api/v1/access/passes/{id}/activate"),
                             QStringLiteral("post /api/v1/billing/checkout"), QStringLiteral("post /api/v1/billing/webhook"),
                             QStringLiteral("get /api/v1/billing/verify/{checkoutSessionId}"), QStringLiteral("post /api/v1/exam-sessions"),
                             QStringLiteral("get /api/v1/exam-sessions/current"), QStringLiteral("post /api/v1/exam-sessions/{id}/complete"),
                             QStringLiteral("delete /api/v1/exam-sessions/{id}"), QStringLiteral("put /api/v1/results/{attemptId}"),
                             QStringLiteral("get /api/v1/keys"), QStringLiteral("get /internal/v1/users"),
                             QStringLiteral("post /internal/v1/passes"), QStringLiteral("get /healthz"), QStringLiteral("get /readyz"),
                             QStringLiteral("get /api/v1/openapi.json")};
    QStringList documented;
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject ops = p.value().toObject();
        for (auto op = ops.begin(); op != ops.end(); ++op) {
            if (op.key() == QStringLiteral("parameters"))
                continue;
            documented << op.key() + u' ' + p.key();
            // Every documented operation is routed: the answer is never "no endpoint" or "method not allowed".
            QString concrete = p.key();
            concrete.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("x"));
            const HttpResult r = s.call(op.key().toUpper().toLatin1(), concrete, "{}");
            QVERIFY2(r.errorCode() != QStringLiteral("request.not_found") && r.errorCode() != QStringLiteral("request.method"),
                     qPrintable(op.key() + u' ' + p.key() + QStringLiteral(" is documented but not routed")));
        }
    }
    for (const QString &op : design)
        QVERIFY2(documented.contains(op), qPrintable(op + QStringLiteral(" is missing from docs/api/openapi.yaml")));
}

void TestRobustness::helpListsEveryOptionAndBadFlagsFail()
{
    const QString binary = qEnvironmentVariable("CKX_BIN_DIR", QStringLiteral(CKX_BIN_DIR)) + QStringLiteral("/ckx-server");
    QProcess help;
    help.start(binary, {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *item : {"--listen", "CKX_LISTEN", "--database", "CKX_DATABASE_URL", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET",
                             "STRIPE_API_BASE", "CKX_HMAC_KEYS", "CKX_JWT_SECRET", "CKX_GRANT_KEY", "--labs", "--max-body"})
        QVERIFY2(text.contains(QLatin1String(item)), item);
    QProcess bad;
    bad.start(binary, {QStringLiteral("--stripe-secret-key=sk_live_x")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QStringLiteral("never from flags")));
}

void TestRobustness::survivesPostgresRestart()
{
    ServerFixture &s = m_env.server(QStringLiteral("postgresql"));
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("failover")));
    QCOMPARE(s.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, a.accessToken).status, 200);
    QVERIFY2(m_env.pg.restart(), qPrintable(m_env.pg.errorString()));
    // Both workers' connections died with the restart; each reconnects on its next statement.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(s.call("GET", QStringLiteral("/api/v1/users/me"), {}, {}, a.accessToken).status, 200);
    QCOMPARE(s.call("GET", QStringLiteral("/readyz")).status, 200);
    QVERIFY(s.log().contains("reconnect"));
}

void TestRobustness::sigtermFinishesInFlightRequests()
{
    QFETCH(QString, backend);
    QString error;
    auto s = m_env.startServer(backend, {}, &error);
    QVERIFY2(s, qPrintable(error));
    // A registration is in flight (Argon2 on the hash pool) when SIGTERM arrives: it still gets its 201.
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(s->baseUrl() + QStringLiteral("/api/v1/auth/register")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies << nam.post(req, QJsonDocument(QJsonObject{{QStringLiteral("email"), uniqueEmail(QStringLiteral("term"))},
                                                           {QStringLiteral("password"), QStringLiteral("long enough 1")}})
                                     .toJson());
    QTest::qWait(30); // let the requests reach the server
    ::kill(static_cast<pid_t>(s->process()->processId()), SIGTERM);
    for (QNetworkReply *r : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 15000);
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        r->deleteLater();
    }
    // The replies' event loop may already have seen the exit, and waitForFinished() returns false for a process that
    // has finished: wait on the state instead.
    QTRY_COMPARE_WITH_TIMEOUT(s->process()->state(), QProcess::NotRunning, 15000);
    QCOMPARE(s->process()->exitStatus(), QProcess::NormalExit);
    QCOMPARE(s->process()->exitCode(), 0);
    QVERIFY(s->log().contains("shutting down"));
}

void TestRobustness::pipelinedRequestsAreAnsweredInOrder()
{
    // HTTP/1.1 lets a client send requests back to back without waiting; the answers must come in the same order
    // even when an earlier request is answered later (a batched status read, a login waiting on Argon2) than a
    // later one (users/me answers at once). A login with a wrong password goes first: its answer is the slowest.
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const ServerFixture::Account &a = m_accounts.value(backend);
    const QByteArray auth = "Authorization: Bearer " + a.accessToken.toLatin1() + "\r\n";
    const QByteArray login = QJsonDocument(QJsonObject{{QStringLiteral("email"), a.email},
                                                       {QStringLiteral("password"), QStringLiteral("not the password")}})
                                 .toJson(QJsonDocument::Compact);
    QByteArray wire;
    wire += "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nX-Request-Id: first\r\nContent-Type: application/json\r\n"
            "Content-Length: " + QByteArray::number(login.size()) + "\r\n\r\n" + login;
    wire += "GET /api/v1/access/status HTTP/1.1\r\nHost: x\r\nX-Request-Id: second\r\n" + auth + "\r\n";
    wire += "GET /api/v1/users/me HTTP/1.1\r\nHost: x\r\nX-Request-Id: third\r\n" + auth + "\r\n";
    wire += "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: fourth\r\nConnection: close\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, s.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(wire);
    QByteArray received;
    QElapsedTimer t;
    t.start();
    while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < 15000) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
    }
    received += socket.readAll();
    const QRegularExpression idLine(QStringLiteral("X-Request-Id: (\\w+)"));
    QStringList order;
    for (auto it = idLine.globalMatch(QString::fromLatin1(received)); it.hasNext();)
        order << it.next().captured(1);
    QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("fourth")}));
    const QStringList statuses = [&] {
        QStringList out;
        const QRegularExpression statusLine(QStringLiteral("HTTP/1.1 (\\d+) "));
        for (auto it = statusLine.globalMatch(QString::fromLatin1(received)); it.hasNext();)
            out << it.next().captured(1);
        return out;
    }();
    QCOMPARE(statuses, (QStringList{QStringLiteral("401"), QStringLiteral("200"), QStringLiteral("200"), QStringLiteral("200")}));
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
