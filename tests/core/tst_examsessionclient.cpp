// Full exam sessions against the real ckx-server (sessions capped at a few seconds with CKX_EXAM_MAX_SECONDS so
// the grant's expiry can be watched): no pass → the Account page is named; a verified grant; a second computer of
// the same learner gets "already running" with the lab and since when, can end that exam and start; submit is
// idempotent (twice → one completion); ending without grading; an unreachable server.
#include "core/accountclient.h"
#include "core/credentialstore.h"
#include "core/examsessionclient.h"
#include "core/grantverifier.h"
#include "fixtures/serverfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace ckx;
using namespace ckx::test;

namespace {

const QString kFullLab = QStringLiteral("ckx-test-full-001");
constexpr int kExamSecs = 4;

struct Computer
{
    std::unique_ptr<AccountClient> account;
    std::unique_ptr<GrantVerifier> verifier;
    std::unique_ptr<ExamSessionClient> exams;
};

} // namespace

class TestExamSessionClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walk();
    void unreachableServer();

private:
    Computer computer(const QString &serverUrl, const QString &pins);
    std::optional<Result<ExamGrant>> start(Computer &c);

    QTemporaryDir m_data;
    ServerFixture m_server;
    CredentialStore m_keychain{QStringLiteral("ckx-test-examsession")};
};

void TestExamSessionClient::initTestCase()
{
    qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
    QProcessEnvironment env;
    env.insert(QStringLiteral("CKX_EXAM_MAX_SECONDS"), QString::number(kExamSecs));
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9"), env), qPrintable(m_server.errorString()));
}

Computer TestExamSessionClient::computer(const QString &serverUrl, const QString &pins)
{
    Computer c;
    c.account = std::make_unique<AccountClient>(serverUrl, &m_keychain, m_data.path() + u'/' + pins + QStringLiteral(".account.ini"));
    c.verifier = std::make_unique<GrantVerifier>(c.account.get(), m_data.path() + u'/' + pins + QStringLiteral(".pins.ini"));
    c.exams = std::make_unique<ExamSessionClient>(c.account.get(), c.verifier.get());
    return c;
}

std::optional<Result<ExamGrant>> TestExamSessionClient::start(Computer &c)
{
    std::optional<Result<ExamGrant>> r;
    c.exams->start(kFullLab, this, [&r](Result<ExamGrant> g) { r.emplace(std::move(g)); });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
        return std::nullopt;
    return r;
}

void TestExamSessionClient::walk()
{
    const QString email = QStringLiteral("exam-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    Computer a = computer(m_server.baseUrl(), QStringLiteral("a"));
    std::optional<Result<api::UserProfile>> u;
    a.account->registerAccount(email, QStringLiteral("correct horse battery"), {}, this, [&](Result<api::UserProfile> p) { u.emplace(p); });
    QTRY_VERIFY_WITH_TIMEOUT(u.has_value(), 20000);
    QVERIFY(*u);

    auto noPass = start(a);
    QVERIFY(noPass && !*noPass);
    QCOMPARE(noPass->error().code, QStringLiteral("access.pass_required"));
    QVERIFY2(noPass->error().message.contains(QStringLiteral("Account page")), qPrintable(noPass->error().message));

    const QString passId = m_server.grantPurchasedPass(email);
    std::optional<Result<api::AccessPass>> act;
    a.account->activatePass(passId, this, [&](Result<api::AccessPass> p) { act.emplace(p); });
    QTRY_VERIFY_WITH_TIMEOUT(act.has_value(), 10000);
    QVERIFY(*act);

    QSignalSpy expiredA(a.exams.get(), &ExamSessionClient::grantExpired);
    auto granted = start(a);
    QVERIFY(granted && *granted);
    QCOMPARE(granted->value().labId, kFullLab);
    const QString firstSession = granted->value().examSessionId;

    // The same learner on a second computer.
    Computer b = computer(m_server.baseUrl(), QStringLiteral("b"));
    u.reset();
    b.account->login(email, QStringLiteral("correct horse battery"), this, [&](Result<api::UserProfile> p) { u.emplace(p); });
    QTRY_VERIFY_WITH_TIMEOUT(u.has_value(), 20000);
    QVERIFY(*u);
    auto busy = start(b);
    QVERIFY(busy && !*busy);
    QCOMPARE(busy->error().code, QStringLiteral("exam.already_active"));
    QVERIFY2(busy->error().message.contains(QStringLiteral("An exam of lab %1 has been running since").arg(kFullLab)),
             qPrintable(busy->error().message));
    QCOMPARE(b.exams->activeElsewhere().sessionId, firstSession);

    std::optional<Result<void>> ended;
    b.exams->endActiveElsewhere(this, [&](Result<void> r) { ended.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 10000);
    QVERIFY(*ended);
    auto second = start(b);
    QVERIFY(second && *second);
    const QString secondSession = second->value().examSessionId;
    QVERIFY(secondSession != firstSession);

    // Submit twice (a double click, or a retry after a lost answer): one completion on the server.
    QSignalSpy completed(b.exams.get(), &ExamSessionClient::completed);
    b.exams->complete(secondSession);
    b.exams->complete(secondSession);
    QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 2, 10000);
    const HttpResult login = m_server.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                               {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
    const QString token = login.dataObject().value(QStringLiteral("accessToken")).toString();
    QVERIFY(m_server.call("GET", QStringLiteral("/api/v1/exam-sessions/current"), {}, {}, token).data().isNull());

    // The first computer's grant runs out on its own clock, even though nobody told it the exam ended.
    QTRY_COMPARE_WITH_TIMEOUT(expiredA.count(), 1, (kExamSecs + 3) * 1000);
    QCOMPARE(expiredA.at(0).at(0).toString(), firstSession);

    // End without grading: DELETE; the server then has no active exam and a new one can start.
    auto third = start(b);
    QVERIFY(third && *third);
    std::optional<Result<void>> abandoned;
    b.exams->abandon(third->value().examSessionId, this, [&](Result<void> r) { abandoned.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(abandoned.has_value(), 10000);
    QVERIFY(*abandoned);
    const HttpResult current = m_server.call("GET", QStringLiteral("/api/v1/exam-sessions/current"), {}, {}, token);
    QVERIFY(current.data().isNull());
}

void TestExamSessionClient::unreachableServer()
{
    const QString email = QStringLiteral("off-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    Computer c = computer(m_server.baseUrl(), QStringLiteral("offline"));
    std::optional<Result<api::UserProfile>> u;
    c.account->registerAccount(email, QStringLiteral("correct horse battery"), {}, this, [&](Result<api::UserProfile> p) { u.emplace(p); });
    QTRY_VERIFY_WITH_TIMEOUT(u.has_value(), 20000);
    QVERIFY(*u);
    QCOMPARE(m_server.stop(), 0); // last test: the server stays down
    auto r = start(c);
    QVERIFY(r && !*r);
    QCOMPARE(r->error().code, QStringLiteral("server.unreachable"));
    QVERIFY2(r->error().message.contains(QStringLiteral("Mock exams are still available")), qPrintable(r->error().message));
    QVERIFY(c.account->isSignedIn()); // being offline signs nobody out
}

QTEST_GUILESS_MAIN(TestExamSessionClient)
#include "tst_examsessionclient.moc"
