#pragma once
// Request and response bodies of the companion-server API (/api/v1), shared by ckx-server and the desktop client.
// Every type converts to the JSON the server sends (toJson) and back (fromJson, which names the field at fault).
// Times are Unix seconds; ids are strings (UUIDs unless stated).

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ckx::api {

/// POST auth/login, auth/register, auth/refresh → 200/201
struct AuthTokens
{
    QString accessToken;  ///< JWT, 15 minutes
    QString refreshToken; ///< opaque, 7 days, rotated on every refresh
    qint64 accessExpiresAt = 0;
    qint64 refreshExpiresAt = 0;
    QString tokenType = QStringLiteral("Bearer");

    QJsonObject toJson() const;
    static Result<AuthTokens> fromJson(const QJsonObject &o);
};

/// GET users/me
struct UserProfile
{
    QString id;
    QString email;
    QString displayName;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
    static Result<UserProfile> fromJson(const QJsonObject &o);
};

/// GET pass-types
struct PassType
{
    QString id; ///< "38h", "1w", "2w"
    QString name;
    qint64 durationSeconds = 0;
    int priceCents = 0;
    QString currency = QStringLiteral("usd");

    QJsonObject toJson() const;
    static Result<PassType> fromJson(const QJsonObject &o);
};

/// GET access/passes (one element). Time starts at activation.
struct AccessPass
{
    QString id;
    QString passTypeId;
    QString status; ///< "purchased" | "active" | "expired"
    qint64 durationSeconds = 0;
    qint64 purchasedAt = 0;
    qint64 activatedAt = 0; ///< 0 while not activated
    qint64 expiresAt = 0;   ///< 0 while not activated
    qint64 remainingSeconds = 0;

    QJsonObject toJson() const;
    static Result<AccessPass> fromJson(const QJsonObject &o);
};

/// GET access/status
struct AccessStatus
{
    bool hasActivePass = false;
    qint64 remainingSeconds = 0;
    qint64 expiresAt = 0;
    QString activePassId;
    int unactivatedPasses = 0;

    QJsonObject toJson() const;
    static Result<AccessStatus> fromJson(const QJsonObject &o);
};

/// GET labs (one element)
struct LabSummary
{
    QString id;
    QString name;
    QString track;
    QString type; ///< "mock" | "full"
    bool isFree = true;
    int durationMinutes = 0;

    QJsonObject toJson() const;
    static Result<LabSummary> fromJson(const QJsonObject &o);
};

/// POST exam-sessions {labId} → 201 ExamSessionInfo with grant; GET exam-sessions/current
struct ExamSessionInfo
{
    QString id;
    QString labId;
    QString status; ///< "active" | "completed" | "terminated" | "expired"
    qint64 startedAt = 0;
    qint64 expiresAt = 0;
    qint64 endedAt = 0;
    QString grant; ///< core/api/grant.h wire format; empty outside POST exam-sessions

    QJsonObject toJson() const;
    static Result<ExamSessionInfo> fromJson(const QJsonObject &o);
};

/// PUT results/{attemptId} body; GET users/me/history elements
struct AttemptResult
{
    QString attemptId;
    QString labId;
    QString examSessionId; ///< empty for offline mock attempts
    double score = 0;
    double maxScore = 0;
    bool passed = false;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QJsonArray checks; ///< per-check detail, stored as given

    QJsonObject toJson() const;
    static Result<AttemptResult> fromJson(const QJsonObject &o);
};

/// Strict field readers used by the fromJson functions and by the server's request validation: each names the
/// field and the expected type in its error.
Result<QString> requireString(const QJsonObject &o, const QString &field, int maxLength = 1024);
Result<double> requireNumber(const QJsonObject &o, const QString &field);
Result<qint64> requireInteger(const QJsonObject &o, const QString &field);
QString optionalString(const QJsonObject &o, const QString &field);

} // namespace ckx::api
