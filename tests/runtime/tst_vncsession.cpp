// VncSession against a real Xtigervnc started by XvncFixture: frames, password handling, keyboard, pointer,
// clipboard, desktop resize, server restart and shutdown, each checked on the server side with X clients.

#include "fixtures/remotesessionconfig.h"
#include "runtime/remote/vncframesurface.h"
#include "runtime/remote/vnckeymap.h"
#include "runtime/remote/vncsession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

#include <sys/stat.h>

using namespace ckx;
using ckx::test::XvncFixture;
using ckx::test::vncConfigFor;

namespace {

// Rebuilds the desktop image the way a view does, and remembers which pixels have arrived since (re)connect.
class FrameSink : public QObject
{
public:
    explicit FrameSink(VncSession &session)
    {
        connect(&session, &VncSession::frameResized, this, [this](QSize size) {
            frame = QImage(size, QImage::Format_RGB32);
            frame.fill(Qt::black);
            received = QRegion();
        });
        connect(&session, &VncSession::frameUpdated, this, [this, &session](const QRegion &region) {
            frame = session.frame().snapshot();
            received += region;
            ++updates;
        });
    }
    bool complete() const { return !frame.isNull() && (QRegion(frame.rect()) - received).isEmpty(); }
    QByteArray describe() const
    {
        const QRect box = received.boundingRect();
        return QStringLiteral("%1 updates, frame %2x%3, received %4 rects within %5,%6 %7x%8")
            .arg(updates)
            .arg(frame.width())
            .arg(frame.height())
            .arg(received.rectCount())
            .arg(box.x())
            .arg(box.y())
            .arg(box.width())
            .arg(box.height())
            .toLatin1();
    }
    void reset() { received = QRegion(); }
    /// How many of the four corners and the centre show `colour`.
    int matching(const QColor &colour) const
    {
        int n = 0;
        for (const QPoint p : {QPoint(0, 0), QPoint(frame.width() - 1, 0), QPoint(0, frame.height() - 1),
                               QPoint(frame.width() - 1, frame.height() - 1), QPoint(frame.width() / 2, frame.height() / 2)})
            n += QColor(frame.pixel(p)) == colour ? 1 : 0;
        return n;
    }

    QImage frame;
    QRegion received;
    int updates = 0;
};

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestVncSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void keymap_data();
    void keymap();
    void passwordFile_data();
    void passwordFile();

    void firstFrame_data();
    void firstFrame();
    void encodingsDrawTheSameDesktop();
    void compressionFollowsTheHost_data();
    void compressionFollowsTheHost();
    void wrongPasswordIsRefused();
    void unreachableServerIsNamed();
    void typedTextReachesXterm_data();
    void typedTextReachesXterm();
    void keyEventsReachXterm();
    void pointerAndClicksLand_data();
    void pointerAndClicksLand();
    void wheelSendsButtons4And5();
    void clipboardToServer();
    void clipboardFromServer();
    void desktopResizeFollows();
    void stopIsBounded();
    void serverRestartRecovers();

private:
    XvncFixture m_server;
};

void TestVncSession::initTestCase()
{
    const auto started = m_server.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
}

void TestVncSession::cleanup()
{
    // Each test leaves a clean desktop: no xterm, xclip or xev from the previous one.
    if (!m_server.isRunning()) {
        const auto restarted = m_server.restart();
        QVERIFY2(restarted.ok(), qPrintable(restarted ? QString() : restarted.error().message));
    }
}

