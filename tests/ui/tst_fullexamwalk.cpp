// The paid path as a learner walks it in the app, against the real ckx-server process (test-mode checkout: its
// local page is the stand-in for Stripe's, and this test plays the browser on it), the real gnome-keyring and the
// real dockerd: create an account → buy a pass (one checkout for a double click) → activate → the catalog unlocks →
// a full Docker lab refused while the server is down (a mock exam starts all the same) and while another computer
// runs an exam (ending that exam from
// the prompt) → the exam starts with a verified grant → a second client gets 409 → submit twice → the server sees
// one completion and the synced result → a second data folder signs in as the same learner and sees the attempt in
// History as taken on another computer, with totals that agree with the server's users/me/stats.
#include "core/accountclient.h"
#include "core/config.h"
#include "core/credentialstore.h"
#include "core/examsessionclient.h"
#include "core/examstore.h"
#include "core/grantverifier.h"
#include "fixtures/rawsqlite.h"
#include "fixtures/serverfixture.h"
#include "fixtures/uitestenv.h"
#include "ui/accountpage.h"
#include "ui/appwindow.h"
#include "ui/catalogpage.h"
#include "ui/examflow.h"
#include "ui/historypage.h"
#include "ui/resultspage.h"
#include "ui/serveraccount.h"
#include "ui/startprogresspage.h"
#include "ui/workspacepage.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <memory>
#include <optional>

using namespace ckx;
using namespace ckx::test;

namespace {

const QString FullLab = QStringLiteral("docker-images-001");
const QString OtherLab = QStringLiteral("docker-secure-001");
const QString MockLab = QStringLiteral("docker-basics-001");
const QString Password = QStringLiteral("correct horse battery");

bool dockerAvailable()
{
    QProcess p;
    p.start(QStringLiteral("docker"), {QStringLiteral("info")});
    return p.waitForFinished(20'000) && p.exitCode() == 0;
}

/// Waits while the start is in progress; true when the workspace opened.
bool waitForStart(AppWindow &w)
{
    (void)QTest::qWaitFor([&] {
        return w.currentPage() != AppWindow::Page::Progress || w.progressPage()->errorLabel()->isVisible();
    }, 240'000);
    if (w.progressPage()->errorLabel()->isVisible())
        qWarning("start refused or failed: %s", qPrintable(w.progressPage()->errorLabel()->text()));
    return w.currentPage() == AppWindow::Page::Workspace;
}

void pointAtServer(const QString &url)
{
    Config config;
    config.set(Config::Key::ServerUrl, url);
    config.set(Config::Key::FirstRunDone, true);
}

void signIn(AppWindow &w, const QString &email, bool create)
{
    w.showPage(AppWindow::Page::Account);
    AccountPage *page = w.accountPage();
    page->findChild<QLineEdit *>(QStringLiteral("accountEmail"))->setText(email);
    page->findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(Password);
    page->findChild<QPushButton *>(create ? QStringLiteral("accountCreate") : QStringLiteral("accountSignIn"))->click();
}

int scalar(ServerFixture &server, const QString &sql)
{
    RawSqlite db(server.sqlitePath());
    return db.scalar(sql).toInt();
}

} // namespace

class TestFullExamWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registerBuyStartSubmitSyncAndSeeItElsewhere();

private:
    ServerFixture m_server;
};

void TestFullExamWalk::initTestCase()
{
    if (!dockerAvailable())
        QSKIP("dockerd is not reachable (scripts/services.sh starts it)");
    QProcessEnvironment env;
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QString());
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9"), env, {QStringLiteral("--test-checkout")}),
             qPrintable(m_server.errorString()));
}

