#include "server-sync/jsonlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

namespace ckx::server {

Q_LOGGING_CATEGORY(lcServer, "ckx.server")
Q_LOGGING_CATEGORY(lcAccess, "ckx.server.access")
Q_LOGGING_CATEGORY(lcSecurity, "ckx.server.security")

namespace {

QMutex &writeLock()
{
    static QMutex m;
    return m;
}

void writeLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&writeLock());
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

const char *levelName(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    JsonLog::event(ctx.category ? ctx.category : "default", levelName(type), msg);
}

} // namespace

void JsonLog::install()
{
    qInstallMessageHandler(handler);
}

void JsonLog::event(const char *category, const char *level, const QString &message, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), QString::fromLatin1(level));
    o.insert(QStringLiteral("category"), QString::fromLatin1(category));
    o.insert(QStringLiteral("msg"), message);
    writeLine(o);
}

} // namespace ckx::server
