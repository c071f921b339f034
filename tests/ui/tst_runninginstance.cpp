// ckx:// links while CKX runs: the real `ckx` binary started with the checkout redirect hands the link to the
// running app (here: this test, listening as the app does) and exits instead of opening a second window on the
// same store; what is not a ckx:// link is ignored.
#include "ui/runninginstance.h"

#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;

class TestRunningInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_data.isValid());
        qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
    }

    void nobodyListens()
    {
        QVERIFY(!RunningInstance::forward(QUrl(QStringLiteral("ckx://checkout/success")), 500));
    }

    void aSecondStartHandsItsLinkOver()
    {
        RunningInstance running;
        QVERIFY(running.listen());
        QSignalSpy links(&running, &RunningInstance::linkReceived);
        const QString link = QStringLiteral("ckx://checkout/success?session_id=cs_test_local_42");
        QProcess second;
        second.setProgram(qEnvironmentVariable("CKX_BIN_DIR") + QStringLiteral("/ckx"));
        second.setArguments({link});
        second.start();
        QVERIFY2(second.waitForStarted(10'000), qPrintable(second.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(links.count(), 1, 20'000);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(link));
        // It exits at once: no second window.
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10'000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
    }

    void whatIsNotALinkIsIgnored()
    {
        RunningInstance running;
        QVERIFY(running.listen());
        QSignalSpy links(&running, &RunningInstance::linkReceived);
        QLocalSocket socket;
        socket.connectToServer(RunningInstance::socketName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("https://evil.example/\n");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(links.count(), 0);
    }

private:
    QTemporaryDir m_data;
};

QTEST_MAIN(TestRunningInstance)
#include "tst_runninginstance.moc"