void TestVncSession::keymap_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("native");
    QTest::addColumn<quint32>("keysym");

    const int none = Qt::NoModifier;
    QTest::newRow("letter") << int(Qt::Key_A) << none << QStringLiteral("a") << 0u << 0x61u;
    QTest::newRow("shifted letter") << int(Qt::Key_A) << int(Qt::ShiftModifier) << QStringLiteral("A") << 0u << 0x41u;
    QTest::newRow("ctrl+c sends c, not ETX") << int(Qt::Key_C) << int(Qt::ControlModifier) << QStringLiteral("\x03")
                                             << 0u << 0x63u;
    QTest::newRow("ctrl+shift+c") << int(Qt::Key_C) << int(Qt::ControlModifier | Qt::ShiftModifier)
                                  << QString() << 0u << 0x43u;
    QTest::newRow("german altgr+q is @") << int(Qt::Key_Q) << int(Qt::GroupSwitchModifier) << QStringLiteral("@")
                                         << 0u << 0x40u;
    QTest::newRow("french é key") << int(Qt::Key_Eacute) << none << QStringLiteral("é") << 0u << 0xe9u;
    QTest::newRow("euro is a unicode keysym") << int(Qt::Key_currency) << none << QStringLiteral("€") << 0u
                                              << 0x010020acu;
    QTest::newRow("cyrillic") << 0x0436 << none << QStringLiteral("ж") << 0u << 0x01000436u;
    QTest::newRow("dead acute") << int(Qt::Key_Dead_Acute) << none << QString() << 0u << 0xfe51u;
    QTest::newRow("dead circumflex") << int(Qt::Key_Dead_Circumflex) << none << QString() << 0u << 0xfe52u;
    QTest::newRow("escape") << int(Qt::Key_Escape) << none << QStringLiteral("\x1b") << 0u << 0xff1bu;
    QTest::newRow("return") << int(Qt::Key_Return) << none << QStringLiteral("\r") << 0u << 0xff0du;
    QTest::newRow("keypad enter") << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << QStringLiteral("\r") << 0u
                                  << 0xff8du;
    QTest::newRow("keypad 7") << int(Qt::Key_7) << int(Qt::KeypadModifier) << QStringLiteral("7") << 0u << 0xffb7u;
    QTest::newRow("keypad home (numlock off)") << int(Qt::Key_Home) << int(Qt::KeypadModifier) << QString() << 0u
                                               << 0xff95u;
    QTest::newRow("F1") << int(Qt::Key_F1) << none << QString() << 0u << 0xffbeu;
    QTest::newRow("F12") << int(Qt::Key_F12) << none << QString() << 0u << 0xffc9u;
    QTest::newRow("left arrow") << int(Qt::Key_Left) << none << QString() << 0u << 0xff51u;
    QTest::newRow("control") << int(Qt::Key_Control) << none << QString() << 0u << 0xffe3u;
    QTest::newRow("alt") << int(Qt::Key_Alt) << none << QString() << 0u << 0xffe9u;
    QTest::newRow("altgr") << int(Qt::Key_AltGr) << none << QString() << 0u << 0xfe03u;
    QTest::newRow("super") << int(Qt::Key_Meta) << none << QString() << 0u << 0xffebu;
    QTest::newRow("X11 keysym wins") << int(Qt::Key_A) << none << QStringLiteral("a") << 0xfe51u << 0xfe51u;
}

void TestVncSession::keymap()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(quint32, native);
    QFETCH(quint32, keysym);
    QCOMPARE(VncKeymap::keysymForKey(key, Qt::KeyboardModifiers(modifiers), text, native), keysym);
}

void TestVncSession::passwordFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("error");

    QTest::newRow("plain, 0600") << QByteArray("s3cret\n") << 0600 << QByteArray("s3cret") << QString();
    QTest::newRow("no newline") << QByteArray("s3cret") << 0600 << QByteArray("s3cret") << QString();
    QTest::newRow("world readable") << QByteArray("s3cret\n") << 0644 << QByteArray() << QStringLiteral("expected mode 0600");
    QTest::newRow("empty") << QByteArray("\n") << 0600 << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("missing") << QByteArray() << -1 << QByteArray() << QStringLiteral("does not exist");
}

void TestVncSession::passwordFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(QByteArray, password);
    QFETCH(QString, error);

    const QString path = m_server.tempPath(QStringLiteral("pwtest-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (mode >= 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
    }
    const auto result = VncSession::readPasswordFile(path);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, password);
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(path), "the message names the file");
    }
}

