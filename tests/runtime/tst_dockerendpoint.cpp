// Finding the engine the way the docker CLI does: DOCKER_HOST first, then the CLI's current context (made here by
// the real `docker context create/use` in a private DOCKER_CONFIG), then the system socket. Rootless Docker and the
// socket states are in tests/app/tst_ckxctl_firstrun.cpp (they need a mount namespace to hide the system socket).

#include "runtime/docker/dockerclient.h"
#include "runtime/docker/dockerendpoint.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestDockerEndpoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    int docker(const QStringList &args)
    {
        QProcess p;
        p.start(u"docker"_s, QStringList{u"--config"_s, m_config.path()} + args);
        if (!p.waitForFinished(30000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("docker %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return p.exitCode();
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(u"DOCKER_CONFIG"_s, m_config.path());
        e.insert(u"HOME"_s, m_config.path());
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            QSKIP("the docker CLI is not installed (Debian: docker.io)");
        QVERIFY(m_config.isValid());
        QCOMPARE(docker({u"context"_s, u"create"_s, u"ckx-test"_s, u"--docker"_s, u"host=unix:///var/run/docker.sock"_s}), 0);
        QCOMPARE(docker({u"context"_s, u"create"_s, u"elsewhere"_s, u"--docker"_s, u"host=tcp://192.0.2.7:2375"_s}), 0);
    }

    void noSettingIsTheSystemSocket()
    {
        auto ep = DockerEndpoint::fromEnvironment(env());
        QVERIFY2(ep, qPrintable(ep ? QString() : ep.error().message));
        QCOMPARE(ep->socketPath, u"/var/run/docker.sock"_s);
        QVERIFY(ep->systemSocket);
        QCOMPARE(ep->origin, u"the system socket"_s);
    }

    void currentContextOfTheCliIsUsed()
    {
        QCOMPARE(docker({u"context"_s, u"use"_s, u"elsewhere"_s}), 0);
        auto ep = DockerEndpoint::fromEnvironment(env());
        QVERIFY2(ep, qPrintable(ep ? QString() : ep.error().message));
        QCOMPARE(ep->baseUrl, u"http://192.0.2.7:2375"_s);
        QCOMPARE(ep->origin, u"Docker context 'elsewhere'"_s);

        // DOCKER_CONTEXT wins over config.json, and the engine behind it really answers.
        QProcessEnvironment e = env();
        e.insert(u"DOCKER_CONTEXT"_s, u"ckx-test"_s);
        ep = DockerEndpoint::fromEnvironment(e);
        QVERIFY(ep);
        QCOMPARE(ep->socketPath, u"/var/run/docker.sock"_s);
        auto client = DockerClient::connect(*ep);
        QVERIFY2(client, qPrintable(client ? QString() : client.error().message));

        // DOCKER_HOST wins over any context.
        e.insert(u"DOCKER_HOST"_s, u"unix:///tmp/ckx-elsewhere.sock"_s);
        ep = DockerEndpoint::fromEnvironment(e);
        QVERIFY(ep);
        QCOMPARE(ep->socketPath, u"/tmp/ckx-elsewhere.sock"_s);
        QCOMPARE(ep->origin, u"DOCKER_HOST"_s);
        QCOMPARE(docker({u"context"_s, u"use"_s, u"default"_s}), 0);
    }

    void contextThatIsGoneSaysWhichFile()
    {
        QFile config(m_config.filePath(u"config.json"_s));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(R"({"currentContext": "deleted-one"})");
        config.close();
        auto ep = DockerEndpoint::fromEnvironment(env());
        QVERIFY(!ep);
        QCOMPARE(ep.error().code, u"docker.context"_s);
        QVERIFY2(ep.error().message.contains(u"'deleted-one'"_s), qPrintable(ep.error().message));
        QVERIFY2(ep.error().message.contains(m_config.path() + u"/contexts/meta/"_s), qPrintable(ep.error().message));
        QVERIFY(ep.error().message.contains(u"docker context use default"_s));
        QVERIFY(config.remove());
    }
};

QTEST_GUILESS_MAIN(TestDockerEndpoint)
#include "tst_dockerendpoint.moc"
