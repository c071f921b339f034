#include "core/datapaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ckx {

namespace {

QString ensureDir(const QString &path)
{
    QDir dir(path);
    if (!dir.exists() && QDir().mkpath(path)) {
        // Session folders hold private keys and VNC passwords: keep the whole tree private to the learner.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return QDir::cleanPath(dir.absolutePath());
}

} // namespace

QString dataDir()
{
    const QString env = qEnvironmentVariable("CKX_DATA_DIR");
    if (!env.isEmpty())
        return ensureDir(env);
    return ensureDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString labsUserDir()
{
    return ensureDir(dataDir() + QStringLiteral("/labs"));
}

QString sessionsDir()
{
    return ensureDir(dataDir() + QStringLiteral("/sessions"));
}

QString recordingPath(const QString &attemptId)
{
    return ensureDir(dataDir() + QStringLiteral("/recordings")) + u'/' + attemptId + QStringLiteral(".cast");
}

QString storePath()
{
    return dataDir() + QStringLiteral("/ckx.sqlite");
}

} // namespace ckx
