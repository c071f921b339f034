#pragma once
// Builds a POSIX ustar archive in memory: the format the Engine API takes for build contexts and put_archive.

#include <QByteArray>
#include <QString>

namespace ckx {

class TarWriter
{
public:
    /// Adds a regular file. `path` is relative ("etc/ckx/key"), `mode` e.g. 0600, owner uid/gid numeric.
    void addFile(const QString &path, const QByteArray &content, int mode = 0644, int uid = 0, int gid = 0);
    void addDirectory(const QString &path, int mode = 0755, int uid = 0, int gid = 0);
    /// Adds every file under `dir` (recursively) below `prefix` in the archive, keeping executable bits.
    /// Returns false (with `error` set) when a file cannot be read.
    bool addDirectoryTree(const QString &dir, const QString &prefix, QString *error, int uid = 0, int gid = 0);

    /// Modification time of the entries added from now on (default 0, so build contexts are byte-identical).
    void setModificationTime(qint64 secondsSinceEpoch) { m_mtime = secondsSinceEpoch; }

    /// The archive with its two closing zero blocks.
    QByteArray finish() const;

private:
    void addEntry(const QString &path, char type, const QByteArray &content, int mode, int uid, int gid);
    QByteArray m_data;
    qint64 m_mtime = 0;
};

} // namespace ckx
