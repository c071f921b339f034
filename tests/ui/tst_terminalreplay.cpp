// The replay of a terminal recording on the Results page: jumping to a question's marker shows the screen of that
// moment (forwards and back), the timeline drags, play at 8× reaches the end, idle time is skipped, resizes are
// replayed; the Results page offers Replay and Export only when the attempt was recorded.
#include "core/datapaths.h"
#include "core/examstore.h"
#include "core/labcatalog.h"
#include "fixtures/terminalscreen.h"
#include "fixtures/uitestenv.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/resultspage.h"
#include "ui/terminalreplaywidget.h"
#include "ui/terminalview.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using ckx::test::screenText;

namespace {

// A recording with known times: two questions, a check, a 100 s pause and a resize (as the recorder writes them).
const char kCast[] = "{\"version\": 2, \"width\": 80, \"height\": 24, \"title\": \"lab\"}\n"
                     "[0.100000, \"m\", \"Question 1\"]\n"
                     "[0.500000, \"o\", \"$ echo first\\r\\nfirst-output\\r\\n$ \"]\n"
                     "[1.000000, \"m\", \"Check: Question 1\"]\n"
                     "[2.000000, \"o\", \"\\u001b[2J\\u001b[Hsecond-screen\\r\\n$ \"]\n"
                     "[3.000000, \"m\", \"Question 3\"]\n"
                     "[103.000000, \"o\", \"after-the-pause\\r\\n\"]\n"
                     "[103.500000, \"r\", \"100x30\"]\n"
                     "[104.000000, \"o\", \"last-line\\r\\n\"]\n";

QString writeCast(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(kCast);
    return path;
}

} // namespace

class TestTerminalReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markerJumpShowsThatMoment();
    void timelineDragSeeks();
    void playAtEightTimesReachesTheEnd();
    void idleTimeIsSkippedOnlyWhenAsked();
    void resultsPageReplaysAndExports();

private:
    test::UiTestEnv m_env;
    QTemporaryDir m_dir;
};

void TestTerminalReplay::markerJumpShowsThatMoment()
{
    TerminalReplayWidget w;
    QVERIFY(w.load(writeCast(m_dir.filePath(QStringLiteral("a.cast")))).ok());
    QStringList labels;
    for (const auto &m : w.markers())
        labels << m.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("Question 1"), QStringLiteral("Check: Question 1"),
                                  QStringLiteral("Question 3")}));
    // The marker list in the controls offers the same moments.
    auto *box = w.findChild<QComboBox *>(QStringLiteral("replayMarkers"));
    QCOMPARE(box->count(), 4);
    QVERIFY(box->itemText(3).endsWith(QStringLiteral("Question 3")));

    QVERIFY(w.jumpToMarker(QStringLiteral("Question 3")));
    QString screen = screenText(*w.surface());
    QVERIFY2(screen.startsWith(QStringLiteral("second-screen\n$")), qPrintable(screen));
    QVERIFY(!screen.contains(QStringLiteral("first-output")));
    QVERIFY(!screen.contains(QStringLiteral("after-the-pause")));

    // Back in time: the screen is rebuilt, nothing of the later moment remains (scrollback included).
    QVERIFY(w.jumpToMarker(QStringLiteral("Check: Question 1")));
    screen = screenText(*w.surface());
    QVERIFY2(screen.startsWith(QStringLiteral("$ echo first\nfirst-output\n$")), qPrintable(screen));
    QVERIFY(!screen.contains(QStringLiteral("second-screen")));
    QCOMPARE(w.surface()->scrollbackLines(), 0);
    QVERIFY(!w.jumpToMarker(QStringLiteral("Question 9")));

    // The view shows the replayed surface at the recorded size, whatever its own size.
    w.resize(300, 200);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.view()->surface(), w.surface());
    QCOMPARE(w.surface()->size(), QSize(80, 24));
}

