#pragma once
// Every kind cluster of one exam session (K8S-FORMAT.md): one kind cluster per cluster the lab declares (or the
// implicit "cluster1"), all on the session's network, then what the jumphost needs to use them: one kubeconfig with
// a context per cluster, the session's key on every node for `ssh <alias>`, and the lab's images in every node.
//
// Kind names: the first cluster keeps the session's cluster name (StackBlueprint::clusterName(), as before), the
// others append "-<cluster name>", so everything of a session starts with that name (gc and teardown match on it).

#include "core/labpack.h"
#include "core/result.h"
#include "runtime/cluster/kindcluster.h"
#include "runtime/cluster/nodeaccess.h"
#include "runtime/docker/dockerclient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ckx {

class SessionClusters
{
public:
    /// `baseName`: the session's cluster name; `sessionDir` gets one kind kubeconfig per cluster.
    SessionClusters(QString baseName, QString network, QString sessionDir, QString nodeImage, QList<LabCluster> clusters);

    const QList<LabCluster> &clusters() const { return m_clusters; }
    QStringList kindNames() const;
    QList<KindCluster> kindClusters() const;
    QList<NodeAlias> nodes() const { return NodeAccess::aliases(m_clusters, kindNames()); }

    /// Creates every cluster (in parallel); the first failure is returned, with kind's output. `cancelled` is
    /// polled: a cancel stops every kind process at once (the caller then removes what they made).
    Result<void> create(const std::function<bool()> &cancelled = {}) const;
    /// The jumphost's kubeconfig: every context, servers on the session network, current context the first.
    Result<QByteArray> jumphostKubeconfig() const;
    /// Puts `publicKey` into root's authorized_keys on every node (the node image's sshd takes keys only).
    Result<void> installNodeKey(const DockerClient &docker, const QByteArray &publicKey) const;
    /// Imports `imagesTar` (docker save of the lab's images) into containerd on every node, so no pod pulls.
    Result<void> loadImages(const DockerClient &docker, const QByteArray &imagesTar) const;

    /// Whether `kindName` is one of the clusters of the session whose base name is `baseName`.
    static bool belongsToSession(const QString &kindName, const QString &baseName);

private:
    QString kubeconfigPath(int index) const;

    QString m_base, m_network, m_sessionDir, m_nodeImage;
    QList<LabCluster> m_clusters;
};

} // namespace ckx
