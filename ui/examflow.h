#pragma once
// One exam from Start to results, as the learner moves through it: start progress, the workspace with its
// terminal and desktop attached to the attempt's environment, practice checks, submit (or time up) → grading →
// results, and on launch the return to an exam still in progress. Docker work runs on
// the ExamWorker's thread.
//
// A full lab starts only with a grant from the companion server (ExamSessionClient: POST exam-sessions, the grant
// verified with the pinned key). The server's refusals are said on the progress page with what to do (the Account
// page, ending the exam running elsewhere); the grant's expiry ends the exam like the timer; submitting completes
// the server's exam session and ending without grading deletes it.

#include "core/api/grant.h"
#include "core/examsession.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace ckx {

class AppWindow;
class ExamSessionClient;
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
    ExamSessionClient *examSessions() const;
    /// A full lab: asks the server for the exam session and its grant, then starts the runtime with it.
    void requestGrant(const QString &labId, const QString &mode);
    /// The server would not give a grant: say why and offer what helps.
    void onGrantRefused(const Error &error);
    void onRefusalAction();
    /// Ends the server's exam session of a start that will not become an exam (cancelled, failed).
    void abandonPendingGrant();
    void onGrantExpired(const QString &sessionId);
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
    bool m_runtimeStarting = false; ///< the worker has a start of ours to answer
    std::shared_ptr<StartCancellation> m_startCancel; ///< of the start in progress
    int m_abandonedStarts = 0; ///< cancelled starts whose result has not come back from the worker yet
    bool m_grading = false;
    ExamGrant m_pendingGrant;   ///< of the full exam being started (empty session id when none)
    QString m_grantSession;     ///< the server's exam session of the full exam in the workspace
    QString m_refusalCode;      ///< the server's refusal on the progress page ("access.pass_required", ...)
};

} // namespace ckx
