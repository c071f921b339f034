#pragma once
// The jumphost's kubeconfig for a session with several kind clusters: one cluster, user and context per lab
// cluster, named after the lab's context (K8S-FORMAT.md), each pointing at its API server on the session network,
// the current context the first cluster's. Built from the kubeconfig kind writes for each cluster (only its
// certificate data is taken), so nothing depends on kind's own naming ("kind-<name>").

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ckx {

struct KubeconfigCluster
{
    QString context;          ///< the lab's context name, also used for the cluster and user entries
    QString server;           ///< https://<kind name>-control-plane:6443
    QByteArray caData;        ///< base64, as kind writes it
    QByteArray clientCertData;
    QByteArray clientKeyData;
};

class Kubeconfig
{
public:
    /// The certificate data of the (single-cluster) kubeconfig kind wrote; `context` and `server` as given.
    /// Error naming the missing field when kind's file lacks one.
    static Result<KubeconfigCluster> fromKind(const QByteArray &kindKubeconfig, const QString &context, const QString &server);
    /// One kubeconfig with every cluster; current-context = the first. Error when `clusters` is empty or a
    /// context repeats.
    static Result<QByteArray> merge(const QList<KubeconfigCluster> &clusters);
};

} // namespace ckx
