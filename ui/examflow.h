#pragma once
// One exam from Start to results, as the learner moves through it: start progress, the workspace with its
// terminal and desktop attached to the attempt's environment, practice checks, submit (or time up) → grading →
// results, and on launch the return to an exam still in progress. Docker work runs on
// the ExamWorker's thread.

#include "core/examsession.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace ckx {

class AppWindow;
class ExamWorker;
class StartCancellation;

class ExamFlow : public QObject
{
    Q_OBJECT
public:
    explicit ExamFlow(AppWindow *window);
    ~ExamFlow() override;

    /// The attempt open in the workspace (empty when none).
    QString activeAttemptId() const { return m_attempt.id; }
    bool isStarting() const { return m_starting; }

public Q_SLOTS:
    void start(const QString &labId, const QString &mode);
    void cancelStart();
    void retryStart();
    void cleanUp();
    void submit(bool timeUp);
    void checkQuestion(const QString &questionId);
    void endWithoutGrading();
    /// On launch: an attempt still Ready in the store whose environment is alive reopens in the workspace with
    /// the time that is really left; one whose environment is gone is reported.
    void resumeAtStartup();
    /// Opens the workspace for `attempt` (already Ready): questions, timer, terminal and desktop.
    void openWorkspace(const ckx::ExamAttempt &attempt);

Q_SIGNALS:
    void message(const QString &text);
    void attemptFinished(const QString &attemptId);

private:
    void ensureWorker();
    void onStarted(const ckx::ExamAttempt &attempt, const QString &setupProblems);
    void onStartFailed(const QString &message, const QString &attemptId, bool cancelled);
    /// A result of a start the learner cancelled (the worker answers every start, in order): removes what it made.
    bool settleAbandonedStart(const QString &attemptId);
    void onGraded(const QString &attemptId);
    void onResumed(const QList<ckx::ExamAttempt> &alive, const QString &error);
    void attachViews(const ExamAttempt &attempt);
    void leaveWorkspace();

    AppWindow *m_window;
    QThread *m_thread = nullptr;
    ExamWorker *m_worker = nullptr;
    ExamAttempt m_attempt;
    QString m_lastLab;
    QString m_lastMode;
    QString m_failedAttempt;
    bool m_starting = false;
    std::shared_ptr<StartCancellation> m_startCancel; ///< of the start in progress
    int m_abandonedStarts = 0; ///< cancelled starts whose result has not come back from the worker yet
    bool m_grading = false;
};

} // namespace ckx
