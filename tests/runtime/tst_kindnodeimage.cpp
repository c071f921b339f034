// The kind node image's sshd layer (runtime/images/kind-node) and `ssh <alias>` from the jumphost, on the real
// dockerd. kindest/node cannot be pulled here, so the Dockerfile is built FROM the local base image instead (the
// same Debian underneath) and sshd is started directly, since the base image has no systemd: the systemd drop-in
// that starts sshd on a real node is checked only for being in place. Everything else is the product's own path:
// RuntimeImages::ensureKindNode, SessionClusters::installNodeKey and the jumphost's NodeAccess files.

#include "fixtures/dockertestenv.h"
#include "runtime/cluster/nodeaccess.h"
#include "runtime/cluster/sessionclusters.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/sessionsecrets.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestKindNodeImage : public QObject
{
    Q_OBJECT

private:
    test::DockerTestEnv m_env;
    std::optional<DockerClient> m_docker;
    QString m_image, m_network, m_base, m_node, m_jump;
    std::optional<SessionSecrets> m_secrets;

    Result<ExecResult> run(const QString &container, const QString &command, bool asCandidate = false) const
    {
        ExecOptions o;
        if (asCandidate) {
            o.user = u"candidate"_s;
            o.env = {u"HOME=/home/candidate"_s};
        }
        return m_docker->exec(container, {u"sh"_s, u"-c"_s, command}, o);
    }

    QString startContainer(const QString &name, const QString &image, const QString &command)
    {
        QJsonObject spec{{u"Image"_s, image}, {u"Hostname"_s, name}, // kind names a node's host after its container
                         {u"Entrypoint"_s, QJsonArray{u"sh"_s, u"-c"_s, command}}, {u"Labels"_s, m_env.labels()},
                         {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, m_network}}}};
        auto id = m_docker->createContainer(name, spec);
        if (!id || !m_docker->startContainer(*id))
            return {};
        return *id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.available())
            QSKIP(qPrintable(m_env.skipReason()));
        auto docker = DockerClient::connect();
        QVERIFY(docker);
        m_docker = *docker;
        if (!m_docker->inspectImage(test::DockerTestEnv::baseImage()))
            QSKIP("the local base image is missing (scripts/base-image.sh)");
        auto images = RuntimeImages(*m_docker).ensure({u"jumphost"_s});
        QVERIFY2(images, qPrintable(images ? QString() : images.error().message));
        auto secrets = SessionSecrets::generate();
        QVERIFY(secrets);
        m_secrets = *secrets;
    }

    void buildsOnceAndIsCached()
    {
        // Stand-in base: the local Debian image instead of kindest/node (which cannot be pulled here).
        auto tag = RuntimeImages(*m_docker).ensureKindNode(test::DockerTestEnv::baseImage());
        QVERIFY2(tag, qPrintable(tag ? QString() : tag.error().message));
        QCOMPARE(*tag, u"ckx/kind-node:bookworm"_s);
        QCOMPARE(RuntimeImages::kindNodeTagFor(u"kindest/node:v1.31.4"_s), u"ckx/kind-node:v1.31.4"_s);
        const QString id = m_docker->inspectImage(*tag)->value(u"Id"_s).toString();
        auto again = RuntimeImages(*m_docker).ensureKindNode(test::DockerTestEnv::baseImage());
        QVERIFY(again);
        QCOMPARE(m_docker->inspectImage(*again)->value(u"Id"_s).toString(), id); // cached, not rebuilt
        m_image = *tag;
    }

    void nodeAcceptsTheSessionKeyForRootOnly()
    {
        QVERIFY(!m_image.isEmpty());
        m_network = m_env.uniqueName(u"net"_s);
        QVERIFY(m_docker->createNetwork(m_network, m_env.labels()));
        m_base = m_env.uniqueName(u"kind"_s);
        const QList<LabCluster> clusters{LabCluster{u"cluster1"_s, u"k8s-a"_s, 0}};
        SessionClusters session(m_base, m_network, {}, m_image, clusters);
        QCOMPARE(session.nodes().size(), 1);
        m_node = session.nodes().first().host;
        QCOMPARE(m_node, m_base + u"-control-plane"_s);
        // No host keys in the image: every node makes its own. And the systemd unit drop-in is in place.
        QVERIFY(!startContainer(m_node, m_image, u"ls /etc/ssh/ssh_host_* 2>/dev/null && exit 9; "
                                                 "test -f /etc/systemd/system/ssh.service.d/ckx.conf || exit 8; "
                                                 "ssh-keygen -A >/dev/null && /usr/sbin/sshd -t && exec /usr/sbin/sshd -D -e"_s)
                     .isEmpty());
        QVERIFY(session.installNodeKey(*m_docker, m_secrets->clientPublicKey));

        m_jump = m_env.uniqueName(u"jump"_s);
        QVERIFY(!startContainer(m_jump, RuntimeImages::tagFor(u"jumphost"_s), u"exec sleep 600"_s).isEmpty());
        QVERIFY(m_docker->putArchive(m_jump, u"/"_s, NodeAccess::jumphostFiles(session.nodes(), m_secrets->clientPrivateKey)));

        // `ssh cluster1-controlplane` from the jumphost, as root and as the candidate: no password, no prompt.
        for (const bool candidate : {false, true}) {
            Result<ExecResult> r = makeError(u"t"_s, u"never ran"_s);
            for (int i = 0; i < 40; ++i) { // sshd in the node needs a moment after its start
                r = run(m_jump, u"ssh cluster1-controlplane hostname"_s, candidate);
                if (r && r->exitCode == 0)
                    break;
                QThread::msleep(250);
            }
            QVERIFY(r);
            QVERIFY2(r->exitCode == 0, qPrintable(QString::fromUtf8(r->output)));
            QCOMPARE(QString::fromUtf8(r->stdoutData).trimmed(), m_node); // the node's hostname = its Kubernetes name
            auto who = run(m_jump, u"ssh cluster1-controlplane id -un"_s, candidate);
            QVERIFY(who && who->exitCode == 0);
            QCOMPARE(QString::fromUtf8(who->stdoutData).trimmed(), u"root"_s);
        }
        // Without the key nothing gets in (no password login); and no other user than root is let in with it.
        auto noKey = run(m_jump, u"ssh -o IdentityFile=/dev/null -o PubkeyAuthentication=no cluster1-controlplane true"_s);
        QVERIFY(noKey && noKey->exitCode != 0);
        auto other = run(m_jump, u"ssh -l nobody cluster1-controlplane true"_s);
        QVERIFY(other && other->exitCode != 0);
    }

    void cleanupTestCase()
    {
        m_env.cleanup();
    }
};

QTEST_GUILESS_MAIN(TestKindNodeImage)
#include "tst_kindnodeimage.moc"
