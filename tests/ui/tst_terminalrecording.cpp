// The exam terminal's recording, made the way the app makes it (TerminalWindow against a real sshd): the file is
// asciicast v2 with the output, sizes and markers; keystrokes only when asked; it stops at its cap with a note;
// `asciinema play` shows the same final screen; and a killed app leaves a valid file that the next run continues.
#include "fixtures/remotesessionconfig.h"
#include "fixtures/terminalscreen.h"
#include "runtime/remote/terminalrecorder.h"
#include "runtime/remote/terminalrecording.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/terminalwindow.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace ckx;
using ckx::test::screenText;
using ckx::test::SshdFixture;

namespace {

bool screenHas(const TerminalSurface &s, const QString &text)
{
    return screenText(s).contains(text);
}

// The file read the way any asciicast v2 reader would: a JSON object, then one JSON array per line.
struct Parsed
{
    QJsonObject header;
    QList<QJsonArray> events;
    QString error;
    QString joined(const QString &type) const
    {
        QString all;
        for (const auto &e : events)
            if (e.at(1).toString() == type)
                all += e.at(2).toString();
        return all;
    }
    int count(const QString &type) const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [&](const QJsonArray &e) { return e.at(1).toString() == type; }));
    }
};

// Only complete lines count (a killed writer may leave half of one at the end).
Parsed parseCast(const QByteArray &bytes)
{
    Parsed p;
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast();
    if (lines.isEmpty()) {
        p.error = QStringLiteral("no header line");
        return p;
    }
    p.header = QJsonDocument::fromJson(lines.takeFirst()).object();
    if (p.header.value(u"version").toInt() != 2)
        p.error = QStringLiteral("header is not asciicast v2");
    double last = 0;
    for (const auto &line : lines) {
        QJsonParseError err{};
        const QJsonArray e = QJsonDocument::fromJson(line, &err).array();
        if (err.error != QJsonParseError::NoError || e.size() != 3 || !e.at(0).isDouble() || !e.at(2).isString()) {
            p.error = QStringLiteral("bad event line: ") + QString::fromUtf8(line.left(200));
            return p;
        }
        if (e.at(0).toDouble() < last) {
            p.error = QStringLiteral("time goes backwards at: ") + QString::fromUtf8(line.left(200));
            return p;
        }
        last = e.at(0).toDouble();
        p.events << e;
    }
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The child process of killedAppKeepsAValidRecording: records a busy shell until the test SIGKILLs it.
int recordUntilKilled(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList a = qEnvironmentVariable("CKX_TEST_RECORD_CHILD").split(u'|');
    SshShellSession::Config c;
    c.host = a.at(1);
    c.port = quint16(a.at(2).toUInt());
    c.user = a.at(3);
    c.identityFile = a.at(4);
    c.pinnedHostKey = a.at(5);
    TerminalWindow w;
    if (!w.startRecording(a.at(0), false, QStringLiteral("crash")).ok() || !w.start(c).ok())
        return 2;
    QObject::connect(w.session(), &SshShellSession::statusChanged, &w, [&w](const SshShellSession::Status &s) {
        if (s.state == SshShellSession::State::Connected)
            w.surface()->sendText(QStringLiteral("while :; do seq 1 2000; done\r"));
    });
    return app.exec();
}

} // namespace

class TestTerminalRecording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void recordsTheSessionAsAsciicast_data();
    void recordsTheSessionAsAsciicast();
    void stopsAtItsCapWithANote();
    void playsInAsciinemaWithTheSameFinalScreen();
    void killedAppKeepsAValidRecording();
    void unreadableRecordingIsAClearError();

private:
    SshdFixture m_sshd;
    QTemporaryDir m_dir;
};

void TestTerminalRecording::initTestCase()
{
    const auto r = m_sshd.start();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(m_dir.isValid());
}

void TestTerminalRecording::recordsTheSessionAsAsciicast_data()
{
    QTest::addColumn<bool>("keystrokes");
    QTest::newRow("keystrokes off (the default)") << false;
    QTest::newRow("keystrokes on") << true;
}

