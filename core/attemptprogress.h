#pragma once
// What the workspace tracks per question beyond flags and notes: whether the learner marked it answered, and how
// long they spent on it. Kept in the store's question_progress table (deleted with its attempt), so it survives a
// restart like everything else the learner did.

#include "core/result.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace ckx {

class ExamStore;

class AttemptProgress
{
public:
    /// Empty progress that saves nothing (save() says so).
    AttemptProgress() = default;
    /// What `store` holds for `attemptId` (an open store; "store.open" otherwise).
    static Result<AttemptProgress> load(ExamStore *store, const QString &attemptId);

    bool isAnswered(const QString &questionId) const { return m_answered.contains(questionId); }
    Result<void> setAnswered(const QString &questionId, bool answered);

    qint64 timeSpentMs(const QString &questionId) const { return m_timeMs.value(questionId); }
    const QHash<QString, qint64> &timeSpent() const { return m_timeMs; }
    /// Adds time to a question (kept in memory; save() writes it).
    void addTime(const QString &questionId, qint64 ms);
    Result<void> save();

private:
    ExamStore *m_store = nullptr;
    QString m_attemptId;
    QSet<QString> m_answered;
    QHash<QString, qint64> m_timeMs;
};

} // namespace ckx
