#pragma once
// SSH from the jumphost to the kind nodes (K8S-FORMAT.md "Nodes and SSH"): the alias table of a session's
// clusters (<cluster>-controlplane, <cluster>-node01, ...) mapped to the kind node containers, which the jumphost
// reaches by name on the session network (no port is published), and the ssh client configuration that makes
// `ssh <alias>` log in as root with the session's key, without a password or a host-key prompt.

#include "core/labpack.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ckx {

struct NodeAlias
{
    QString alias;   ///< what the candidate types: "cluster1-controlplane", "cluster2-node01"
    QString host;    ///< the kind node container (its hostname = its Kubernetes node name)
    QString cluster; ///< the lab cluster's name
};

class NodeAccess
{
public:
    /// Where the jumphost keeps the key (per user: ~/.ssh/) and the configuration (system-wide).
    static QString keyFileName() { return QStringLiteral("ckx_nodes"); }
    static QString configPath() { return QStringLiteral("etc/ssh/ssh_config.d/ckx-nodes.conf"); }
    /// Per user, in a jumphost that lives for one session only: a per-session known_hosts.
    static QString knownHostsPath() { return QStringLiteral("~/.ssh/known_hosts_ckx_nodes"); }

    /// kind's container names for a cluster: <kind>-control-plane, <kind>-worker, <kind>-worker2, ...
    static QStringList kindNodeNames(const QString &kindName, int workers);
    /// The aliases of every node of every cluster, in order; `kindNames` is parallel to `clusters`.
    static QList<NodeAlias> aliases(const QList<LabCluster> &clusters, const QStringList &kindNames);
    /// The ssh_config(5) text: one Host block per alias, then the options every node shares.
    static QByteArray sshConfig(const QList<NodeAlias> &nodes);
    /// A tar for the jumphost's / : the ssh configuration and the session's private key for root and for the
    /// candidate (uid 1000), each 0600 in its own ~/.ssh.
    static QByteArray jumphostFiles(const QList<NodeAlias> &nodes, const QByteArray &privateKey);
};

} // namespace ckx
