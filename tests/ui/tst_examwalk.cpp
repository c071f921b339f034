// The whole exam as a learner does it, against the real runtime on the real dockerd (images built by the
// runtime's scripts): catalog → Start → workspace with a live terminal → type the answer to question 1 →
// flag and note → submit → per-check results; then a resume after the window is closed mid-exam.
#include "core/examstore.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/appwindow.h"
#include "ui/catalogpage.h"
#include "ui/questionpanel.h"
#include "ui/resultspage.h"
#include "ui/startprogresspage.h"
#include "ui/terminalview.h"
#include "ui/terminalwindow.h"
#include "ui/workspacepage.h"
#include "fixtures/uitestenv.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace ckx;

namespace {

const QString Lab = QStringLiteral("docker-basics-001");

bool dockerAvailable()
{
    QProcess p;
    p.start(QStringLiteral("docker"), {QStringLiteral("info")});
    return p.waitForFinished(20'000) && p.exitCode() == 0;
}

bool screenContains(TerminalSurface *s, const QString &needle)
{
    for (qint64 l = s->firstLine(); l < s->screenTop() + s->rows(); ++l)
        if (s->lineText(l).trimmed() == needle)
            return true;
    return false;
}

} // namespace

class TestExamWalk : public QObject
{
    Q_OBJECT

    bool startLab(AppWindow &w, const QString &mode)
    {
        CatalogPage *catalog = w.catalogPage();
        catalog->selectLab(Lab);
        auto *modeBox = catalog->findChildren<QComboBox *>().last();
        modeBox->setCurrentIndex(modeBox->findData(mode));
        catalog->startButton()->click();
        if (w.currentPage() != AppWindow::Page::Progress)
            return false;
        // Images present: the runtime's own bench says seconds; allow for a loaded 2-core CI machine.
        for (int i = 0; i < 1800 && w.currentPage() == AppWindow::Page::Progress
                        && !w.progressPage()->errorLabel()->isVisible();
             ++i)
            QTest::qWait(100);
        if (w.progressPage()->errorLabel()->isVisible())
            qWarning("start failed: %s", qPrintable(w.progressPage()->errorLabel()->text()));
        return w.currentPage() == AppWindow::Page::Workspace;
    }

    static TerminalWindow *terminalOf(AppWindow &w)
    {
        return qobject_cast<TerminalWindow *>(w.workspacePage()->tabs()->widget(WorkspacePage::TerminalTab));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!dockerAvailable())
            QSKIP("dockerd is not reachable (scripts/services.sh starts it)");
    }

