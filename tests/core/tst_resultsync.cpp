// The results outbox against the real ckx-server: a grade is queued in the same transaction (nothing queued when
// signed out), sent with PUT results/{id}; graded while the server is stopped it waits with backoff and goes out
// once the server is back, exactly once on the server's side (users/me/history and stats).
#include "core/accountclient.h"
#include "core/credentialstore.h"
#include "core/examstore.h"
#include "core/resultsync.h"
#include "fixtures/serverfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace ckx;
using namespace ckx::test;

class TestResultSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backoffGrows();
    void notQueuedWhenSignedOut();
    void gradedOfflineIsSentOnceWhenServerReturns();

private:
    QString gradedAttempt(const QString &lab);
    int serverHistoryCount(const QString &attemptId);

    QTemporaryDir m_data;
    ServerFixture m_server;
    CredentialStore m_keychain{QStringLiteral("ckx-test-sync")};
    ExamStore m_store;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<ResultSync> m_sync;
    ServerFixture::Account m_probe; ///< the same user, signed in separately to read the server's view
};

void TestResultSync::initTestCase()
{
    qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9")), qPrintable(m_server.errorString()));
    QVERIFY(m_store.open(m_data.path() + QStringLiteral("/ckx.db")).ok());
    m_client = std::make_unique<AccountClient>(m_server.baseUrl(), &m_keychain, AccountClient::defaultAccountFile());
    m_sync = std::make_unique<ResultSync>(&m_store, m_client.get());
}

QString TestResultSync::gradedAttempt(const QString &lab)
{
    ExamAttempt a;
    a.labId = lab;
    auto created = m_store.createAttempt(a);
    if (!created)
        return {};
    const QString id = created->id;
    if (!m_store.setState(id, ExamState::Ready) || !m_store.setState(id, ExamState::Grading))
        return {};
    ScoreReport report;
    report.total = 70;
    report.maxScore = 100;
    report.band = QStringLiteral("pass");
    CheckResult c;
    c.questionId = QStringLiteral("q1");
    c.checkId = QStringLiteral("c1");
    c.passed = true;
    auto graded = m_store.recordGrade(id, {c}, {}, report);
    return graded ? id : QString();
}

int TestResultSync::serverHistoryCount(const QString &attemptId)
{
    const HttpResult h = m_server.call("GET", QStringLiteral("/api/v1/users/me/history"), {}, {}, m_probe.accessToken);
    int n = 0;
    for (const QJsonValue &v : h.data().toArray())
        n += v.toObject().value(QStringLiteral("attemptId")).toString() == attemptId ? 1 : 0;
    return h.status == 200 ? n : -1;
}

void TestResultSync::backoffGrows()
{
    QCOMPARE(ResultSync::backoffSeconds(1), 2);
    QCOMPARE(ResultSync::backoffSeconds(2), 4);
    QCOMPARE(ResultSync::backoffSeconds(5), 32);
    QCOMPARE(ResultSync::backoffSeconds(20), 300);
}

void TestResultSync::notQueuedWhenSignedOut()
{
    const QString id = gradedAttempt(QStringLiteral("mock-lab"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_store.outbox(m_server.baseUrl(), QStringLiteral("anyone"))->size(), 0);
}

void TestResultSync::gradedOfflineIsSentOnceWhenServerReturns()
{
    const QString email = QStringLiteral("sync-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    std::optional<Result<api::UserProfile>> user;
    m_client->registerAccount(email, QStringLiteral("correct horse battery"), {}, this,
                              [&](Result<api::UserProfile> u) { user.emplace(std::move(u)); });
    QTRY_VERIFY_WITH_TIMEOUT(user.has_value(), 20000);
    QVERIFY(*user);
    const HttpResult login = m_server.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                               {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
    m_probe.accessToken = login.dataObject().value(QStringLiteral("accessToken")).toString();
    QVERIFY(!m_probe.accessToken.isEmpty());
    const QString userId = m_client->user().id;

    // Online: graded → queued in the same transaction → sent.
    QSignalSpy sent(m_sync.get(), &ResultSync::sent);
    const QString online = gradedAttempt(QStringLiteral("mock-online"));
    QCOMPARE(m_store.outbox(m_server.baseUrl(), userId)->size(), 1);
    m_sync->kick();
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
    QCOMPARE(m_store.outbox(m_server.baseUrl(), userId)->size(), 0);
    QVERIFY(m_store.attempt(online)->syncedAt.isValid());
    QCOMPARE(serverHistoryCount(online), 1);

    // Offline: the server is stopped; the grade is queued and the send fails and waits.
    QCOMPARE(m_server.stop(), 0);
    QSignalSpy failed(m_sync.get(), &ResultSync::failed);
    const QString offline = gradedAttempt(QStringLiteral("mock-offline"));
    QVERIFY(!offline.isEmpty());
    m_sync->kick();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("Cannot reach the CKX server")),
             qPrintable(failed.at(0).at(1).toString()));
    auto waiting = m_store.outbox(m_server.baseUrl(), userId);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->at(0).tries, 1);
    QVERIFY(!m_store.attempt(offline)->syncedAt.isValid());

    // Back: the retry timer (2 s) sends it, once.
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 15000);
    QCOMPARE(sent.at(1).at(0).toString(), offline);
    QCOMPARE(m_store.outbox(m_server.baseUrl(), userId)->size(), 0);
    QVERIFY(m_store.attempt(offline)->syncedAt.isValid());
    QCOMPARE(serverHistoryCount(offline), 1);
    QCOMPARE(serverHistoryCount(online), 1);
    m_sync->kick(); // nothing left: nothing sent again
    QTest::qWait(300);
    QCOMPARE(sent.count(), 2);
    const HttpResult stats = m_server.call("GET", QStringLiteral("/api/v1/users/me/stats"), {}, {}, m_probe.accessToken);
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.dataObject().value(QStringLiteral("attempts")).toInteger(), 2); // the server counts each attempt once
}

QTEST_GUILESS_MAIN(TestResultSync)
#include "tst_resultsync.moc"
