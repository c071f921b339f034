#include "core/api/types.h"

#include <cmath>

namespace ckx::api {

namespace {

Error fieldError(const QString &field, const QString &expected)
{
    return makeError(QStringLiteral("api.field"), QStringLiteral("field \"%1\": expected %2").arg(field, expected));
}

qint64 integerOr0(const QJsonObject &o, const QString &field)
{
    return static_cast<qint64>(o.value(field).toDouble());
}

} // namespace

Result<QString> requireString(const QJsonObject &o, const QString &field, int maxLength)
{
    const QJsonValue v = o.value(field);
    if (!v.isString())
        return fieldError(field, v.isUndefined() ? QStringLiteral("a string (it is missing)")
                                                 : QStringLiteral("a string"));
    const QString s = v.toString();
    if (s.trimmed().isEmpty())
        return fieldError(field, QStringLiteral("a non-empty string"));
    if (s.size() > maxLength)
        return fieldError(field, QStringLiteral("at most %1 characters").arg(maxLength));
    return s;
}

Result<double> requireNumber(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fieldError(field, v.isUndefined() ? QStringLiteral("a number (it is missing)")
                                                 : QStringLiteral("a number"));
    return v.toDouble();
}

Result<qint64> requireInteger(const QJsonObject &o, const QString &field)
{
    auto n = requireNumber(o, field);
    if (!n)
        return n.error();
    if (std::floor(*n) != *n || std::fabs(*n) > 9007199254740991.0)
        return fieldError(field, QStringLiteral("a whole number"));
    return static_cast<qint64>(*n);
}

QString optionalString(const QJsonObject &o, const QString &field)
{
    return o.value(field).toString();
}

QJsonObject AuthTokens::toJson() const
{
    return {{QStringLiteral("accessToken"), accessToken},
            {QStringLiteral("refreshToken"), refreshToken},
            {QStringLiteral("accessExpiresAt"), accessExpiresAt},
            {QStringLiteral("refreshExpiresAt"), refreshExpiresAt},
            {QStringLiteral("tokenType"), tokenType}};
}

Result<AuthTokens> AuthTokens::fromJson(const QJsonObject &o)
{
    AuthTokens t;
    auto access = requireString(o, QStringLiteral("accessToken"), 8192);
    if (!access)
        return access.error();
    auto refresh = requireString(o, QStringLiteral("refreshToken"), 8192);
    if (!refresh)
        return refresh.error();
    t.accessToken = *access;
    t.refreshToken = *refresh;
    t.accessExpiresAt = integerOr0(o, QStringLiteral("accessExpiresAt"));
    t.refreshExpiresAt = integerOr0(o, QStringLiteral("refreshExpiresAt"));
    return t;
}

QJsonObject UserProfile::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("email"), email},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("createdAt"), createdAt}};
}

Result<UserProfile> UserProfile::fromJson(const QJsonObject &o)
{
    UserProfile u;
    auto id = requireString(o, QStringLiteral("id"));
    if (!id)
        return id.error();
    u.id = *id;
    u.email = optionalString(o, QStringLiteral("email"));
    u.displayName = optionalString(o, QStringLiteral("displayName"));
    u.createdAt = integerOr0(o, QStringLiteral("createdAt"));
    return u;
}

QJsonObject PassType::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("durationSeconds"), durationSeconds},
            {QStringLiteral("priceCents"), priceCents},
            {QStringLiteral("currency"), currency}};
}

Result<PassType> PassType::fromJson(const QJsonObject &o)
{
    PassType p;
    auto id = requireString(o, QStringLiteral("id"), 64);
    if (!id)
        return id.error();
    auto duration = requireInteger(o, QStringLiteral("durationSeconds"));
    if (!duration || *duration <= 0)
        return fieldError(QStringLiteral("durationSeconds"), QStringLiteral("a positive whole number"));
    auto price = requireInteger(o, QStringLiteral("priceCents"));
    if (!price || *price < 0)
        return fieldError(QStringLiteral("priceCents"), QStringLiteral("a whole number of cents, 0 or more"));
    p.id = *id;
    p.name = optionalString(o, QStringLiteral("name"));
    if (p.name.isEmpty())
        p.name = p.id;
    p.durationSeconds = *duration;
    p.priceCents = static_cast<int>(*price);
    const QString currency = optionalString(o, QStringLiteral("currency"));
    if (!currency.isEmpty())
        p.currency = currency.toLower();
    return p;
}

QJsonObject AccessPass::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("passTypeId"), passTypeId},
            {QStringLiteral("status"), status},
            {QStringLiteral("durationSeconds"), durationSeconds},
            {QStringLiteral("purchasedAt"), purchasedAt},
            {QStringLiteral("activatedAt"), activatedAt},
            {QStringLiteral("expiresAt"), expiresAt},
            {QStringLiteral("remainingSeconds"), remainingSeconds}};
}

Result<AccessPass> AccessPass::fromJson(const QJsonObject &o)
{
    AccessPass p;
    auto id = requireString(o, QStringLiteral("id"));
    if (!id)
        return id.error();
    p.id = *id;
    p.passTypeId = optionalString(o, QStringLiteral("passTypeId"));
    p.status = optionalString(o, QStringLiteral("status"));
    p.durationSeconds = integerOr0(o, QStringLiteral("durationSeconds"));
    p.purchasedAt = integerOr0(o, QStringLiteral("purchasedAt"));
    p.activatedAt = integerOr0(o, QStringLiteral("activatedAt"));
    p.expiresAt = integerOr0(o, QStringLiteral("expiresAt"));
    p.remainingSeconds = integerOr0(o, QStringLiteral("remainingSeconds"));
    return p;
}

