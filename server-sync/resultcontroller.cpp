#include "server-sync/resultcontroller.h"

#include "core/api/types.h"
#include "server-sync/serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

namespace ckx::server {

namespace {
const QString kColumns = QStringLiteral("attempt_id, lab_id, exam_session_id, score, max_score, passed, started_at, "
                                        "finished_at, checks");

api::AttemptResult fromRow(const ServerStore::Row &r)
{
    api::AttemptResult a;
    a.attemptId = r.at(0).toString();
    a.labId = r.at(1).toString();
    a.examSessionId = r.at(2).toString();
    a.score = r.at(3).toDouble();
    a.maxScore = r.at(4).toDouble();
    a.passed = r.at(5).toInt() != 0;
    a.startedAt = r.at(6).toLongLong();
    a.finishedAt = r.at(7).toLongLong();
    a.checks = QJsonDocument::fromJson(r.at(8).toByteArray()).array();
    return a;
}

Result<int> queryInt(const ApiRequest &request, const QString &name, int fallback, int min, int max)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int n = request.query.queryItemValue(name).toInt(&ok);
    if (!ok || n < min || n > max)
        return makeError(QStringLiteral("request.query"),
                         QStringLiteral("query parameter \"%1\": expected a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return n;
}
} // namespace

ResultController::ResultController(const ServerContext &context, ServerStore &store) : m_ctx(context), m_store(store) {}

void ResultController::registerRoutes(ApiServer &server)
{
    server.route(QStringLiteral("PUT"), QStringLiteral("/api/v1/results/{attemptId}"), [this](const ApiRequest &r) { return put(r); });
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/users/me/history"), [this](const ApiRequest &r) { return history(r); });
    server.route(QStringLiteral("GET"), QStringLiteral("/api/v1/users/me/stats"), [this](const ApiRequest &r) { return stats(r); });
}

ApiResponse ResultController::put(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    const QString attemptId = request.param(QStringLiteral("attemptId"));
    static const QRegularExpression idShape(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    if (!idShape.match(attemptId).hasMatch())
        return ApiResponse::error(400, QStringLiteral("request.path"),
                                  QStringLiteral("attemptId: expected 1-100 letters, digits, '.', '_' or '-'"));
    auto body = request.jsonObject();
    if (!body)
        return badRequest(body.error());
    auto result = api::AttemptResult::fromJson(*body);
    if (!result)
        return badRequest(result.error());
    if (!result->attemptId.isEmpty() && result->attemptId != attemptId)
        return ApiResponse::error(400, QStringLiteral("api.field"),
                                  QStringLiteral("field \"attemptId\" (%1) differs from the URL's (%2)").arg(result->attemptId, attemptId));
    result->attemptId = attemptId;
    const QByteArray checks = QJsonDocument(result->checks).toJson(QJsonDocument::Compact);
    const QVariant session = result->examSessionId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(result->examSessionId);
    auto r = m_store.execute(
        QStringLiteral("INSERT INTO results (user_id, attempt_id, lab_id, exam_session_id, score, max_score, passed, "
                       "started_at, finished_at, checks, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (user_id, attempt_id) DO UPDATE SET lab_id = excluded.lab_id, exam_session_id = "
                       "excluded.exam_session_id, score = excluded.score, max_score = excluded.max_score, passed = "
                       "excluded.passed, started_at = excluded.started_at, finished_at = excluded.finished_at, checks = "
                       "excluded.checks, updated_at = excluded.updated_at"),
        {*user, attemptId, result->labId, session, result->score, result->maxScore, result->passed ? 1 : 0,
         result->startedAt, result->finishedAt, QString::fromUtf8(checks), ServerContext::now()});
    if (!r)
        return storeFailure(r.error(), request);
    return ApiResponse::ok(result->toJson());
}

ApiResponse ResultController::history(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    auto limit = queryInt(request, QStringLiteral("limit"), 50, 1, 500);
    if (!limit)
        return badRequest(limit.error());
    auto offset = queryInt(request, QStringLiteral("offset"), 0, 0, 1000000);
    if (!offset)
        return badRequest(offset.error());
    auto rows = m_store.select(QStringLiteral("SELECT %1 FROM results WHERE user_id = ? ORDER BY finished_at DESC, attempt_id "
                                              "LIMIT ? OFFSET ?")
                                   .arg(kColumns),
                               {*user, *limit, *offset});
    if (!rows)
        return storeFailure(rows.error(), request);
    QJsonArray out;
    for (const auto &r : *rows)
        out.append(fromRow(r).toJson());
    return ApiResponse::ok(out);
}

ApiResponse ResultController::stats(const ApiRequest &request)
{
    auto user = m_ctx.authenticate(request);
    if (!user)
        return unauthorized(user.error());
    auto rows = m_store.select(QStringLiteral("SELECT lab_id, COUNT(*), SUM(passed), MAX(score * 100.0 / max_score), "
                                              "AVG(score * 100.0 / max_score), MAX(finished_at) FROM results WHERE user_id = ? "
                                              "AND max_score > 0 GROUP BY lab_id ORDER BY lab_id"),
                               {*user});
    if (!rows)
        return storeFailure(rows.error(), request);
    QJsonArray labs;
    qint64 attempts = 0;
    qint64 passed = 0;
    double best = 0;
    double weightedSum = 0;
    for (const auto &r : *rows) {
        const qint64 n = r.at(1).toLongLong();
        attempts += n;
        passed += r.at(2).toLongLong();
        best = qMax(best, r.at(3).toDouble());
        weightedSum += r.at(4).toDouble() * double(n);
        labs.append(QJsonObject{{QStringLiteral("labId"), r.at(0).toString()},
                                {QStringLiteral("attempts"), n},
                                {QStringLiteral("passed"), r.at(2).toLongLong()},
                                {QStringLiteral("bestPercent"), r.at(3).toDouble()},
                                {QStringLiteral("averagePercent"), r.at(4).toDouble()},
                                {QStringLiteral("lastFinishedAt"), r.at(5).toLongLong()}});
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("attempts"), attempts},
                                       {QStringLiteral("passed"), passed},
                                       {QStringLiteral("bestPercent"), best},
                                       {QStringLiteral("averagePercent"), attempts ? weightedSum / double(attempts) : 0.0},
                                       {QStringLiteral("labs"), labs}});
}

} // namespace ckx::server
