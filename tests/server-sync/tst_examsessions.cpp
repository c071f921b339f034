// Exam sessions and grants against the real ckx-server on SQLite and PostgreSQL: access rules (free mock vs full
// lab), one active session per user under 64 concurrent requests (100 rounds), grants that verify with the
// published key and fail when tampered, complete/terminate idempotence, and sessions that end on their own.
#include "server-sync/serverbackends.h"

#include "core/api/grant.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace ckx::test;

namespace {
const QString kMockLab = QStringLiteral("docker-basics-001");
const QString kFullLab = QStringLiteral("ckx-test-full-001");

QByteArray labBody(const QString &lab)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("labId"), lab}}).toJson(QJsonDocument::Compact);
}
} // namespace

class TestExamSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void freeMockLabNeedsNoPass_data() { ServerBackends::addBackendRows(); }
    void freeMockLabNeedsNoPass();
    void fullLabNeedsAnActivePass_data() { ServerBackends::addBackendRows(); }
    void fullLabNeedsAnActivePass();
    void grantVerifiesWithPublishedKeyAndTamperingFails_data() { ServerBackends::addBackendRows(); }
    void grantVerifiesWithPublishedKeyAndTamperingFails();
    void completeAndTerminateAreIdempotent_data() { ServerBackends::addBackendRows(); }
    void completeAndTerminateAreIdempotent();
    void sessionsOfOthersAreInvisible_data() { ServerBackends::addBackendRows(); }
    void sessionsOfOthersAreInvisible();
    void oneActiveSessionUnderConcurrency_data() { ServerBackends::addBackendRows(); }
    void oneActiveSessionUnderConcurrency();
    void expiredSessionsEndOnTheirOwn_data() { ServerBackends::addBackendRows(); }
    void expiredSessionsEndOnTheirOwn();

private:
    ServerBackends m_env;
};

void TestExamSessions::initTestCase()
{
    QString error;
    QVERIFY2(m_env.start(&error), qPrintable(error));
}

void TestExamSessions::freeMockLabNeedsNoPass()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("mock")));
    const HttpResult r = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.dataObject().value(QStringLiteral("labId")).toString(), kMockLab);
    QCOMPARE(r.dataObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QVERIFY(!QUuid::fromString(r.dataObject().value(QStringLiteral("id")).toString()).isNull());
    const qint64 length = r.dataObject().value(QStringLiteral("expiresAt")).toInteger() - r.dataObject().value(QStringLiteral("startedAt")).toInteger();
    QCOMPARE(length, qint64(40 + 15) * 60); // the lab's 40 minutes plus the default 15 minutes of grace

    const HttpResult unknown = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(QStringLiteral("no-such-lab")), {}, a.accessToken);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("lab.not_found"));
    const HttpResult wrongType = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), R"({"labId": 5})", {}, a.accessToken);
    QCOMPARE(wrongType.status, 400);
    QVERIFY(wrongType.errorMessage().contains(QStringLiteral("labId")));
}

void TestExamSessions::fullLabNeedsAnActivePass()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("full")));
    const HttpResult refused = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kFullLab), {}, a.accessToken);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("access.pass_required"));
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE user_id = ?"), {a.userId}), 0);

    const QString passId = giveActivePass(s, a);
    QVERIFY(!passId.isEmpty());
    const HttpResult status = s.call("GET", QStringLiteral("/api/v1/access/status"), {}, {}, a.accessToken);
    QCOMPARE(status.status, 200);
    QVERIFY(status.dataObject().value(QStringLiteral("hasActivePass")).toBool());
    const qint64 remaining = status.dataObject().value(QStringLiteral("remainingSeconds")).toInteger();
    QVERIFY2(remaining > 38 * 3600 - 60 && remaining <= 38 * 3600, "a 38-hour pass starts counting at activation");

    const HttpResult allowed = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kFullLab), {}, a.accessToken);
    QCOMPARE(allowed.status, 201);
    QCOMPARE(allowed.dataObject().value(QStringLiteral("labId")).toString(), kFullLab);
}

