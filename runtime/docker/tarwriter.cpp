#include "runtime/docker/tarwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace ckx {

namespace {

void putOctal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL
    const QByteArray s = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, s.constData(), std::min<qsizetype>(s.size(), width - 1));
    field[width - 1] = '\0';
}

} // namespace

void TarWriter::addEntry(const QString &path, char type, const QByteArray &content, int mode, int uid, int gid)
{
    QByteArray name = path.toUtf8();
    while (name.startsWith('/'))
        name.remove(0, 1);
    if (type == '5' && !name.endsWith('/'))
        name += '/';
    char header[512];
    std::memset(header, 0, sizeof header);
    QByteArray prefix;
    if (name.size() > 100) {
        // ustar: split at a '/' so that the name part is <= 100 bytes and the prefix <= 155
        const qsizetype cut = name.indexOf('/', name.size() - 101);
        if (cut > 0 && cut <= 155) {
            prefix = name.left(cut);
            name = name.mid(cut + 1);
        }
    }
    std::memcpy(header, name.constData(), std::min<qsizetype>(name.size(), 100));
    putOctal(header + 100, 8, mode & 07777);
    putOctal(header + 108, 8, uid);
    putOctal(header + 116, 8, gid);
    putOctal(header + 124, 12, type == '0' ? content.size() : 0);
    putOctal(header + 136, 12, m_mtime);
    std::memset(header + 148, ' ', 8);
    header[156] = type;
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    std::memcpy(header + 345, prefix.constData(), std::min<qsizetype>(prefix.size(), 155));
    unsigned sum = 0;
    for (unsigned char c : header)
        sum += c;
    putOctal(header + 148, 7, sum);
    header[155] = ' ';
    m_data.append(header, 512);
    if (type == '0') {
        m_data.append(content);
        const qsizetype pad = (512 - content.size() % 512) % 512;
        m_data.append(QByteArray(pad, '\0'));
    }
}

void TarWriter::addFile(const QString &path, const QByteArray &content, int mode, int uid, int gid)
{
    addEntry(path, '0', content, mode, uid, gid);
}

void TarWriter::addDirectory(const QString &path, int mode, int uid, int gid)
{
    addEntry(path, '5', {}, mode, uid, gid);
}

bool TarWriter::addDirectoryTree(const QString &dir, const QString &prefix, QString *error, int uid, int gid)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end()); // stable order: same folder, same archive
    const QDir base(dir);
    const QString pre = prefix.isEmpty() || prefix.endsWith(u'/') ? prefix : prefix + u'/';
    if (!pre.isEmpty())
        addDirectory(pre, 0755, uid, gid);
    for (const QString &f : files) {
        const QFileInfo fi(f);
        const QString rel = pre + base.relativeFilePath(f);
        if (fi.isDir()) {
            addDirectory(rel, 0755, uid, gid);
            continue;
        }
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1: %2").arg(f, file.errorString());
            return false;
        }
        const bool exec = fi.permissions() & QFile::ExeOwner;
        addFile(rel, file.readAll(), exec ? 0755 : 0644, uid, gid);
    }
    return true;
}

QByteArray TarWriter::finish() const
{
    return m_data + QByteArray(1024, '\0');
}

} // namespace ckx
