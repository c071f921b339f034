// ExamWorker, the app's owner of exam attempts, under a GUI application: its typed calls run on its own thread and
// answer with queued signals, and the blocking ExamRuntime refuses the GUI thread instead of freezing the window.
// Talks to the real dockerd (no container is started: the calls here fail or find nothing before that).

#include "core/examstore.h"
#include "fixtures/dockertestenv.h"
#include "runtime/stack/examruntime.h"
#include "runtime/stack/examworker.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestExamWorker : public QObject
{
    Q_OBJECT

    test::DockerTestEnv m_env;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
        if (!m_env.available())
            QSKIP(qPrintable(m_env.skipReason()));
        qputenv("CKX_DATA_DIR", m_dir.path().toUtf8());
    }

    void runtimeRefusesTheGuiThread()
    {
        ExamStore store;
        QVERIFY(store.openDefault());
        auto docker = DockerClient::connect();
        QVERIFY2(docker, docker ? "" : qPrintable(docker.error().message));
        ExamRuntime runtime(store, *docker, LabCatalog{});
        auto graded = runtime.grade(u"any"_s);
        QVERIFY(!graded);
        QCOMPARE(graded.error().code, u"runtime.thread"_s);
        QVERIFY2(graded.error().message.contains(u"grade"_s), qPrintable(graded.error().message));
        auto gc = runtime.collectGarbage();
        QVERIFY(!gc);
        QCOMPARE(gc.error().code, u"runtime.thread"_s);
    }

    void callsRunOnTheWorkerThreadAndAnswerBySignal()
    {
        QThread thread;
        auto *worker = new ExamWorker(LabCatalog{}, {});
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();

        QThread *ranOn = nullptr;
        connect(worker, &ExamWorker::checkFailed, worker, [&ranOn] { ranOn = QThread::currentThread(); },
                Qt::DirectConnection);
        QSignalSpy checkFailed(worker, &ExamWorker::checkFailed);
        QSignalSpy resumed(worker, &ExamWorker::resumed);
        QSignalSpy collected(worker, &ExamWorker::garbageCollected);

        worker->checkQuestion(u"no-such-attempt"_s, u"q1"_s);
        worker->resume();
        worker->collectGarbage();
        QTRY_COMPARE_WITH_TIMEOUT(collected.size(), 1, 30000);
        // In the order they were called, each answered once, from the worker's thread.
        QCOMPARE(checkFailed.size(), 1);
        QCOMPARE(checkFailed.first().at(0).toString(), u"q1"_s);
        QVERIFY2(checkFailed.first().at(1).toString().contains(u"no-such-attempt"_s),
                 qPrintable(checkFailed.first().at(1).toString()));
        QCOMPARE(ranOn, &thread);
        QCOMPARE(resumed.size(), 1);
        QVERIFY(resumed.first().at(0).value<QList<ExamAttempt>>().isEmpty());
        QCOMPARE(resumed.first().at(1).toString(), QString());
        QCOMPARE(collected.first().at(0).toInt(), 0);
        QCOMPARE(collected.first().at(1).toString(), QString());

        // A Docker host that does not answer: the next call says so and names where it came from.
        QSignalSpy stopped(worker, &ExamWorker::stopped);
        worker->setDockerHost(u"tcp://127.0.0.1:1"_s);
        worker->stop(u"no-such-attempt"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
        QVERIFY2(stopped.first().at(1).toString().contains(u"Settings"_s), qPrintable(stopped.first().at(1).toString()));

        thread.quit();
        QVERIFY(thread.wait(10000));
    }
};

QTEST_MAIN(TestExamWorker)
#include "tst_examworker.moc"