    void catalogToResults()
    {
        test::UiTestEnv env;
        AppWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(startLab(w, QStringLiteral("exam")), "the workspace did not open");
        const QString attemptId = w.workspacePage()->attemptId();
        QVERIFY(!attemptId.isEmpty());
        QVERIFY(w.workspacePage()->timer()->remainingMs() > 39 * 60'000);

        TerminalWindow *term = terminalOf(w);
        QVERIFY(term);
        QTRY_VERIFY_WITH_TIMEOUT(term->session()->status().state == SshShellSession::State::Connected, 30'000);
        // Type the answer to question 1 as a learner would.
        w.workspacePage()->showTab(WorkspacePage::TerminalTab);
        QTest::keyClicks(term->view(),
                         QStringLiteral("docker run -d --name api-worker --label tier=backend -e APP_MODE=production "
                                        "--restart unless-stopped ckx-lab/busybox:1 sleep 86400"));
        QTest::keyClick(term->view(), Qt::Key_Return);
        QTest::keyClicks(term->view(), QStringLiteral("docker ps --format '{{.Names}}'"));
        QTest::keyClick(term->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenContains(term->surface(), QStringLiteral("api-worker")), 30'000);
        // Exam shortcuts that no shell needs work while typing in the terminal; the rest stay the shell's.
        QCOMPARE(w.workspacePage()->questions()->currentIndex(), 0);
        QTest::keyClick(term->view(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.workspacePage()->questions()->currentIndex(), 1);
        QTest::keyClick(term->view(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.workspacePage()->questions()->currentIndex(), 0);
        QTest::keyClick(term->view(), Qt::Key_F, Qt::AltModifier); // readline's forward-word, not "flag"
        QVERIFY(!w.workspacePage()->questions()->isFlagged(0));

        // Flag question 2 and leave a note on it; both are in the store at once.
        QuestionPanel *qp = w.workspacePage()->questions();
        qp->showQuestion(1);
        qp->flagButton()->click();
        QTest::keyClicks(qp->noteEdit(), QStringLiteral("come back: port publishing"));
        QTRY_VERIFY(w.store()->questionMarks(attemptId)->value(QStringLiteral("2")).note
                    == QStringLiteral("come back: port publishing"));
        QVERIFY(w.store()->questionMarks(attemptId)->value(QStringLiteral("2")).flagged);
        QCOMPARE(qp->stripText(1), QStringLiteral("2⚑"));

        // Submit (two clicks) and wait for the results.
        w.workspacePage()->submitButton()->click();
        w.workspacePage()->submitButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), AppWindow::Page::Results, 180'000);

        auto attempt = w.store()->attempt(attemptId);
        QVERIFY(attempt);
        QVERIFY(attempt->isGraded());
        QTreeWidget *tree = w.resultsPage()->tree();
        QTreeWidgetItem *q1 = tree->topLevelItem(0);
        QVERIFY(q1->childCount() >= 1);
        for (int i = 0; i < q1->childCount(); ++i)
            QVERIFY2(q1->child(i)->text(0).startsWith(QStringLiteral("✓")), qPrintable(q1->child(i)->text(0)));
        // Question 2 was not answered: its failed checks show why.
        QTreeWidgetItem *q2 = tree->topLevelItem(1);
        QVERIFY(q2->child(0)->text(0).startsWith(QStringLiteral("✗")));
        QVERIFY(q2->child(0)->childCount() == 1);
        QVERIFY(q2->child(0)->child(0)->text(0).contains(QStringLiteral("exit code")));
        QVERIFY(w.resultsPage()->summary()->text().contains(QStringLiteral("NOT PASSED")));
        // Flags and notes outlive the exam.
        QVERIFY(w.store()->questionMarks(attemptId)->value(QStringLiteral("2")).flagged);
        // The environment is torn down after grading.
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(attemptId)->state == ExamState::Terminated, 60'000);
    }

    void cancelDuringStartRemovesEverything()
    {
        test::UiTestEnv env;
        AppWindow w;
        w.show();
        CatalogPage *catalog = w.catalogPage();
        catalog->selectLab(Lab);
        catalog->startButton()->click();
        QCOMPARE(w.currentPage(), AppWindow::Page::Progress);
        QTest::qWait(300);
        w.progressPage()->findChildren<QPushButton *>().last()->click(); // Cancel
        QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), AppWindow::Page::Catalog, 180'000);
        auto attempts = w.store()->attempts();
        QVERIFY(attempts && attempts->size() == 1);
        const QString id = attempts->first().id;
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(id)->state == ExamState::Terminated, 60'000);
        // Nothing of that session is left on the engine.
        QProcess ps;
        ps.start(QStringLiteral("docker"), {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                            QStringLiteral("label=io.ckx.session=%1").arg(id)});
        QVERIFY(ps.waitForFinished(20'000));
        QCOMPARE(ps.readAllStandardOutput().trimmed(), QByteArray());
    }

    void resumeAfterClosingMidExam()
    {
        test::UiTestEnv env;
        QString attemptId;
        QDateTime deadline;
        {
            AppWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY2(startLab(w, QStringLiteral("practice")), "the workspace did not open");
            attemptId = w.workspacePage()->attemptId();
            deadline = w.workspacePage()->timer()->deadline();
            w.workspacePage()->questions()->showQuestion(3);
            w.workspacePage()->questions()->flagButton()->click();
            w.close();
        }
        QTest::qWait(1500);
        AppWindow w;
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), AppWindow::Page::Workspace, 60'000);
        QCOMPARE(w.workspacePage()->attemptId(), attemptId);
        QCOMPARE(w.workspacePage()->timer()->deadline(), deadline); // same wall-clock deadline: same time left
        QCOMPARE(w.workspacePage()->questions()->currentIndex(), 3);
        QVERIFY(w.workspacePage()->questions()->isFlagged(3));
        TerminalWindow *term = terminalOf(w);
        QVERIFY(term);
        QTRY_VERIFY_WITH_TIMEOUT(term->session()->status().state == SshShellSession::State::Connected, 30'000);
        // End it: the environment goes away.
        w.action(QStringLiteral("navExam"))->trigger();
        QMetaObject::invokeMethod(w.workspacePage(), "endRequested");
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(attemptId)->state == ExamState::Terminated, 60'000);
    }
};

QTEST_MAIN(TestExamWalk)
#include "tst_examwalk.moc"
