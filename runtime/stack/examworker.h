#pragma once
// ExamWorker: the runtime-side owner of the app's exam attempts. It lives on a thread of its own with its own store
// connection, Docker client and ExamRuntime, and runs their blocking calls (provisioning, grading, teardown) there.
// The UI calls its typed methods from its own thread (each one queues the work, so nothing blocks) and hears back
// through queued signals carrying values.
//
// This is the runtime's one threading style for the app (like SshShellSession's and VncSession's workers): a worker
// object on its own thread, commands in by queued calls, results out by queued signals.

#include "core/examsession.h"
#include "core/labcatalog.h"
#include "core/result.h"
#include "core/scoring.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ckx {

class DockerClient;
class ExamRuntime;
class ExamStore;
class StartCancellation;

class ExamWorker : public QObject
{
    Q_OBJECT
public:
    /// `dockerHost` empty: DOCKER_HOST or the local socket. Move the worker to its thread before the first call.
    ExamWorker(LabCatalog catalog, QString dockerHost);
    ~ExamWorker() override;

    /// The engine at `dockerHost` (the Settings value; empty: DOCKER_HOST or the local socket). A failure names
    /// the host and, when it came from Settings, says so. Blocking.
    static Result<DockerClient> connectDocker(const QString &dockerHost);

    // Callable from any thread; the work runs on the worker's thread and answers with the signals below.
    /// `cancel` (kept by the caller, cancelled from any thread) aborts this start; startFailed then says so.
    /// `grant`: a full exam's verified grant, stored with the attempt (StartOptions::grant).
    void start(const QString &labId, const QString &mode, const std::shared_ptr<StartCancellation> &cancel,
               const QString &grant = {});
    void grade(const QString &attemptId);
    void checkQuestion(const QString &attemptId, const QString &questionId);
    void stop(const QString &attemptId);
    void resume();
    void collectGarbage();
    /// The Settings value changed: the next call connects there.
    void setDockerHost(const QString &dockerHost);
    /// The signed-in account whose results outbox gets each attempt this worker grades (ExamStore's); empty: none.
    void setResultSyncTarget(const QString &serverUrl, const QString &userId);

Q_SIGNALS:
    void progress(const QString &stage, int percent);
    void started(const ckx::ExamAttempt &attempt, const QString &setupProblems);
    /// `cancelled`: the learner cancelled and the environment is already removed.
    void startFailed(const QString &message, const QString &attemptId, bool cancelled);
    void graded(const QString &attemptId);
    void gradeFailed(const QString &attemptId, const QString &message);
    void checked(const QString &questionId, const QList<ckx::CheckResult> &results);
    void checkFailed(const QString &questionId, const QString &message);
    void stopped(const QString &attemptId, const QString &error);
    void resumed(const QList<ckx::ExamAttempt> &alive, const QString &error);
    /// `error` empty: `removedResources` leftovers of earlier sessions were removed.
    void garbageCollected(int removedResources, const QString &error);

private:
    /// Queues `work` to run on the worker's thread (compile-checked; no call by name).
    template<typename F>
    void post(F &&work)
    {
        QMetaObject::invokeMethod(this, std::forward<F>(work), Qt::QueuedConnection);
    }
    /// Opens the store and connects to Docker on first use, on this (the worker's) thread.
    QString ensureRuntime();
    void runStart(const QString &labId, const QString &mode, const std::shared_ptr<StartCancellation> &cancel,
                  const QString &grant);

    LabCatalog m_catalog;
    QString m_dockerHost;
    QString m_syncServer;
    QString m_syncUser;
    std::unique_ptr<ExamStore> m_store;
    std::unique_ptr<ExamRuntime> m_runtime;
};

} // namespace ckx
