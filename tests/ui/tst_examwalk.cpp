// The whole exam as a learner does it, against the real runtime on the real dockerd (images built by the
// runtime's scripts): catalog → Start → workspace with a live terminal → type the answer to question 1 →
// the remote desktop fits the window, also after a resize → flag and note → submit → per-check results → the
// terminal's replay, jumping to a question; then a resume after the window is closed mid-exam.
#include "core/examstore.h"
#include "runtime/remote/vncsession.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/appwindow.h"
#include "ui/catalogpage.h"
#include "ui/markdownview.h"
#include "ui/prerequisitespage.h"
#include "ui/questionpanel.h"
#include "ui/resultspage.h"
#include "ui/settingspage.h"
#include "ui/startprogresspage.h"
#include "ui/terminalreplaywidget.h"
#include "ui/terminalview.h"
#include "ui/terminalwindow.h"
#include "ui/vncview.h"
#include "ui/workspacepage.h"
#include "fixtures/dockerlabpack.h"
#include "fixtures/dockertestenv.h"
#include "fixtures/uitestenv.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
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

bool screenHas(TerminalSurface *s, const QString &part)
{
    for (qint64 l = s->firstLine(); l < s->screenTop() + s->rows(); ++l)
        if (s->lineText(l).contains(part))
            return true;
    return false;
}

// The desktop is as large as the view, in device pixels, and painted one to one (no scaling, no bands).
bool desktopFitsView(VncView *view, VncSession *session)
{
    const QSize viewport = view->viewport()->size() * view->devicePixelRatioF();
    return session->frameSize() == viewport
        && view->mapFromDesktop(QRect(QPoint(), session->frameSize())) == view->viewport()->rect();
}

} // namespace

class TestExamWalk : public QObject
{
    Q_OBJECT