void TestVncSession::firstFrame_data()
{
    QTest::addColumn<QString>("colour");
    QTest::newRow("steel blue") << QStringLiteral("#336699");
    QTest::newRow("red") << QStringLiteral("#ff0000");
    QTest::newRow("mint") << QStringLiteral("#c0ffee");
}

void TestVncSession::firstFrame()
{
    QFETCH(QString, colour);
    QVERIFY(m_server.setRootColour(colour).ok());

    VncSession session(vncConfigFor(m_server));
    FrameSink sink(session);
    QSignalSpy states(&session, &VncSession::stateChanged);
    session.start();
    QTRY_VERIFY2_WITH_TIMEOUT(sink.complete(), sink.describe().constData(), 5000);
    QCOMPARE(session.state(), VncSession::State::Connected);
    QCOMPARE(sink.frame.size(), QSize(1280, 800));
    QCOMPARE(session.frameSize(), QSize(1280, 800));
    // Xtigervnc may draw its pointer into the frame (at most one of these points).
    QVERIFY2(sink.matching(QColor(colour)) >= 4, sink.describe().constData());
    QVERIFY(states.size() >= 2); // connecting, connected
}

void TestVncSession::encodingsDrawTheSameDesktop()
{
    // Each encoding reaches the picture by another path: Raw and Tight's rectangles through libvncclient's bitmap
    // hook, solid areas through its fill hook, ZRLE partly straight into the decoder's framebuffer, scrolling
    // through CopyRect. All of them, connected while coloured text scrolls, end on the same picture.
    QVERIFY(m_server.setRootColour(QStringLiteral("#336699")).ok());
    const QStringList encodings = {QStringLiteral("raw"), QStringLiteral("tight copyrect"),
                                   QStringLiteral("zrle copyrect"), QStringLiteral("hextile copyrect")};
    std::vector<std::unique_ptr<VncSession>> sessions;
    std::vector<std::unique_ptr<FrameSink>> sinks;
    for (const QString &encoding : encodings) {
        VncSessionConfig config = vncConfigFor(m_server);
        config.encodings = encoding;
        sessions.push_back(std::make_unique<VncSession>(config));
        sinks.push_back(std::make_unique<FrameSink>(*sessions.back()));
        sessions.back()->start();
    }
    for (const auto &sink : sinks)
        QTRY_VERIFY2_WITH_TIMEOUT(sink->complete(), sink->describe().constData(), 5000);
    auto xterm = m_server.startXterm(
        QStringLiteral("for i in $(seq 1 90); do printf '\\033[3%dmline %d of the encodings test\\033[0m\\n' "
                       "$((i % 7 + 1)) $i; sleep 0.01; done; echo done; sleep 60"),
        QStringLiteral("90x30+40+30"));
    QVERIFY2(xterm, xterm ? "" : qPrintable(xterm.error().message));
    // Settled: every client's picture equals the Raw client's, pixel for pixel.
    auto differing = [&](size_t i) {
        const QImage &a = sinks[0]->frame, &b = sinks[i]->frame;
        if (a.size() != b.size())
            return qint64(a.width()) * a.height();
        qint64 n = 0;
        for (int y = 0; y < a.height(); ++y) {
            const auto *pa = reinterpret_cast<const quint32 *>(a.constScanLine(y));
            const auto *pb = reinterpret_cast<const quint32 *>(b.constScanLine(y));
            for (int x = 0; x < a.width(); ++x)
                n += pa[x] != pb[x] ? 1 : 0;
        }
        return n;
    };
    QTest::qWait(1500); // the text has scrolled by then
    for (size_t i = 1; i < sinks.size(); ++i)
        QTRY_VERIFY2_WITH_TIMEOUT(differing(i) == 0,
                                  qPrintable(QStringLiteral("%1: %2 pixels differ from raw")
                                                 .arg(encodings.at(int(i)))
                                                 .arg(differing(i))),
                                  10'000);
    // And that picture has the scrolled coloured text on it, not only the background.
    int textPixels = 0;
    for (int y = 30; y < 400; ++y)
        for (int x = 40; x < 600; ++x)
            textPixels += QColor(sinks[0]->frame.pixel(x, y)) != QColor(Qt::white)
                && QColor(sinks[0]->frame.pixel(x, y)) != QColor(QStringLiteral("#336699"));
    QVERIFY2(textPixels > 1000, qPrintable(QString::number(textPixels)));
    m_server.stopClients();
}

void TestVncSession::compressionFollowsTheHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("used");
    // The exam desktop is always reached through Docker's port on 127.0.0.1: no zlib; a remote Docker host: level 1.
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << VncSessionConfig::kAutomaticCompress << 0;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << VncSessionConfig::kAutomaticCompress << 0;
    QTest::newRow("::1") << QStringLiteral("::1") << VncSessionConfig::kAutomaticCompress << 0;
    QTest::newRow("localhost") << QStringLiteral("LocalHost") << VncSessionConfig::kAutomaticCompress << 0;
    QTest::newRow("remote engine") << QStringLiteral("10.0.0.7") << VncSessionConfig::kAutomaticCompress << 1;
    QTest::newRow("remote name") << QStringLiteral("docker.example") << VncSessionConfig::kAutomaticCompress << 1;
    QTest::newRow("asked for, loopback") << QStringLiteral("127.0.0.1") << 6 << 6;
    QTest::newRow("out of range") << QStringLiteral("10.0.0.7") << 12 << 9;
}

