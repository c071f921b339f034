#pragma once
// Structured logs: one JSON object per line on stderr, for every Qt log message and every request.
// Nothing secret goes in: no bodies, no tokens, no passwords, no signature values.

#include <QJsonObject>
#include <QLoggingCategory>

namespace ckx::server {

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)

class JsonLog
{
public:
    /// Routes Qt's qC*() output through the JSON formatter.
    static void install();
    /// One structured event line: {"ts", "level", "category", "msg", ...fields}.
    static void event(const char *category, const char *level, const QString &message, const QJsonObject &fields = {});
};

} // namespace ckx::server
