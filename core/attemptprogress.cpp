#include "core/attemptprogress.h"

#include "core/examstore.h"

namespace ckx {

namespace {

Error notOpen()
{
    return makeError(QStringLiteral("store.open"), QStringLiteral("the local store is not open"));
}

} // namespace

Result<AttemptProgress> AttemptProgress::load(ExamStore *store, const QString &attemptId)
{
    if (!store || !store->isOpen())
        return notOpen();
    auto stored = store->questionProgress(attemptId);
    if (!stored)
        return stored.error();
    AttemptProgress p;
    p.m_store = store;
    p.m_attemptId = attemptId;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (it->answered)
            p.m_answered.insert(it.key());
        if (it->timeSpentMs > 0)
            p.m_timeMs.insert(it.key(), it->timeSpentMs);
    }
    return p;
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
        return notOpen();
    QHash<QString, QuestionProgress> rows;
    for (const QString &q : std::as_const(m_answered))
        rows[q].answered = true;
    for (auto it = m_timeMs.cbegin(); it != m_timeMs.cend(); ++it)
        rows[it.key()].timeSpentMs = it.value();
    return m_store->replaceQuestionProgress(m_attemptId, rows);
}

} // namespace ckx
