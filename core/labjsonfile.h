#pragma once
// One JSON file of a lab pack, read so that every finding about it can say where: syntax errors get a line and
// column from QJsonParseError's offset, and any JSON path ("questions[2].verification[0].weightage") can be
// turned back into the line and column where its value starts.

#include "core/labcatalog.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ckx {

class LabJsonFile
{
public:
    /// Lab-pack JSON files are small; anything larger is a mistake (a log or an image renamed .json).
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    /// Reads and parses `path`. On failure appends one error (unreadable, empty, too large, or a syntax error with
    /// line and column) to `problems` and returns nothing.
    static std::optional<LabJsonFile> read(const QString &path, QList<LabProblem> &problems);

    const QString &path() const { return m_path; }
    const QJsonDocument &document() const { return m_doc; }

    /// 1-based line and column where the value at `jsonPath` starts; for a path that is not in the file (a missing
    /// field), the position of its nearest ancestor that is. {0, 0} only when nothing matches.
    std::pair<int, int> position(const QString &jsonPath) const;

    /// JSON paths of keys written twice in one object (QJsonDocument keeps the last value, silently).
    const QStringList &duplicateKeys() const { return m_duplicateKeys; }

    /// 1-based line and column (in characters, not bytes) of a byte offset into UTF-8 text.
    static std::pair<int, int> lineColumn(const QByteArray &utf8, qsizetype offset);

private:
    QString m_path;
    QJsonDocument m_doc;
    QByteArray m_text;
    QHash<QString, qsizetype> m_offsets; ///< JSON path -> byte offset of its value
    QStringList m_duplicateKeys;
};

} // namespace ckx
