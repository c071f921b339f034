// The workspace's clock with a clock the test moves: the label turns red under five minutes, alerts show at 30,
// 15 and 5 minutes, and at zero the page asks for grading by itself. Practice pause freezes it. A terminal recording
// that reaches its size limit says so in the same bar while the exam goes on.
#include "core/examstore.h"
#include "core/labcatalog.h"
#include "runtime/remote/terminalrecorder.h"
#include "ui/questionpanel.h"
#include "ui/terminalwindow.h"
#include "ui/theme.h"
#include "ui/workspacepage.h"
#include "fixtures/uitestenv.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;

class TestWorkspacePage : public QObject
{
    Q_OBJECT

    test::UiTestEnv m_env;
    LabCatalog m_catalog;
    QDateTime m_now;

    ExamAttempt attempt(ExamStore &store, const QString &mode, int minutes)
    {
        ExamAttempt a;
        a.labId = QStringLiteral("docker-basics-001");
        a.mode = mode;
        auto created = store.createAttempt(a);
        if (!created)
            return {};
        a = *created;
        a.startedAt = m_now;
        a.deadline = m_now.addSecs(minutes * 60);
        return a;
    }

    void open(WorkspacePage &page, ExamStore &store, const ExamAttempt &a)
    {
        page.timer()->setClock([this] { return m_now; });
        page.timer()->setPollInterval(0);
        page.openAttempt(*m_catalog.find(a.labId), &store, a);
    }

    void advance(WorkspacePage &page, int seconds)
    {
        m_now = m_now.addSecs(seconds);
        page.timer()->poll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = LabCatalog::load(LabCatalog::defaultRoots());
        QVERIFY(m_catalog.find(QStringLiteral("docker-basics-001")));
    }
    void init() { m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC); }

    void timerColoursAlertsAndAutoGrade()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        WorkspacePage page;
        page.show();
        QSignalSpy submit(&page, &WorkspacePage::submitRequested);
        open(page, store, attempt(store, QStringLiteral("exam"), 40));
        QCOMPARE(page.timerLabel()->text(), QStringLiteral("40:00"));
        QVERIFY(!page.timerLabel()->property("critical").toBool());
        QVERIFY(!page.pauseButton()->isVisible()); // exam mode: no pause, no per-question check
        QVERIFY(!page.checkButton()->isVisible());

        advance(page, 10 * 60); // 30:00 left
        QVERIFY(page.alertLabel()->isVisible());
        QVERIFY2(page.alertLabel()->text().contains(QStringLiteral("30 minutes left")),
                 qPrintable(page.alertLabel()->text()));
        advance(page, 15 * 60); // 15:00
        QVERIFY(page.alertLabel()->text().contains(QStringLiteral("15 minutes left")));
        advance(page, 9 * 60 + 59); // 5:01
        QCOMPARE(page.timerLabel()->text(), QStringLiteral("05:01"));
        QVERIFY(!page.timerLabel()->property("critical").toBool());
        QVERIFY(!page.timerLabel()->styleSheet().contains(Theme::color(Theme::Tone::Bad).name()));
        advance(page, 2); // 4:59
        QVERIFY(page.alertLabel()->text().contains(QStringLiteral("5 minutes left")));
        QVERIFY(page.timerLabel()->property("critical").toBool());
        QVERIFY(page.timerLabel()->styleSheet().contains(Theme::color(Theme::Tone::Bad).name()));
        QCOMPARE(submit.count(), 0);
        advance(page, 5 * 60);
        QCOMPARE(page.timerLabel()->text(), QStringLiteral("00:00"));
        QCOMPARE(submit.count(), 1);
        QCOMPARE(submit.at(0).at(0).toBool(), true); // time up, not a click
    }

    void submitNeedsTwoClicks()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        WorkspacePage page;
        QSignalSpy submit(&page, &WorkspacePage::submitRequested);
        open(page, store, attempt(store, QStringLiteral("exam"), 40));
        page.submitButton()->click();
        QCOMPARE(submit.count(), 0);
        page.submitButton()->click();
        QCOMPARE(submit.count(), 1);
        QCOMPARE(submit.at(0).at(0).toBool(), false);
    }

    void practicePauseFreezesTheClock()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        WorkspacePage page;
        page.show();
        QSignalSpy paused(&page, &WorkspacePage::pausedChanged);
        QSignalSpy moved(&page, &WorkspacePage::deadlineMoved);
        open(page, store, attempt(store, QStringLiteral("practice"), 20));
        QVERIFY(page.pauseButton()->isVisible());
        advance(page, 60);
        page.pauseButton()->click();
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.at(0).at(1).toLongLong(), 19 * 60'000);
        QVERIFY(page.timerLabel()->text().contains(QStringLiteral("paused")));
        advance(page, 3600);
        QCOMPARE(page.timer()->remainingMs(), 19 * 60'000);
        page.pauseButton()->click();
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toDateTime(), m_now.addSecs(19 * 60));
        QCOMPARE(page.timerLabel()->text(), QStringLiteral("19:00"));
    }

    void resumedPausedPracticeStaysPaused()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        WorkspacePage page;
        ExamAttempt a = attempt(store, QStringLiteral("practice"), 20);
        a.pausedRemainingMs = 7 * 60'000;
        open(page, store, a);
        QVERIFY(page.timer()->isPaused());
        QCOMPARE(page.timer()->remainingMs(), 7 * 60'000);
    }

    void recordingCapIsShownWhenReached()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        WorkspacePage page;
        page.show();
        open(page, store, attempt(store, QStringLiteral("exam"), 40));
        auto *terminal = new TerminalWindow; // the page's tab owns it
        page.setTerminalWidget(terminal);
        QTemporaryDir dir;
        TerminalRecorder::Options options;
        options.maxBytes = 8 * 1024;
        QVERIFY(terminal->recorder()->open(dir.filePath(QStringLiteral("a.cast")), QSize(80, 24), options));
        // The learner's output fills the recording; nothing is said until the cap is reached, then at once.
        const QByteArray line = QByteArray(70, 'x') + "\r\n";
        int chunks = 0;
        while (!terminal->recorder()->capReached() && chunks < 1000) {
            QVERIFY(!page.alertLabel()->isVisible());
            terminal->recorder()->recordOutput(line);
            ++chunks;
        }
        QVERIFY(terminal->recorder()->capReached());
        QVERIFY(chunks > 50); // it took the output to the cap, not a first write
        QVERIFY(page.alertLabel()->isVisible());
        QVERIFY2(page.alertLabel()->text().contains(QStringLiteral("recording stopped at its size limit (8 kB)")),
                 qPrintable(page.alertLabel()->text()));
        QVERIFY(!page.alertLabel()->text().contains(QStringLiteral("⏰"))); // not a clock alert
    }
};

QTEST_MAIN(TestWorkspacePage)
#include "tst_workspacepage.moc"