void TestVncSession::compressionFollowsTheHost()
{
    QFETCH(QString, host);
    QFETCH(int, asked);
    QFETCH(int, used);
    VncSessionConfig config;
    config.host = host;
    config.compressLevel = asked;
    QCOMPARE(config.effectiveCompressLevel(), used);
}

void TestVncSession::wrongPasswordIsRefused()
{
    VncSessionConfig config = vncConfigFor(m_server);
    config.password = "not-it";
    VncSession session(config);
    FrameSink sink(session);
    QSignalSpy states(&session, &VncSession::stateChanged);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::AuthFailed, 5000);
    QVERIFY2(session.stateMessage().contains(QStringLiteral("refused the password")), qPrintable(session.stateMessage()));
    QVERIFY2(session.stateMessage().contains(session.endpoint()), "the message names the server");
    QVERIFY(!session.stateMessage().contains(QStringLiteral("not-it")));
    // It does not keep hammering the server with the wrong password.
    const qsizetype transitions = states.size();
    QTest::qWait(1500);
    QCOMPARE(states.size(), transitions);
    QCOMPARE(sink.updates, 0);

    // And the server still takes the right password afterwards.
    VncSession good(vncConfigFor(m_server));
    FrameSink goodSink(good);
    good.start();
    QTRY_VERIFY_WITH_TIMEOUT(goodSink.complete(), 5000);
}

void TestVncSession::unreachableServerIsNamed()
{
    VncSessionConfig config = vncConfigFor(m_server);
    config.port = quint16(m_server.port() == 1 ? 2 : 1); // nothing listens on a privileged low port here
    config.reconnect = false;
    VncSession session(config);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.stateMessage().contains(QStringLiteral("Could not reach")), 8000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Disconnected, 8000);
    QVERIFY2(session.stateMessage().contains(session.endpoint()), qPrintable(session.stateMessage()));
}

void TestVncSession::typedTextReachesXterm_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lower case") << QStringLiteral("hello world");
    QTest::newRow("shifted symbols") << QStringLiteral("ABC !@#$%^&*()_+{}|:\"<>?~");
    QTest::newRow("latin-1") << QStringLiteral("Grüße, café, naïve");
    QTest::newRow("beyond latin-1") << QStringLiteral("€ ж ✓");
}

