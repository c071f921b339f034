#pragma once
// Runs the exam runtime's blocking calls (provisioning, grading, teardown) on its own thread, with its own store
// connection, and reports back with queued signals carrying values. The UI never blocks on Docker.

#include "core/examsession.h"
#include "core/labcatalog.h"
#include "core/scoring.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace ckx {

class ExamRuntime;
class ExamStore;

class RuntimeWorker : public QObject
{
    Q_OBJECT
public:
    /// `dockerHost` empty: DOCKER_HOST or the local socket.
    RuntimeWorker(LabCatalog catalog, QString dockerHost);
    ~RuntimeWorker() override;

public Q_SLOTS:
    void start(const QString &labId, const QString &mode);
    void grade(const QString &attemptId);
    void checkQuestion(const QString &attemptId, const QString &questionId);
    void stop(const QString &attemptId);
    void resume();
    void collectGarbage();

Q_SIGNALS:
    void progress(const QString &stage, int percent);
    void started(const ckx::ExamAttempt &attempt, const QString &setupProblems);
    void startFailed(const QString &message, const QString &attemptId);
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
