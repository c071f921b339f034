#pragma once
// The Kubernetes side of a k8s lab: a kind cluster (the `kind` CLI), one control plane + `workerNodes` workers,
// placed on the session's own Docker network (KIND_EXPERIMENTAL_DOCKER_NETWORK) so sessions never share one,
// with a kubeconfig rewritten to the in-network API server address for the jumphost.

#include "core/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace ckx {

struct KindOptions
{
    QString name;        ///< cluster name, e.g. "ckx-1a2b3c4d"
    QString nodeImage;   ///< defaultNodeImage() unless the pack or CKX_KIND_NODE_IMAGE says otherwise
    int workers = 1;
    QString network;     ///< the session's Docker network
    QString kubeconfigPath; ///< where kind writes the host-side kubeconfig
    int waitSeconds = 300;
};

class KindCluster
{
public:
    /// The node image for a Kubernetes version ("1.31" or "v1.31.4"); CKX_KIND_NODE_IMAGE overrides it. Images
    /// are pinned to the patch releases the kind release CKX is tested with.
    static QString defaultNodeImage(const QString &kubernetesVersion = {});
    static bool kindAvailable();
    /// The kind binary to run: the pinned one "Get kind" installed, else `kind` from PATH.
    static QString program();

    explicit KindCluster(KindOptions options);
    const KindOptions &options() const { return m_o; }

    /// kind's cluster config: control plane + workers.
    QByteArray configYaml() const;
    /// `kind` arguments for create / delete / get kubeconfig.
    QStringList createArguments(const QString &configPath) const;
    QStringList deleteArguments() const;
    /// The environment kind runs with (the session network).
    QProcessEnvironment environment(const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment()) const;
    /// The API server as the jumphost (on the same network) reaches it.
    QString inNetworkServer() const;

    /// Runs `kind create cluster` (writes options().kubeconfigPath); the error carries kind's last output lines.
    /// `cancelled` is polled while kind runs: when it returns true, kind is killed, what it made is deleted and
    /// the error is "exam.cancelled".
    Result<void> create(const std::function<bool()> &cancelled = {}) const;
    Result<void> destroy() const;
    /// Names of the clusters kind knows.
    static Result<QStringList> list();

private:
    KindOptions m_o;
};

} // namespace ckx
