#include "server-sync/accessstatusbatch.h"

#include "core/api/types.h"
#include "server-sync/servercontext.h"
#include "server-sync/serverstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ckx::server {

namespace {

// Every unactivated pass and every unexpired active pass of the batch's users. The list of users is one bound
// parameter (a PostgreSQL text[] literal or a JSON array for SQLite), so each backend prepares one statement
// whatever the batch size.
const QString kPostgresSql = QStringLiteral(
    "SELECT user_id, id, status, expires_at FROM passes WHERE user_id = ANY(?::text[]) "
    "AND (status = 'purchased' OR (status = 'active' AND expires_at > ?))");
const QString kSqliteSql = QStringLiteral(
    "SELECT user_id, id, status, expires_at FROM passes WHERE user_id IN (SELECT value FROM json_each(?)) "
    "AND (status = 'purchased' OR (status = 'active' AND expires_at > ?))");

QString postgresTextArray(const QStringList &items)
{
    QString out = QStringLiteral("{");
    for (const QString &item : items) {
        if (out.size() > 1)
            out += u',';
        out += u'"';
        for (QChar c : item) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

} // namespace

AccessStatusBatch::AccessStatusBatch(ServerStore &store, QObject *context) : m_store(store), m_context(context) {}

void AccessStatusBatch::enqueue(const QString &userId, const QString &requestId, ApiResponder responder)
{
    m_pending.append(Pending{userId, requestId, std::move(responder)});
    if (m_pending.size() == 1 && m_context)
        QMetaObject::invokeMethod(m_context, [this] { flush(); }, Qt::QueuedConnection);
}

void AccessStatusBatch::flush()
{
    QList<Pending> all = std::exchange(m_pending, {});
    for (qsizetype at = 0; at < all.size();) {
        // Split at kMaxUsers distinct users, keeping every request of a user in the same statement.
        QList<Pending> batch;
        QSet<QString> users;
        while (at < all.size() && (users.size() < kMaxUsers || users.contains(all.at(at).userId))) {
            users.insert(all.at(at).userId);
            batch.append(std::move(all[at]));
            ++at;
        }
        answer(std::move(batch));
    }
}

void AccessStatusBatch::answer(QList<Pending> batch)
{
    QStringList users;
    QHash<QString, api::AccessStatus> status;
    for (const Pending &p : std::as_const(batch)) {
        if (!status.contains(p.userId)) {
            status.insert(p.userId, api::AccessStatus{});
            users.append(p.userId);
        }
    }
    const qint64 now = ServerContext::now();
    const bool pg = m_store.isPostgres();
    const QString list = pg ? postgresTextArray(users)
                            : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(users)).toJson(QJsonDocument::Compact));
    auto rows = m_store.select(pg ? kPostgresSql : kSqliteSql, {list, now});
    if (!rows) {
        for (const Pending &p : std::as_const(batch)) {
            ApiRequest request;
            request.requestId = p.requestId;
            request.path = QStringLiteral("/api/v1/access/status");
            p.responder.send(storeFailure(rows.error(), request));
        }
        return;
    }
    for (const ServerStore::Row &r : std::as_const(*rows)) {
        api::AccessStatus &s = status[r.at(0).toString()];
        if (r.at(2).toString() == QStringLiteral("purchased")) {
            ++s.unactivatedPasses;
            continue;
        }
        const qint64 expires = r.at(3).toLongLong();
        if (!s.hasActivePass || expires > s.expiresAt) {
            s.hasActivePass = true;
            s.activePassId = r.at(1).toString();
            s.expiresAt = expires;
            s.remainingSeconds = expires - now;
        }
    }
    for (const Pending &p : std::as_const(batch))
        p.responder.send(ApiResponse::ok(status.value(p.userId).toJson()));
}

} // namespace ckx::server
