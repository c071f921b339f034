// The exam timer against a clock the test moves: alerts at 30/15/5 minutes, red under 5, expiry at zero,
// wall-clock resume and practice pause.
#include "core/examtimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace ckx;

class TestExamTimer : public QObject
{
    Q_OBJECT

    QDateTime m_now;

    void useFakeClock(ExamTimer &t)
    {
        t.setClock([this] { return m_now; });
        t.setPollInterval(0);
    }

private Q_SLOTS:
    void init() { m_now = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC); }

    void alerts_data()
    {
        QTest::addColumn<int>("durationMin");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("two hours: all three") << 120 << QList<int>{30, 15, 5};
        QTest::newRow("twenty minutes: 15 and 5 only") << 20 << QList<int>{15, 5};
        QTest::newRow("thirty minutes: 30 not announced at start") << 30 << QList<int>{15, 5};
        QTest::newRow("four minutes: none") << 4 << QList<int>{};
    }
    void alerts()
    {
        QFETCH(int, durationMin);
        QFETCH(QList<int>, expected);
        ExamTimer t;
        useFakeClock(t);
        QSignalSpy alerts(&t, &ExamTimer::alert);
        QSignalSpy expired(&t, &ExamTimer::expired);
        t.start(m_now.addSecs(durationMin * 60));
        for (int s = 0; s <= durationMin * 60; s += 10) {
            m_now = m_now.addSecs(10);
            t.poll();
        }
        QList<int> got;
        for (const auto &a : alerts)
            got << a.at(0).toInt();
        QCOMPARE(got, expected);
        QCOMPARE(expired.count(), 1);
        QVERIFY(t.isExpired());
        QCOMPARE(t.remainingMs(), 0);
    }

    void turnsCriticalUnderFiveMinutes()
    {
        ExamTimer t;
        useFakeClock(t);
        QSignalSpy critical(&t, &ExamTimer::criticalChanged);
        t.start(m_now.addSecs(6 * 60));
        QVERIFY(!t.isCritical());
        m_now = m_now.addSecs(60);
        t.poll();
        QVERIFY2(!t.isCritical(), "exactly 5:00 left is not yet red");
        m_now = m_now.addSecs(1);
        t.poll();
        QVERIFY(t.isCritical());
        QCOMPARE(critical.count(), 1);
        QCOMPARE(critical.at(0).at(0).toBool(), true);
    }

    void jumpPastSeveralThresholdsAnnouncesOnlyTheLast()
    {
        ExamTimer t;
        useFakeClock(t);
        QSignalSpy alerts(&t, &ExamTimer::alert);
        t.start(m_now.addSecs(60 * 60));
        m_now = m_now.addSecs(50 * 60); // the laptop slept for 50 minutes: 10 left, past 30 and 15
        t.poll();
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(alerts.at(0).at(0).toInt(), 15);
    }

    void wallClockSurvivesRestart()
    {
        const QDateTime deadline = m_now.addSecs(3600);
        {
            ExamTimer t;
            useFakeClock(t);
            t.start(deadline);
            QCOMPARE(t.remainingMs(), 3600'000);
        }
        m_now = m_now.addSecs(25 * 60); // app closed for 25 minutes
        ExamTimer t;
        useFakeClock(t);
        QSignalSpy alerts(&t, &ExamTimer::alert);
        t.start(deadline);
        QCOMPARE(t.remainingMs(), 35 * 60'000);
        QCOMPARE(ExamTimer::format(t.remainingMs()), QStringLiteral("35:00"));
        QCOMPARE(alerts.count(), 0);
    }

    void pauseFreezesAndMovesDeadline()
    {
        ExamTimer t;
        useFakeClock(t);
        QSignalSpy moved(&t, &ExamTimer::deadlineChanged);
        t.start(m_now.addSecs(600));
        m_now = m_now.addSecs(100);
        t.pause();
        m_now = m_now.addSecs(1000); // longer than the time left: a paused timer never expires
        t.poll();
        QVERIFY(!t.isExpired());
        QCOMPARE(t.remainingMs(), 500'000);
        t.resume();
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toDateTime(), m_now.addSecs(500));
        m_now = m_now.addSecs(499);
        t.poll();
        QCOMPARE(t.remainingMs(), 1000);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00");
        QTest::newRow("rounds up") << qint64(1) << QStringLiteral("00:01");
        QTest::newRow("minutes") << qint64(5 * 60'000 + 9'000) << QStringLiteral("05:09");
        QTest::newRow("hours") << qint64(2 * 3600'000) << QStringLiteral("2:00:00");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("00:00");
    }
    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ExamTimer::format(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestExamTimer)
#include "tst_examtimer.moc"
