#pragma once
// The exam lifecycle on top of the store: start (images → attempt → stack → setup → Ready; from the warm pool:
// claim → attempt with the member's parameters → Ready, its setup having run when it was prepared), grade (Grading →
// Graded, results and score through core's scoring), solve, exec, stop (→ Terminated), and recovery after a crash
// (resume what is alive, fail what was interrupted, remove what belongs to no live attempt).
//
// Every state change is written to the store before the runtime acts, and every Docker resource is labelled with
// the attempt and the store it belongs to, so killing the process at any point leaks nothing after the next gc.
// Blocking: call from a worker thread (ExamWorker in the app; the store instance must belong to that thread) or from
// the CLI. Called on a GUI application's main thread, every call fails with "runtime.thread" instead of freezing it.

#include "core/examstore.h"
#include "core/labcatalog.h"
#include "core/result.h"
#include "core/scoring.h"
#include "runtime/docker/dockerclient.h"
#include "runtime/stack/examstack.h"
#include "runtime/stack/labscriptrunner.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ckx {

class StartCancellation;

struct StartOptions
{
    QString mode = QStringLiteral("exam"); ///< "exam" | "practice"
    bool buildImages = true;               ///< build missing runtime/lab images (else fail and say how)
    /// Take a waiting environment for the lab from the WarmPool, if one fits (prepared from this pack and, with
    /// parameterSeed, drawn from it); its setup has run already, so the start only claims it.
    bool useWarmPool = true;
    /// When set, cancelling it aborts the start: the Docker call in flight is cut off, whatever was created is
    /// removed, the attempt ends Terminated and start() fails with code "exam.cancelled".
    std::shared_ptr<StartCancellation> cancellation;
    /// Draws the lab's parameters from this seed (labs verify --seed, tests); unset: a random draw per attempt.
    std::optional<quint64> parameterSeed;
    /// A full exam's grant, verified by the caller (the app's ExamSessionClient); stored with the attempt.
    QString grant;
};

struct StartOutcome
{
    ExamAttempt attempt;
    QList<ScriptOutcome> setup;
    QJsonObject timings; ///< ms per stage: imagesMs, networkMs, jumphostReadyMs, ..., setupMs, totalMs
};

struct GradeOutcome
{
    ExamAttempt attempt;
    QList<CheckResult> results;
    ScoreReport report;
};

struct GcReport
{
    int removedResources = 0;
    QStringList sessions;        ///< sessions whose resources were removed
    QStringList failedAttempts;  ///< attempts marked Failed because their provisioning was interrupted
};

class ExamRuntime
{
public:
    ExamRuntime(ExamStore &store, DockerClient docker, LabCatalog catalog);

    /// A short stable tag for a store file; resources carry it so gc only ever touches its own store's sessions.
    static QString storeTag(const QString &storePath);

    const LabCatalog &catalog() const { return m_catalog; }
    DockerClient &docker() { return m_docker; }

    Result<StartOutcome> start(const QString &labId, const StartOptions &options = {}, const StackProgressFn &progress = {});
    /// Runs every validation script. With `record`, moves the attempt Ready → Grading → Graded and stores results
    /// and score; without, only reports (labs verify's "nothing passes yet" run).
    Result<GradeOutcome> grade(const QString &attemptId, bool record = true);
    /// Practice "check this question": runs only `questionId`'s validation scripts in a ready exam and reports
    /// them; nothing is recorded and no other question's script runs.
    Result<QList<CheckResult>> checkQuestion(const QString &attemptId, const QString &questionId);
    Result<QList<ScriptOutcome>> solve(const QString &attemptId, const QString &questionId = {});
    Result<ExecResult> exec(const QString &attemptId, const QStringList &cmd, bool asCandidate = true);
    /// Tears the environment down and moves the attempt to Terminated (keeping any grade).
    Result<ExamAttempt> stop(const QString &attemptId);
    /// Start-up recovery: active attempts whose environment still runs are returned (to reattach), the others are
    /// marked Failed; then collectGarbage().
    Result<QList<ExamAttempt>> resume();
    /// Removes the resources of every session of this store that is not live, kind clusters included.
    Result<GcReport> collectGarbage();

    /// The stack of an attempt (attached from its runtimeInfo).
    Result<ExamStack> stackOf(const ExamAttempt &attempt) const;

private:
    static Result<void> requireOffGuiThread(const char *call);
    Result<const LabPack *> packOf(const QString &labId) const;
    /// The pack of a Ready attempt, checking that it has `questionId` (when not empty); `what` ends the error for an
    /// attempt in another state ("solutions run" -> "exam X is graded; solutions run in a ready exam").
    Result<const LabPack *> readyPack(const ExamAttempt &attempt, const QString &questionId, const QString &what) const;
    /// Marks the attempt Failed, removes its environment and ends it Terminated; what goes wrong on the way is
    /// logged and left to collectGarbage (the caller reports the failure that brought it here).
    void fail(const QString &attemptId, const QString &reason, const ExamStack *stack);
    /// After a cancelled start: the attempt becomes Terminated and its resources go, including any that the engine
    /// finishes creating after the aborted call hung up.
    Error abandonCancelled(const QString &attemptId, const QString &clusterName);
    static bool ownerAlive(const QJsonObject &runtimeInfo);

    ExamStore &m_store;
    DockerClient m_docker;
    LabCatalog m_catalog;
    QString m_tag;
};

} // namespace ckx
