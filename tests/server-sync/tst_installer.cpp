// ckx-server's installer as the vendor uses it (docs/server.md, "Deploy"): the image from installer/Dockerfile.server
// built against the real dockerd and run with a named volume, on SQLite and on a real PostgreSQL; and the systemd
// unit checked by systemd-analyze (PID-1 systemd cannot run on this machine, so the unit is verified, not started).
#include "fixtures/dockertestenv.h"
#include "fixtures/postgresfixture.h"
#include "fixtures/servercontainer.h"
#include "ckxpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ckx::test;

namespace {
constexpr int kBuildTimeoutMs = 50 * 60 * 1000; // a cold build (apt + compile) takes ~8 min; CI's 2 cores are slower

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString grantPublicKey(ServerContainer &c)
{
    const HttpResult keys = c.call("GET", QStringLiteral("/api/v1/keys"));
    return keys.dataObject().value(QStringLiteral("keys")).toArray().at(0).toObject().value(QStringLiteral("publicKey")).toString();
}

/// The uids (real, effective, saved, fs) of a host process, from /proc/PID/status.
QStringList processUids(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            return QString::fromLatin1(line.mid(4)).split(u'\t', Qt::SkipEmptyParts);
    }
    return {};
}
} // namespace

class TestInstaller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void imageDeclaresUserVolumeAndHealthcheck();
    void survivesContainerReplacement_data();
    void survivesContainerReplacement();
    void healthcheckFollowsTheListenPort();
    void unhealthyWhileTheDatabaseIsDown();
    void systemdUnitVerifies();

private:
    std::unique_ptr<ServerContainer> startContainer(const QString &volume, const QStringList &env, bool hostNetwork = false,
                                                    quint16 hostPort = 0);
    QString newVolume();

    DockerTestEnv m_docker;
    QString m_tag;
    bool m_built = false;
};

void TestInstaller::initTestCase()
{
    if (!m_docker.available())
        return; // the Docker tests skip; the systemd unit is still verified
    const DockerCommandResult base = ServerContainer::docker({QStringLiteral("image"), QStringLiteral("inspect"), DockerTestEnv::baseImage()});
    QVERIFY2(base.exitCode == 0, qPrintable(QStringLiteral("no %1 image: scripts/services.sh (run by make test) makes it")
                                                .arg(DockerTestEnv::baseImage())));
    // A unique tag, removed at the end with --no-prune, so the layer cache stays for the next run.
    m_tag = QStringLiteral("ckx/server:test-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    QTemporaryDir logDir;
    QElapsedTimer t;
    t.start();
    const QString error = ServerContainer::buildImage(QStringLiteral(CKX_SOURCE_DIR), m_tag, DockerTestEnv::baseImage(),
                                                      logDir.filePath(QStringLiteral("build.log")), kBuildTimeoutMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_built = true;
    qInfo("built %s in %.1f s", qPrintable(m_tag), double(t.elapsed()) / 1000.0);
}

void TestInstaller::cleanupTestCase()
{
    if (m_built)
        ServerContainer::removeImage(m_tag);
    // Containers and volumes carry the test's label; DockerTestEnv removes them when it goes.
}

QString TestInstaller::newVolume()
{
    const QString name = m_docker.uniqueName(QStringLiteral("server-data"));
    const DockerCommandResult r = ServerContainer::docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"),
                                                           m_docker.labelKey() + u'=' + m_docker.labelValue(), name});
    return r.exitCode == 0 ? name : QString();
}

std::unique_ptr<ServerContainer> TestInstaller::startContainer(const QString &volume, const QStringList &env, bool hostNetwork,
                                                               quint16 hostPort)
{
    ServerContainer::Options o;
    o.image = m_tag;
    o.name = m_docker.uniqueName(QStringLiteral("server"));
    o.volume = volume;
    o.label = m_docker.labelKey() + u'=' + m_docker.labelValue();
    o.env = env;
    o.hostNetwork = hostNetwork;
    o.hostPort = hostPort;
    auto c = std::make_unique<ServerContainer>(o);
    if (!c->start() || !c->waitReady(60000)) {
        qWarning("%s", qPrintable(c->errorString()));
        return nullptr;
    }
    return c;
}

