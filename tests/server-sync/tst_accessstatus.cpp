// GET access/status against the real ckx-server on SQLite and PostgreSQL. The server answers the status requests of
// one event-loop turn from one statement (server-sync/accessstatusbatch.h), so these tests check what a learner would
// notice if that went wrong: under many concurrent requests from users in different states, every answer is that
// user's own; a bad token among them is refused without spoiling the others; a change is visible to the very next
// request; and a database outage gives every waiting request a clear 500, never a hang, and recovers.
#include "server-sync/serverbackends.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

using namespace ckx::test;

namespace {

struct Expected
{
    ServerFixture::Account account;
    QString activePassId; ///< empty: no active pass
    int unactivated = 0;
    qint64 durationSeconds = 0; ///< of the active pass
};

QString describe(const HttpResult &r)
{
    return QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
}

// A purchased, not yet activated pass through the internal API; its id, or empty.
QString givePurchasedPass(ServerFixture &s, const ServerFixture::Account &account, const QString &passTypeId)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), account.email},
                                                      {QStringLiteral("passTypeId"), passTypeId},
                                                      {QStringLiteral("reason"), QStringLiteral("test")}})
                                .toJson(QJsonDocument::Compact);
    const HttpResult r = internalCall(s, "POST", QStringLiteral("/internal/v1/passes"), body);
    return r.status == 201 ? r.dataObject().value(QStringLiteral("passId")).toString() : QString();
}

} // namespace

class TestAccessStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyConcurrentAnswerIsTheUsersOwn_data() { ServerBackends::addBackendRows(); }
    void everyConcurrentAnswerIsTheUsersOwn();
    void aChangeIsSeenByTheNextRequest_data() { ServerBackends::addBackendRows(); }
    void aChangeIsSeenByTheNextRequest();
    void databaseOutageGivesEveryWaitingRequestAClearError();

private:
    ServerBackends m_env;
};

void TestAccessStatus::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestAccessStatus::everyConcurrentAnswerIsTheUsersOwn()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    // Users in every state the answer distinguishes: nothing bought, bought but not activated (one or two passes),
    // an active pass, and an active pass plus an unactivated one.
    QList<Expected> users;
    for (int i = 0; i < 10; ++i) {
        Expected e;
        e.account = s.registerAccount(uniqueEmail(QStringLiteral("status%1").arg(i)));
        QVERIFY(!e.account.userId.isEmpty());
        switch (i % 5) {
        case 0:
            break;
        case 1:
            QVERIFY(!givePurchasedPass(s, e.account, QStringLiteral("1w")).isEmpty());
            e.unactivated = 1;
            break;
        case 2:
            QVERIFY(!givePurchasedPass(s, e.account, QStringLiteral("1w")).isEmpty());
            QVERIFY(!givePurchasedPass(s, e.account, QStringLiteral("2w")).isEmpty());
            e.unactivated = 2;
            break;
        case 3:
            e.activePassId = giveActivePass(s, e.account, QStringLiteral("38h"));
            QVERIFY(!e.activePassId.isEmpty());
            e.durationSeconds = 38 * 3600;
            break;
        case 4:
            e.activePassId = giveActivePass(s, e.account, QStringLiteral("2w"));
            QVERIFY(!e.activePassId.isEmpty());
            e.durationSeconds = 14 * 24 * 3600;
            QVERIFY(!givePurchasedPass(s, e.account, QStringLiteral("38h")).isEmpty());
            e.unactivated = 1;
            break;
        }
        users.append(e);
    }
    // 100 requests at once, in a shuffled order, a tenth of them with a token that is not valid.
    constexpr int kRequests = 100;
    QList<int> who;
    for (int i = 0; i < kRequests; ++i)
        who.append(i % 10 == 9 ? -1 : i % static_cast<int>(users.size()));
    std::shuffle(who.begin(), who.end(), *QRandomGenerator::global());
    QStringList bearers;
    for (int w : who)
        bearers.append(w < 0 ? QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.bm90IGEgc2lnbmF0dXJl")
                             : users.at(w).account.accessToken);
    for (int round = 0; round < 3; ++round) {
        const QList<HttpResult> results = s.concurrent(bearers, "GET", QStringLiteral("/api/v1/access/status"));
        QCOMPARE(results.size(), kRequests);
        for (int i = 0; i < kRequests; ++i) {
            const HttpResult &r = results.at(i);
            if (who.at(i) < 0) {
                QVERIFY2(r.status == 401, qPrintable(describe(r)));
                continue;
            }
            const Expected &e = users.at(who.at(i));
            QVERIFY2(r.status == 200, qPrintable(describe(r)));
            const QJsonObject d = r.dataObject();
            const QString context = QStringLiteral("request %1 (user %2): %3").arg(i).arg(who.at(i)).arg(describe(r));
            QVERIFY2(d.value(QStringLiteral("hasActivePass")).toBool() == !e.activePassId.isEmpty(), qPrintable(context));
            QVERIFY2(d.value(QStringLiteral("activePassId")).toString() == e.activePassId, qPrintable(context));
            QVERIFY2(d.value(QStringLiteral("unactivatedPasses")).toInt() == e.unactivated, qPrintable(context));
            const qint64 remaining = d.value(QStringLiteral("remainingSeconds")).toInteger();
            if (e.activePassId.isEmpty())
                QVERIFY2(remaining == 0, qPrintable(context));
            else
                QVERIFY2(remaining > e.durationSeconds - 600 && remaining <= e.durationSeconds, qPrintable(context));
        }
    }
}