void TestExamSessions::grantVerifiesWithPublishedKeyAndTamperingFails()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("grant")));
    const HttpResult created = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken);
    QCOMPARE(created.status, 201);
    const QString token = created.dataObject().value(QStringLiteral("grant")).toString();
    const HttpResult keys = s.call("GET", QStringLiteral("/api/v1/keys"));
    QCOMPARE(keys.status, 200);
    const QJsonObject key = keys.dataObject().value(QStringLiteral("keys")).toArray().first().toObject();
    QCOMPARE(key.value(QStringLiteral("alg")).toString(), QStringLiteral("Ed25519"));
    const QByteArray publicKey = QByteArray::fromBase64(key.value(QStringLiteral("publicKey")).toString().toLatin1());

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto grant = ckx::ExamGrant::verify(token, publicKey, now);
    QVERIFY2(grant.ok(), grant.ok() ? "" : qPrintable(grant.error().message));
    QCOMPARE(grant->userId, a.userId);
    QCOMPARE(grant->labId, kMockLab);
    QCOMPARE(grant->examSessionId, created.dataObject().value(QStringLiteral("id")).toString());
    QCOMPARE(grant->expiresAt, created.dataObject().value(QStringLiteral("expiresAt")).toInteger());

    // Swap the lab for a full one in the payload, keep the signature: refused.
    auto forged = *grant;
    forged.labId = kFullLab;
    const QString forgedToken = QStringLiteral("ckxg1.") +
                                QString::fromLatin1(forged.canonicalPayload().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                                u'.' + token.section(u'.', 2);
    auto tampered = ckx::ExamGrant::verify(forgedToken, publicKey, now);
    QVERIFY(!tampered.ok());
    QCOMPARE(tampered.error().code, QStringLiteral("grant.signature"));
    // A key from another server does not verify it either, and an expired grant is refused locally.
    QByteArray otherKey = publicKey;
    otherKey[0] = static_cast<char>(otherKey.at(0) ^ 0x01);
    QVERIFY(!ckx::ExamGrant::verify(token, otherKey, now).ok());
    auto late = ckx::ExamGrant::verify(token, publicKey, grant->expiresAt + 3600);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, QStringLiteral("grant.expired"));

    // GET current hands the grant again (app restarted mid-exam) for the same session.
    const HttpResult current = s.call("GET", QStringLiteral("/api/v1/exam-sessions/current"), {}, {}, a.accessToken);
    QCOMPARE(current.status, 200);
    auto again = ckx::ExamGrant::verify(current.dataObject().value(QStringLiteral("grant")).toString(), publicKey, now);
    QVERIFY(again.ok());
    QCOMPARE(again->examSessionId, grant->examSessionId);
}

void TestExamSessions::completeAndTerminateAreIdempotent()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("life")));
    const QString first = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken)
                              .dataObject().value(QStringLiteral("id")).toString();
    QVERIFY(!first.isEmpty());
    const HttpResult conflict = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject()
                 .value(QStringLiteral("activeSession")).toObject().value(QStringLiteral("id")).toString(),
             first);

    const QString completePath = QStringLiteral("/api/v1/exam-sessions/%1/complete").arg(first);
    const HttpResult done = s.call("POST", completePath, {}, {}, a.accessToken);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.dataObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const HttpResult doneAgain = s.call("POST", completePath, {}, {}, a.accessToken);
    QCOMPARE(doneAgain.status, 200);
    QCOMPARE(doneAgain.dataObject().value(QStringLiteral("endedAt")).toInteger(), done.dataObject().value(QStringLiteral("endedAt")).toInteger());
    QCOMPARE(s.call("GET", QStringLiteral("/api/v1/exam-sessions/current"), {}, {}, a.accessToken).data(), QJsonValue(QJsonValue::Null));

    const QString second = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken)
                               .dataObject().value(QStringLiteral("id")).toString();
    QVERIFY(!second.isEmpty());
    const HttpResult ended = s.call("DELETE", QStringLiteral("/api/v1/exam-sessions/%1").arg(second), {}, {}, a.accessToken);
    QCOMPARE(ended.status, 200);
    QCOMPARE(ended.dataObject().value(QStringLiteral("status")).toString(), QStringLiteral("terminated"));
    QCOMPARE(s.call("DELETE", QStringLiteral("/api/v1/exam-sessions/%1").arg(second), {}, {}, a.accessToken).status, 200);
    const HttpResult completeTerminated = s.call("POST", QStringLiteral("/api/v1/exam-sessions/%1/complete").arg(second), {}, {}, a.accessToken);
    QCOMPARE(completeTerminated.status, 409);
    QCOMPARE(completeTerminated.errorCode(), QStringLiteral("exam.already_ended"));
    QCOMPARE(s.call("POST", QStringLiteral("/api/v1/exam-sessions/nope/complete"), {}, {}, a.accessToken).status, 404);
}

