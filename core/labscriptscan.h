#pragma once
// What a lab script or manifest does that the linter checks against the pack: the images it runs, the images it
// builds, the node aliases and kubeconfig contexts it names, the kubectl/helm calls that pick no context, and the
// checks that read human-readable tables. Read as text, not parsed as bash: continuation lines are joined,
// comments dropped, single quotes kept whole, heredoc bodies read as YAML. Good enough for the way lab scripts are
// written; a value behind a variable ($IMAGE) is not followed.

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace ckx {

class LabScriptScan
{
public:
    /// One thing found, at a 1-based line and column of the file.
    struct Use
    {
        int line = 0;
        int column = 0;
        QString text; ///< the image, alias or context; for tableReads and noContext the command ("kubectl get")
    };

    /// Scans a bash script (heredoc bodies are read as YAML manifests).
    static LabScriptScan script(const QByteArray &content);
    /// Scans a YAML manifest.
    static LabScriptScan manifest(const QByteArray &content);

    /// "library/nginx" and "docker.io/library/nginx:latest" both become "nginx:latest".
    static QString normalizedImage(const QString &reference);

    QList<Use> imagesUsed;     ///< --image=X, `image: X`, docker run/create/pull X, docker tag X ..., crictl pull X
    QSet<QString> imagesBuilt; ///< normalized: docker build -t X, docker tag ... X, docker commit ... X
    QList<Use> nodeAliases;    ///< words of the form <cluster>-controlplane / <cluster>-nodeNN
    QList<Use> contexts;       ///< kubectl --context X, kubectl config use-context X, helm --kube-context X
    QList<Use> noContext;      ///< kubectl / helm calls that talk to a cluster without naming a context
    /// kubectl get/describe/top/events without a machine-readable -o, or helm list/status/history without
    /// -o json|yaml, on a line that filters text (grep, awk, sed, cut, wc, ...).
    QList<Use> tableReads;
    /// Files of the pack a script reads in the exam: words under /opt/ckx/lab/scripts/ (text = the path below it).
    QList<Use> packFiles;

private:
    void scanYamlLine(const QString &line, int lineNo);
    void scanCommandLine(const QString &line, const QList<std::pair<int, int>> &starts);
};

} // namespace ckx
