#pragma once
// What a lab author wants to know before shipping a pack. The linter runs the same reader the catalog loads
// with (every error that keeps a pack out of the catalog is reported here too, with the same words), then adds
// the checks the reader does not need: scripts that are missing, not executable, without a shebang or with CRLF
// line endings; score thresholds out of order; questions without checks; a missing answers file; and so on.

#include "core/labcatalog.h"

#include <QList>
#include <QStringList>

namespace ckx {

class LabLinter
{
public:
    /// Lints each path: a lab root (folder with labs.json), a labs.json file, one pack's asset folder (only that
    /// pack is linted), or a folder whose sub-folders are lab roots. Findings come sorted by file and line.
    QList<LabProblem> lint(const QStringList &paths) const;

    static int count(const QList<LabProblem> &problems, LabProblem::Severity severity);
};

} // namespace ckx