void TestVncSession::typedTextReachesXterm()
{
    QFETCH(QString, text);
    const QString out = m_server.tempPath(QStringLiteral("typed-%1.txt").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_'));
    const auto xterm = m_server.startXterm(QStringLiteral("stty -echo; cat > '%1'").arg(out));
    QVERIFY2(xterm.ok(), qPrintable(xterm ? QString() : xterm.error().message));

    VncSession session(vncConfigFor(m_server));
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 5000);
    session.typeText(text + u'\n');
    QTRY_COMPARE_WITH_TIMEOUT(readFile(out), text + u'\n', 5000);
    m_server.stopClients();
}

void TestVncSession::keyEventsReachXterm()
{
    // What a view sends for key presses, through the keymap: "ls", BackSpace, "s -a", Return.
    const QString out = m_server.tempPath(QStringLiteral("keys.txt"));
    const auto xterm = m_server.startXterm(QStringLiteral("stty -echo; cat > '%1'").arg(out));
    QVERIFY2(xterm.ok(), qPrintable(xterm ? QString() : xterm.error().message));
    VncSession session(vncConfigFor(m_server));
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 5000);
    const struct
    {
        int key;
        Qt::KeyboardModifiers mods;
        QString text;
    } keys[] = {{Qt::Key_L, Qt::NoModifier, QStringLiteral("l")},     {Qt::Key_X, Qt::NoModifier, QStringLiteral("x")},
                {Qt::Key_Backspace, Qt::NoModifier, QString()},       {Qt::Key_S, Qt::NoModifier, QStringLiteral("s")},
                {Qt::Key_Space, Qt::NoModifier, QStringLiteral(" ")}, {Qt::Key_Minus, Qt::NoModifier, QStringLiteral("-")},
                {Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A")},  {Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r")}};
    const quint32 shift = VncKeymap::keysymForKey(Qt::Key_Shift, Qt::NoModifier, QString());
    for (const auto &k : keys) {
        const quint32 sym = VncKeymap::keysymForKey(k.key, k.mods, k.text);
        if (k.mods & Qt::ShiftModifier)
            session.sendKey(shift, true);
        session.sendKey(sym, true);
        session.sendKey(sym, false);
        if (k.mods & Qt::ShiftModifier)
            session.sendKey(shift, false);
    }
    QTRY_COMPARE_WITH_TIMEOUT(readFile(out), QStringLiteral("ls -A\n"), 5000);
    m_server.stopClients();
}

void TestVncSession::pointerAndClicksLand_data()
{
    QTest::addColumn<QPoint>("pos");
    QTest::addColumn<int>("mask");
    QTest::addColumn<int>("button");
    QTest::newRow("left near origin") << QPoint(3, 5) << 1 << 1;
    QTest::newRow("middle centre") << QPoint(640, 400) << 2 << 2;
    QTest::newRow("right far corner") << QPoint(1279, 799) << 4 << 3;
}

void TestVncSession::pointerAndClicksLand()
{
    QFETCH(QPoint, pos);
    QFETCH(int, mask);
    QFETCH(int, button);
    const auto xev = m_server.startRootEventLog();
    QVERIFY2(xev.ok(), qPrintable(xev ? QString() : xev.error().message));

    VncSession session(vncConfigFor(m_server));
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 5000);
    session.sendPointer(pos, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.pointerLocation().valueOr(QPoint(-1, -1)), pos, 5000);
    session.sendPointer(pos, mask);
    session.sendPointer(pos, 0);
    QByteArray log;
    const QByteArray expected = QStringLiteral("(%1,%2), root:(%1,%2)").arg(pos.x()).arg(pos.y()).toLatin1();
    QTRY_VERIFY_WITH_TIMEOUT((log += (*xev)->readAllStandardOutput()).contains("ButtonRelease"), 5000);
    QVERIFY2(log.contains("ButtonPress"), log.constData());
    QVERIFY2(log.contains(expected), log.constData());
    QVERIFY2(log.contains(QStringLiteral("button %1,").arg(button).toLatin1()), log.constData());
    m_server.stopClients();
}