void TestTerminalReplay::timelineDragSeeks()
{
    TerminalReplayWidget w;
    QVERIFY(w.load(writeCast(m_dir.filePath(QStringLiteral("b.cast")))).ok());
    QVERIFY(w.idleCompression()); // on by default: the 100 s pause is one second on the timeline
    QCOMPARE(w.timeline()->maximum(), int(w.duration() * 1000));
    // Dragging the handle is a stream of value changes; the last one decides the screen.
    for (int v : {200, 1500, 2500})
        w.timeline()->setValue(v);
    QVERIFY2(screenText(*w.surface()).startsWith(QStringLiteral("second-screen")),
             qPrintable(screenText(*w.surface())));
    w.timeline()->setValue(w.timeline()->maximum());
    QVERIFY(screenText(*w.surface()).contains(QStringLiteral("last-line")));
    QCOMPARE(w.surface()->size(), QSize(100, 30)); // the recorded resize
    w.timeline()->setValue(600);
    QCOMPARE(w.surface()->size(), QSize(80, 24));
    QVERIFY(screenText(*w.surface()).contains(QStringLiteral("first-output")));

    // Recorded times are microseconds, the slider's are milliseconds: its end still shows the last output.
    QFile f(m_dir.filePath(QStringLiteral("c.cast")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 2, \"width\": 80, \"height\": 24}\n"
            "[0.500000, \"o\", \"$ \"]\n"
            "[2.000700, \"o\", \"typed-last\\r\\n\"]\n");
    f.close();
    QVERIFY(w.load(f.fileName()).ok());
    w.timeline()->setValue(w.timeline()->maximum());
    QVERIFY2(screenText(*w.surface()).contains(QStringLiteral("typed-last")), qPrintable(screenText(*w.surface())));
}

void TestTerminalReplay::playAtEightTimesReachesTheEnd()
{
    TerminalReplayWidget w;
    QVERIFY(w.load(writeCast(m_dir.filePath(QStringLiteral("c.cast")))).ok());
    w.setSpeed(8);
    QCOMPARE(w.findChild<QComboBox *>(QStringLiteral("replaySpeed"))->currentText(), QStringLiteral("8×"));
    // Compressed, the recording lasts ~4.5 s: at 8× about 0.6 s.
    w.play();
    QVERIFY(w.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isPlaying(), 5000);
    QCOMPARE(w.position(), w.duration());
    QVERIFY(screenText(*w.surface()).contains(QStringLiteral("last-line")));

    // Pause holds the moment.
    w.setSpeed(1);
    w.seek(0);
    w.play();
    QTRY_VERIFY_WITH_TIMEOUT(screenText(*w.surface()).contains(QStringLiteral("first-output")), 3000);
    w.pause();
    const double at = w.position();
    QTest::qWait(300);
    QCOMPARE(w.position(), at);
}

void TestTerminalReplay::idleTimeIsSkippedOnlyWhenAsked()
{
    TerminalReplayWidget w;
    QVERIFY(w.load(writeCast(m_dir.filePath(QStringLiteral("d.cast")))).ok());
    const double compressed = w.duration();
    QVERIFY2(compressed < 6, qPrintable(QString::number(compressed)));
    QVERIFY(w.jumpToMarker(QStringLiteral("Question 3")));
    w.setIdleCompression(false);
    QCOMPARE(w.duration(), 104.0);
    // The moment shown stays the same while the timeline stretches.
    QCOMPARE(w.position(), 3.0);
    QVERIFY(screenText(*w.surface()).startsWith(QStringLiteral("second-screen")));
    QCOMPARE(w.markers().constLast().position, 3.0);
}

void TestTerminalReplay::resultsPageReplaysAndExports()
{
    LabCatalog catalog = LabCatalog::load(LabCatalog::defaultRoots());
    const LabPack *lab = catalog.find(QStringLiteral("docker-basics-001"));
    QVERIFY(lab);
    ExamStore store;
    QVERIFY(store.openDefault());
    ExamAttempt a;
    a.labId = lab->info.id;
    a.mode = QStringLiteral("practice");
    const QString recorded = store.createAttempt(a)->id;
    const QString silent = store.createAttempt(a)->id;
    QVERIFY(!writeCast(recordingPath(recorded)).isEmpty());

    ResultsPage page;
    auto *replayButton = page.findChild<QPushButton *>(QStringLiteral("replayTerminal"));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportRecording"));
    QVERIFY(page.showAttempt(&store, *lab, silent));
    QVERIFY(!replayButton->isEnabled());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!page.exportRecording(m_dir.filePath(QStringLiteral("none.cast"))).ok());

    QVERIFY(page.showAttempt(&store, *lab, recorded));
    QVERIFY(replayButton->isEnabled() && exportButton->isEnabled());
    page.show();
    replayButton->click();
    QVERIFY(page.replay()->isVisible());
    QVERIFY(page.replay()->jumpToMarker(QStringLiteral("Question 3")));
    QVERIFY(screenText(*page.replay()->surface()).startsWith(QStringLiteral("second-screen")));

    const QString target = m_dir.filePath(QStringLiteral("exported.cast"));
    QVERIFY(page.exportRecording(target).ok());
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(kCast));
    QVERIFY(page.exportRecording(target).ok()); // replacing an earlier export
}

QTEST_MAIN(TestTerminalReplay)
#include "tst_terminalreplay.moc"
