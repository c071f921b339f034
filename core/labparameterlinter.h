#pragma once
// The linter's rules for randomised parameters (docs/lab-format.md "Parameters"): every {{NAME}} in the pack's
// Markdown is declared, scripts read parameters as $NAME (a {{NAME}} in a script is never replaced), and every
// declared parameter is used and shown to the candidate.

#include "core/labcatalog.h"

#include <QList>

namespace ckx {

class LabJsonFile;

/// Appends the parameter findings of `pack` to `out`. `assessment` may be null (the file did not parse).
void lintLabParameters(const LabPack &pack, const LabJsonFile *config, const LabJsonFile *assessment,
                       QList<LabProblem> &out);

} // namespace ckx