void TestVncSession::wheelSendsButtons4And5()
{
    const auto xev = m_server.startRootEventLog();
    QVERIFY2(xev.ok(), qPrintable(xev ? QString() : xev.error().message));
    VncSession session(vncConfigFor(m_server));
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 5000);
    session.sendWheel(QPoint(100, 100), 0, 2);  // two notches up
    session.sendWheel(QPoint(100, 100), 0, -1); // one down
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += (*xev)->readAllStandardOutput()).count("ButtonRelease") >= 3, 5000);
    QCOMPARE(log.count("button 4,"), 4); // press + release, twice
    QCOMPARE(log.count("button 5,"), 2);
    m_server.stopClients();
}

void TestVncSession::clipboardToServer()
{
    VncSession session(vncConfigFor(m_server));
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 5000);
    const QString text = QStringLiteral("kubectl get pods -A # café");
    session.setClientClipboard(text);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.clipboardText().valueOr(QString()), text, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.clipboardText(QStringLiteral("primary")).valueOr(QString()), text, 5000);
}

void TestVncSession::clipboardFromServer()
{
    VncSession session(vncConfigFor(m_server));
    QSignalSpy clipboard(&session, &VncSession::serverClipboardChanged);
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 5000);
    const QString text = QStringLiteral("copied on the desktop: naïve");
    QVERIFY(m_server.setClipboardText(text).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!clipboard.isEmpty() && clipboard.last().at(0).toString() == text, 5000);
    m_server.stopClients();
}

void TestVncSession::desktopResizeFollows()
{
    VncSession session(vncConfigFor(m_server));
    FrameSink sink(session);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(sink.complete(), 5000);
    QVERIFY(m_server.setRootColour(QStringLiteral("#208020")).ok());
    const auto resized = m_server.run(QStringLiteral("xrandr"), {QStringLiteral("-s"), QStringLiteral("1024x768")});
    QVERIFY2(resized.ok(), qPrintable(resized ? QString() : resized.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(sink.frame.size(), QSize(1024, 768), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(sink.complete(), 5000);
    QCOMPARE(session.frameSize(), QSize(1024, 768));
    QVERIFY2(sink.matching(QColor(QStringLiteral("#208020"))) >= 4, sink.describe().constData());
    m_server.stop(); // the next test wants 1280x800 again
}

void TestVncSession::stopIsBounded()
{
    {
        VncSession session(vncConfigFor(m_server));
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 5000);
        QElapsedTimer timer;
        timer.start();
        session.stop();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(session.state(), VncSession::State::Disconnected);
    }
    {
        // While waiting to reconnect to a server that is gone.
        VncSessionConfig config = vncConfigFor(m_server);
        config.port = 1;
        config.maxBackoffMs = 60000;
        VncSession session(config);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Reconnecting, 5000);
        QElapsedTimer timer;
        timer.start();
        session.stop();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }
}

void TestVncSession::serverRestartRecovers()
{
    QVERIFY(m_server.setRootColour(QStringLiteral("#112233")).ok());
    VncSession session(vncConfigFor(m_server));
    FrameSink sink(session);
    QSignalSpy states(&session, &VncSession::stateChanged);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(sink.complete(), 5000);

    const auto restarted = m_server.restart();
    QVERIFY2(restarted.ok(), qPrintable(restarted ? QString() : restarted.error().message));
    QVERIFY(m_server.setRootColour(QStringLiteral("#445566")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(states.cbegin(), states.cend(),
                    [](const QList<QVariant> &args) {
                        return args.at(0).value<VncSession::State>() == VncSession::State::Reconnecting;
                    }),
        5000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), VncSession::State::Connected, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sink.complete() && sink.matching(QColor(QStringLiteral("#445566"))) >= 4, 10000);
}

QTEST_GUILESS_MAIN(TestVncSession)
#include "tst_vncsession.moc"
