// The container specs of a session, checked before anything starts: names and labels, loopback-only ports, limits,
// no-new-privileges, dropped capabilities (and the documented dind exception), no host socket or folder mounted.

#include "runtime/stack/stackblueprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestStackBlueprint : public QObject
{
    Q_OBJECT

    StackBlueprint bp{u"0f0e0d0c-1111-4222-8333-444455556666"_s, u"docker-basics-001"_s, u"abc123"_s};

private Q_SLOTS:
    void namesAndLabelsCarryTheSession()
    {
        QCOMPARE(bp.networkName(), u"ckx-0f0e0d0c-1111-4222-8333-444455556666"_s);
        QCOMPARE(bp.jumphostName(), u"ckx-ssh-0f0e0d0c-1111-4222-8333-444455556666"_s);
        QCOMPARE(bp.desktopName(), u"ckx-vnc-0f0e0d0c-1111-4222-8333-444455556666"_s);
        QCOMPARE(bp.dindName(), u"ckx-dind-0f0e0d0c-1111-4222-8333-444455556666"_s);
        const QJsonObject l = bp.labels(u"jumphost"_s);
        QCOMPARE(l.value(u"io.ckx.session"_s).toString(), bp.sessionId());
        QCOMPARE(l.value(u"io.ckx.lab"_s).toString(), u"docker-basics-001"_s);
        QCOMPARE(l.value(u"io.ckx.store"_s).toString(), u"abc123"_s);
        QCOMPARE(l.value(u"io.ckx.role"_s).toString(), u"jumphost"_s);
    }

    void specs_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QStringList>("capAdd");
        QTest::addColumn<int>("publishedPort");
        QTest::newRow("jumphost") << bp.jumphostSpec(u"ckx/jumphost:1"_s, {u"DOCKER_HOST=unix:///run/ckx-dind/docker.sock"_s}, true)
                                  << QStringList{u"CHOWN"_s, u"DAC_OVERRIDE"_s, u"FOWNER"_s, u"SETUID"_s, u"SETGID"_s,
                                                 u"SYS_CHROOT"_s, u"KILL"_s, u"AUDIT_WRITE"_s, u"NET_BIND_SERVICE"_s}
                                  << 22;
        QTest::newRow("desktop") << bp.desktopSpec(u"ckx/desktop:1"_s)
                                 << QStringList{u"CHOWN"_s, u"DAC_OVERRIDE"_s, u"FOWNER"_s, u"SETUID"_s, u"SETGID"_s} << 5901;
        QTest::newRow("dind") << bp.dindSpec(u"ckx/dind:1"_s) << QStringList{u"ALL"_s} << 0;
    }
    void specs()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QStringList, capAdd);
        QFETCH(int, publishedPort);
        const QJsonObject host = spec.value(u"HostConfig"_s).toObject();
        QCOMPARE(host.value(u"NetworkMode"_s).toString(), bp.networkName());
        QVERIFY(host.value(u"Memory"_s).toDouble() >= double(1LL << 30));
        QCOMPARE(host.value(u"MemorySwap"_s).toDouble(), host.value(u"Memory"_s).toDouble());
        QVERIFY(host.value(u"NanoCpus"_s).toDouble() > 0);
        QVERIFY(host.value(u"PidsLimit"_s).toInt() > 0);
        QVERIFY(host.value(u"SecurityOpt"_s).toArray().contains(u"no-new-privileges"_s));
        QVERIFY(!host.contains(u"Privileged"_s));
        QCOMPARE(host.value(u"CapAdd"_s).toArray().toVariantList().size(), capAdd.size());
        for (const QString &c : capAdd)
            QVERIFY2(host.value(u"CapAdd"_s).toArray().contains(c), qPrintable(c));
        if (capAdd == QStringList{u"ALL"_s})
            QCOMPARE(host.value(u"CapDrop"_s).toArray(), QJsonArray{u"SYS_RESOURCE"_s});
        else
            QCOMPARE(host.value(u"CapDrop"_s).toArray(), QJsonArray{u"ALL"_s});
        const QJsonObject ports = host.value(u"PortBindings"_s).toObject();
        QCOMPARE(ports.size(), publishedPort ? 1 : 0);
        if (publishedPort) {
            const QJsonObject b = ports.value(u"%1/tcp"_s.arg(publishedPort)).toArray().first().toObject();
            QCOMPARE(b.value(u"HostIp"_s).toString(), u"127.0.0.1"_s);
            QCOMPARE(b.value(u"HostPort"_s).toString(), QString()); // chosen by Docker, read back after start
        }
        QVERIFY(!host.contains(u"Binds"_s));
        for (const auto &m : host.value(u"Mounts"_s).toArray()) {
            QCOMPARE(m.toObject().value(u"Type"_s).toString(), u"volume"_s);
            QVERIFY(m.toObject().value(u"Source"_s).toString().endsWith(bp.sessionId()));
        }
        QVERIFY2(!QJsonDocument(spec).toJson().contains("/var/run/docker.sock"), "the host engine is never reachable");
        QCOMPARE(spec.value(u"Labels"_s).toObject().value(u"io.ckx.session"_s).toString(), bp.sessionId());
    }

    void candidateEnvironmentIsPassedButNoSecrets()
    {
        const QJsonObject j = bp.jumphostSpec(u"i"_s, {u"DOCKER_HOST=unix:///run/ckx-dind/docker.sock"_s}, true);
        QCOMPARE(j.value(u"Env"_s).toArray(), QJsonArray{u"DOCKER_HOST=unix:///run/ckx-dind/docker.sock"_s});
        QVERIFY(!j.contains(u"Cmd"_s)); // the image's entrypoint; keys arrive as files
        const QJsonObject dindHost = bp.dindSpec(u"i"_s).value(u"HostConfig"_s).toObject();
        QCOMPARE(dindHost.value(u"Mounts"_s).toArray().size(), 1); // only the socket folder it shares with the jumphost
        QVERIFY(dindHost.value(u"Tmpfs"_s).toObject().contains(u"/var/lib/docker"_s));
        const QJsonObject withoutDind = bp.jumphostSpec(u"i"_s, {}, false);
        QVERIFY(!withoutDind.value(u"HostConfig"_s).toObject().contains(u"Mounts"_s));
    }
};

QTEST_GUILESS_MAIN(TestStackBlueprint)
#include "tst_stackblueprint.moc"
