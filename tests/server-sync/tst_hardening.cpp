// Transport hardening of the real ckx-server binary (SQLite; none of this depends on the database): the
// whole-request deadline against slowloris clients while others are served, keep-alive idling that the deadline
// leaves alone, the per-address connection cap, and X-Forwarded-For believed only from --trusted-proxies (for the
// per-address login limit and the access log). Stripe is not used here; its base URL points nowhere.
#include "server-sync/serverbackends.h"
#include "ckxpaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>

using namespace ckx::test;

namespace {
const QString kNoStripe = QStringLiteral("http://127.0.0.1:9");

// One failed login from `forwardedFor` (no header when empty) for a fresh account name; returns the status.
int failLogin(ServerFixture &s, const QByteArray &forwardedFor)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), uniqueEmail(QStringLiteral("nobody"))},
                                                      {QStringLiteral("password"), QStringLiteral("wrong password here")}})
                                .toJson(QJsonDocument::Compact);
    ServerFixture::Headers headers;
    if (!forwardedFor.isEmpty())
        headers.append({"X-Forwarded-For", forwardedFor});
    return s.call("POST", QStringLiteral("/api/v1/auth/login"), body, headers).status;
}

QByteArray readAnswer(QTcpSocket &socket, int timeoutMs)
{
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs && !answer.contains("\r\n\r\n")) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    return answer;
}
} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tricklingClientGets408WhileOthersAreServed_data();
    void tricklingClientGets408WhileOthersAreServed();
    void idleKeepAliveAndSlowButTimelyRequestsAreServed();
    void connectionsPerAddressAreCapped();
    void trustedProxiesAreNotCapped();
    void forwardedForFromAnUntrustedPeerIsIgnored();
    void trustedProxyGivesEachClientItsOwnLimit_data();
    void trustedProxyGivesEachClientItsOwnLimit();
    void helpListsTheOptionsAndBadValuesFail();

private:
    std::unique_ptr<ServerFixture> m_proxied; ///< --trusted-proxies 127.0.0.1/32, 10 failures from 203.0.113.7
};

void TestHardening::tricklingClientGets408WhileOthersAreServed_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("headers trickle") << QByteArray("GET /api/v1/labs HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    QTest::newRow("body trickle") << QByteArray("POST /api/v1/auth/refresh HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                                "Content-Length: 1000\r\n\r\n{\"refreshToken\": \"");
}

void TestHardening::tricklingClientGets408WhileOthersAreServed()
{
    QFETCH(QByteArray, start);
    ServerFixture s;
    QVERIFY2(s.start({}, kNoStripe, {}, {QStringLiteral("--request-timeout"), QStringLiteral("2"), QStringLiteral("--idle-timeout"),
                                          QStringLiteral("30")}),
             qPrintable(s.errorString()));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, s.port());
    QVERIFY(slow.waitForConnected(5000));
    QElapsedTimer sinceFirstByte;
    qint64 closedAfter = -1;
    connect(&slow, &QTcpSocket::disconnected, this, [&] { closedAfter = sinceFirstByte.elapsed(); });
    slow.write(start);
    sinceFirstByte.start();
    QByteArray answer;
    int served = 0;
    // One byte every 300 ms keeps an idle timer (30 s) from ever firing; only the request deadline can end this.
    while (closedAfter < 0 && sinceFirstByte.elapsed() < 8000) {
        if (slow.state() == QAbstractSocket::ConnectedState)
            slow.write("a");
        const HttpResult normal = s.call("GET", QStringLiteral("/api/v1/labs"));
        QCOMPARE(normal.status, 200);
        ++served;
        QTest::qWait(300);
        answer += slow.readAll();
    }
    answer += slow.readAll();
    QVERIFY2(closedAfter >= 0, "the trickling connection is still open after 8 s");
    QVERIFY2(closedAfter >= 1800 && closedAfter <= 2000 + 1500, qPrintable(QString::number(closedAfter)));
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    const QJsonObject json = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(json.value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("request.timeout"));
    QVERIFY(served >= 4);
    QCOMPARE(s.call("GET", QStringLiteral("/healthz")).status, 200);
}

void TestHardening::idleKeepAliveAndSlowButTimelyRequestsAreServed()
{
    ServerFixture s;
    QVERIFY2(s.start({}, kNoStripe, {}, {QStringLiteral("--request-timeout"), QStringLiteral("1")}), qPrintable(s.errorString()));
    QTcpSocket c;
    c.connectToHost(QHostAddress::LocalHost, s.port());
    QVERIFY(c.waitForConnected(5000));
    c.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(readAnswer(c, 5000).startsWith("HTTP/1.1 200"));
    // Idle between requests for longer than the request deadline: only the idle timeout (30 s) applies.
    QTest::qWait(2500);
    QCOMPARE(c.state(), QAbstractSocket::ConnectedState);
    c.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(readAnswer(c, 5000).startsWith("HTTP/1.1 200"));
    // Headers now, the body 400 ms later: slow, but whole within the deadline.
    QTest::qWait(1500);
    const QByteArray body = R"({"refreshToken": "not-a-token"})";
    c.write("POST /api/v1/auth/refresh HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n");
    c.flush();
    QTest::qWait(400);
    c.write(body);
    QVERIFY(readAnswer(c, 5000).startsWith("HTTP/1.1 401"));
}

