// The warm start pool on the real dockerd: a member is filled and labelled, a start of its lab takes it (same
// session, no provisioning, only the setup) while a start of another lab does not, the Settings switch and the
// memory bound stop a fill, and gc spares the members of a live process but removes those of a process that was
// killed with SIGKILL half-way through a fill or that exited without anyone claiming its member.

#include "core/examstore.h"
#include "core/labcatalog.h"
#include "fixtures/ckxctlprocess.h"
#include "fixtures/dockerlabpack.h"
#include "fixtures/dockertestenv.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/examruntime.h"
#include "runtime/stack/stackblueprint.h"
#include "runtime/stack/warmpool.h"

#include <QDir>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestWarmPool : public QObject
{
    Q_OBJECT

private:
    test::DockerTestEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<ExamStore> m_store;
    std::unique_ptr<ExamRuntime> m_runtime;
    std::optional<DockerClient> m_docker;
    QString m_tag;

    QString storeFilter() const { return QLatin1String(StackBlueprint::kStoreLabel) + u'=' + m_tag; }
    static QString sessionFilter(const QString &id) { return QLatin1String(StackBlueprint::kSessionLabel) + u'=' + id; }
    static QString ckxctl() { return test::ckxctlBinDir() + u"/ckxctl"_s; }
    WarmPool pool() const { return WarmPool(*m_docker, m_tag); }
    const LabPack &pack() const { return *m_runtime->catalog().find(u"test-docker-lab"_s); }

    int warmContainers() const
    {
        auto l = m_docker->listContainers(DockerClient::labelFilter({storeFilter(), u"io.ckx.warm=1"_s}), true);
        return l ? int(l->size()) : -1;
    }

    void runGc()
    {
        QProcess gc;
        gc.start(ckxctl(), {u"gc"_s});
        QVERIFY(gc.waitForFinished(120000));
        QVERIFY2(gc.exitCode() == 0, gc.readAllStandardError().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.available())
            QSKIP(qPrintable(m_env.skipReason()));
        QVERIFY(m_dir.isValid());
        qputenv("CKX_DATA_DIR", (m_dir.path() + u"/data"_s).toUtf8());
        const QString labs = test::writeDockerLabPack(m_dir.path() + u"/labs"_s);
        test::writeDockerLabPack(m_dir.path() + u"/labs2"_s, {u"other-docker-lab"_s, 0, false});
        qputenv("CKX_LABS_DIRS", (labs + u':' + m_dir.path() + u"/labs2"_s).toUtf8());
        auto docker = DockerClient::connect();
        QVERIFY2(docker, qPrintable(docker ? QString() : docker.error().message));
        m_docker = *docker;
        auto images = RuntimeImages(*m_docker).ensure(RuntimeImages::names());
        QVERIFY2(images, qPrintable(images ? QString() : images.error().message));
        m_store = std::make_unique<ExamStore>();
        QVERIFY(m_store->openDefault());
        m_tag = ExamRuntime::storeTag(m_store->path());
        auto catalog = LabCatalog::load(LabCatalog::defaultRoots());
        QVERIFY2(catalog.find(u"test-docker-lab"_s) && catalog.find(u"other-docker-lab"_s), "both fixture packs load");
        m_runtime = std::make_unique<ExamRuntime>(*m_store, *m_docker, catalog);
    }

    void switchedOffOrShortOfMemoryFillsNothing()
    {
        WarmPoolPolicy off;
        off.size = 0;
        auto r = pool().fill(pack(), off);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"pool.off"_s);
        WarmPoolPolicy greedy;
        greedy.minAvailableBytes = qint64(1) << 50; // a petabyte: more than any machine has free
        r = pool().fill(pack(), greedy);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"pool.memory"_s);
        QVERIFY2(r.error().message.contains(u"MiB"_s), qPrintable(r.error().message));
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
        QVERIFY(pool().members().isEmpty());
    }

    void filledMemberIsTakenByTheNextStart()
    {
        auto filled = pool().fill(pack());
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
        QCOMPARE(warmContainers(), 3); // jumphost, desktop, dind
        const auto members = pool().members();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().state, u"ready"_s);
        const qint64 fillMs = members.first().runtimeInfo.value(u"timings"_s).toObject().value(u"totalMs"_s).toInteger();
        QVERIFY(fillMs > 0);
        // A second fill for the same lab is a no-op: the pool holds one.
        auto again = pool().fill(pack());
        QVERIFY(again);
        QCOMPARE(*again, *filled);
        QCOMPARE(warmContainers(), 3);

        // Another lab does not take it.
        auto other = m_runtime->start(u"other-docker-lab"_s);
        QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
        QVERIFY(other->attempt.id != *filled);
        QVERIFY(!other->attempt.runtimeInfo.value(u"warm"_s).toBool());
        QVERIFY(m_runtime->stop(other->attempt.id));

        auto started = m_runtime->start(u"test-docker-lab"_s);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        QCOMPARE(started->attempt.id, *filled); // the same environment, now the attempt's
        QCOMPARE(started->attempt.state, ExamState::Ready);
        QVERIFY(started->attempt.runtimeInfo.value(u"warm"_s).toBool());
        QCOMPARE(started->setup.size(), 1);
        QVERIFY(started->setup.first().ok());
        QVERIFY2(!started->timings.contains(u"jumphostReadyMs"_s), "nothing was provisioned");
        // Only the setup ran: the start took less than provisioning the member did.
        QVERIFY2(started->timings.value(u"startMs"_s).toInteger() < fillMs,
                 qPrintable(u"warm start %1 ms, fill %2 ms"_s.arg(started->timings.value(u"startMs"_s).toInteger()).arg(fillMs)));
        QVERIFY(pool().members().isEmpty());
        // The candidate's terminal and the desktop answer.
        for (const char *svc : {"ssh", "vnc"}) {
            QTcpSocket s;
            s.connectToHost(u"127.0.0.1"_s, quint16(started->attempt.runtimeInfo.value(QLatin1String(svc)).toObject().value(u"port"_s).toInt()));
            QVERIFY(s.waitForConnected(3000) && s.waitForReadyRead(5000));
            QVERIFY(s.readAll().startsWith(QByteArray(svc) == "ssh" ? "SSH-2.0" : "RFB "));
        }
        // gc does not touch it (a live attempt now) and stop removes it like any other.
        runGc();
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(*filled)) >= 3, true);
        QVERIFY(m_runtime->stop(*filled));
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(*filled)), 0);
        QVERIFY(!QDir(m_dir.path() + u"/data/sessions/"_s + *filled).exists());
    }

    void gcSparesALiveOwnersMemberAndDrainRemovesIt()
    {
        auto filled = pool().fill(pack());
        QVERIFY(filled);
        runGc(); // another process: this one is alive, so its member stays
        QCOMPARE(warmContainers(), 3);
        // The likely lab changes: the old member goes, one for the new lab waits.
        auto other = pool().fill(*m_runtime->catalog().find(u"other-docker-lab"_s));
        QVERIFY(other);
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(*filled)), 0);
        QCOMPARE(pool().members().size(), 1);
        QCOMPARE(pool().drain(), 1); // the app quits
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
        QVERIFY(pool().members().isEmpty());
    }

    void killedFillAndUnclaimedMemberAreCollected()
    {
        QProcess warm;
        warm.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        warm.start(ckxctl(), {u"exam"_s, u"warm"_s, u"test-docker-lab"_s});
        QVERIFY(warm.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(test::DockerTestEnv::countLabelled(storeFilter()) >= 2, 60000);
        warm.kill(); // SIGKILL, half-way through the fill
        QVERIFY(warm.waitForFinished(10000));
        QThread::msleep(500); // requests already sent may still land
        QVERIFY(test::DockerTestEnv::countLabelled(storeFilter()) > 0);
        runGc();
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
        QVERIFY(pool().members().isEmpty());

        // A finished `exam warm` whose member nobody claimed: its owner is gone, so gc collects it too.
        QProcess done;
        done.start(ckxctl(), {u"exam"_s, u"warm"_s, u"test-docker-lab"_s});
        QVERIFY(done.waitForFinished(120000));
        QVERIFY2(done.exitCode() == 0, done.readAllStandardError().constData());
        QCOMPARE(warmContainers(), 3);
        runGc();
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
        QVERIFY(QDir(m_dir.path() + u"/data/sessions"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_tag.isEmpty())
            test::DockerTestEnv::removeLabelled(storeFilter());
    }
};

QTEST_GUILESS_MAIN(TestWarmPool)
#include "tst_warmpool.moc"
