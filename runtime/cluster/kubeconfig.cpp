#include "runtime/cluster/kubeconfig.h"

#include <QRegularExpression>
#include <QSet>

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

/// The value of `key: value` on its own line (kind writes base64 values unquoted on one line).
QByteArray valueOf(const QByteArray &yaml, const char *key)
{
    const QRegularExpression re(u"^\\s*%1:\\s*(\\S+)\\s*$"_s.arg(QLatin1String(key)), QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(yaml));
    return m.hasMatch() ? m.captured(1).toUtf8() : QByteArray();
}

/// A YAML double-quoted scalar (context names are free text in the lab format).
QByteArray quoted(const QString &s)
{
    QString e = s;
    e.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return "\"" + e.toUtf8() + "\"";
}

} // namespace

Result<KubeconfigCluster> Kubeconfig::fromKind(const QByteArray &kind, const QString &context, const QString &server)
{
    KubeconfigCluster c{context, server, valueOf(kind, "certificate-authority-data"), valueOf(kind, "client-certificate-data"),
                        valueOf(kind, "client-key-data")};
    for (const auto &[field, value] : {std::pair{"certificate-authority-data", c.caData},
                                       std::pair{"client-certificate-data", c.clientCertData},
                                       std::pair{"client-key-data", c.clientKeyData}})
        if (value.isEmpty())
            return makeError(u"kind.kubeconfig"_s, u"the kubeconfig kind wrote for context %1 has no %2; expected kind's "
                                                   "usual single-cluster kubeconfig"_s.arg(context, QLatin1String(field)));
    return c;
}

Result<QByteArray> Kubeconfig::merge(const QList<KubeconfigCluster> &clusters)
{
    if (clusters.isEmpty())
        return makeError(u"kind.kubeconfig"_s, u"no clusters to write a kubeconfig for"_s);
    QSet<QString> seen;
    QByteArray c = "clusters:\n", x = "contexts:\n", u = "users:\n";
    for (const KubeconfigCluster &k : clusters) {
        if (seen.contains(k.context))
            return makeError(u"kind.kubeconfig"_s, u"context %1 appears twice; expected one per cluster"_s.arg(k.context));
        seen.insert(k.context);
        const QByteArray name = quoted(k.context);
        c += "- name: " + name + "\n  cluster:\n    certificate-authority-data: " + k.caData + "\n    server: "
             + quoted(k.server) + "\n";
        x += "- name: " + name + "\n  context:\n    cluster: " + name + "\n    user: " + name + "\n";
        u += "- name: " + name + "\n  user:\n    client-certificate-data: " + k.clientCertData
             + "\n    client-key-data: " + k.clientKeyData + "\n";
    }
    const QByteArray out = "apiVersion: v1\nkind: Config\npreferences: {}\ncurrent-context: " + quoted(clusters.first().context)
                           + "\n" + c + x + u;
    return out;
}

} // namespace ckx
