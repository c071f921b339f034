// SshShellSession against a real OpenSSH server on loopback (tests/fixtures/sshdfixture), its output fed to a
// TerminalSurface: what the candidate would see on screen.
#include "fixtures/remotesessionconfig.h"
#include "fixtures/terminalscreen.h"
#include "runtime/remote/sshshellsession.h"
#include "runtime/remote/terminalsurface.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ckx;
using ckx::test::screenText;
using ckx::test::SshdFixture;

namespace {

bool screenHasLine(const TerminalSurface &s, const QString &lineText)
{
    for (int r = 0; r < s.rows(); ++r)
        if (s.lineText(s.screenTop() + r) == lineText)
            return true;
    return false;
}

// One shell: session + surface joined the way the app joins them.
struct Shell
{
    QList<SshShellSession::State> states;
    TerminalSurface surface{QSize(80, 24)};
    SshShellSession session;

    Shell()
    {
        surface.setWriter([this](const QByteArray &b) { session.write(b); });
        QObject::connect(&session, &SshShellSession::output, &surface, &TerminalSurface::feed);
        QObject::connect(&session, &SshShellSession::statusChanged, &surface,
                         [this](const SshShellSession::Status &st) { states << st.state; });
    }
    void type(const QByteArray &line) { session.write(line + '\r'); }
};

} // namespace

class TestSshShellSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectsAndRunsACommand_data();
    void connectsAndRunsACommand();
    void resizeFollowsInSttySize();
    void alternateScreenAppAndBack();
    void terminalQueryIsAnswered();
    void largeWriteArrivesWhole();
    void hostKeyMismatchIsRefused_data();
    void hostKeyMismatchIsRefused();
    void droppedConnectionIsRecovered();
    void restartedServerIsReconnected();
    void shellExitIsReportedAndReconnectable();
    void badConfigIsRejectedWithClearMessage_data();
    void badConfigIsRejectedWithClearMessage();
    void stopIsBounded();

private:
    SshShellSession::Config config() const;
    SshdFixture m_sshd;
};

void TestSshShellSession::initTestCase()
{
    const auto r = m_sshd.start();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
}

SshShellSession::Config TestSshShellSession::config() const
{
    SshShellSession::Config c = ckx::test::sshConfigFor(m_sshd);
    c.terminalSize = QSize(80, 24);
    c.reconnectInitialDelayMs = 100;
    return c;
}

void TestSshShellSession::connectsAndRunsACommand_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("keyBytes");
    QTest::newRow("pinned fingerprint, key file") << QStringLiteral("fingerprint") << false;
    QTest::newRow("pinned key line, key bytes") << QStringLiteral("line") << true;
}

void TestSshShellSession::connectsAndRunsACommand()
{
    QFETCH(QString, pin);
    QFETCH(bool, keyBytes);
    Shell sh;
    auto c = config();
    if (pin == QLatin1String("line"))
        c.pinnedHostKey = m_sshd.hostKeyLine();
    if (keyBytes) {
        QFile f(c.identityFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        c.identityKey = f.readAll();
        c.identityFile.clear();
    }
    QVERIFY(sh.session.start(c).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    sh.type("echo \"TERM=$TERM answer=$((6*7))\"");
    QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("TERM=xterm-256color answer=42")),
                              qPrintable(screenText(sh.surface)), 10000);
    QCOMPARE(sh.session.presentedHostKey(), m_sshd.hostKeyFingerprint());
}

void TestSshShellSession::resizeFollowsInSttySize()
{
    Shell sh;
    QVERIFY(sh.session.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    sh.type("stty size");
    QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("24 80")), qPrintable(screenText(sh.surface)),
                              10000);
    sh.surface.resize(QSize(132, 40));
    sh.session.resize(132, 40);
    sh.type("stty size");
    QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("40 132")), qPrintable(screenText(sh.surface)),
                              10000);
}

void TestSshShellSession::alternateScreenAppAndBack()
{
    Shell sh;
    QVERIFY(sh.session.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    sh.type("echo before-less");
    QTRY_VERIFY_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("before-less")), 10000);
    sh.type("seq 1000 1100 | less");
    QTRY_VERIFY2_WITH_TIMEOUT(sh.surface.altScreen() && screenHasLine(sh.surface, QStringLiteral("1000")),
                              qPrintable(screenText(sh.surface)), 10000);
    QVERIFY(!screenHasLine(sh.surface, QStringLiteral("before-less")));
    sh.session.write("q");
    QTRY_VERIFY2_WITH_TIMEOUT(!sh.surface.altScreen() && screenHasLine(sh.surface, QStringLiteral("before-less")),
                              qPrintable(screenText(sh.surface)), 10000);
    QVERIFY(!screenHasLine(sh.surface, QStringLiteral("1000")));
}

