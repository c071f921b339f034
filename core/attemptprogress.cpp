#include "core/attemptprogress.h"

#include "core/examstore.h"

#include <QVariantMap>

namespace ckx {

AttemptProgress::AttemptProgress(ExamStore *store, const QString &attemptId) : m_store(store), m_attemptId(attemptId)
{
    if (!m_store || !m_store->isOpen())
        return;
    const auto value = m_store->setting(settingKey(attemptId));
    if (!value)
        return;
    const QVariantMap map = value->toMap();
    for (const auto &q : map.value(QStringLiteral("answered")).toList())
        m_answered.insert(q.toString());
    const QVariantMap times = map.value(QStringLiteral("timeMs")).toMap();
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        m_timeMs.insert(it.key(), it.value().toLongLong());
}

QString AttemptProgress::settingKey(const QString &attemptId)
{
    return QStringLiteral("attempt/%1/progress").arg(attemptId);
}

Result<void> AttemptProgress::setAnswered(const QString &questionId, bool answered)
{
    if (answered)
        m_answered.insert(questionId);
    else
        m_answered.remove(questionId);
    return save();
}

void AttemptProgress::addTime(const QString &questionId, qint64 ms)
{
    if (!questionId.isEmpty() && ms > 0)
        m_timeMs[questionId] += ms;
}

Result<void> AttemptProgress::save()
{
    if (!m_store || !m_store->isOpen())
        return makeError(QStringLiteral("store.open"), QStringLiteral("the local store is not open"));
    QVariantList answered;
    for (const auto &q : m_answered)
        answered << q;
    QVariantMap times;
    for (auto it = m_timeMs.cbegin(); it != m_timeMs.cend(); ++it)
        times.insert(it.key(), it.value());
    return m_store->setSetting(settingKey(m_attemptId),
                               QVariantMap{{QStringLiteral("answered"), answered}, {QStringLiteral("timeMs"), times}});
}

} // namespace ckx
