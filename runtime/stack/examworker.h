#pragma once
// Runs the exam runtime's blocking calls (provisioning, grading, teardown) on its own thread, with its own store
// connection, and reports back with queued signals carrying values. The UI never blocks on Docker.

#include "core/examsession.h"
#include "core/labcatalog.h"
#include "core/result.h"
#include "core/scoring.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace ckx {

class DockerClient;
class ExamRuntime;
class ExamStore;
class StartCancellation;

class RuntimeWorker : public QObject
{
    Q_OBJECT
public:
    /// `dockerHost` empty: DOCKER_HOST or the local socket.
    RuntimeWorker(LabCatalog catalog, QString dockerHost);
    ~RuntimeWorker() override;

    /// The engine at `dockerHost` (the Settings value; empty: DOCKER_HOST or the local socket). A failure names
    /// the host and, when it came from Settings, says so.
    static Result<DockerClient> connectDocker(const QString &dockerHost);

    /// `cancel` (kept by the caller, cancelled from any thread) aborts this start; startFailed then says so.
    void start(const QString &labId, const QString &mode, const std::shared_ptr<ckx::StartCancellation> &cancel);

public Q_SLOTS:
    void grade(const QString &attemptId);
    void checkQuestion(const QString &attemptId, const QString &questionId);
    void stop(const QString &attemptId);
    void resume();
    void collectGarbage();
    /// The Settings value changed: the next call connects there.
    void setDockerHost(const QString &dockerHost);

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
    void garbageCollected(const QString &summary);

private:
    /// Opens the store and connects to Docker on first use, on this (the worker's) thread.
    QString ensureRuntime();

    LabCatalog m_catalog;
    QString m_dockerHost;
    std::unique_ptr<ExamStore> m_store;
    std::unique_ptr<ExamRuntime> m_runtime;
};

} // namespace ckx
