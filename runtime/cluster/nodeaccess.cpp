#include "runtime/cluster/nodeaccess.h"

#include "runtime/docker/tarwriter.h"

namespace ckx {

using namespace Qt::StringLiterals;

QStringList NodeAccess::kindNodeNames(const QString &kindName, int workers)
{
    QStringList names{kindName + u"-control-plane"_s};
    for (int i = 1; i <= workers; ++i)
        names << kindName + (i == 1 ? u"-worker"_s : u"-worker%1"_s.arg(i));
    return names;
}

QList<NodeAlias> NodeAccess::aliases(const QList<LabCluster> &clusters, const QStringList &kindNames)
{
    QList<NodeAlias> out;
    for (qsizetype c = 0; c < clusters.size() && c < kindNames.size(); ++c) {
        const LabCluster &cluster = clusters.at(c);
        const QStringList hosts = kindNodeNames(kindNames.at(c), cluster.workerNodes);
        for (qsizetype i = 0; i < hosts.size(); ++i)
            out << NodeAlias{i == 0 ? cluster.name + u"-controlplane"_s
                                    : cluster.name + u"-node%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                             hosts.at(i), cluster.name};
    }
    return out;
}

QByteArray NodeAccess::sshConfig(const QList<NodeAlias> &nodes)
{
    QByteArray out = "# Written by CKX for this exam session: ssh <alias> reaches a Kubernetes node as root.\n";
    QByteArray patterns;
    for (const NodeAlias &n : nodes) {
        out += "Host " + n.alias.toUtf8() + "\n    HostName " + n.host.toUtf8() + "\n";
        patterns += (patterns.isEmpty() ? "" : " ") + n.alias.toUtf8();
    }
    if (nodes.isEmpty())
        return out;
    // Shared options after the per-alias blocks: ssh takes the first value it sees for each option.
    // The nodes' host keys are made when they boot, so each session starts with an empty known_hosts of its own
    // and accepts them on first contact (no prompt); a changed key later is still refused.
    out += "Host " + patterns + "\n    User root\n    Port 22\n    IdentityFile ~/.ssh/" + keyFileName().toUtf8()
           + "\n    IdentitiesOnly yes\n    PasswordAuthentication no\n    KbdInteractiveAuthentication no\n"
             "    BatchMode yes\n    StrictHostKeyChecking accept-new\n    UserKnownHostsFile "
           + knownHostsPath().toUtf8() + "\n    LogLevel ERROR\n";
    return out;
}

QByteArray NodeAccess::jumphostFiles(const QList<NodeAlias> &nodes, const QByteArray &privateKey)
{
    TarWriter t;
    t.addDirectory(u"etc/ssh/ssh_config.d"_s, 0755);
    t.addFile(configPath(), sshConfig(nodes), 0644);
    t.addDirectory(u"root/.ssh"_s, 0700);
    t.addFile(u"root/.ssh/"_s + keyFileName(), privateKey, 0600);
    t.addDirectory(u"home/candidate/.ssh"_s, 0700, 1000, 1000);
    t.addFile(u"home/candidate/.ssh/"_s + keyFileName(), privateKey, 0600, 1000, 1000);
    return t.finish();
}

} // namespace ckx
