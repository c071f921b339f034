#include "runtime/cluster/kindcluster.h"

#include "runtime/cluster/kindinstaller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

struct ProcessOutput
{
    int exitCode = -1;
    QByteArray output;
};

Result<ProcessOutput> runKind(const QStringList &args, const QProcessEnvironment &env, int timeoutMs,
                              const std::function<bool()> &cancelled = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(KindCluster::program(), args);
    if (!p.waitForStarted(10000))
        return makeError(u"kind.missing"_s, u"the kind CLI could not be started (%1); install kind from https://kind.sigs.k8s.io "
                                            "or with \"Get kind\" on the first-run page"_s.arg(p.errorString()));
    QElapsedTimer t;
    t.start();
    // Short waits so a cancel stops kind within a fraction of a second rather than when the cluster is up.
    while (!p.waitForFinished(200)) {
        const bool stop = cancelled && cancelled();
        if (stop || t.elapsed() > timeoutMs) {
            p.kill();
            p.waitForFinished(5000);
            if (stop)
                return makeError(u"exam.cancelled"_s, u"Starting the exam was cancelled"_s);
            return makeError(u"kind.timeout"_s, u"kind %1 did not finish within %2 s"_s.arg(args.value(0)).arg(timeoutMs / 1000));
        }
    }
    return ProcessOutput{p.exitCode(), p.readAll()};
}

} // namespace

QString KindCluster::defaultNodeImage(const QString &kubernetesVersion)
{
    const QString env = qEnvironmentVariable("CKX_KIND_NODE_IMAGE");
    if (!env.isEmpty())
        return env;
    // Patch releases published for kind v0.26; a minor version picks its patch.
    static const QList<QPair<QString, QString>> pinned{
        {u"1.32"_s, u"v1.32.0"_s}, {u"1.31"_s, u"v1.31.4"_s}, {u"1.30"_s, u"v1.30.8"_s}, {u"1.29"_s, u"v1.29.12"_s}};
    QString v = kubernetesVersion.trimmed();
    if (v.startsWith(u'v'))
        v.remove(0, 1);
    for (const auto &[minor, patch] : pinned)
        if (!v.isEmpty() && (v == minor || v.startsWith(minor + u'.')))
            return u"kindest/node:"_s + (v.count(u'.') >= 2 ? u"v"_s + v : patch);
    return u"kindest/node:"_s + pinned.at(1).second;
}

QString KindCluster::program()
{
    // The pinned kind that "Get kind" installed wins over one on PATH (which may be any version).
    const QString installed = KindInstaller::installedPath();
    if (QFileInfo(installed).isExecutable())
        return installed;
    return u"kind"_s;
}

bool KindCluster::kindAvailable()
{
    return QFileInfo(KindInstaller::installedPath()).isExecutable() || !QStandardPaths::findExecutable(u"kind"_s).isEmpty();
}

KindCluster::KindCluster(KindOptions options) : m_o(std::move(options)) {}

QByteArray KindCluster::configYaml() const
{
    QByteArray y = "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n"
                   "networking:\n  apiServerAddress: \"127.0.0.1\"\n"
                   "nodes:\n  - role: control-plane\n";
    for (int i = 0; i < std::max(0, m_o.workers); ++i)
        y += "  - role: worker\n";
    return y;
}

QStringList KindCluster::createArguments(const QString &configPath) const
{
    return {u"create"_s, u"cluster"_s, u"--name"_s, m_o.name, u"--image"_s, m_o.nodeImage, u"--config"_s, configPath,
            u"--kubeconfig"_s, m_o.kubeconfigPath, u"--wait"_s, u"%1s"_s.arg(m_o.waitSeconds)};
}

QStringList KindCluster::deleteArguments() const
{
    return {u"delete"_s, u"cluster"_s, u"--name"_s, m_o.name};
}

QProcessEnvironment KindCluster::environment(const QProcessEnvironment &base) const
{
    QProcessEnvironment env = base;
    if (!m_o.network.isEmpty())
        env.insert(u"KIND_EXPERIMENTAL_DOCKER_NETWORK"_s, m_o.network);
    return env;
}

QString KindCluster::inNetworkServer() const
{
    return u"https://%1-control-plane:6443"_s.arg(m_o.name);
}

Result<void> KindCluster::create(const std::function<bool()> &cancelled) const
{
    QTemporaryDir dir;
    const QString config = dir.path() + u"/kind.yaml"_s;
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly) || f.write(configYaml()) < 0)
        return makeError(u"kind.config"_s, u"cannot write %1"_s.arg(config));
    f.close();
    auto r = runKind(createArguments(config), environment(), (m_o.waitSeconds + 300) * 1000, cancelled);
    if (!r) {
        if (r.error().code == u"exam.cancelled")
            (void)destroy(); // kind was killed half-way: remove the node containers it had made
        return r.error();
    }
    if (r->exitCode != 0)
        return makeError(u"kind.create"_s, u"kind could not create the cluster %1 (node image %2): %3"_s
                                               .arg(m_o.name, m_o.nodeImage, QString::fromUtf8(r->output.right(1500)).trimmed()));
    return {};
}

Result<void> KindCluster::destroy() const
{
    auto r = runKind(deleteArguments(), environment(), 120000);
    if (!r)
        return r.error();
    if (r->exitCode != 0)
        return makeError(u"kind.delete"_s, u"kind could not delete the cluster %1: %2"_s.arg(m_o.name, QString::fromUtf8(r->output.right(800))));
    return {};
}

Result<QStringList> KindCluster::list()
{
    if (!kindAvailable())
        return QStringList{};
    auto r = runKind({u"get"_s, u"clusters"_s}, QProcessEnvironment::systemEnvironment(), 30000);
    if (!r)
        return r.error();
    QStringList names;
    for (const QByteArray &line : r->output.split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith("No kind clusters"))
            names << QString::fromUtf8(line.trimmed());
    return names;
}

} // namespace ckx