void TestTerminalRecording::recordsTheSessionAsAsciicast()
{
    QFETCH(bool, keystrokes);
    const QString path = m_dir.filePath(QStringLiteral("session-%1.cast").arg(keystrokes));
    {
        TerminalWindow w;
        QVERIFY(w.startRecording(path, keystrokes, QStringLiteral("lab-1")).ok());
        QVERIFY(w.start(ckx::test::sshConfigFor(m_sshd)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->status().state, SshShellSession::State::Connected, 10000);
        w.recorder()->mark(QStringLiteral("Question 1"));
        w.surface()->sendText(QStringLiteral("echo \"secret-typed $((6*7))\"\r"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(*w.surface(), QStringLiteral("secret-typed 42")),
                                  qPrintable(screenText(*w.surface())), 10000);
        w.surface()->resize(QSize(100, 30));
        w.surface()->sendText(QStringLiteral("stty size; printf '\\303\\251t\\303\\251 \\342\\234\\223\\n'\r"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(*w.surface(), QStringLiteral("été ✓")),
                                  qPrintable(screenText(*w.surface())), 10000);
    }
    const Parsed p = parseCast(readAll(path));
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.header.value(u"width").toInt(), 80);
    QCOMPARE(p.header.value(u"height").toInt(), 24);
    QCOMPARE(p.header.value(u"title").toString(), QStringLiteral("lab-1"));
    // What the learner saw: the command's output, the prompt, and the size the terminal took.
    const QString out = p.joined(QStringLiteral("o"));
    QVERIFY2(out.contains(QStringLiteral("secret-typed 42")), qPrintable(out.right(500)));
    QVERIFY2(out.contains(QStringLiteral("30 100")), qPrintable(out.right(500)));
    QVERIFY2(out.contains(QStringLiteral("été ✓")), qPrintable(out.right(500)));
    QCOMPARE(p.joined(QStringLiteral("r")), QStringLiteral("100x30"));
    QCOMPARE(p.joined(QStringLiteral("m")), QStringLiteral("Question 1"));
    if (keystrokes) {
        QVERIFY2(p.joined(QStringLiteral("i")).contains(QStringLiteral("echo \"secret-typed $((6*7))\"\r")),
                 qPrintable(p.joined(QStringLiteral("i"))));
    } else {
        QCOMPARE(p.count(QStringLiteral("i")), 0);
        // The echo of the command is output, but the typed bytes themselves never reach the file as input.
        QVERIFY(!readAll(path).contains("\"i\""));
    }
    // Our own reader agrees.
    auto rec = TerminalRecording::load(path);
    QVERIFY2(rec.ok(), qPrintable(rec.ok() ? QString() : rec.error().message));
    QCOMPARE(rec->markers().size(), 1);
    QCOMPARE(rec->markers().at(0).label, QStringLiteral("Question 1"));
}

void TestTerminalRecording::stopsAtItsCapWithANote()
{
    const QString path = m_dir.filePath(QStringLiteral("capped.cast"));
    TerminalWindow w;
    TerminalRecorder::Options o;
    o.maxBytes = 8 * 1024;
    QVERIFY(w.recorder()->open(path, w.surface()->size(), o).ok());
    QSignalSpy stopped(w.recorder(), &TerminalRecorder::stopped);
    QVERIFY(w.start(ckx::test::sshConfigFor(m_sshd)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.session()->status().state, SshShellSession::State::Connected, 10000);
    w.surface()->sendText(QStringLiteral("seq 1 20000\r"));
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    // The terminal itself keeps going: only the recording stopped.
    QTRY_VERIFY2_WITH_TIMEOUT(screenHas(*w.surface(), QStringLiteral("\n20000\n")),
                              qPrintable(screenText(*w.surface())), 10000);
    w.session()->stop();
    const QByteArray bytes = readAll(path);
    QVERIFY2(bytes.size() <= o.maxBytes, qPrintable(QString::number(bytes.size())));
    const Parsed p = parseCast(bytes);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const QString note = TerminalRecorder::capNote(o.maxBytes);
    QVERIFY2(note.contains(QStringLiteral("size limit of 8 kB")), qPrintable(note));
    QVERIFY2(p.events.constLast().at(2).toString().contains(note), qPrintable(p.events.constLast().at(2).toString()));
    QCOMPARE(stopped.at(0).at(0).toString(), note);
    QVERIFY(!p.joined(QStringLiteral("o")).contains(QStringLiteral("\n20000")));
}

void TestTerminalRecording::playsInAsciinemaWithTheSameFinalScreen()
{
    const QString path = m_dir.filePath(QStringLiteral("play.cast"));
    QString shown;
    {
        TerminalWindow w;
        QVERIFY(w.startRecording(path, false, QString()).ok());
        QVERIFY(w.start(ckx::test::sshConfigFor(m_sshd)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.session()->status().state, SshShellSession::State::Connected, 10000);
        w.recorder()->mark(QStringLiteral("Question 2")); // asciinema must skip markers
        w.surface()->sendText(
            QStringLiteral("clear; seq 1 40; printf '\\033[1;31mred\\033[0m wide: \\346\\227\\245 done-%s\\n' "
                           "$((40+2))\r"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenHas(*w.surface(), QStringLiteral("done-42")),
                                  qPrintable(screenText(*w.surface())), 10000);
        QTest::qWait(200); // the prompt after it
        shown = screenText(*w.surface());
    }
    // asciinema writes to a terminal: give it a pty (util-linux script) without output post-processing, so the
    // bytes it plays reach us as it wrote them.
    QProcess play;
    play.setProgram(QStringLiteral("script"));
    play.setArguments({QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"),
                       QStringLiteral("stty -opost cols 80 rows 24; asciinema play -s 100 -i 0.05 '%1'").arg(path),
                       QStringLiteral("/dev/null")});
    play.setStandardInputFile(QProcess::nullDevice());
    play.start();
    QVERIFY2(play.waitForFinished(30000), "asciinema play did not finish in 30 s");
    QVERIFY2(play.exitCode() == 0, play.readAllStandardError().constData());
    TerminalSurface replayed(QSize(80, 24));
    replayed.feed(play.readAllStandardOutput());
    QCOMPARE(screenText(replayed), shown);
}

void TestTerminalRecording::killedAppKeepsAValidRecording()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.cast"));
    const auto c = ckx::test::sshConfigFor(m_sshd);
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CKX_TEST_RECORD_CHILD"),
               QStringList{path, c.host, QString::number(c.port), c.user, c.identityFile, c.pinnedHostKey}.join(u'|'));
    child.setProcessEnvironment(env);
    child.start();
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 200 * 1024, 20000);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    const QByteArray bytes = readAll(path);
    const Parsed p = parseCast(bytes);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QVERIFY(p.count(QStringLiteral("o")) > 10);
    QVERIFY(p.joined(QStringLiteral("o")).contains(QStringLiteral("\r\n1999\r\n2000\r\n")));

    // The app starts again and resumes the attempt: the recording goes on in the same file, still valid.
    const double before = p.events.constLast().at(0).toDouble();
    {
        TerminalRecorder again;
        QVERIFY(again.open(path, QSize(80, 24), TerminalRecorder::Options{}).ok());
        again.recordOutput("after the restart\r\n");
    }
    const Parsed q = parseCast(readAll(path));
    QVERIFY2(q.error.isEmpty(), qPrintable(q.error));
    QVERIFY(readAll(path).endsWith("\n"));
    QVERIFY(q.events.size() >= p.events.size() + 2);
    QCOMPARE(q.events.constLast().at(2).toString(), QStringLiteral("after the restart\r\n"));
    QVERIFY(q.events.constLast().at(0).toDouble() >= before);
    QCOMPARE(q.events.at(q.events.size() - 2).at(2).toString(), QStringLiteral("Resumed"));
}

void TestTerminalRecording::unreadableRecordingIsAClearError()
{
    const QString path = m_dir.filePath(QStringLiteral("notacast.cast"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 2, \"width\": 80, \"height\": 24}\n[0.5, \"o\", \"ok\"]\nnot json\n[1.0, \"o\", \"x\"]\n");
    f.close();
    auto rec = TerminalRecording::load(path);
    QVERIFY(!rec.ok());
    QVERIFY2(rec.error().message.contains(path) && rec.error().message.contains(QStringLiteral("line 3")),
             qPrintable(rec.error().message));
    // The recorder refuses to append to it rather than make it worse.
    TerminalRecorder r;
    auto opened = r.open(path, QSize(80, 24), TerminalRecorder::Options{});
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("move the file away")), qPrintable(opened.error().message));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("CKX_TEST_RECORD_CHILD"))
        return recordUntilKilled(argc, argv);
    QApplication app(argc, argv);
    TestTerminalRecording t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_terminalrecording.moc"