void TestHardening::connectionsPerAddressAreCapped()
{
    ServerFixture s;
    QVERIFY2(s.start({}, kNoStripe, {}, {QStringLiteral("--max-connections-per-address"), QStringLiteral("3")}),
             qPrintable(s.errorString()));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, s.port());
        QVERIFY(held.back()->waitForConnected(5000));
    }
    QTest::qWait(300); // let the server accept all three (accepting is asynchronous)
    QTcpSocket fourth;
    fourth.connectToHost(QHostAddress::LocalHost, s.port());
    QVERIFY(fourth.waitForConnected(5000));
    const QByteArray refused = readAnswer(fourth, 5000);
    QVERIFY2(refused.startsWith("HTTP/1.1 429"), refused.constData());
    QVERIFY(refused.contains("request.too_many_connections"));
    QTRY_COMPARE_WITH_TIMEOUT(fourth.state(), QAbstractSocket::UnconnectedState, 5000);
    // The held connections still work, and closing one frees its place.
    held.front()->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(readAnswer(*held.front(), 5000).startsWith("HTTP/1.1 200"));
    held.back()->disconnectFromHost();
    held.pop_back();
    QTRY_COMPARE_WITH_TIMEOUT(s.call("GET", QStringLiteral("/healthz")).status, 200, 5000);
}

void TestHardening::trustedProxiesAreNotCapped()
{
    // Every client of a load balancer arrives from its address: the cap would throttle all of them together.
    ServerFixture s;
    QVERIFY2(s.start({}, kNoStripe, {}, {QStringLiteral("--max-connections-per-address"), QStringLiteral("2"),
                                          QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1")}),
             qPrintable(s.errorString()));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 5; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, s.port());
        QVERIFY(held.back()->waitForConnected(5000));
    }
    QTest::qWait(300);
    for (auto &c : held) {
        c->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readAnswer(*c, 5000).startsWith("HTTP/1.1 200"));
    }
}

void TestHardening::forwardedForFromAnUntrustedPeerIsIgnored()
{
    ServerFixture s; // no --trusted-proxies: the peer is the client, whatever it writes in X-Forwarded-For
    QVERIFY2(s.start({}, kNoStripe), qPrintable(s.errorString()));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(failLogin(s, "198.51.100." + QByteArray::number(i + 1)), 401);
    QCOMPARE(failLogin(s, "198.51.100.77"), 429);
    QCOMPARE(failLogin(s, {}), 429);
    QVERIFY(!s.log().contains("198.51.100."));
}

void TestHardening::trustedProxyGivesEachClientItsOwnLimit_data()
{
    QTest::addColumn<QByteArray>("forwardedFor");
    QTest::addColumn<int>("status");
    QTest::newRow("the limited client") << QByteArray("203.0.113.7") << 429;
    QTest::newRow("the limited client with a port") << QByteArray("203.0.113.7:52311") << 429;
    QTest::newRow("a fake entry put in front by the client") << QByteArray("198.51.100.9, 203.0.113.7") << 429;
    QTest::newRow("through two trusted proxies") << QByteArray("203.0.113.7, 127.0.0.1") << 429;
    QTest::newRow("another client") << QByteArray("198.51.100.9") << 401;
    QTest::newRow("another client, IPv6") << QByteArray("[2001:db8::5]:443") << 401;
    QTest::newRow("the proxy itself, no header") << QByteArray() << 401;
    QTest::newRow("garbage: the proxy's own address") << QByteArray("not-an-address") << 401;
}

void TestHardening::trustedProxyGivesEachClientItsOwnLimit()
{
    QFETCH(QByteArray, forwardedFor);
    QFETCH(int, status);
    if (!m_proxied) {
        m_proxied = std::make_unique<ServerFixture>();
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ckx.server.access.info=true"));
        env.insert(QStringLiteral("CKX_TRUSTED_PROXIES"), QStringLiteral("127.0.0.1/32, 10.0.0.0/8"));
        QVERIFY2(m_proxied->start({}, kNoStripe, env), qPrintable(m_proxied->errorString()));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(failLogin(*m_proxied, "203.0.113.7"), 401);
        QVERIFY(m_proxied->log().contains(R"("remote":"203.0.113.7")"));
    }
    QCOMPARE(failLogin(*m_proxied, forwardedFor), status);
}

void TestHardening::helpListsTheOptionsAndBadValuesFail()
{
    const QString binary = qEnvironmentVariable("CKX_BIN_DIR", QStringLiteral(CKX_BIN_DIR)) + QStringLiteral("/ckx-server");
    QProcess help;
    help.start(binary, {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *item : {"--request-timeout", "CKX_REQUEST_TIMEOUT", "--trusted-proxies", "CKX_TRUSTED_PROXIES",
                             "--max-connections-per-address", "CKX_MAX_CONNECTIONS_PER_ADDRESS", "--idle-timeout"})
        QVERIFY2(text.contains(QLatin1String(item)), item);
    const QList<QStringList> bad{{QStringLiteral("--trusted-proxies"), QStringLiteral("10.0.0.0/33")},
                                 {QStringLiteral("--trusted-proxies"), QStringLiteral("proxy.internal")},
                                 {QStringLiteral("--request-timeout"), QStringLiteral("0")}};
    for (const QStringList &args : bad) {
        QProcess p;
        p.start(binary, args);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(args.first().toUtf8()) && err.contains(args.last().toUtf8()), err.constData());
    }
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
