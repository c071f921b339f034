// Exam stacks on the real dockerd: creation, isolation between two sessions, the security of every container,
// setup and grading through the store, teardown, crash recovery (kill -9 of `ckxctl exam start`, then `ckxctl gc`)
// and a failing setup script. Uses a one-question Docker lab written by the fixture.

#include "core/examstore.h"
#include "core/labcatalog.h"
#include "fixtures/dockerlabpack.h"
#include "fixtures/dockertestenv.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/examruntime.h"
#include "runtime/stack/examworker.h"
#include "runtime/stack/startcancellation.h"
#include "ckxpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <mutex>
#include <thread>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestExamStack : public QObject
{
    Q_OBJECT

private:
    test::DockerTestEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<ExamStore> m_store;
    std::unique_ptr<ExamRuntime> m_runtime;
    std::optional<DockerClient> m_docker;
    QString m_tag;
    QString m_a, m_b; // two sessions alive at once

    QString storeFilter() const { return QLatin1String(StackBlueprint::kStoreLabel) + u'=' + m_tag; }
    QString sessionFilter(const QString &id) const { return QLatin1String(StackBlueprint::kSessionLabel) + u'=' + id; }

    QJsonArray containersOf(const QString &session)
    {
        auto l = m_docker->listContainers(DockerClient::labelFilter({sessionFilter(session)}), true);
        return l ? *l : QJsonArray{};
    }

    QByteArray bannerOf(int port)
    {
        QTcpSocket s;
        s.connectToHost(u"127.0.0.1"_s, quint16(port));
        if (!s.waitForConnected(2000) || !s.waitForReadyRead(3000))
            return {};
        return s.readAll();
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(content);
    }

    /// The newest attempt of the store.
    ExamAttempt newestAttempt() const
    {
        const auto all = m_store->attempts();
        return all && !all->isEmpty() ? all->first() : ExamAttempt{};
    }

    /// Starts `labId` from `catalog` with a cancellation that is cancelled `delayMs` after the runtime reports
    /// `stage`; returns the start's result and how long it took to return after the cancel.
    std::pair<Result<StartOutcome>, qint64> startAndCancelAt(const QString &catalogRoot, const QString &labId,
                                                             const QString &stage, int delayMs)
    {
        ExamRuntime runtime(*m_store, *m_docker, LabCatalog::load({catalogRoot}));
        StartOptions options;
        options.cancellation = std::make_shared<StartCancellation>();
        QElapsedTimer sinceCancel;
        std::mutex lock;
        std::thread canceller;
        auto result = runtime.start(labId, options, [&](const QString &reached, int) {
            if (reached != stage || canceller.joinable())
                return;
            canceller = std::thread([&, cancel = options.cancellation] {
                QThread::msleep(ulong(delayMs));
                std::lock_guard guard(lock);
                sinceCancel.start();
                cancel->cancel(); // from another thread, like the UI's Cancel button
            });
        });
        if (canceller.joinable())
            canceller.join();
        std::lock_guard guard(lock);
        return {std::move(result), sinceCancel.isValid() ? sinceCancel.elapsed() : -1};
    }

    QString ckxctl() const { return qEnvironmentVariable("CKX_BIN_DIR", QStringLiteral(CKX_BIN_DIR)) + u"/ckxctl"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.available())
            QSKIP(qPrintable(m_env.skipReason()));
        QVERIFY(m_dir.isValid());
        qputenv("CKX_DATA_DIR", (m_dir.path() + u"/data"_s).toUtf8());
        qputenv("CKX_LABS_DIRS", test::writeDockerLabPack(m_dir.path() + u"/labs"_s).toUtf8());
        auto docker = DockerClient::connect();
        QVERIFY2(docker, qPrintable(docker ? QString() : docker.error().message));
        m_docker = *docker;
        // A no-op when `make test` (or an earlier run) built them; the first build takes minutes.
        auto images = RuntimeImages(*m_docker).ensure(RuntimeImages::names());
        QVERIFY2(images, qPrintable(images ? QString() : images.error().message));
        auto listed = RuntimeImages(*m_docker).list();
        QVERIFY(listed);
        for (const ImageStatus &s : *listed)
            QVERIFY2(s.upToDate, qPrintable(s.tag + u" should be up to date right after ensure()"_s));
        m_store = std::make_unique<ExamStore>();
        QVERIFY(m_store->openDefault());
        m_tag = ExamRuntime::storeTag(m_store->path());
        auto catalog = LabCatalog::load(LabCatalog::defaultRoots());
        QVERIFY2(catalog.find(u"test-docker-lab"_s), "the fixture's pack must load");
        m_runtime = std::make_unique<ExamRuntime>(*m_store, *m_docker, catalog);
    }

    void startsTwoSessions()
    {
        auto a = m_runtime->start(u"test-docker-lab"_s);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        auto b = m_runtime->start(u"test-docker-lab"_s);
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        m_a = a->attempt.id;
        m_b = b->attempt.id;
        QCOMPARE(a->attempt.state, ExamState::Ready);
        QCOMPARE(m_store->attempt(m_a)->state, ExamState::Ready);
        QCOMPARE(a->setup.size(), 1);
        QVERIFY(a->setup.first().ok());
        for (const char *stage : {"networkMs", "jumphostReadyMs", "desktopReadyMs", "dindReadyMs", "setupMs", "startMs"})
            QVERIFY2(a->timings.contains(QLatin1String(stage)), stage);
        QCOMPARE(containersOf(m_a).size(), 3);
    }

    void endpointsAnswerOnLoopbackOnly()
    {
        const QJsonObject info = m_store->attempt(m_a)->runtimeInfo;
        const int ssh = info.value(u"ssh"_s).toObject().value(u"port"_s).toInt();
        const int vnc = info.value(u"vnc"_s).toObject().value(u"port"_s).toInt();
        QVERIFY(ssh > 0 && vnc > 0);
        QVERIFY(bannerOf(ssh).startsWith("SSH-2.0"));
        QVERIFY(bannerOf(vnc).startsWith("RFB "));
        // The key the app logs in with works; the candidate lands in the lab's environment.
        QProcess p;
        p.start(u"ssh"_s, {u"-i"_s, info.value(u"ssh"_s).toObject().value(u"keyFile"_s).toString(), u"-p"_s, QString::number(ssh),
                           u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"StrictHostKeyChecking=no"_s, u"-o"_s, u"UserKnownHostsFile=/dev/null"_s,
                           u"candidate@127.0.0.1"_s, u"id -un; cat README.txt; docker images --format '{{.Repository}}:{{.Tag}}'"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString o = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(o + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(o.startsWith(u"candidate\nquestion 1\n"_s), qPrintable(o));
        QVERIFY2(o.contains(u"ckx-lab/busybox:1"_s), "the lab's image is preloaded into its own engine");
        // Password login is refused: key only.
        QProcess pw;
        pw.start(u"ssh"_s, {u"-p"_s, QString::number(ssh), u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"PubkeyAuthentication=no"_s,
                            u"-o"_s, u"StrictHostKeyChecking=no"_s, u"-o"_s, u"UserKnownHostsFile=/dev/null"_s, u"candidate@127.0.0.1"_s, u"true"_s});
        QVERIFY(pw.waitForFinished(30000));
        QVERIFY(pw.exitCode() != 0);
    }

    void everyContainerIsLockedDown()
    {
        const QByteArray vncPassword = [&] {
            QFile f(m_store->attempt(m_a)->runtimeInfo.value(u"vnc"_s).toObject().value(u"passwordFile"_s).toString());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(vncPassword.size(), 8);
        for (const QString &session : {m_a, m_b}) {
            for (const auto &c : containersOf(session)) {
                auto info = m_docker->inspectContainer(c.toObject().value(u"Id"_s).toString());
                QVERIFY(info);
                const QString name = info->value(u"Name"_s).toString();
                const QJsonObject host = info->value(u"HostConfig"_s).toObject();
                const QJsonObject labels = info->value(u"Config"_s).toObject().value(u"Labels"_s).toObject();
                QCOMPARE(labels.value(u"io.ckx.session"_s).toString(), session);
                QCOMPARE(labels.value(u"io.ckx.lab"_s).toString(), u"test-docker-lab"_s);
                const QByteArray whole = QJsonDocument(*info).toJson();
                QVERIFY2(!whole.contains("docker.sock\"") || !whole.contains("/var/run/docker.sock"), qPrintable(name));
                for (const auto &m : info->value(u"Mounts"_s).toArray())
                    QVERIFY2(!m.toObject().value(u"Source"_s).toString().contains(u"docker.sock"_s), qPrintable(name));
                QVERIFY2(host.value(u"Binds"_s).toArray().isEmpty(), qPrintable(name + u": no host folder is mounted"_s));
                const QJsonObject ports = host.value(u"PortBindings"_s).toObject();
                for (auto it = ports.begin(); it != ports.end(); ++it)
                    for (const auto &b : it.value().toArray())
                        QCOMPARE(b.toObject().value(u"HostIp"_s).toString(), u"127.0.0.1"_s);
                QVERIFY2(host.value(u"SecurityOpt"_s).toArray().contains(u"no-new-privileges"_s), qPrintable(name));
                QVERIFY2(host.value(u"Memory"_s).toDouble() > 0 && host.value(u"PidsLimit"_s).toDouble() > 0, qPrintable(name));
                QVERIFY2(!host.value(u"Privileged"_s).toBool(), qPrintable(name));
                if (labels.value(u"io.ckx.role"_s).toString() == u"dind")
                    QVERIFY(host.value(u"CapDrop"_s).toArray().contains(u"SYS_RESOURCE"_s)); // the documented exception
                else
                    QVERIFY2(host.value(u"CapDrop"_s).toArray().contains(u"ALL"_s), qPrintable(name));
                // Secrets never in the command line or environment.
                QVERIFY2(!whole.contains(vncPassword), qPrintable(name));
                QVERIFY2(!whole.contains("PRIVATE KEY"), qPrintable(name));
            }
        }
        auto plain = m_docker->exec(u"ckx-vnc-"_s + m_a, {u"sh"_s, u"-c"_s, u"ls /run/ckx-secrets 2>&1; ps -eo args"_s});
        QVERIFY(plain);
        QVERIFY2(!plain->output.contains(vncPassword), "the plain password file is removed and not in any argv");
    }

    void sessionsCannotSeeEachOther()
    {
        auto mine = m_runtime->exec(m_a, {u"docker"_s, u"run"_s, u"-d"_s, u"--name"_s, u"only-in-a"_s, u"ckx-lab/busybox:1"_s, u"sleep"_s, u"300"_s});
        QVERIFY2(mine && mine->exitCode == 0, mine ? mine->output.constData() : "");
        auto theirs = m_runtime->exec(m_b, {u"docker"_s, u"ps"_s, u"-a"_s, u"--format"_s, u"{{.Names}}"_s});
        QVERIFY(theirs && theirs->exitCode == 0);
        QVERIFY2(!theirs->output.contains("only-in-a"), theirs->output.constData());
        // B's jumphost cannot resolve or reach A's containers.
        auto ip = m_docker->inspectContainer(u"ckx-ssh-"_s + m_a);
        QVERIFY(ip);
        const QString addr = ip->value(u"NetworkSettings"_s).toObject().value(u"Networks"_s).toObject()
                                 .value(u"ckx-"_s + m_a).toObject().value(u"IPAddress"_s).toString();
        QVERIFY(!addr.isEmpty());
        auto reach = m_runtime->exec(m_b, {u"bash"_s, u"-c"_s, u"getent hosts ckx-ssh-%1 || timeout 3 bash -c 'echo > /dev/tcp/%2/22' && echo REACHED"_s.arg(m_a, addr)});
        QVERIFY(reach);
        QVERIFY2(!reach->output.contains("REACHED") && reach->exitCode != 0, reach->output.constData());
    }

    void gradesThroughTheStore()
    {
        auto fresh = m_runtime->grade(m_a, false);
        QVERIFY(fresh);
        QCOMPARE(fresh->results.size(), 2);
        for (const CheckResult &r : fresh->results)
            QVERIFY2(!r.passed, qPrintable(r.output));
        QVERIFY(fresh->results.first().output.contains(u"does not say 42"_s));
        QCOMPARE(m_store->attempt(m_a)->state, ExamState::Ready); // a dry run changes nothing

        auto solved = m_runtime->solve(m_a);
        QVERIFY(solved);
        QCOMPARE(solved->size(), 1);
        QVERIFY2(solved->first().ok(), qPrintable(solved->first().output));

        auto graded = m_runtime->grade(m_a, true);
        QVERIFY2(graded, qPrintable(graded ? QString() : graded.error().message));
        QCOMPARE(graded->attempt.state, ExamState::Graded);
        QCOMPARE(graded->report.total, 10.0);
        QVERIFY(graded->report.passed);
        auto stored = m_store->checkResults(m_a);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        for (const CheckResult &r : *stored)
            QVERIFY(r.passed && r.durationMs > 0);
        QCOMPARE(*m_store->attempt(m_a)->score, 10.0);
    }

    void stopLeavesNothingLabelled()
    {
        for (const QString &id : {m_a, m_b}) {
            auto s = m_runtime->stop(id);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            QCOMPARE(s->state, ExamState::Terminated);
            QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(id)), 0);
        }
        QCOMPARE(*m_store->attempt(m_a)->score, 10.0); // the grade outlives the environment
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
    }

    void workerReportsBackAndResumeReattaches()
    {
        // The app's path: an ExamWorker on its own thread, with its own store connection and Docker client.
        QThread thread;
        auto *worker = new ExamWorker(LabCatalog::load(LabCatalog::defaultRoots()), {});
        worker->moveToThread(&thread);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
        auto joinThread = qScopeGuard([&thread] {
            thread.quit();
            thread.wait();
        });

        QSignalSpy progress(worker, &ExamWorker::progress);
        QSignalSpy started(worker, &ExamWorker::started);
        QSignalSpy startFailed(worker, &ExamWorker::startFailed);
        worker->start(u"test-docker-lab"_s, u"exam"_s, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(started.size() + startFailed.size(), 1, 180000);
        QVERIFY2(startFailed.isEmpty(), qPrintable(startFailed.isEmpty() ? QString() : startFailed.first().at(0).toString()));
        QVERIFY(progress.size() >= 5);
        QCOMPARE(progress.last().at(1).toInt(), 100);
        const QString id = started.first().at(0).value<ExamAttempt>().id;
        QCOMPARE(m_store->attempt(id)->state, ExamState::Ready);

        // The app restarts: what still runs is offered again.
        QSignalSpy resumed(worker, &ExamWorker::resumed);
        worker->resume();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 60000);
        QCOMPARE(resumed.first().at(1).toString(), QString());
        const auto alive = resumed.first().at(0).value<QList<ExamAttempt>>();
        QVERIFY(std::any_of(alive.cbegin(), alive.cend(), [&id](const ExamAttempt &a) { return a.id == id; }));

        // Its environment vanishes while the app is closed (Docker restarted, containers removed by hand).
        QVERIFY(m_docker->removeContainer(u"ckx-ssh-"_s + id, true));
        worker->resume();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 2, 60000);
        const auto after = resumed.at(1).at(0).value<QList<ExamAttempt>>();
        QVERIFY(std::none_of(after.cbegin(), after.cend(), [&id](const ExamAttempt &a) { return a.id == id; }));
        QCOMPARE(m_store->attempt(id)->state, ExamState::Terminated);
        QVERIFY(m_store->attempt(id)->failureReason.contains(u"gone"_s));
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(id)), 0);
    }

    void killDuringProvisioningThenGcLeavesNothing()
    {
        QProcess start;
        start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start.start(ckxctl(), {u"exam"_s, u"start"_s, u"test-docker-lab"_s});
        QVERIFY(start.waitForStarted());
        // Kill it as soon as it has put something on the engine, before the exam is ready.
        QTRY_VERIFY_WITH_TIMEOUT(test::DockerTestEnv::countLabelled(storeFilter()) >= 2, 60000);
        start.kill(); // SIGKILL
        QVERIFY(start.waitForFinished(10000));
        QThread::msleep(500); // requests already sent may still land
        QVERIFY(test::DockerTestEnv::countLabelled(storeFilter()) > 0);

        QProcess gc;
        gc.start(ckxctl(), {u"gc"_s});
        QVERIFY(gc.waitForFinished(120000));
        QVERIFY2(gc.exitCode() == 0, gc.readAllStandardError().constData());
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
        // The interrupted attempt is not left "provisioning" forever.
        ExamStore reopened;
        QVERIFY(reopened.openDefault());
        const auto all = reopened.attempts();
        QVERIFY(all);
        const QList<ExamAttempt> attempts = all.value();
        for (const ExamAttempt &a : attempts)
            QVERIFY2(a.state == ExamState::Terminated, qPrintable(a.id + u' ' + examStateToString(a.state)));
    }

    void failingSetupIsReportedAndCleanedUp()
    {
        QTemporaryDir labs;
        test::writeDockerLabPack(labs.path(), {u"broken-setup-lab"_s, 3, false});
        ExamRuntime runtime(*m_store, *m_docker, LabCatalog::load({labs.path()}));
        auto r = runtime.start(u"broken-setup-lab"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"exam.setup"_s);
        QVERIFY2(r.error().message.contains(u"q1_setup.sh exited with 3"_s), qPrintable(r.error().message));
        const auto all = m_store->attempts();
        QVERIFY(all && !all.value().isEmpty());
        const ExamAttempt last = all.value().first();
        QCOMPARE(last.labId, u"broken-setup-lab"_s);
        QCOMPARE(last.state, ExamState::Terminated);
        QVERIFY(last.failureReason.contains(u"q1_setup.sh"_s));
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(last.id)), 0);
    }

    void checkQuestionRunsOnlyThatQuestionsScripts()
    {
        // Two questions; question 2's check leaves a trace, so running it when question 1 is checked would show.
        QTemporaryDir labs;
        const QString root = test::writeDockerLabPack(labs.path(), {u"two-question-lab"_s, 0, true});
        const QString dir = root + u"/two-question-lab"_s;
        writeFile(dir + u"/assessment.json"_s, R"({"questions":[
 {"id":"1","namespace":"default","machineHostname":"ckx-jumphost","question":"Write 42 into ~/answer.txt and run probe.",
  "verification":[
   {"id":"1","description":"the answer is 42","verificationScriptFile":"q1_s1_answer.sh","expectedOutput":"0","weightage":6},
   {"id":"2","description":"probe runs in the lab engine","verificationScriptFile":"q1_s2_probe.sh","expectedOutput":"0","weightage":4}],
  "solutionScriptFile":"q1_solution.sh"},
 {"id":"2","namespace":"default","machineHostname":"ckx-jumphost","question":"Nothing to do.",
  "verification":[
   {"id":"1","description":"question 2's check","verificationScriptFile":"q2_s1_trace.sh","expectedOutput":"0","weightage":2}]}]})");
        writeFile(dir + u"/scripts/validation/q2_s1_trace.sh"_s, "#!/bin/bash\ntouch /tmp/q2-check-ran\nexit 1\n");
        ExamRuntime runtime(*m_store, *m_docker, LabCatalog::load({root}));
        auto started = runtime.start(u"two-question-lab"_s);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        const QString id = started->attempt.id;
        const auto q2Ran = [&] {
            auto r = runtime.exec(id, {u"test"_s, u"-e"_s, u"/tmp/q2-check-ran"_s}, false);
            return r && r->exitCode == 0;
        };

        auto fresh = runtime.checkQuestion(id, u"1"_s);
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().message));
        QCOMPARE(fresh->size(), 2);
        for (const CheckResult &r : *fresh)
            QVERIFY(r.questionId == u"1" && !r.passed);
        QVERIFY2(!q2Ran(), "checking question 1 must not run question 2's scripts");

        QVERIFY(runtime.solve(id, u"1"_s));
        auto solved = runtime.checkQuestion(id, u"1"_s);
        QVERIFY(solved && solved->size() == 2);
        for (const CheckResult &r : *solved)
            QVERIFY2(r.passed, qPrintable(r.output));
        QVERIFY(!q2Ran());
        // Checking records nothing: the exam is still open and has no results.
        QCOMPARE(m_store->attempt(id)->state, ExamState::Ready);
        QVERIFY(m_store->checkResults(id)->isEmpty());
        QVERIFY(!m_store->attempt(id)->isGraded());

        auto second = runtime.checkQuestion(id, u"2"_s);
        QVERIFY(second && second->size() == 1 && second->first().questionId == u"2");
        QVERIFY(q2Ran());

        auto unknown = runtime.checkQuestion(id, u"9"_s);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(u"'9'"_s), qPrintable(unknown.error().message));
        QVERIFY(runtime.stop(id));
    }

    void cancelDuringSetupReturnsAtOnceAndLeavesNothing()
    {
        // A setup script that would hold the start for its whole 60 s time limit.
        QTemporaryDir labs;
        const QString root = test::writeDockerLabPack(labs.path(), {u"slow-setup-lab"_s, 0, false});
        writeFile(root + u"/slow-setup-lab/scripts/setup/q1_setup.sh"_s, "#!/bin/bash\nsleep 300\n");
        auto [result, afterCancelMs] = startAndCancelAt(root, u"slow-setup-lab"_s, u"Running the lab's setup scripts"_s, 500);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"exam.cancelled"_s);
        QVERIFY2(afterCancelMs >= 0 && afterCancelMs < 15'000, qPrintable(QString::number(afterCancelMs)));
        const ExamAttempt a = newestAttempt();
        QCOMPARE(a.labId, u"slow-setup-lab"_s);
        QCOMPARE(a.state, ExamState::Terminated);
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(a.id)), 0);
    }

    void cancelWhileContainersAreBeingCreatedLeavesNothing_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("network") << u"Creating the session network"_s << 0;
        QTest::newRow("jumphost") << u"Starting the jumphost"_s << 0;
        QTest::newRow("jumphost+150ms") << u"Starting the jumphost"_s << 150;
        QTest::newRow("desktop+600ms") << u"Starting the desktop"_s << 600;
    }

    void cancelWhileContainersAreBeingCreatedLeavesNothing()
    {
        QFETCH(QString, stage);
        QFETCH(int, delayMs);
        QTemporaryDir labs;
        const QString root = test::writeDockerLabPack(labs.path(), {u"cancelled-lab"_s, 0, false});
        writeFile(root + u"/cancelled-lab/scripts/setup/q1_setup.sh"_s, "#!/bin/bash\nsleep 300\n");
        auto [result, afterCancelMs] = startAndCancelAt(root, u"cancelled-lab"_s, stage, delayMs);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"exam.cancelled"_s);
        QVERIFY2(afterCancelMs < 15'000, qPrintable(QString::number(afterCancelMs)));
        const ExamAttempt a = newestAttempt();
        QCOMPARE(a.labId, u"cancelled-lab"_s);
        QCOMPARE(a.state, ExamState::Terminated);
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(a.id)), 0);
        // Nor does anything turn up later from a call the engine had accepted before the cancel cut it off.
        QThread::msleep(2000);
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(a.id)), 0);
    }

    void cleanupTestCase()
    {
        if (!m_tag.isEmpty())
            test::DockerTestEnv::removeLabelled(storeFilter());
    }
};

QTEST_GUILESS_MAIN(TestExamStack)
#include "tst_examstack.moc"
