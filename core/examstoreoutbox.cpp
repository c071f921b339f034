// ExamStore's results outbox (kept apart from examstore.cpp, which holds attempts and grading): graded attempts
// waiting to be sent to the companion server by ResultSync.
#include "core/examstore.h"

#include "core/api/grant.h"
#include "core/api/types.h"
#include "core/sqlitetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTimeZone>


namespace ckx {

void ExamStore::setResultSyncTarget(const QString &serverUrl, const QString &userId)
{
    m_syncServer = serverUrl;
    m_syncUser = userId;
}

Result<void> ExamStore::queueResultLocked(const ExamAttempt &graded, const QList<CheckResult> &results)
{
    if (m_syncServer.isEmpty() || m_syncUser.isEmpty())
        return {};
    api::AttemptResult r;
    r.attemptId = graded.id;
    r.labId = graded.labId;
    // The grant was verified when the exam started; here it only names the server's exam session.
    if (!graded.grant.isEmpty())
        if (auto g = ExamGrant::decodeUnverified(graded.grant))
            r.examSessionId = g->examSessionId;
    r.score = graded.score.value_or(0);
    r.maxScore = graded.maxScore.value_or(0);
    r.passed = graded.passed();
    r.startedAt = (graded.startedAt.isValid() ? graded.startedAt : graded.createdAt).toSecsSinceEpoch();
    r.finishedAt = graded.gradedAt.toSecsSinceEpoch();
    for (const CheckResult &c : results)
        r.checks.append(QJsonObject{{QStringLiteral("questionId"), c.questionId},
                                    {QStringLiteral("checkId"), c.checkId},
                                    {QStringLiteral("passed"), c.passed},
                                    {QStringLiteral("weight"), c.weight}});
    const qint64 nowMs = graded.gradedAt.toMSecsSinceEpoch();
    // A re-grade replaces the queued body: the server keeps the latest result of an attempt.
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("INSERT INTO result_outbox (attempt_id, server_url, user_id, body, created_at, "
                                   "next_try_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id) DO UPDATE SET "
                                   "body = excluded.body, server_url = excluded.server_url, user_id = excluded.user_id, "
                                   "tries = 0, next_try_at = excluded.next_try_at, last_error = ''"),
                    {graded.id, m_syncServer, m_syncUser,
                     QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)), nowMs, nowMs});
    if (!q)
        return q.error();
    return {};
}

Result<int> ExamStore::queueUnsentFullExams()
{
    if (auto r = requireOpen(); !r)
        return r.error();
    if (m_syncServer.isEmpty() || m_syncUser.isEmpty())
        return 0;
    auto candidates = queryAttempts(QStringLiteral("score IS NOT NULL AND synced_at IS NULL AND exam_grant <> '' AND id NOT "
                                                   "IN (SELECT attempt_id FROM result_outbox)"),
                                    {});
    if (!candidates)
        return candidates.error();
    int queued = 0;
    for (const ExamAttempt &a : *candidates) {
        const auto grant = ExamGrant::decodeUnverified(a.grant);
        if (!grant || grant->userId != m_syncUser)
            continue;
        auto results = checkResults(a.id);
        if (!results)
            return results.error();
        if (auto r = queueResultLocked(a, *results); !r)
            return r.error();
        ++queued;
    }
    return queued;
}

Result<QList<ExamStore::OutboxEntry>> ExamStore::outbox(const QString &serverUrl, const QString &userId) const
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("SELECT attempt_id, body, tries, next_try_at, last_error FROM result_outbox "
                                   "WHERE server_url = ? AND user_id = ? ORDER BY created_at"),
                    {serverUrl, userId});
    if (!q)
        return q.error();
    QList<OutboxEntry> out;
    while (q->next()) {
        OutboxEntry e;
        e.attemptId = q->value(0).toString();
        e.body = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        e.tries = q->value(2).toInt();
        e.nextTryAt = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), QTimeZone::utc());
        e.lastError = q->value(4).toString();
        out.append(e);
    }
    return out;
}

Result<void> ExamStore::markResultSent(const QString &attemptId)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    SqliteTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto q = runSql(db, QStringLiteral("DELETE FROM result_outbox WHERE attempt_id = ?"), {attemptId}); !q)
        return q.error();
    if (auto r = markSynced(attemptId, now()); !r)
        return r;
    return tx.commit();
}

Result<void> ExamStore::markResultFailed(const QString &attemptId, const QString &error, const QDateTime &nextTryAt)
{
    if (auto r = requireOpen(); !r)
        return r.error();
    auto q = runSql(QSqlDatabase::database(m_connection),
                    QStringLiteral("UPDATE result_outbox SET tries = tries + 1, last_error = ?, next_try_at = ? "
                                   "WHERE attempt_id = ?"),
                    {error, nextTryAt.toMSecsSinceEpoch(), attemptId});
    if (!q)
        return q.error();
    return {};
}

} // namespace ckx
