#pragma once
// The lab-pack model (docs/lab-format.md). The format is a superset of the CK-X simulator's: CK-X packs load
// unchanged, our additions are optional, and unknown fields are kept in `extra` rather than rejected.

#include "core/labparameters.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ckx {

/// One check of a question: a script run in the jumphost whose exit code is compared with `expectedOutput`.
struct ValidationCheck
{
    QString id;
    QString description;
    QString scriptFile;     ///< relative to the pack's scripts/validation/ folder, as in CK-X
    QString expectedOutput; ///< CK-X stores the expected exit code as a string, usually "0"
    double weight = 1.0;    ///< "weightage" in assessment.json
    QJsonObject extra;

    int expectedExitCode() const { return expectedOutput.trimmed().toInt(); }
};

struct Question
{
    QString id;
    QString nameSpace;       ///< "namespace" in assessment.json
    QString machineHostname; ///< the host the candidate is expected to work on (CK-X)
    QString context;         ///< ours, optional: the kubeconfig context of the cluster the task is on
    QString markdown;        ///< "question"
    QStringList concepts;
    QList<ValidationCheck> checks;
    QString solutionScriptFile; ///< ours, optional: relative to scripts/solution/
    QStringList hints;          ///< ours, optional
    QJsonObject extra;

    double maxScore() const
    {
        double s = 0;
        for (const auto &c : checks)
            s += c.weight;
        return s;
    }
};

/// An image a Docker lab needs inside its own (dind) engine. It is built on the host from a context folder in the
/// pack when missing, then preloaded into the lab's engine, so the lab never needs a registry.
struct LabImage
{
    QString name;         ///< e.g. "ckx-lab/webapp:1"
    QString buildContext; ///< folder relative to the pack's asset folder, holding a Dockerfile
};

/// One Kubernetes cluster of a lab (config.json "clusters", ours). A lab without "clusters" has one, named
/// "cluster1" with context "cluster1" and the top-level "workerNodes", so CK-X packs keep working.
struct LabCluster
{
    QString name;    ///< lowercase letters, digits, '-'; unique in the lab; node SSH aliases start with it
    QString context; ///< the kubeconfig context name in the jumphost; unique in the lab
    int workerNodes = 1;
};

/// One entry of labs.json.
struct LabInfo
{
    QString id;
    QString assetPath;
    QString name;
    QString category;
    QString description;
    QString difficulty;
    int examDurationMinutes = 0;
    int warmUpSeconds = 0;
    // ours (optional; defaults shown)
    QString type = QStringLiteral("mock"); ///< "mock" | "full"
    bool isFree = true;
    QString track;                          ///< "CKAD" | "CKA" | "CKS" | "Docker" | "Helm" (derived from category if absent)
    QString runtime = QStringLiteral("kind"); ///< "kind" | "docker"
    QString kubernetesVersion;
    QJsonObject extra;
};

/// A fully loaded pack: registry entry + config.json + assessment.json, with absolute paths resolved.
struct LabPack
{
    LabInfo info;
    QString rootDir;   ///< absolute path of the folder that holds labs.json
    QString assetDir;  ///< absolute path of rootDir/assetPath
    int workerNodes = 1;
    double totalMarks = 0;
    double lowScore = 0;
    double mediumScore = 0;
    double highScore = 0;
    QString answersFile; ///< absolute path of answers.md (config.json "answers")
    QList<Question> questions;
    QList<LabImage> images; ///< config.json "images" (ours)
    QList<LabParameter> parameters; ///< config.json "parameters" (ours), drawn per attempt
    QList<LabCluster> clusters; ///< never empty once read: the declared clusters, or the implicit "cluster1"
    bool clustersDeclared = false; ///< config.json has "clusters" (else `clusters` is the implicit one)
    QJsonObject configExtra;

    QString setupScriptPath(const Question &q) const;      ///< absolute, may not exist
    QString validationScriptPath(const ValidationCheck &c) const;
    QString solutionScriptPath(const Question &q) const;   ///< empty when the question has none
    int checkCount() const;
    /// The cluster whose context is `context` (nullptr when none).
    const LabCluster *clusterByContext(const QString &context) const;
};

} // namespace ckx
