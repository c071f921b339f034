#pragma once
// The one parser of the lab-pack format. The catalog uses it to load packs; the linter uses the same pass and
// then adds its softer checks, so loading and linting can never disagree about what a pack says.

#include "core/labcatalog.h"
#include "core/labjsonfile.h"

#include <QList>
#include <QString>

#include <memory>

namespace ckx {

class LabPackReader
{
public:
    /// One labs.json entry as read: the pack (as far as it could be read) and the files it came from.
    struct Source
    {
        LabPack pack;
        bool loaded = false; ///< true when the reader found no error in this pack
        QString labsPath;    ///< JSON path of the entry in labs.json: "labs[3]" (or "[3]" for a bare array)
        bool assetFound = false;
        std::shared_ptr<const LabJsonFile> config;     ///< null when config.json is missing or invalid
        std::shared_ptr<const LabJsonFile> assessment; ///< null when the assessment file is missing or invalid
        QList<LabProblem> warnings; ///< soft findings noticed while parsing (reported by the linter only)
    };

    struct Root
    {
        QString dir;                             ///< absolute path of the folder holding labs.json
        QString labsFile;                        ///< absolute path of labs.json
        std::shared_ptr<const LabJsonFile> labs; ///< null when labs.json is missing or invalid
        QList<Source> sources;
        QList<LabProblem> warnings; ///< soft findings about labs.json itself (reported by the linter only)
    };

    /// Reads `rootDir`/labs.json and every pack it lists. Errors (a pack cannot be used as written) are appended
    /// to `problems`; a pack with an error has loaded == false, the others load.
    static Root readRoot(const QString &rootDir, QList<LabProblem> &problems);

    /// Lab roots under `dir`: `dir` itself when it holds labs.json, else every folder below it (at most `maxDepth`
    /// levels down, hidden folders skipped) that does, without looking inside a root. A CK-X checkout dropped
    /// into the data folder is found at CK-X/facilitator/assets/exams, four levels down.
    static QStringList findRoots(const QString &dir, int maxDepth = 4);

    /// Where a relative path from a pack points: `relative` resolved against each of `bases` in turn, then
    /// against every ancestor of the last base (CK-X writes paths relative to its facilitator folder, an
    /// ancestor of labs.json). The first existing candidate wins; empty when none exists.
    static QString resolveExisting(const QString &relative, const QStringList &bases);

    /// "CKAD" | "CKA" | "CKS" | "Docker" | "Helm" when `text` names one of them (case-insensitive), else empty.
    static QString canonicalTrack(const QString &text);

    /// Warnings for keys written twice in `file` (only the last value counts, which is rarely what was meant).
    static void warnDuplicateKeys(const LabJsonFile &file, QList<LabProblem> &warnings);
};

} // namespace ckx
