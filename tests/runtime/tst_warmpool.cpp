// The warm start pool on the real dockerd: a member is filled and labelled with the lab's setup already run, a
// start of its lab takes it (same session, no provisioning, no setup, the member's parameters) while a start of
// another lab, of a pack changed on disk since, or with another parameter seed does not; a member whose setup fails
// is never ready; the Settings switch and the memory bound stop a fill, and gc spares the members of a live process
// but removes those of a process that was killed with SIGKILL half-way through a fill or that exited without anyone
// claiming its member.

#include "core/examstore.h"
#include "core/labcatalog.h"
#include "fixtures/ckxctlprocess.h"
#include "fixtures/dockerlabpack.h"
#include "fixtures/dockertestenv.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/examruntime.h"
#include "runtime/stack/stackblueprint.h"
#include "runtime/stack/warmpool.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
    const LabPack &paramPack() const { return *m_runtime->catalog().find(u"param-docker-lab"_s); }

    /// What `cmd` prints in an attempt's jumphost (as root), or a failure naming why.
    QString jumphostOutput(const QString &attemptId, const QStringList &cmd) const
    {
        auto r = m_runtime->exec(attemptId, cmd, false);
        if (!r)
            return u"<exec failed: "_s + r.error().message + u'>';
        return QString::fromUtf8(r->stdoutData).trimmed();
    }

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
        test::DockerLabPackOptions withToken{u"param-docker-lab"_s, 0, false};
        withToken.withParameters = true;
        test::writeDockerLabPack(m_dir.path() + u"/labs3"_s, withToken);
        test::writeDockerLabPack(m_dir.path() + u"/labs4"_s, {u"broken-setup-lab"_s, 3, false});
        qputenv("CKX_LABS_DIRS", QStringList{labs, m_dir.path() + u"/labs2"_s, m_dir.path() + u"/labs3"_s, m_dir.path() + u"/labs4"_s}
                                     .join(u':').toUtf8());
        auto docker = DockerClient::connect();
        QVERIFY2(docker, qPrintable(docker ? QString() : docker.error().message));
        m_docker = *docker;
        auto images = RuntimeImages(*m_docker).ensure(RuntimeImages::names());
        QVERIFY2(images, qPrintable(images ? QString() : images.error().message));
        m_store = std::make_unique<ExamStore>();
        QVERIFY(m_store->openDefault());
        m_tag = ExamRuntime::storeTag(m_store->path());
        auto catalog = LabCatalog::load(LabCatalog::defaultRoots());
        QVERIFY2(catalog.find(u"test-docker-lab"_s) && catalog.find(u"other-docker-lab"_s) && catalog.find(u"param-docker-lab"_s)
                     && catalog.find(u"broken-setup-lab"_s),
                 "the fixture packs load");
        QCOMPARE(catalog.find(u"param-docker-lab"_s)->parameters.size(), 1);
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

    void warmStartRunsNoSetupAndTakesTheMembersParameters()
    {
        auto filled = pool().fill(paramPack());
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
        const QDateTime startPressed = QDateTime::currentDateTimeUtc();
        const qint64 startPressedNs = startPressed.toMSecsSinceEpoch() * 1000000;
        auto started = m_runtime->start(u"param-docker-lab"_s);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        const QString id = started->attempt.id;
        QCOMPARE(id, *filled);
        QCOMPARE(started->attempt.state, ExamState::Ready);
        const QString token = started->attempt.parameters.value(u"TOKEN"_s);
        QVERIFY2(paramPack().parameters.first().accepts(token), qPrintable(token));
        auto stored = m_store->attempt(id);
        QVERIFY(stored);
        QCOMPARE(stored->parameters, started->attempt.parameters);

        // The setup ran once, while the member was prepared, and wrote the attempt's token.
        const QStringList runs = jumphostOutput(id, {u"cat"_s, u"/root/ckx-setup-runs"_s}).split(u'\n');
        QCOMPARE(runs.size(), 1);
        QVERIFY2(runs.first().toLongLong() > 0 && runs.first().toLongLong() < startPressedNs,
                 qPrintable(u"setup ran at %1 ns, Start was pressed at %2 ns"_s.arg(runs.first()).arg(startPressedNs)));
        QCOMPARE(jumphostOutput(id, {u"cat"_s, u"/home/candidate/README.txt"_s}), u"token "_s + token);
        QCOMPARE(started->setup.size(), 1);
        QVERIFY(started->setup.first().ok());
        QVERIFY(started->timings.value(u"warmSetupMs"_s).toInteger() > 0);

        // What the learner reads names the same token, and the checks see the setup's state with it.
        const LabPack shown = labparameters::applied(paramPack(), started->attempt.parameters);
        QVERIFY2(shown.questions.first().markdown.contains(u"Your token is "_s + token + u'.'), qPrintable(shown.questions.first().markdown));
        auto fresh = m_runtime->grade(id, false);
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().message));
        QStringList passed;
        for (const CheckResult &r : fresh->results)
            if (r.passed)
                passed << r.checkId;
        QCOMPARE(passed, QStringList{u"3"_s});

        // The exam's clock is this start's, not the fill's.
        QVERIFY(started->attempt.createdAt >= startPressed.addMSecs(-1000));
        QVERIFY(started->attempt.readyAt >= started->attempt.createdAt);
        const QDateTime prepared = QDateTime::fromString(started->attempt.runtimeInfo.value(u"preparedAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(prepared.isValid() && prepared <= startPressed);
        QVERIFY(m_runtime->stop(id));
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(id)), 0);
    }

    void memberOfAChangedPackIsNotTaken()
    {
        auto filled = pool().fill(paramPack());
        QVERIFY(filled);
        // The author edits a setup script after the member was prepared.
        const QString script = paramPack().assetDir + u"/scripts/setup/q1_setup.sh"_s;
        QFile f(script);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        const auto writeScript = [&script](const QByteArray &content) {
            QFile w(script);
            return w.open(QIODevice::WriteOnly | QIODevice::Truncate) && w.write(content) == content.size();
        };
        QVERIFY(original.contains("\nexit 0"));
        QVERIFY(writeScript(QByteArray(original).replace("\nexit 0", "\ntouch /root/ckx-edited\nexit 0")));

        auto started = m_runtime->start(u"param-docker-lab"_s);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        QVERIFY(started->attempt.id != *filled);
        QVERIFY(!started->attempt.runtimeInfo.value(u"warm"_s).toBool());
        QCOMPARE(jumphostOutput(started->attempt.id, {u"sh"_s, u"-c"_s, u"test -f /root/ckx-edited && echo edited"_s}), u"edited"_s);
        QVERIFY(m_runtime->stop(started->attempt.id));

        // The stale member waits unused; the next fill replaces it with one of the pack as it is now.
        QCOMPARE(pool().members().size(), 1);
        auto refilled = pool().fill(paramPack());
        QVERIFY(refilled);
        QVERIFY(*refilled != *filled);
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(*filled)), 0);
        QCOMPARE(pool().members().size(), 1);
        QVERIFY(writeScript(original));
        QCOMPARE(pool().drain(), 1);
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
    }

    void memberThatWaitedTooLongIsNotTaken()
    {
        auto filled = pool().fill(paramPack());
        QVERIFY(filled);
        // Stand-in for half a day of waiting: the marker says it became ready 13 hours ago.
        const QString marker = m_dir.path() + u"/data/sessions/"_s + *filled + u"/warm.json"_s;
        QFile f(marker);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QVERIFY(o.contains(u"preparedAt"_s));
        o[u"preparedAt"_s] = QDateTime::currentDateTimeUtc().addSecs(-13 * 3600).toString(Qt::ISODateWithMs);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        auto started = m_runtime->start(u"param-docker-lab"_s);
        QVERIFY(started);
        QVERIFY(started->attempt.id != *filled);
        QVERIFY(m_runtime->stop(started->attempt.id));
        // The next fill replaces it.
        auto refilled = pool().fill(paramPack());
        QVERIFY(refilled);
        QVERIFY(*refilled != *filled);
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(*filled)), 0);
        QCOMPARE(pool().drain(), 1);
    }

    void seededStartTakesOnlyAMemberDrawnFromItsSeed()
    {
        const ParameterValues drawn7 = labparameters::draw(paramPack().parameters, 7);
        StartOptions seeded;
        seeded.parameterSeed = 7;
        auto random = pool().fill(paramPack());
        QVERIFY(random);
        auto first = m_runtime->start(u"param-docker-lab"_s, seeded);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->attempt.id != *random);
        QCOMPARE(first->attempt.parameters, drawn7);
        QVERIFY(m_runtime->stop(first->attempt.id));

        // A member drawn from seed 7 replaces the random one; a start without a seed leaves it alone.
        auto fixed = pool().fill(paramPack(), {}, {}, 7);
        QVERIFY(fixed);
        QVERIFY(*fixed != *random);
        QCOMPARE(test::DockerTestEnv::countLabelled(sessionFilter(*random)), 0);
        auto plain = m_runtime->start(u"param-docker-lab"_s);
        QVERIFY(plain);
        QVERIFY(plain->attempt.id != *fixed);
        QVERIFY(m_runtime->stop(plain->attempt.id));
        auto second = m_runtime->start(u"param-docker-lab"_s, seeded);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(second->attempt.id, *fixed);
        QCOMPARE(second->attempt.parameters, drawn7);
        QCOMPARE(jumphostOutput(second->attempt.id, {u"cat"_s, u"/home/candidate/README.txt"_s}), u"token "_s + drawn7.value(u"TOKEN"_s));
        QVERIFY(m_runtime->stop(second->attempt.id));
        QVERIFY(pool().members().isEmpty());
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
    }

    void failedSetupLeavesNoMember()
    {
        auto r = pool().fill(*m_runtime->catalog().find(u"broken-setup-lab"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"pool.setup"_s);
        QVERIFY2(r.error().message.contains(u"q1_setup.sh"_s) && r.error().message.contains(u"exited with 3"_s),
                 qPrintable(r.error().message));
        QVERIFY(pool().members().isEmpty());
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
        // A start of the lab prepares its own environment (and reports the same failing script).
        auto started = m_runtime->start(u"broken-setup-lab"_s);
        QVERIFY(!started);
        QCOMPARE(started.error().code, u"exam.setup"_s);
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
        // Neither the fill nor the failed start leaves key files behind.
        QCOMPARE(QDir(m_dir.path() + u"/data/sessions"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
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