void TestInstaller::imageDeclaresUserVolumeAndHealthcheck()
{
    if (!m_built)
        QSKIP(qPrintable(m_docker.skipReason()));
    const DockerCommandResult r = ServerContainer::docker({QStringLiteral("image"), QStringLiteral("inspect"), m_tag});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject config = QJsonDocument::fromJson(r.output).array().at(0).toObject().value(QStringLiteral("Config")).toObject();
    QCOMPARE(config.value(QStringLiteral("User")).toString(), QStringLiteral("10001:10001")); // numeric: runAsNonRoot can check it
    QVERIFY(config.value(QStringLiteral("Volumes")).toObject().contains(QStringLiteral("/var/lib/ckx-server")));
    QVERIFY(config.value(QStringLiteral("ExposedPorts")).toObject().contains(QStringLiteral("8080/tcp")));
    QCOMPARE(config.value(QStringLiteral("StopSignal")).toString(), QStringLiteral("SIGTERM"));
    QVERIFY(!config.value(QStringLiteral("Healthcheck")).toObject().value(QStringLiteral("Test")).toArray().isEmpty());
}

void TestInstaller::survivesContainerReplacement_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// What a vendor notices across an upgrade: the old container stops cleanly, a new one on the same volume (and the
// same database) still knows the user, does not sign anyone out (jwt.key kept) and signs grants with the same key.
void TestInstaller::survivesContainerReplacement()
{
    if (!m_built)
        QSKIP(qPrintable(m_docker.skipReason()));
    QFETCH(QString, backend);
    PostgresFixture pg;
    QStringList env;
    bool hostNetwork = false;
    quint16 port = 0;
    if (backend == QStringLiteral("postgresql")) {
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        const QString url = pg.createDatabase(QStringLiteral("ckx_installer"));
        QVERIFY2(!url.isEmpty(), qPrintable(pg.errorString()));
        env << QStringLiteral("CKX_DATABASE_URL=") + url;
        // The cluster listens on loopback only; the container shares the host's network to reach it.
        hostNetwork = true;
        port = freeLoopbackPort();
    }
    const QString volume = newVolume();
    QVERIFY(!volume.isEmpty());

    auto first = startContainer(volume, env, hostNetwork, port);
    QVERIFY(first);
    const QStringList uids = processUids(first->hostPid());
    QCOMPARE(uids.size(), 4);
    for (const QString &uid : uids)
        QCOMPARE(uid, QStringLiteral("10001")); // never root, not even saved or filesystem uid
    QTRY_COMPARE_WITH_TIMEOUT(first->healthStatus(), QStringLiteral("healthy"), 30000);
    QVERIFY(first->logs().contains(backend == QStringLiteral("sqlite") ? "database ready: sqlite /var/lib/ckx-server/"
                                                                       : "database ready: postgresql"));

    const QString email = QStringLiteral("vendor-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QJsonObject credentials{{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("correct horse battery")}};
    const HttpResult registered = first->callJson("POST", QStringLiteral("/api/v1/auth/register"), credentials);
    QCOMPARE(registered.status, 201);
    const HttpResult login = first->callJson("POST", QStringLiteral("/api/v1/auth/login"), credentials);
    QCOMPARE(login.status, 200);
    const QString token = login.dataObject().value(QStringLiteral("accessToken")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(first->call("GET", QStringLiteral("/api/v1/users/me"), {}, token).dataObject().value(QStringLiteral("email")).toString(), email);
    const QString grantKey = grantPublicKey(*first);
    QVERIFY(!grantKey.isEmpty());

    qint64 stopMs = 0;
    QCOMPARE(first->stop(&stopMs), 0);
    QVERIFY2(stopMs < 20000, qPrintable(QStringLiteral("docker stop took %1 ms; the stop timeout is 20 s").arg(stopMs)));
    QVERIFY(first->logs().contains("shutting down"));
    first->remove();

    auto second = startContainer(volume, env, hostNetwork, port);
    QVERIFY(second);
    QCOMPARE(second->callJson("POST", QStringLiteral("/api/v1/auth/login"), credentials).status, 200);
    const HttpResult me = second->call("GET", QStringLiteral("/api/v1/users/me"), {}, token);
    QVERIFY2(me.status == 200, "a token from before the restart still works: jwt.key was kept");
    QCOMPARE(grantPublicKey(*second), grantKey);
    QCOMPARE(second->callJson("POST", QStringLiteral("/api/v1/auth/register"), credentials).status, 409);
    QCOMPARE(second->stop(), 0);
}

void TestInstaller::healthcheckFollowsTheListenPort()
{
    if (!m_built)
        QSKIP(qPrintable(m_docker.skipReason()));
    const QString volume = newVolume();
    QVERIFY(!volume.isEmpty());
    // A vendor who moves the port with CKX_LISTEN keeps a working HEALTHCHECK (it reads the same variable).
    const quint16 port = freeLoopbackPort();
    auto c = startContainer(volume, {}, true, port);
    QVERIFY(c);
    QTRY_COMPARE_WITH_TIMEOUT(c->healthStatus(), QStringLiteral("healthy"), 30000);
    QCOMPARE(c->stop(), 0);
}

void TestInstaller::unhealthyWhileTheDatabaseIsDown()
{
    if (!m_built)
        QSKIP(qPrintable(m_docker.skipReason()));
    PostgresFixture pg;
    QVERIFY2(pg.start(), qPrintable(pg.errorString()));
    const QString url = pg.createDatabase(QStringLiteral("ckx_health"));
    QVERIFY(!url.isEmpty());
    const QString volume = newVolume();
    QVERIFY(!volume.isEmpty());
    auto c = startContainer(volume, {QStringLiteral("CKX_DATABASE_URL=") + url}, true, freeLoopbackPort());
    QVERIFY(c);
    QTRY_COMPARE_WITH_TIMEOUT(c->healthStatus(), QStringLiteral("healthy"), 30000);
    pg.stop();
    // Three failed checks 2 s apart (the image's --retries=3).
    QTRY_COMPARE_WITH_TIMEOUT(c->healthStatus(), QStringLiteral("unhealthy"), 30000);
    QCOMPARE(c->call("GET", QStringLiteral("/readyz")).status, 503);
    QCOMPARE(c->call("GET", QStringLiteral("/healthz")).status, 200);
    QCOMPARE(c->stop(), 0);
}

void TestInstaller::systemdUnitVerifies()
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        QSKIP("systemd-analyze is not installed (Debian package systemd)");
    // A root holding the unit where docs/server.md installs it, the binary at the path ExecStart names, and the
    // system's own units (the targets it is ordered after), so verify checks exactly what an install would have.
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("etc/systemd/system")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("usr/bin")));
    QVERIFY(QFile::copy(QStringLiteral(CKX_SOURCE_DIR "/installer/ckx-server.service"),
                        root.filePath(QStringLiteral("etc/systemd/system/ckx-server.service"))));
    const QString binary = qEnvironmentVariable("CKX_BIN_DIR", QStringLiteral(CKX_BIN_DIR)) + QStringLiteral("/ckx-server");
    QVERIFY2(QFile::copy(binary, root.filePath(QStringLiteral("usr/bin/ckx-server"))), qPrintable(binary));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("usr/lib/systemd")));
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("/usr/lib/systemd/system"), root.filePath(QStringLiteral("usr/lib/systemd/"))});
    QVERIFY(cp.waitForFinished(30000) && cp.exitCode() == 0);

    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(analyze, {QStringLiteral("verify"), QStringLiteral("--root=") + root.path(), QStringLiteral("ckx-server.service")});
    QVERIFY(verify.waitForFinished(60000));
    const QString output = QString::fromUtf8(verify.readAll()).trimmed();
    QVERIFY2(verify.exitCode() == 0 && output.isEmpty(), qPrintable(output)); // unknown keys only warn: no output at all

    QProcess security;
    security.setProcessChannelMode(QProcess::MergedChannels);
    security.start(analyze, {QStringLiteral("security"), QStringLiteral("--offline=true"), QStringLiteral("--threshold=20"),
                             QStringLiteral("--root=") + root.path(), QStringLiteral("ckx-server.service")});
    QVERIFY(security.waitForFinished(60000));
    // Exposure 0 (locked down) .. 10 (unprotected); the threshold fails anything above 2.0.
    const QString report = QString::fromUtf8(security.readAll());
    const qsizetype overall = report.indexOf(QStringLiteral("Overall exposure level"));
    QVERIFY2(security.exitCode() == 0, qPrintable(overall < 0 ? report.right(2000) : report.mid(overall).trimmed()));
}

QTEST_GUILESS_MAIN(TestInstaller)
#include "tst_installer.moc"
