#include "core/labpack.h"

#include <QDir>

namespace ckx {

// Script locations follow CK-X's layout (docs/lab-format.md): setup scripts are found by the question id,
// validation and solution scripts by the file name the assessment gives.

QString LabPack::setupScriptPath(const Question &q) const
{
    return QDir::cleanPath(assetDir + QStringLiteral("/scripts/setup/q") + q.id + QStringLiteral("_setup.sh"));
}

QString LabPack::validationScriptPath(const ValidationCheck &c) const
{
    return QDir::cleanPath(assetDir + QStringLiteral("/scripts/validation/") + c.scriptFile);
}

QString LabPack::solutionScriptPath(const Question &q) const
{
    if (q.solutionScriptFile.isEmpty())
        return {};
    return QDir::cleanPath(assetDir + QStringLiteral("/scripts/solution/") + q.solutionScriptFile);
}

int LabPack::checkCount() const
{
    int n = 0;
    for (const auto &q : questions)
        n += int(q.checks.size());
    return n;
}

const LabCluster *LabPack::clusterByContext(const QString &context) const
{
    for (const LabCluster &c : clusters)
        if (c.context == context)
            return &c;
    return nullptr;
}

} // namespace ckx