void TestSshShellSession::terminalQueryIsAnswered()
{
    // The remote program asks for device attributes and waits up to 3 s for the reply, like vttest does.
    Shell sh;
    QVERIFY(sh.session.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    sh.type("stty -echo; printf '\\033[c'; IFS= read -rs -d c -t 3 reply; stty echo; "
            "echo \"DA-reply:${reply#?}c\"");
    QTRY_VERIFY2_WITH_TIMEOUT(screenText(sh.surface).contains(QStringLiteral("DA-reply:[?")),
                              qPrintable(screenText(sh.surface)), 10000);
}

void TestSshShellSession::largeWriteArrivesWhole()
{
    // 1 MB is more than the SSH window: the worker must wait for window adjusts, not drop or block.
    Shell sh;
    QVERIFY(sh.session.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    const QString file = m_sshd.directory() + QStringLiteral("/paste.bin");
    // The shell says when the tty is in non-canonical mode; only then does the blob go (to head, not to bash).
    sh.type("stty -icanon -echo; echo READY\"\"-FOR-BLOB; head -c 1000000 > " + file.toUtf8() +
            "; stty sane; echo \"got $(wc -c < " + file.toUtf8() + ")\"");
    QTRY_VERIFY_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("READY-FOR-BLOB")), 10000);
    QByteArray blob;
    for (int i = 0; blob.size() < 1000000; ++i)
        blob += QByteArray::number(i).rightJustified(9, '0') + '\n';
    sh.session.write(blob.left(1000000));
    QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("got 1000000")),
                              qPrintable(screenText(sh.surface)), 30000);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), blob.left(1000000));
}

void TestSshShellSession::hostKeyMismatchIsRefused_data()
{
    QTest::addColumn<bool>("asLine");
    QTest::newRow("other fingerprint") << false;
    QTest::newRow("other key line") << true;
}

void TestSshShellSession::hostKeyMismatchIsRefused()
{
    QFETCH(bool, asLine);
    Shell sh;
    QByteArray output;
    connect(&sh.session, &SshShellSession::output, this, [&](const QByteArray &b) { output += b; });
    auto c = config();
    c.pinnedHostKey = asLine ? m_sshd.otherHostKeyLine() : m_sshd.otherHostKeyFingerprint();
    QVERIFY(sh.session.start(c).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::HostKeyMismatch, 10000);
    const QString msg = sh.session.status().message;
    QVERIFY2(msg.contains(m_sshd.hostKeyFingerprint()) && msg.contains(m_sshd.otherHostKeyFingerprint()) &&
                 msg.contains(QString::number(m_sshd.port())),
             qPrintable(msg));
    QTest::qWait(500); // never retried, never logged in
    QCOMPARE(sh.session.status().state, SshShellSession::State::HostKeyMismatch);
    QVERIFY(!sh.states.contains(SshShellSession::State::Connected));
    QVERIFY(!sh.states.contains(SshShellSession::State::Reconnecting));
    QVERIFY(output.isEmpty());
}

void TestSshShellSession::droppedConnectionIsRecovered()
{
    Shell sh;
    QVERIFY(sh.session.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    sh.type("echo first-$((1+1))");
    QTRY_VERIFY_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("first-2")), 10000);
    QVERIFY(m_sshd.dropConnections() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(sh.states.contains(SshShellSession::State::Reconnecting), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 15000);
    sh.type("echo second-$((2+2))");
    QTRY_VERIFY2_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("second-4")), qPrintable(screenText(sh.surface)),
                              10000);
}

void TestSshShellSession::restartedServerIsReconnected()
{
    Shell sh;
    QVERIFY(sh.session.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    m_sshd.dropConnections();
    m_sshd.stop(); // nothing listens for a while: attempts fail and back off
    QTRY_VERIFY_WITH_TIMEOUT(
        sh.session.status().state == SshShellSession::State::Reconnecting && sh.session.status().attempt >= 2, 15000);
    QVERIFY(sh.session.status().delayMs > 100); // backoff grows
    QVERIFY(m_sshd.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 20000);
    sh.type("echo back-again");
    QTRY_VERIFY_WITH_TIMEOUT(screenHasLine(sh.surface, QStringLiteral("back-again")), 10000);
}

void TestSshShellSession::shellExitIsReportedAndReconnectable()
{
    Shell sh;
    QVERIFY(sh.session.start(config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
    sh.type("exit 3");
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Disconnected, 10000);
    QVERIFY2(sh.session.status().message.contains(QStringLiteral("status 3")), qPrintable(sh.session.status().message));
    sh.session.reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(sh.session.status().state, SshShellSession::State::Connected, 10000);
}

void TestSshShellSession::badConfigIsRejectedWithClearMessage_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing key file") << QStringLiteral("identityFile") << QStringLiteral("/nonexistent/key")
                                      << QStringLiteral("/nonexistent/key");
    QTest::newRow("garbage pin") << QStringLiteral("pinnedHostKey") << QStringLiteral("not-a-key")
                                 << QStringLiteral("pinnedHostKey");
    QTest::newRow("short fingerprint") << QStringLiteral("pinnedHostKey") << QStringLiteral("SHA256:abc")
                                       << QStringLiteral("43 base64");
    QTest::newRow("no pin") << QStringLiteral("pinnedHostKey") << QString() << QStringLiteral("no pinned host key");
}

void TestSshShellSession::badConfigIsRejectedWithClearMessage()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    auto c = config();
    if (field == QLatin1String("identityFile"))
        c.identityFile = value;
    else
        c.pinnedHostKey = value;
    SshShellSession session;
    const auto r = session.start(c);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QCOMPARE(session.status().state, SshShellSession::State::Idle);
}

void TestSshShellSession::stopIsBounded()
{
    // A host that accepts TCP but never speaks SSH: stop() must not wait for libssh's timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto c = config();
    c.port = silent.serverPort();
    c.connectTimeoutMs = 30000;
    SshShellSession session;
    QVERIFY(session.start(c).ok());
    QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(100));
    QTest::qWait(200);
    QElapsedTimer t;
    t.start();
    session.stop();
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(session.status().state, SshShellSession::State::Idle);
}

QTEST_GUILESS_MAIN(TestSshShellSession)
#include "tst_sshshellsession.moc"