void TestFullExamWalk::registerBuyStartSubmitSyncAndSeeItElsewhere()
{
    const QString email = QStringLiteral("walk-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QString attemptId;
    QString examSession;
    {
        UiTestEnv env;
        pointAtServer(m_server.baseUrl());
        auto first = std::make_unique<AppWindow>();
        AppWindow &w = *first;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        CatalogPage *catalog = w.catalogPage();
        catalog->selectLab(FullLab);
        QVERIFY2(!catalog->startButton()->isEnabled(), "a full lab is locked without a pass");

        // Started anyway (a catalog whose lock is out of date): not signed in → "Sign in".
        const auto refusedWith = [&](const QString &text, const QString &action) {
            w.examFlow()->start(FullLab, QStringLiteral("exam"));
            if (waitForStart(w))
                return false;
            const bool ok = w.progressPage()->errorLabel()->text().contains(text)
                            && w.progressPage()->actionButton()->isVisible()
                            && w.progressPage()->actionButton()->text() == action;
            if (!ok)
                qWarning("refusal: %s / %s", qPrintable(w.progressPage()->errorLabel()->text()),
                         qPrintable(w.progressPage()->actionButton()->text()));
            w.progressPage()->actionButton()->click();
            return ok && w.currentPage() == AppWindow::Page::Account;
        };
        QVERIFY(refusedWith(QStringLiteral("need you to be signed in"), QStringLiteral("Sign in")));

        // 1. Create the account on the Account page.
        signIn(w, email, true);
        QTRY_VERIFY_WITH_TIMEOUT(w.accountPage()->findChild<QLabel *>(QStringLiteral("accountUser"))->text().contains(email),
                                 20'000);
        // Signed in without a pass: the server answers 403 → "Open the Account page".
        QVERIFY(refusedWith(QStringLiteral("needs an active pass"), QStringLiteral("Open the Account page")));
        QVERIFY(w.store()->attempts()->isEmpty());

        // 2. Buy: a double click opens one checkout; the learner pays on the (stand-in) checkout page.
        QList<QUrl> opened;
        w.accountPage()->setUrlOpener([&](const QUrl &u) { opened.append(u); });
        QPushButton *buy = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((buy = w.accountPage()->findChild<QPushButton *>(QStringLiteral("buy-38h"))), 10'000);
        buy->click();
        buy->click();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10'000);
        QCOMPARE(scalar(m_server, QStringLiteral("SELECT COUNT(*) FROM checkout_sessions")), 1);
        const HttpResult paid = m_server.call("POST", opened.at(0).path(), "card=4242+4242+4242+4242&exp=12%2F34&cvc=123",
                                              {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(paid.status, 200);
        w.accountPage()->pollCheckout(); // what coming back to the window does
        auto *passes = w.accountPage()->findChild<QTreeWidget *>(QStringLiteral("accountPasses"));
        QTRY_COMPARE_WITH_TIMEOUT(passes->topLevelItemCount(), 1, 10'000);

        // 3. Activate: the catalog unlocks full labs and shows the pass time.
        passes->setCurrentItem(passes->topLevelItem(0));
        w.accountPage()->findChild<QPushButton *>(QStringLiteral("accountActivate"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.accountPage()->access().hasActivePass, 10'000);
        w.showPage(AppWindow::Page::Catalog);
        catalog->selectLab(FullLab);
        QVERIFY(catalog->startButton()->isEnabled());
        QVERIFY(catalog->findChild<QLabel *>(QStringLiteral("catalogPass"))->text().startsWith(QStringLiteral("Pass: ")));

        // 4a. The server is down: the full exam does not start and says why; nothing is created.
        QCOMPARE(m_server.stop(), 0);
        catalog->startButton()->click();
        QVERIFY(!waitForStart(w));
        QVERIFY2(w.progressPage()->errorLabel()->text().contains(QStringLiteral("Cannot reach the CKX server")),
                 qPrintable(w.progressPage()->errorLabel()->text()));
        QVERIFY(w.progressPage()->errorLabel()->text().contains(QStringLiteral("Mock exams are still available")));
        QVERIFY(w.store()->attempts()->isEmpty());
        w.progressPage()->findChildren<QPushButton *>().last()->click(); // "Back to the catalog"
        QCOMPARE(w.currentPage(), AppWindow::Page::Catalog);
        // A mock exam needs no server: it starts (and is ended here, ungraded).
        catalog->selectLab(MockLab);
        catalog->startButton()->click();
        QVERIFY2(waitForStart(w), "a mock exam did not start while the server was down");
        const QString mockAttempt = w.workspacePage()->attemptId();
        QMetaObject::invokeMethod(w.workspacePage(), "endRequested");
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(mockAttempt)->state == ExamState::Terminated, 60'000);
        QVERIFY(m_server.restart());
        catalog->selectLab(FullLab);

        // 4b. Another computer of the same learner runs an exam: the app says which lab and since when, and
        // "End that exam and start this one" does both.
        CredentialStore otherKeychain(QStringLiteral("ckx-test-fullwalk-other"));
        QTemporaryDir otherData;
        AccountClient other(m_server.baseUrl(), &otherKeychain, otherData.path() + QStringLiteral("/account.ini"));
        GrantVerifier otherVerifier(&other, otherData.path() + QStringLiteral("/server-keys.ini"));
        ExamSessionClient otherSessions(&other, &otherVerifier);
        std::optional<Result<api::UserProfile>> otherUser;
        other.login(email, Password, this, [&](Result<api::UserProfile> u) { otherUser.emplace(u); });
        QTRY_VERIFY_WITH_TIMEOUT(otherUser.has_value(), 20'000);
        QVERIFY(*otherUser);
        std::optional<Result<ExamGrant>> otherStart;
        otherSessions.start(OtherLab, this, [&](Result<ExamGrant> g) { otherStart.emplace(g); });
        QTRY_VERIFY_WITH_TIMEOUT(otherStart.has_value(), 20'000);
        QVERIFY2(*otherStart, otherStart->ok() ? "" : qPrintable(otherStart->error().message));
        catalog->startButton()->click();
        QVERIFY(!waitForStart(w));
        const QString conflict = w.progressPage()->errorLabel()->text();
        QVERIFY2(conflict.contains(OtherLab) && conflict.contains(QStringLiteral("since")), qPrintable(conflict));
        QPushButton *endOther = w.progressPage()->actionButton();
        QVERIFY(endOther->isVisible());
        QCOMPARE(endOther->text(), QStringLiteral("End that exam and start this one"));
        endOther->click();

        // 5. The exam starts with the server's grant, verified and kept with the attempt.
        QVERIFY2(waitForStart(w), "the full exam did not start");
        QCOMPARE(scalar(m_server, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE lab_id = '%1' AND status = "
                                                 "'terminated'").arg(OtherLab)),
                 1);
        attemptId = w.workspacePage()->attemptId();
        const auto attempt = w.store()->attempt(attemptId);
        QVERIFY(attempt && !attempt->grant.isEmpty());
        const auto grant = ExamGrant::decodeUnverified(attempt->grant);
        QVERIFY(grant && grant->labId == FullLab);
        examSession = grant->examSessionId;
        QCOMPARE(scalar(m_server, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE id = '%1' AND status = 'active'")
                                      .arg(examSession)),
                 1);
        // The exam ends with its grant at the latest.
        QVERIFY(w.workspacePage()->timer()->deadline().toSecsSinceEpoch() <= grant->expiresAt);

        // 6. A second client of the same account gets 409 naming this exam.
        otherStart.reset();
        otherSessions.start(FullLab, this, [&](Result<ExamGrant> g) { otherStart.emplace(g); });
        QTRY_VERIFY_WITH_TIMEOUT(otherStart.has_value(), 20'000);
        QVERIFY(!*otherStart);
        QCOMPARE(otherStart->error().code, QStringLiteral("exam.already_active"));
        QCOMPARE(otherSessions.activeElsewhere().labId, FullLab);
        QCOMPARE(otherSessions.activeElsewhere().sessionId, examSession);

        // The app is closed mid-exam and opened again: the exam goes on, its grant checked again with the pinned
        // key (no leeway), and the server's session is still the one the exam will complete.
        first->close();
        first.reset();
        AppWindow r;
        r.show();
        QTRY_COMPARE_WITH_TIMEOUT(r.currentPage(), AppWindow::Page::Workspace, 60'000);
        QCOMPARE(r.workspacePage()->attemptId(), attemptId);
        QVERIFY2(r.workspacePage()->alertLabel()->text().contains(QStringLiteral("Welcome back: your exam continues")),
                 qPrintable(r.workspacePage()->alertLabel()->text()));
        QCOMPARE(r.store()->attempt(attemptId)->state, ExamState::Ready);
        QTRY_VERIFY_WITH_TIMEOUT(r.serverAccount()->client()->isSignedIn(), 20'000); // restored from the keychain

        // 7. Submit (twice): one grading, one completion on the server, and the result synced.
        r.workspacePage()->submitButton()->click();
        r.workspacePage()->submitButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(r.currentPage(), AppWindow::Page::Results, 240'000);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_server, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE id = '%1' "
                                                                  "AND status = 'completed'").arg(examSession)),
                                  1, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_server, QStringLiteral("SELECT COUNT(*) FROM results WHERE attempt_id = '%1' "
                                                                  "AND exam_session_id = '%2'").arg(attemptId, examSession)),
                                  1, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(r.store()->attempt(attemptId)->syncedAt.isValid(), 10'000);
        QCOMPARE(scalar(m_server, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE status = 'completed'")), 1);

        // On this computer, History lists it as taken here.
        r.showPage(AppWindow::Page::History);
        QTableWidget *table = r.historyPage()->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10'000);
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("this computer"));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_server, QStringLiteral("SELECT COUNT(*) FROM exam_sessions WHERE status = "
                                                                  "'active'")),
                                  0, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(r.store()->attempt(attemptId)->state == ExamState::Terminated, 60'000);
        r.close();
    }

    // 8. A second computer (a fresh data folder) signs in as the same learner: History shows the attempt, marked as
    // taken on another computer, and the totals say what the server's stats say.
    UiTestEnv second;
    pointAtServer(m_server.baseUrl());
    AppWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.store()->attempts()->isEmpty());
    signIn(w, email, false);
    QTRY_VERIFY_WITH_TIMEOUT(w.accountPage()->findChild<QLabel *>(QStringLiteral("accountUser"))->text().contains(email),
                             20'000);
    w.showPage(AppWindow::Page::History);
    QTableWidget *table = w.historyPage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10'000);
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), attemptId);
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("another computer"));
    QCOMPARE(table->item(0, 1)->text(), w.catalog().find(FullLab)->info.name);

    const HttpResult login = m_server.callJson("POST", QStringLiteral("/api/v1/auth/login"),
                                               {{QStringLiteral("email"), email}, {QStringLiteral("password"), Password}});
    const QString accessToken = login.dataObject().value(QStringLiteral("accessToken")).toString();
    QVERIFY(!accessToken.isEmpty());
    const HttpResult stats = m_server.call("GET", QStringLiteral("/api/v1/users/me/stats"), {}, {}, accessToken);
    QCOMPARE(stats.status, 200);
    const QJsonObject s = stats.dataObject();
    QCOMPARE(s.value(QStringLiteral("attempts")).toInt(), 1);
    const QString expected = QStringLiteral("1 graded attempt · %1 passed · average %2% · best %3%")
                                 .arg(s.value(QStringLiteral("passed")).toInt())
                                 .arg(s.value(QStringLiteral("averagePercent")).toDouble(), 0, 'f', 1)
                                 .arg(s.value(QStringLiteral("bestPercent")).toDouble(), 0, 'f', 1);
    QVERIFY2(w.historyPage()->totals()->text().startsWith(expected),
             qPrintable(w.historyPage()->totals()->text() + QStringLiteral(" vs ") + expected));
    QVERIFY(w.historyPage()->totals()->text().contains(QStringLiteral("1 of them on another computer")));
}

QTEST_MAIN(TestFullExamWalk)
#include "tst_fullexamwalk.moc"