void TestAccessStatus::aChangeIsSeenByTheNextRequest()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("fresh")));
    QVERIFY(!a.userId.isEmpty());
    const QString pass = givePurchasedPass(s, a, QStringLiteral("1w"));
    QVERIFY(!pass.isEmpty());
    HttpResult before = s.call("GET", QStringLiteral("/api/v1/access/status"), {}, {}, a.accessToken);
    QVERIFY2(before.status == 200, qPrintable(describe(before)));
    QCOMPARE(before.dataObject().value(QStringLiteral("hasActivePass")).toBool(), false);
    QCOMPARE(before.dataObject().value(QStringLiteral("unactivatedPasses")).toInt(), 1);
    const HttpResult activated =
        s.call("POST", QStringLiteral("/api/v1/access/passes/%1/activate").arg(pass), "{}", {}, a.accessToken);
    QVERIFY2(activated.status == 200, qPrintable(describe(activated)));
    // Several connections, so the reads land on every worker thread, none of which may answer from the past.
    const QList<HttpResult> after = s.concurrent(8, "GET", QStringLiteral("/api/v1/access/status"), {}, a.accessToken);
    for (const HttpResult &r : after) {
        QVERIFY2(r.status == 200, qPrintable(describe(r)));
        QCOMPARE(r.dataObject().value(QStringLiteral("activePassId")).toString(), pass);
        QCOMPARE(r.dataObject().value(QStringLiteral("unactivatedPasses")).toInt(), 0);
    }
}

void TestAccessStatus::databaseOutageGivesEveryWaitingRequestAClearError()
{
    QString error;
    auto server = m_env.startServer(QStringLiteral("postgresql"), {}, &error);
    QVERIFY2(server, qPrintable(error));
    const auto a = server->registerAccount(uniqueEmail(QStringLiteral("outage")));
    QVERIFY(!a.userId.isEmpty());
    m_env.pg.stop();
    const QList<HttpResult> during = server->concurrent(24, "GET", QStringLiteral("/api/v1/access/status"), {}, a.accessToken);
    const bool restarted = m_env.pg.restart();
    for (const HttpResult &r : during) {
        QVERIFY2(r.status == 500, qPrintable(describe(r)));
        QCOMPARE(r.errorCode(), QStringLiteral("server.database"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("request id")), qPrintable(r.errorMessage()));
    }
    QVERIFY2(restarted, qPrintable(m_env.pg.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(server->call("GET", QStringLiteral("/api/v1/access/status"), {}, {}, a.accessToken).status == 200,
                             20000);
    QCOMPARE(server->call("GET", QStringLiteral("/readyz")).status, 200);
}

QTEST_GUILESS_MAIN(TestAccessStatus)
#include "tst_accessstatus.moc"
