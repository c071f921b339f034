#pragma once
// The catalog: every lab pack found under a list of roots (the bundled resources/labs and the user's data folder).
// One broken pack never stops the rest from loading; its problems are reported instead.

#include "core/labpack.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ckx {

/// A problem found while reading or linting a pack. Every finding names the file, the JSON path inside it
/// (e.g. "questions[2].verification[0].weightage") and what was expected.
struct LabProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;     ///< absolute or root-relative path of the file at fault
    QString jsonPath; ///< empty when the problem is not inside a JSON document
    int line = 0;     ///< 1-based, for JSON syntax errors; 0 when unknown
    int column = 0;
    QString message;

    QString toString() const; ///< "file:line:col: path: message" (parts omitted when empty)
};

class LabCatalog
{
public:
    /// resources/labs of the installation (or source tree), then <data dir>/labs; CKX_LABS_DIRS (colon-separated)
    /// replaces the list when set.
    static QStringList defaultRoots();

    /// Loads every pack under each root (a root is a folder with labs.json). Later roots may add labs; a lab id
    /// seen twice keeps the first and reports the second.
    static LabCatalog load(const QStringList &roots);

    const QList<LabPack> &labs() const { return m_labs; }
    const QList<LabProblem> &problems() const { return m_problems; }
    const LabPack *find(const QString &id) const;

private:
    QList<LabPack> m_labs;
    QList<LabProblem> m_problems;
};

/// Reads one root folder (labs.json + every asset folder). Packs that fail to load are left out and their
/// problems appended to `problems`; the returned list holds the packs that loaded.
QList<LabPack> readLabRoot(const QString &rootDir, QList<LabProblem> &problems);

} // namespace ckx
