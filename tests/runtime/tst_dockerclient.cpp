// The Engine API client against the real dockerd (started by `make test`): connection and version negotiation,
// containers, networks, volumes, exec with demultiplexed output, put_archive, image build with progress.

#include "fixtures/dockertestenv.h"
#include "runtime/docker/dockerclient.h"
#include "runtime/docker/dockerstreamdecoder.h"
#include "runtime/docker/tarwriter.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <chrono>
#include <thread>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestDockerClient : public QObject
{
    Q_OBJECT

private:
    test::DockerTestEnv m_env;
    std::optional<DockerClient> m_docker;

    QString runSleeper(const QString &name)
    {
        const QJsonObject spec{{u"Image"_s, test::DockerTestEnv::baseImage()},
                               {u"Cmd"_s, QJsonArray{u"sleep"_s, u"infinity"_s}},
                               {u"Labels"_s, m_env.labels()},
                               {u"HostConfig"_s, QJsonObject{{u"Init"_s, true}}}};
        auto id = m_docker->createContainer(name, spec);
        if (!id)
            qWarning() << id.error().message;
        if (!id || !m_docker->startContainer(*id))
            return {};
        return *id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.available())
            QSKIP(qPrintable(m_env.skipReason()));
        auto c = DockerClient::connect();
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        m_docker = *c;
    }

    void negotiatesNoNewerThanTheEngine()
    {
        const DockerVersion &v = m_docker->version();
        QVERIFY(!v.engineVersion.isEmpty());
        const auto chosen = QVersionNumber::fromString(v.apiVersion);
        QVERIFY(chosen <= QVersionNumber::fromString(v.maxApiVersion));
        QVERIFY(chosen <= QVersionNumber::fromString(QLatin1String(DockerClient::kMaxApiVersion)));
        QCOMPARE(chosen, std::min(QVersionNumber::fromString(v.maxApiVersion), QVersionNumber::fromString(u"1.43"_s)));
    }

    void endpointFromEnvironment_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("tlsVerify");
        QTest::addColumn<QString>("expectUrl");
        QTest::addColumn<QString>("expectErrorCode");
        QTest::newRow("default socket") << QString() << QString() << u"http://localhost"_s << QString();
        QTest::newRow("unix path") << u"unix:///tmp/d.sock"_s << QString() << u"http://localhost"_s << QString();
        QTest::newRow("tcp plain") << u"tcp://10.0.0.5:2375"_s << QString() << u"http://10.0.0.5:2375"_s << QString();
        QTest::newRow("tcp tls, certs missing") << u"tcp://10.0.0.5"_s << u"1"_s << QString() << u"docker.tls"_s;
        QTest::newRow("ssh unsupported") << u"ssh://me@host"_s << QString() << QString() << u"docker.host"_s;
    }
    void endpointFromEnvironment()
    {
        QFETCH(QString, host);
        QFETCH(QString, tlsVerify);
        QFETCH(QString, expectUrl);
        QFETCH(QString, expectErrorCode);
        QTemporaryDir empty;
        QProcessEnvironment env;
        env.insert(u"DOCKER_CERT_PATH"_s, empty.path());
        if (!tlsVerify.isEmpty())
            env.insert(u"DOCKER_TLS_VERIFY"_s, tlsVerify);
        auto ep = DockerEndpoint::parse(host, env);
        if (!expectErrorCode.isEmpty()) {
            QVERIFY(!ep);
            QCOMPARE(ep.error().code, expectErrorCode);
            return;
        }
        QVERIFY(ep);
        QCOMPARE(ep->baseUrl, expectUrl);
    }

    void notRunningNamesTheSocketAndWhatToCheck()
    {
        // A socket of our own choosing (rootless Docker, a host typed in Settings): the advice is to check that
        // engine and the setting, not to start the system service, which would not help.
        QTemporaryDir dir;
        auto ep = DockerEndpoint::parse(u"unix://"_s + dir.path() + u"/nothing.sock"_s, {});
        QVERIFY(ep);
        auto c = DockerClient::connect(*ep);
        QVERIFY(!c);
        QCOMPARE(c.error().code, u"docker.unreachable"_s);
        QVERIFY2(c.error().message.contains(u"No Docker engine answers at"_s), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(dir.path()));
        QVERIFY(c.error().message.contains(u"Docker host setting"_s));
        QVERIFY2(!c.error().message.contains(u"sudo systemctl start docker"_s), qPrintable(c.error().message));
    }

    void decoderHandlesAnySplit_data()
    {
        QTest::addColumn<int>("piece");
        for (int p : {1, 3, 7, 8, 9, 64, 100000})
            QTest::newRow(qPrintable(QString::number(p))) << p;
    }
    void decoderHandlesAnySplit()
    {
        QFETCH(int, piece);
        QByteArray stream;
        auto frame = [&stream](char type, const QByteArray &payload) {
            const quint32 n = quint32(payload.size());
            const char header[8] = {type, 0, 0, 0, char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
            stream += QByteArray(header, 8) + payload;
        };
        frame(1, "hello ");
        frame(2, "oops\n");
        frame(1, QByteArray(70000, 'x'));
        QByteArray out, errs;
        DockerStreamDecoder d(DockerStreamDecoder::Mode::Multiplexed);
        d.onFrame = [&](int s, QByteArrayView v) { (s == 1 ? out : errs).append(v.data(), v.size()); };
        for (qsizetype i = 0; i < stream.size(); i += piece)
            d.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(piece, stream.size() - i)));
        QCOMPARE(out, "hello " + QByteArray(70000, 'x'));
        QCOMPARE(errs, QByteArray("oops\n"));
        QCOMPARE(d.pending(), 0);
    }

    void execDemultiplexesAndReportsExitCode()
    {
        const QString id = runSleeper(m_env.uniqueName(u"exec"_s));
        QVERIFY(!id.isEmpty());
        auto r = m_docker->exec(id, {u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 3"_s});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->exitCode, 3);
        QCOMPARE(r->stdoutData, QByteArray("out\n"));
        QVERIFY(r->output.contains("out\n") && r->output.contains("err\n"));

        ExecOptions small;
        small.outputLimit = 1000;
        small.user = u"nobody"_s;
        small.env = {u"GREETING=hi there"_s};
        small.workingDir = u"/tmp"_s;
        auto big = m_docker->exec(id, {u"sh"_s, u"-c"_s, u"id -un; pwd; echo \"$GREETING\"; head -c 100000 /dev/zero"_s}, small);
        QVERIFY(big);
        QCOMPARE(big->exitCode, 0);
        QVERIFY(big->truncated);
        QCOMPARE(big->output.size(), 1000);
        QVERIFY2(big->output.startsWith("nobody\n/tmp\nhi there\n"), big->output.left(40).constData());

        auto missing = m_docker->exec(id, {u"/no/such/program"_s});
        QVERIFY(missing); // the exec runs; the engine reports the failure as the exit code
        QVERIFY(missing->exitCode != 0);
    }

    void eventsReportWhatHappened()
    {
        const qint64 since = QDateTime::currentSecsSinceEpoch() - 1;
        const QString name = m_env.uniqueName(u"events"_s);
        const QString id = runSleeper(name);
        QVERIFY(!id.isEmpty());
        auto ev = m_docker->events(DockerClient::labelFilter({m_env.labelKey() + u'=' + m_env.labelValue()}), since,
                                   QDateTime::currentSecsSinceEpoch() + 1);
        QVERIFY2(ev, qPrintable(ev ? QString() : ev.error().message));
        QStringList actions;
        for (const auto &e : *ev)
            if (e.toObject().value(u"id"_s).toString() == id)
                actions << e.toObject().value(u"Action"_s).toString();
        QVERIFY2(actions.contains(u"create"_s) && actions.contains(u"start"_s), qPrintable(actions.join(u',')));
    }

    void putArchiveKeepsModesOwnersAndLongPaths()
    {
        const QString id = runSleeper(m_env.uniqueName(u"archive"_s));
        QVERIFY(!id.isEmpty());
        const QString longDir = u"opt/"_s + QString(60, u'a') + u'/' + QString(60, u'b');
        TarWriter tar;
        tar.addDirectory(u"home/secret"_s, 0700, 1000, 1000);
        tar.addFile(u"home/secret/key"_s, "top secret\n", 0600, 1000, 1000);
        tar.addFile(longDir + u"/file.txt"_s, "deep\n");
        QVERIFY(m_docker->putArchive(id, u"/"_s, tar.finish()));
        auto r = m_docker->exec(id, {u"sh"_s, u"-c"_s, u"stat -c '%a %u' /home/secret /home/secret/key; cat /home/secret/key /"_s + longDir + u"/file.txt"_s});
        QVERIFY(r);
        QCOMPARE(QString::fromUtf8(r->output), u"700 1000\n600 1000\ntop secret\ndeep\n"_s);
    }

    void networksVolumesAndLabelFilters()
    {
        const QString net = m_env.uniqueName(u"net"_s);
        auto nid = m_docker->createNetwork(net, m_env.labels());
        QVERIFY2(nid, qPrintable(nid ? QString() : nid.error().message));
        const QString vol = m_env.uniqueName(u"vol"_s);
        QVERIFY(m_docker->createVolume(vol, m_env.labels()));
        const auto filter = DockerClient::labelFilter({m_env.labelKey() + u'=' + m_env.labelValue()});
        auto nets = m_docker->listNetworks(filter);
        QVERIFY(nets);
        QCOMPARE(nets->size(), 1);
        QCOMPARE(nets->at(0).toObject().value(u"Name"_s).toString(), net);
        auto vols = m_docker->listVolumes(filter);
        QVERIFY(vols);
        QCOMPARE(vols->size(), 1);
        QVERIFY(m_docker->removeNetwork(net));
        QVERIFY(m_docker->removeVolume(vol));
        QCOMPARE(m_docker->listNetworks(filter)->size(), 0);
        QVERIFY2(m_docker->removeNetwork(net), "removing what is already gone is not an error");
    }

    void containerErrorsAreInLearnerWords()
    {
        auto missing = m_docker->inspectImage(u"ckx-test/does-not-exist:0"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"docker.image-missing"_s);
        const QJsonObject spec{{u"Image"_s, u"ckx-test/does-not-exist:0"_s}, {u"Labels"_s, m_env.labels()}};
        auto c = m_docker->createContainer(m_env.uniqueName(u"noimg"_s), spec);
        QVERIFY(!c);
        QCOMPARE(c.error().code, u"docker.image-missing"_s);
        QVERIFY2(c.error().message.contains(u"ckxctl images build"_s), qPrintable(c.error().message));
    }

    void buildsFromAnInMemoryContextWithProgress()
    {
        TarWriter ctx;
        ctx.addFile(u"Dockerfile"_s, "FROM scratch\nCOPY hello.txt /hello.txt\n");
        ctx.addFile(u"hello.txt"_s, "hi\n");
        const QString tag = u"ckx-test/build-"_s + m_env.labelValue().left(8) + u":1"_s;
        QStringList steps;
        auto id = m_docker->buildImage(ctx.finish(), tag, {}, {{m_env.labelKey(), m_env.labelValue()}},
                                       [&steps](const DockerProgress &p) { steps << p.status; });
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QVERIFY(id->startsWith(u"sha256:"_s));
        QVERIFY2(steps.join(u'\n').contains(u"COPY hello.txt"_s), qPrintable(steps.join(u'\n')));
        auto saved = m_docker->saveImages({tag});
        QVERIFY(saved);
        QVERIFY(saved->size() > 1024);

        TarWriter bad;
        bad.addFile(u"Dockerfile"_s, "FROM scratch\nCOPY missing.txt /\n");
        auto failed = m_docker->buildImage(bad.finish(), tag + u"-bad"_s, {}, {}, {});
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"missing.txt"_s), qPrintable(failed.error().message));
        QVERIFY(m_docker->removeImage(tag, true));
    }

    // The learner's Cancel button during an image build: the build stops within seconds, says it was cancelled,
    // and leaves no build container running on the engine.
    void cancelStopsABuildInProgress()
    {
        const QString base = u"ckx/base:bookworm"_s; // made by scripts/base-image.sh, which `make test` runs
        QVERIFY2(m_docker->inspectImage(base), "ckx/base:bookworm is missing: run scripts/base-image.sh");
        auto own = DockerClient::connect(); // cancelling is shared by copies, so not m_docker's
        QVERIFY(own);
        const QString marker = u"ckx-cancel-"_s + m_env.labelValue().left(8);
        TarWriter ctx;
        ctx.addFile(u"Dockerfile"_s, (u"FROM "_s + base + u"\nRUN sleep 120 # "_s + marker + u"\n"_s).toUtf8());
        std::thread canceller([&own] {
            std::this_thread::sleep_for(std::chrono::milliseconds(2000));
            own->cancelTransfers();
        });
        QElapsedTimer t;
        t.start();
        auto built = own->buildImage(ctx.finish(), marker + u":1"_s, {}, {{m_env.labelKey(), m_env.labelValue()}}, {});
        canceller.join();
        QVERIFY(!built);
        QCOMPARE(built.error().code, u"docker.cancelled"_s);
        QVERIFY2(t.elapsed() < 30000, "the build ran on instead of stopping");
        QVERIFY(!own->listContainers()); // a cancelled client refuses new calls too

        auto buildContainers = [&] {
            int n = 0;
            for (const auto &c : m_docker->listContainers({}, false).valueOr({}))
                n += c.toObject().value(u"Command"_s).toString().contains(marker);
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(buildContainers(), 0, 20000);
    }

    void cleanupTestCase()
    {
        if (m_env.available()) {
            m_env.cleanup();
            const auto left = m_docker->listContainers(DockerClient::labelFilter({m_env.labelKey() + u'=' + m_env.labelValue()}));
            QVERIFY(left && left->isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDockerClient)
#include "tst_dockerclient.moc"