QJsonObject AccessStatus::toJson() const
{
    return {{QStringLiteral("hasActivePass"), hasActivePass},
            {QStringLiteral("remainingSeconds"), remainingSeconds},
            {QStringLiteral("expiresAt"), expiresAt},
            {QStringLiteral("activePassId"), activePassId.isEmpty() ? QJsonValue() : QJsonValue(activePassId)},
            {QStringLiteral("unactivatedPasses"), unactivatedPasses}};
}

Result<AccessStatus> AccessStatus::fromJson(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("hasActivePass")).isBool())
        return fieldError(QStringLiteral("hasActivePass"), QStringLiteral("true or false"));
    AccessStatus s;
    s.hasActivePass = o.value(QStringLiteral("hasActivePass")).toBool();
    s.remainingSeconds = integerOr0(o, QStringLiteral("remainingSeconds"));
    s.expiresAt = integerOr0(o, QStringLiteral("expiresAt"));
    s.activePassId = optionalString(o, QStringLiteral("activePassId"));
    s.unactivatedPasses = static_cast<int>(integerOr0(o, QStringLiteral("unactivatedPasses")));
    return s;
}

QJsonObject LabSummary::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("track"), track},
            {QStringLiteral("type"), type},
            {QStringLiteral("isFree"), isFree},
            {QStringLiteral("durationMinutes"), durationMinutes}};
}

Result<LabSummary> LabSummary::fromJson(const QJsonObject &o)
{
    LabSummary l;
    auto id = requireString(o, QStringLiteral("id"));
    if (!id)
        return id.error();
    l.id = *id;
    l.name = optionalString(o, QStringLiteral("name"));
    l.track = optionalString(o, QStringLiteral("track"));
    l.type = optionalString(o, QStringLiteral("type"));
    l.isFree = o.value(QStringLiteral("isFree")).toBool();
    l.durationMinutes = static_cast<int>(integerOr0(o, QStringLiteral("durationMinutes")));
    return l;
}

QJsonObject ExamSessionInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("labId"), labId},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("startedAt"), startedAt},
                  {QStringLiteral("expiresAt"), expiresAt},
                  {QStringLiteral("endedAt"), endedAt ? QJsonValue(endedAt) : QJsonValue()}};
    if (!grant.isEmpty())
        o.insert(QStringLiteral("grant"), grant);
    return o;
}

Result<ExamSessionInfo> ExamSessionInfo::fromJson(const QJsonObject &o)
{
    ExamSessionInfo s;
    auto id = requireString(o, QStringLiteral("id"));
    if (!id)
        return id.error();
    s.id = *id;
    s.labId = optionalString(o, QStringLiteral("labId"));
    s.status = optionalString(o, QStringLiteral("status"));
    s.startedAt = integerOr0(o, QStringLiteral("startedAt"));
    s.expiresAt = integerOr0(o, QStringLiteral("expiresAt"));
    s.endedAt = integerOr0(o, QStringLiteral("endedAt"));
    s.grant = optionalString(o, QStringLiteral("grant"));
    return s;
}

QJsonObject AttemptResult::toJson() const
{
    return {{QStringLiteral("attemptId"), attemptId},
            {QStringLiteral("labId"), labId},
            {QStringLiteral("examSessionId"), examSessionId.isEmpty() ? QJsonValue() : QJsonValue(examSessionId)},
            {QStringLiteral("score"), score},
            {QStringLiteral("maxScore"), maxScore},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("startedAt"), startedAt},
            {QStringLiteral("finishedAt"), finishedAt},
            {QStringLiteral("checks"), checks}};
}

Result<AttemptResult> AttemptResult::fromJson(const QJsonObject &o)
{
    AttemptResult r;
    r.attemptId = optionalString(o, QStringLiteral("attemptId"));
    auto lab = requireString(o, QStringLiteral("labId"), 200);
    if (!lab)
        return lab.error();
    auto score = requireNumber(o, QStringLiteral("score"));
    if (!score)
        return score.error();
    auto maxScore = requireNumber(o, QStringLiteral("maxScore"));
    if (!maxScore)
        return maxScore.error();
    if (*maxScore < 0 || *score < 0 || *score > *maxScore)
        return fieldError(QStringLiteral("score"), QStringLiteral("a number between 0 and maxScore"));
    auto started = requireInteger(o, QStringLiteral("startedAt"));
    if (!started)
        return started.error();
    auto finished = requireInteger(o, QStringLiteral("finishedAt"));
    if (!finished)
        return finished.error();
    if (*finished < *started)
        return fieldError(QStringLiteral("finishedAt"), QStringLiteral("a time at or after startedAt"));
    const QJsonValue passed = o.value(QStringLiteral("passed"));
    if (!passed.isUndefined() && !passed.isBool())
        return fieldError(QStringLiteral("passed"), QStringLiteral("true or false"));
    const QJsonValue checks = o.value(QStringLiteral("checks"));
    if (!checks.isUndefined() && !checks.isArray())
        return fieldError(QStringLiteral("checks"), QStringLiteral("an array"));
    const QJsonValue session = o.value(QStringLiteral("examSessionId"));
    if (!session.isUndefined() && !session.isNull() && !session.isString())
        return fieldError(QStringLiteral("examSessionId"), QStringLiteral("a string or null"));
    r.labId = *lab;
    r.score = *score;
    r.maxScore = *maxScore;
    r.passed = passed.toBool();
    r.startedAt = *started;
    r.finishedAt = *finished;
    r.checks = checks.toArray();
    r.examSessionId = session.toString();
    return r;
}

} // namespace ckx::api