    bool startLab(AppWindow &w, const QString &mode, const QString &lab = Lab)
    {
        CatalogPage *catalog = w.catalogPage();
        catalog->selectLab(lab);
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
        // The container name of question 1 is drawn per attempt: the question shows the drawn one.
        const QString worker = w.store()->attempt(attemptId)->parameters.value(QStringLiteral("WORKER"));
        QVERIFY(!worker.isEmpty());
        QVERIFY(w.workspacePage()->questions()->questionView()->snippets().contains(worker));
        // Type the answer to question 1 as a learner would.
        w.workspacePage()->showTab(WorkspacePage::TerminalTab);
        QTest::keyClicks(term->view(),
                         QStringLiteral("docker run -d --name %1 --label tier=backend -e APP_MODE=production "
                                        "--restart unless-stopped ckx-lab/busybox:1 sleep 86400").arg(worker));
        QTest::keyClick(term->view(), Qt::Key_Return);
        QTest::keyClicks(term->view(), QStringLiteral("docker ps --format '{{.Names}}'"));
        QTest::keyClick(term->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenContains(term->surface(), worker), 30'000);

        // The remote desktop: the server resized it to the view, and does again when the window changes size.
        w.workspacePage()->showTab(WorkspacePage::DesktopTab);
        QWidget *desktop = w.workspacePage()->tabs()->widget(WorkspacePage::DesktopTab);
        auto *vnc = desktop->findChild<VncView *>();
        auto *vncSession = desktop->findChild<VncSession *>();
        QVERIFY(vnc && vncSession);
        QCOMPARE(vnc->scaleMode(), VncView::ScaleMode::Fit);
        QTRY_VERIFY_WITH_TIMEOUT(vncSession->state() == VncSession::State::Connected, 30'000);
        QTRY_VERIFY2_WITH_TIMEOUT(desktopFitsView(vnc, vncSession), qPrintable(QStringLiteral("desktop %1x%2, view %3x%4")
                                      .arg(vncSession->frameSize().width()).arg(vncSession->frameSize().height())
                                      .arg(vnc->viewport()->width()).arg(vnc->viewport()->height())), 20'000);
        const QSize firstFit = vncSession->frameSize();
        w.resize(w.width() - 120, w.height() - 80);
        QTRY_VERIFY(vnc->viewport()->size() != firstFit);
        QTRY_VERIFY2_WITH_TIMEOUT(desktopFitsView(vnc, vncSession), qPrintable(QStringLiteral("desktop %1x%2, view %3x%4")
                                      .arg(vncSession->frameSize().width()).arg(vncSession->frameSize().height())
                                      .arg(vnc->viewport()->width()).arg(vnc->viewport()->height())), 20'000);
        QVERIFY(vncSession->frameSize() != firstFit);
        // The resized desktop is drawn: its last row arrives (not the black of a frame never sent).
        QTRY_VERIFY_WITH_TIMEOUT(vnc->frame().size() == vncSession->frameSize()
                                     && vnc->frame().pixelColor(vnc->frame().width() / 2, vnc->frame().height() - 1)
                                            != QColor(Qt::black),
                                 20'000);
        w.workspacePage()->showTab(WorkspacePage::TerminalTab);

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
        // Typed while at question 2: in the replay this comes after the "Question 2" marker.
        w.workspacePage()->showTab(WorkspacePage::TerminalTab);
        QTest::keyClicks(term->view(), QStringLiteral("echo after-question-$((1+1))"));
        QTest::keyClick(term->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(screenContains(term->surface(), QStringLiteral("after-question-2")), 30'000);

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

        // Replay the terminal: "Question 2" in the markers shows the screen as it was when question 2 was opened.
        auto *replayButton = w.resultsPage()->findChild<QPushButton *>(QStringLiteral("replayTerminal"));
        QVERIFY(replayButton && replayButton->isEnabled());
        replayButton->click();
        TerminalReplayWidget *replay = w.resultsPage()->replay();
        QVERIFY(replay->isVisible());
        QVERIFY(replay->duration() > 0);
        auto *markerBox = replay->findChild<QComboBox *>(QStringLiteral("replayMarkers"));
        QVERIFY(markerBox);
        markerBox->setFocus();
        for (int i = 0; i < markerBox->count() && !markerBox->currentText().endsWith(QStringLiteral("Question 2")); ++i)
            QTest::keyClick(markerBox, Qt::Key_Down);
        QVERIFY2(markerBox->currentText().endsWith(QStringLiteral("Question 2")), qPrintable(markerBox->currentText()));
        double question2 = -1;
        for (const TerminalReplayWidget::Marker &m : replay->markers()) {
            if (m.label == QStringLiteral("Question 2")) {
                question2 = m.position;
                break;
            }
        }
        QVERIFY(question2 > 0);
        QCOMPARE(replay->position(), question2);
        // What was typed before opening question 2 is on the replay's screen; what was typed after is not yet.
        QVERIFY(screenContains(replay->surface(), worker));
        QVERIFY(screenHas(replay->surface(), QStringLiteral("docker ps --format")));
        QVERIFY(!screenHas(replay->surface(), QStringLiteral("after-question")));
        // Dragging the timeline to its end shows the rest, the command line as typed and its output.
        replay->timeline()->setValue(replay->timeline()->maximum());
        QVERIFY(screenHas(replay->surface(), QStringLiteral("echo after-question-$((1+1))")));
        QVERIFY(screenContains(replay->surface(), QStringLiteral("after-question-2")));
        // Play from the start: the screen is rebuilt and moves on by itself.
        replay->seek(0);
        QVERIFY(!screenContains(replay->surface(), worker));
        replay->setSpeed(8);
        replay->play();
        QTRY_VERIFY_WITH_TIMEOUT(replay->position() > 0.5, 5'000);
        replay->pause();
        // The environment is torn down after grading.
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(attemptId)->state == ExamState::Terminated, 60'000);
    }

    void cancelDuringStartRemovesEverything_data()
    {
        QTest::addColumn<bool>("whileProvisioning"); // else during the lab's (slow) setup script
        QTest::newRow("containers being created") << true;
        QTest::newRow("setup script running") << false;
    }

    void cancelDuringStartRemovesEverything()
    {
        QFETCH(bool, whileProvisioning);
        test::UiTestEnv env;
        // A lab whose setup would hold the start for its whole 60 s time limit: Cancel must not wait for it.
        QTemporaryDir labs;
        const QString root = test::writeDockerLabPack(labs.path(), {QStringLiteral("slow-start-lab"), 0, false});
        {
            QFile setup(root + QStringLiteral("/slow-start-lab/scripts/setup/q1_setup.sh"));
            QVERIFY(setup.open(QIODevice::WriteOnly | QIODevice::Truncate));
            setup.write("#!/bin/bash\nsleep 300\n");
        }
        qputenv("CKX_LABS_DIRS", (test::UiTestEnv::bundledLabs() + QLatin1Char(':') + root).toUtf8());
        AppWindow w;
        w.show();
        CatalogPage *catalog = w.catalogPage();
        catalog->selectLab(QStringLiteral("slow-start-lab"));
        catalog->startButton()->click();
        QCOMPARE(w.currentPage(), AppWindow::Page::Progress);
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempts() && !w.store()->attempts()->isEmpty(), 120'000);
        id = w.store()->attempts()->first().id;
        const QString session = QStringLiteral("io.ckx.session=%1").arg(id);
        if (whileProvisioning) // as soon as the first container of the session exists
            QTRY_VERIFY_WITH_TIMEOUT(test::DockerTestEnv::countLabelled(session) >= 2, 60'000);
        else
            QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(id)->runtimeInfo.contains(QStringLiteral("ssh")), 60'000);
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        w.progressPage()->findChildren<QPushButton *>().last()->click(); // Cancel
        // The learner is back in the catalog at once and the exam is over.
        QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), AppWindow::Page::Catalog, 2'000);
        // The worker gives up within seconds (not after the setup's 60 s) and leaves nothing of the session.
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(id)->state == ExamState::Terminated
                                     && test::DockerTestEnv::countLabelled(session) == 0,
                                 20'000);
        qInfo("cancel → terminated with nothing left: %lld ms", sinceCancel.elapsed());
        QVERIFY(!w.store()->attempt(id)->isGraded());
        // Starting again right away works, and cancelling it again too.
        catalog->startButton()->click();
        QCOMPARE(w.currentPage(), AppWindow::Page::Progress);
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempts()->size() == 2, 120'000);
        w.progressPage()->findChildren<QPushButton *>().last()->click();
        QCOMPARE(w.currentPage(), AppWindow::Page::Catalog);
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempts()->size() == 2
                                     && w.store()->attempts()->first().state == ExamState::Terminated,
                                 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(test::DockerTestEnv::countLabelled(
                                      QStringLiteral("io.ckx.session=%1").arg(w.store()->attempts()->first().id)),
                                  0, 20'000);
    }

    void dockerHostSettingReachesTheRuntime()
    {
        test::UiTestEnv env;
        AppWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString nowhere = env.dataDir() + QStringLiteral("/no-engine-here.sock");
        w.showPage(AppWindow::Page::Settings);
        QLineEdit *host = w.settingsPage()->dockerHostEdit();
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("unix://") + nowhere);
        // Starting goes to that host and says so, naming it.
        QVERIFY(!startLab(w, QStringLiteral("exam")));
        QVERIFY(w.progressPage()->errorLabel()->isVisible());
        const QString error = w.progressPage()->errorLabel()->text();
        QVERIFY2(error.contains(nowhere) && error.contains(QStringLiteral("Settings")), qPrintable(error));
        QVERIFY(w.store()->attempts()->isEmpty()); // nothing was created anywhere
        // So does the first-run check.
        w.prerequisitesPage()->recheck();
        QTRY_VERIFY_WITH_TIMEOUT(w.prerequisitesPage()->tree()->topLevelItemCount() > 0
                                     && w.prerequisitesPage()->tree()->topLevelItem(0)->text(0).contains(nowhere),
                                 20'000);
        QVERIFY(!w.prerequisitesPage()->isReady());

        // Back to the local engine: the same window starts the exam.
        w.progressPage()->findChildren<QPushButton *>().last()->click(); // "Back to the catalog"
        w.showPage(AppWindow::Page::Settings);
        host->clear();
        w.prerequisitesPage()->recheck();
        QTRY_VERIFY_WITH_TIMEOUT(w.prerequisitesPage()->tree()->topLevelItemCount() > 0
                                     && w.prerequisitesPage()->tree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("✓")),
                                 20'000);
        QVERIFY2(startLab(w, QStringLiteral("exam")), "the workspace did not open on the local engine");
        const QString attemptId = w.workspacePage()->attemptId();
        QMetaObject::invokeMethod(w.workspacePage(), "endRequested");
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(attemptId)->state == ExamState::Terminated, 60'000);
    }

    void resumeAfterTheDeadlinePassedGrades()
    {
        test::UiTestEnv env;
        QString attemptId;
        {
            AppWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY2(startLab(w, QStringLiteral("exam")), "the workspace did not open");
            attemptId = w.workspacePage()->attemptId();
            QuestionPanel *qp = w.workspacePage()->questions();
            qp->showQuestion(1);
            qp->flagButton()->click();
            QTest::keyClicks(qp->noteEdit(), QStringLiteral("ran out of time here"));
            w.close();
        }
        // The app stays closed past the end of the exam.
        {
            ExamStore store;
            QVERIFY(store.openDefault());
            const auto a = store.attempt(attemptId);
            QVERIFY(a && a->state == ExamState::Ready);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(store.setTimes(attemptId, now.addSecs(-41 * 60), now.addSecs(-60)));
        }
        AppWindow w;
        w.show();
        // On launch the exam is graded, as the real exam's would have been at its end; the learner sees results.
        QTRY_COMPARE_WITH_TIMEOUT(w.currentPage(), AppWindow::Page::Results, 180'000);
        auto graded = w.store()->attempt(attemptId);
        QVERIFY(graded && graded->isGraded());
        QCOMPARE(w.resultsPage()->tree()->topLevelItemCount(), int(w.catalog().find(Lab)->questions.size()));
        QVERIFY(w.resultsPage()->summary()->text().contains(QStringLiteral("NOT PASSED")));
        // The flag and the note made before closing are kept.
        const QuestionMark mark = w.store()->questionMarks(attemptId)->value(QStringLiteral("2"));
        QVERIFY(mark.flagged);
        QCOMPARE(mark.note, QStringLiteral("ran out of time here"));
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(attemptId)->state == ExamState::Terminated, 60'000);
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

        // Practice: check question 4 alone. Its checks show; nothing else about the exam changes.
        QuestionPanel *qp = w.workspacePage()->questions();
        QStringList strip;
        for (int i = 0; i < qp->questionCount(); ++i)
            strip << qp->stripText(i);
        const qsizetype checks = w.catalog().find(Lab)->questions.at(3).checks.size();
        QVERIFY(w.workspacePage()->checkButton()->isVisible());
        w.workspacePage()->checkButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(qp->checkResultLabel()->text().contains(QStringLiteral("of %1 passed").arg(checks)), 60'000);
        QVERIFY2(qp->checkResultLabel()->text().contains(QStringLiteral("0 of %1 passed").arg(checks)),
                 qPrintable(qp->checkResultLabel()->text()));
        QCOMPARE(qp->currentIndex(), 3);
        for (int i = 0; i < qp->questionCount(); ++i)
            QCOMPARE(qp->stripText(i), strip.at(i));
        QCOMPARE(w.store()->attempt(attemptId)->state, ExamState::Ready);
        QVERIFY(w.store()->checkResults(attemptId)->isEmpty());
        QVERIFY(w.workspacePage()->checkButton()->isEnabled()); // ready for the next check
        // End it: the environment goes away.
        w.action(QStringLiteral("navExam"))->trigger();
        QMetaObject::invokeMethod(w.workspacePage(), "endRequested");
        QTRY_VERIFY_WITH_TIMEOUT(w.store()->attempt(attemptId)->state == ExamState::Terminated, 60'000);
    }
};

QTEST_MAIN(TestExamWalk)
#include "tst_examwalk.moc"
