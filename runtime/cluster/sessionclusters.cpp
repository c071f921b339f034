#include "runtime/cluster/sessionclusters.h"

#include "runtime/cluster/kubeconfig.h"
#include "runtime/docker/tarwriter.h"

#include <QFile>

#include <future>

namespace ckx {

using namespace Qt::StringLiterals;

SessionClusters::SessionClusters(QString baseName, QString network, QString sessionDir, QString nodeImage,
                                 QList<LabCluster> clusters)
    : m_base(std::move(baseName)), m_network(std::move(network)), m_sessionDir(std::move(sessionDir)),
      m_nodeImage(std::move(nodeImage)), m_clusters(std::move(clusters))
{
}

QStringList SessionClusters::kindNames() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_clusters.size(); ++i)
        names << (i == 0 ? m_base : m_base + u'-' + m_clusters.at(i).name);
    return names;
}

QString SessionClusters::kubeconfigPath(int index) const
{
    return m_sessionDir + u"/kubeconfig-%1"_s.arg(index);
}

QList<KindCluster> SessionClusters::kindClusters() const
{
    QList<KindCluster> out;
    const QStringList names = kindNames();
    for (qsizetype i = 0; i < m_clusters.size(); ++i)
        out << KindCluster(KindOptions{names.at(i), m_nodeImage, m_clusters.at(i).workerNodes, m_network,
                                       kubeconfigPath(int(i))});
    return out;
}

bool SessionClusters::belongsToSession(const QString &kindName, const QString &baseName)
{
    return !baseName.isEmpty() && (kindName == baseName || kindName.startsWith(baseName + u'-'));
}

Result<void> SessionClusters::create(const std::function<bool()> &cancelled) const
{
    std::vector<std::future<Result<void>>> jobs;
    for (const KindCluster &k : kindClusters())
        jobs.push_back(std::async(std::launch::async, [k, cancelled] { return k.create(cancelled); }));
    Result<void> first;
    for (auto &j : jobs)
        if (auto r = j.get(); !r && first)
            first = r;
    return first;
}

Result<QByteArray> SessionClusters::jumphostKubeconfig() const
{
    QList<KubeconfigCluster> entries;
    const QList<KindCluster> kinds = kindClusters();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QFile f(kinds.at(i).options().kubeconfigPath);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(u"kind.kubeconfig"_s, u"kind wrote no kubeconfig at %1"_s.arg(f.fileName()));
        auto e = Kubeconfig::fromKind(f.readAll(), m_clusters.at(i).context, kinds.at(i).inNetworkServer());
        if (!e)
            return e.error();
        entries << *e;
    }
    return Kubeconfig::merge(entries);
}

Result<void> SessionClusters::installNodeKey(const DockerClient &docker, const QByteArray &publicKey) const
{
    TarWriter t;
    t.addDirectory(u"root/.ssh"_s, 0700);
    t.addFile(u"root/.ssh/authorized_keys"_s, publicKey, 0600);
    const QByteArray tar = t.finish();
    for (const NodeAlias &n : nodes())
        if (auto r = docker.putArchive(n.host, u"/"_s, tar); !r)
            return makeError(u"stack.node-ssh"_s, u"could not give node %1 (%2) the session's key: %3"_s.arg(n.alias, n.host, r.error().message));
    return {};
}

Result<void> SessionClusters::loadImages(const DockerClient &docker, const QByteArray &imagesTar) const
{
    TarWriter t;
    t.addFile(u"tmp/ckx-lab-images.tar"_s, imagesTar, 0600);
    const QByteArray tar = t.finish();
    std::vector<std::pair<NodeAlias, std::future<Result<ExecResult>>>> jobs;
    for (const NodeAlias &n : nodes()) {
        if (auto r = docker.putArchive(n.host, u"/"_s, tar); !r)
            return r.error();
        // What `kind load docker-image` does, without a kind process per node.
        jobs.emplace_back(n, std::async(std::launch::async, [&docker, host = n.host] {
            return docker.exec(host, {u"sh"_s, u"-c"_s, u"ctr --namespace=k8s.io images import --all-platforms /tmp/ckx-lab-images.tar "
                                                        "&& rm -f /tmp/ckx-lab-images.tar"_s});
        }));
    }
    for (auto &[node, job] : jobs) {
        auto r = job.get();
        if (!r)
            return r.error();
        if (r->exitCode != 0)
            return makeError(u"stack.node-images"_s, u"node %1 could not import the lab's images: %2"_s
                                                         .arg(node.alias, QString::fromUtf8(r->output.right(600)).trimmed()));
    }
    return {};
}

} // namespace ckx