void TestExamSessions::sessionsOfOthersAreInvisible()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto owner = s.registerAccount(uniqueEmail(QStringLiteral("owner")));
    const auto intruder = s.registerAccount(uniqueEmail(QStringLiteral("intruder")));
    const QString id = s.call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, owner.accessToken)
                           .dataObject().value(QStringLiteral("id")).toString();
    QCOMPARE(s.call("DELETE", QStringLiteral("/api/v1/exam-sessions/%1").arg(id), {}, {}, intruder.accessToken).status, 404);
    QCOMPARE(s.call("POST", QStringLiteral("/api/v1/exam-sessions/%1/complete").arg(id), {}, {}, intruder.accessToken).status, 404);
    QCOMPARE(s.call("GET", QStringLiteral("/api/v1/exam-sessions/current"), {}, {}, owner.accessToken).dataObject()
                 .value(QStringLiteral("status")).toString(),
             QStringLiteral("active"));
}

void TestExamSessions::oneActiveSessionUnderConcurrency()
{
    QFETCH(QString, backend);
    ServerFixture &s = m_env.server(backend);
    const auto a = s.registerAccount(uniqueEmail(QStringLiteral("race")));
    QVERIFY(!a.userId.isEmpty());
    constexpr int kRounds = 100;
    constexpr int kConcurrent = 64;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kRounds; ++round) {
        const QList<HttpResult> results = s.concurrent(kConcurrent, "POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), a.accessToken);
        int created = 0;
        int conflicts = 0;
        QString winner;
        QSet<QString> reported;
        for (const HttpResult &r : results) {
            if (r.status == 201) {
                ++created;
                winner = r.dataObject().value(QStringLiteral("id")).toString();
            } else if (r.status == 409) {
                ++conflicts;
                reported.insert(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject()
                                    .value(QStringLiteral("activeSession")).toObject().value(QStringLiteral("id")).toString());
            }
        }
        QVERIFY2(created == 1 && conflicts == kConcurrent - 1,
                 qPrintable(QStringLiteral("round %1: %2 × 201, %3 × 409 of %4").arg(round).arg(created).arg(conflicts).arg(kConcurrent)));
        QCOMPARE(reported, QSet<QString>{winner}); // every loser is told about the one session that exists
        QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE user_id = ? AND active = 1"), {a.userId}), 1);
        QCOMPARE(s.call("DELETE", QStringLiteral("/api/v1/exam-sessions/%1").arg(winner), {}, {}, a.accessToken).status, 200);
    }
    QCOMPARE(m_env.count(s, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE user_id = ?"), {a.userId}), kRounds);
    qInfo("%d rounds of %d concurrent POST exam-sessions on %s: %lld ms", kRounds, kConcurrent, qPrintable(backend),
          static_cast<long long>(timer.elapsed()));
}

void TestExamSessions::expiredSessionsEndOnTheirOwn()
{
    QFETCH(QString, backend);
    QProcessEnvironment env;
    env.insert(QStringLiteral("CKX_EXAM_MAX_SECONDS"), QStringLiteral("2"));
    QString error;
    auto s = m_env.startServer(backend, env, &error);
    QVERIFY2(s, qPrintable(error));
    const auto a = s->registerAccount(uniqueEmail(QStringLiteral("expire")));
    const HttpResult created = s->call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken);
    QCOMPARE(created.status, 201);
    const QString id = created.dataObject().value(QStringLiteral("id")).toString();
    QCOMPARE(s->call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken).status, 409);
    // Nobody completes it: once its time is up it no longer blocks a new exam, and it is recorded as expired.
    QTRY_COMPARE_WITH_TIMEOUT(s->call("GET", QStringLiteral("/api/v1/exam-sessions/current"), {}, {}, a.accessToken).data(),
                              QJsonValue(QJsonValue::Null), 10000);
    QCOMPARE(s->call("POST", QStringLiteral("/api/v1/exam-sessions"), labBody(kMockLab), {}, a.accessToken).status, 201);
    const HttpResult old = s->call("POST", QStringLiteral("/api/v1/exam-sessions/%1/complete").arg(id), {}, {}, a.accessToken);
    QCOMPARE(old.status, 409);
    QVERIFY(old.errorMessage().contains(QStringLiteral("expired")));
}

QTEST_GUILESS_MAIN(TestExamSessions)
#include "tst_examsessions.moc"
