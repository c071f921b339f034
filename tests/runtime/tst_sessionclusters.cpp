// Several kind clusters per session, without creating any (this machine cannot pull kind node images): the kind
// names and configurations, the jumphost's kubeconfig with every context (read back by the real kubectl), the node
// alias table and ssh configuration of K8S-FORMAT.md, and a prompt cancel of `kind create` (a stand-in `kind` that
// would take a minute plays kind, because the real one cannot create a cluster here).

#include "runtime/cluster/kindcluster.h"
#include "runtime/cluster/kubeconfig.h"
#include "runtime/cluster/nodeaccess.h"
#include "runtime/cluster/sessionclusters.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;

namespace {

QByteArray kindKubeconfig(const QString &name, const QByteArray &ca, const QByteArray &cert, const QByteArray &key)
{
    // The shape `kind create cluster --kubeconfig` writes.
    return "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: " + ca
           + "\n    server: https://127.0.0.1:41234\n  name: kind-" + name.toUtf8() + "\ncontexts:\n- context:\n    cluster: kind-"
           + name.toUtf8() + "\n    user: kind-" + name.toUtf8() + "\n  name: kind-" + name.toUtf8()
           + "\ncurrent-context: kind-" + name.toUtf8() + "\nkind: Config\npreferences: {}\nusers:\n- name: kind-"
           + name.toUtf8() + "\n  user:\n    client-certificate-data: " + cert + "\n    client-key-data: " + key + "\n";
}

QList<LabCluster> twoClusters()
{
    return {LabCluster{u"cluster1"_s, u"k8s-prod"_s, 2}, LabCluster{u"cluster2"_s, u"k8s-dev"_s, 0}};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QString kubectl(const QString &config, const QStringList &args)
{
    QProcess p;
    p.start(u"kubectl"_s, QStringList{u"--kubeconfig"_s, config} + args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return u"FAILED: "_s + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestSessionClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyClusterGetsAKindNameAndItsWorkers()
    {
        SessionClusters s(u"ckx-1a2b3c4d"_s, u"ckx-net"_s, u"/tmp/s"_s, u"ckx/kind-node:v1.31.4"_s, twoClusters());
        QCOMPARE(s.kindNames(), (QStringList{u"ckx-1a2b3c4d"_s, u"ckx-1a2b3c4d-cluster2"_s}));
        const QList<KindCluster> kinds = s.kindClusters();
        QCOMPARE(kinds.size(), 2);
        QCOMPARE(kinds.at(0).configYaml().count("role: worker"), 2);
        QCOMPARE(kinds.at(1).configYaml().count("role: worker"), 0);
        for (const KindCluster &k : kinds) {
            QCOMPARE(k.options().nodeImage, u"ckx/kind-node:v1.31.4"_s); // the image with sshd, not plain kindest/node
            QCOMPARE(k.environment(QProcessEnvironment()).value(u"KIND_EXPERIMENTAL_DOCKER_NETWORK"_s), u"ckx-net"_s);
            QVERIFY(!k.configYaml().contains("extraPortMappings")); // nothing of a node is published
            QVERIFY(!k.configYaml().contains("docker.sock"));       // no node gets the host's engine
        }
        QVERIFY(kinds.at(0).options().kubeconfigPath != kinds.at(1).options().kubeconfigPath);
        QVERIFY(SessionClusters::belongsToSession(u"ckx-1a2b3c4d-cluster2"_s, u"ckx-1a2b3c4d"_s));
        QVERIFY(SessionClusters::belongsToSession(u"ckx-1a2b3c4d"_s, u"ckx-1a2b3c4d"_s));
        QVERIFY(!SessionClusters::belongsToSession(u"ckx-1a2b3c4e"_s, u"ckx-1a2b3c4d"_s));
        QVERIFY(!SessionClusters::belongsToSession(u"ckx-1a2b3c4dd"_s, u"ckx-1a2b3c4d"_s));
    }

    void jumphostKubeconfigHoldsEveryContext()
    {
        if (QStandardPaths::findExecutable(u"kubectl"_s).isEmpty())
            QSKIP("kubectl is not installed");
        QTemporaryDir dir;
        SessionClusters s(u"ckx-1a2b3c4d"_s, u"ckx-net"_s, dir.path(), u"img"_s, twoClusters());
        const QList<KindCluster> kinds = s.kindClusters();
        writeFile(kinds.at(0).options().kubeconfigPath, kindKubeconfig(u"ckx-1a2b3c4d"_s, "Q0Ex", "Q0VSVDE=", "S0VZMQ=="));
        writeFile(kinds.at(1).options().kubeconfigPath, kindKubeconfig(u"ckx-1a2b3c4d-cluster2"_s, "Q0Ey", "Q0VSVDI=", "S0VZMg=="));
        auto merged = s.jumphostKubeconfig();
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
        const QString path = dir.path() + u"/merged"_s;
        writeFile(path, *merged);
        // The real kubectl reads it: one context per lab cluster, named as the lab says, the first one current.
        QCOMPARE(kubectl(path, {u"config"_s, u"get-contexts"_s, u"-o"_s, u"name"_s}).split(u'\n'),
                 (QStringList{u"k8s-dev"_s, u"k8s-prod"_s}));
        QCOMPARE(kubectl(path, {u"config"_s, u"current-context"_s}), u"k8s-prod"_s);
        QCOMPARE(kubectl(path, {u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s,
                                u"jsonpath={.clusters[?(@.name==\"k8s-dev\")].cluster.server}"_s}),
                 u"https://ckx-1a2b3c4d-cluster2-control-plane:6443"_s); // on the session network, not the host
        QCOMPARE(kubectl(path, {u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s,
                                u"jsonpath={.users[?(@.name==\"k8s-prod\")].user.client-key-data}"_s}),
                 u"S0VZMQ=="_s);
        QCOMPARE(kubectl(path, {u"config"_s, u"use-context"_s, u"k8s-dev"_s}), u"Switched to context \"k8s-dev\"."_s);
    }

    void brokenKindKubeconfigIsNamed()
    {
        auto r = Kubeconfig::fromKind("apiVersion: v1\nclusters: []\n", u"k8s-prod"_s, u"https://x:6443"_s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"certificate-authority-data"_s) && r.error().message.contains(u"k8s-prod"_s),
                 qPrintable(r.error().message));
        QVERIFY(!Kubeconfig::merge({}));
        KubeconfigCluster c{u"a"_s, u"https://x:6443"_s, "A", "B", "C"};
        QVERIFY(!Kubeconfig::merge({c, c})); // a context twice
    }

    void nodeAliasesFollowTheLabFormat()
    {
        SessionClusters s(u"ckx-1a2b3c4d"_s, {}, {}, {}, twoClusters());
        const QList<NodeAlias> nodes = s.nodes();
        QStringList table;
        for (const NodeAlias &n : nodes)
            table << n.alias + u'=' + n.host;
        QCOMPARE(table, (QStringList{u"cluster1-controlplane=ckx-1a2b3c4d-control-plane"_s, u"cluster1-node01=ckx-1a2b3c4d-worker"_s,
                                     u"cluster1-node02=ckx-1a2b3c4d-worker2"_s,
                                     u"cluster2-controlplane=ckx-1a2b3c4d-cluster2-control-plane"_s}));
        const QString cfg = QString::fromUtf8(NodeAccess::sshConfig(nodes));
        QVERIFY(cfg.contains(u"Host cluster1-node02\n    HostName ckx-1a2b3c4d-worker2\n"_s));
        for (const char *option : {"User root", "IdentityFile ~/.ssh/ckx_nodes", "PasswordAuthentication no", "BatchMode yes",
                                   "StrictHostKeyChecking accept-new", "UserKnownHostsFile ~/.ssh/known_hosts_ckx_nodes"})
            QVERIFY2(cfg.contains(QLatin1String(option)), option);
        // ssh itself reads it: the alias resolves to the node, as root, with the session's key and no prompt.
        if (QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
            QSKIP("no ssh client");
        QTemporaryDir dir;
        writeFile(dir.path() + u"/config"_s, NodeAccess::sshConfig(nodes));
        QProcess p;
        p.start(u"ssh"_s, {u"-G"_s, u"-F"_s, dir.path() + u"/config"_s, u"cluster2-controlplane"_s});
        QVERIFY(p.waitForFinished(10000));
        const QString g = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(g.contains(u"hostname ckx-1a2b3c4d-cluster2-control-plane\n"_s), qPrintable(g));
        QVERIFY(g.contains(u"user root\n"_s));
        QVERIFY(g.contains(u"stricthostkeychecking accept-new\n"_s));
        QVERIFY(g.contains(u"passwordauthentication no\n"_s));
        QVERIFY(g.contains(u"batchmode yes\n"_s));
    }

    void cancelKillsKindCreateAndRemovesWhatItMade()
    {
        // Stand-in for kind (the real one cannot create clusters here): `create` would take a minute, every call
        // is logged so the test sees the delete that cleans up after the kill.
        QTemporaryDir bin;
        const QString log = bin.path() + u"/calls"_s;
        writeFile(bin.path() + u"/kind"_s, u"#!/bin/sh\necho \"$*\" >> '%1'\n[ \"$1\" = create ] && exec sleep 60\nexit 0\n"_s.arg(log).toUtf8());
        QFile::setPermissions(bin.path() + u"/kind"_s, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner);
        const QByteArray oldPath = qgetenv("PATH");
        const QByteArray oldData = qgetenv("CKX_DATA_DIR");
        qputenv("PATH", bin.path().toUtf8() + ':' + oldPath);
        qputenv("CKX_DATA_DIR", bin.path().toUtf8() + "/data"); // no installed kind there: PATH's is used
        QTemporaryDir dir;
        SessionClusters s(u"ckx-cancel01"_s, u"net"_s, dir.path(), u"img"_s, twoClusters());
        QElapsedTimer t;
        t.start();
        auto r = s.create([&t] { return t.elapsed() > 300; });
        const qint64 took = t.elapsed();
        qputenv("PATH", oldPath);
        qputenv("CKX_DATA_DIR", oldData);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"exam.cancelled"_s);
        QVERIFY2(took < 10000, qPrintable(u"returned after %1 ms; kind create would have taken 60 s"_s.arg(took)));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString calls = QString::fromUtf8(f.readAll());
        QVERIFY2(calls.contains(u"delete cluster --name ckx-cancel01\n"_s), qPrintable(calls));
        QVERIFY2(calls.contains(u"delete cluster --name ckx-cancel01-cluster2\n"_s), qPrintable(calls));
    }
};

QTEST_GUILESS_MAIN(TestSessionClusters)
#include "tst_sessionclusters.moc"
