#pragma once
// ExamStore: the learner's local SQLite database (attempts, flags and notes, question progress, check results,
// settings).
// Every state change goes here first, so a crash or restart can resume or clean up and nothing the learner did
// (flags, notes, results) is lost. The schema and its migrations are documented in examstoremigrations.cpp.

#include "core/examsession.h"
#include "core/result.h"
#include "core/scoring.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

class QThread;

namespace ckx {

/// How often each concept was met and missed in graded attempts (UI: "what to practise next").
struct ConceptStat
{
    QString name;      ///< the concept as written in the pack
    int questions = 0; ///< graded questions that carried this concept
    int failed = 0;    ///< of those, questions with at least one failed check
};

/// What the workspace tracks per question beyond flags and notes.
struct QuestionProgress
{
    bool answered = false;  ///< the learner marked it answered
    qint64 timeSpentMs = 0; ///< time the question was on screen
};

/// One connection to the store. Each instance owns its own Qt Sql connection, so several instances (in several
/// threads, or processes) can use the same file: WAL lets readers run beside the writer and busy_timeout makes a
/// second writer wait instead of failing. An instance is used from the thread that opened it (calls from another
/// thread fail with "store.thread"); a worker thread opens its own ExamStore on the same file.
///
/// Writes are durable once the call returns (synchronous=FULL), and each call is one transaction: a crash or a
/// kill at any moment leaves the database as of the last call that returned.
class ExamStore
{
public:
    using Clock = std::function<QDateTime()>;

    ExamStore();
    ~ExamStore();
    ExamStore(const ExamStore &) = delete;
    ExamStore &operator=(const ExamStore &) = delete;

    /// The schema version this build writes. A file with a higher version is refused, never modified.
    static int latestSchemaVersion();

    /// Opens (creating if needed) the database at `path` and brings its schema up to date, each migration in its
    /// own transaction. Errors: "store.open" (cannot create or read the file, or it is not a SQLite database),
    /// "store.too-new" (written by a newer CKX), "store.migrate" (a migration failed; the file is unchanged).
    Result<void> open(const QString &path);
    /// open(storePath()): the file in the learner's data folder (CKX_DATA_DIR overrides it).
    Result<void> openDefault();
    bool isOpen() const;
    QString path() const { return m_path; }
    /// The schema version of the open file (0 before open).
    int schemaVersion() const { return m_schemaVersion; }

    /// Replaces the wall clock used to stamp readyAt/gradedAt/endedAt (tests). Default: current UTC time.
    void setClock(Clock clock);

    // --- attempts -------------------------------------------------------------------------------------------
    /// Inserts a new attempt in state Provisioning (whatever `attempt.state` says). An empty id gets a fresh UUID,
    /// an unset createdAt gets now. Returns the stored attempt. Error "store.invalid" for an empty lab id or a
    /// mode other than "exam"/"practice", "store.duplicate" for an id already used.
    Result<ExamAttempt> createAttempt(ExamAttempt attempt);
    /// The attempt with this id; Error "store.not-found" when there is none.
    Result<ExamAttempt> attempt(const QString &id) const;
    /// All attempts, newest first.
    Result<QList<ExamAttempt>> attempts() const;
    /// Attempts in progress (Provisioning, Ready, Grading), newest first: what a restart resumes.
    Result<QList<ExamAttempt>> activeAttempts() const;
    /// Attempts in any of `states`, newest first (e.g. everything but Terminated, for cleanup).
    Result<QList<ExamAttempt>> attemptsInStates(const QList<ExamState> &states) const;
    /// Graded attempts (score set), newest first, optionally of one lab only; `limit` ≤ 0 means all.
    Result<QList<ExamAttempt>> gradedAttempts(const QString &labId = {}, int limit = 0) const;

    /// Moves the attempt to `state` if the transition is legal (checkTransition), atomically with respect to other
    /// writers. Stamps readyAt on Ready, gradedAt on Graded, endedAt on Terminated/Failed (first time only).
    /// `reason` is stored with Failed. Setting the state the attempt already has is a no-op (so a retried call
    /// after a crash is harmless). Errors: "store.not-found", "exam.transition".
    Result<ExamAttempt> setState(const QString &id, ExamState state, const QString &reason = {});
    /// Replaces the runtime's bookkeeping (ports, container names, fingerprints).
    Result<void> updateRuntimeInfo(const QString &id, const QJsonObject &info);
    /// Records when the timer started and the wall-clock deadline (also after a practice pause moved it).
    Result<void> setTimes(const QString &id, const QDateTime &startedAt, const QDateTime &deadline);
    /// Practice mode: time left while paused, or std::nullopt when running.
    Result<void> setPausedRemaining(const QString &id, std::optional<qint64> remainingMs);
    Result<void> setCurrentQuestion(const QString &id, const QString &questionId);
    /// The result was uploaded to the companion server at `when`.
    Result<void> markSynced(const QString &id, const QDateTime &when);
    /// Deletes the attempt with its flags, notes, progress and results (history "forget"). Refused for an active
    /// attempt.
    Result<void> removeAttempt(const QString &id);

    // --- flags and notes (written immediately) ---------------------------------------------------------------
    Result<void> setFlagged(const QString &attemptId, const QString &questionId, bool flagged);
    Result<void> setNote(const QString &attemptId, const QString &questionId, const QString &note);
    /// Every question of the attempt with a flag or a note, keyed by question id.
    Result<QHash<QString, QuestionMark>> questionMarks(const QString &attemptId) const;

    // --- question progress (answered, time spent) -------------------------------------------------------------
    /// Every question of the attempt with progress, keyed by question id.
    Result<QHash<QString, QuestionProgress>> questionProgress(const QString &attemptId) const;
    /// Replaces the attempt's progress with `progress` in one transaction. "store.not-found" for an unknown attempt.
    Result<void> replaceQuestionProgress(const QString &attemptId, const QHash<QString, QuestionProgress> &progress);

    // --- grading ---------------------------------------------------------------------------------------------
    /// Replaces all check results of the attempt with `results` in one transaction (a grading run), together with
    /// the concepts of each question (from the pack, so history survives pack edits). Readers never see a mix.
    Result<void> replaceCheckResults(const QString &attemptId, const QList<CheckResult> &results,
                                     const QHash<QString, QStringList> &conceptsByQuestion = {});
    /// The end of grading, in one transaction: replaces the results and concepts, stores score, maxScore and band
    /// from `report`, and moves the attempt Grading → Graded. Nothing is written if any part fails.
    Result<ExamAttempt> recordGrade(const QString &attemptId, const QList<CheckResult> &results,
                                    const QHash<QString, QStringList> &conceptsByQuestion, const ScoreReport &report);
    /// The check results of the last grading run, ordered by question id then check id as stored.
    Result<QList<CheckResult>> checkResults(const QString &attemptId) const;
    /// Concepts most often failed across graded attempts, most failed first; `limit` ≤ 0 means all.
    Result<QList<ConceptStat>> weakestConcepts(int limit = 10) const;

    // --- results outbox (sent to the companion server by ResultSync) ----------------------------------------
    /// While set, every recordGrade() also queues the attempt's result for this server and account, in the same
    /// transaction as the grade. Empty `serverUrl` (signed out) stops queueing.
    void setResultSyncTarget(const QString &serverUrl, const QString &userId);
    /// Queues the graded full exams of `userId` (the user their grant names) that were graded while the app did not
    /// know the account yet (signed out, or the sign-in still being restored) and are neither sent nor queued. Mock
    /// attempts graded signed out stay on this computer: nothing says whose they are. Returns how many were queued.
    Result<int> queueUnsentFullExams();
    struct OutboxEntry
    {
        QString attemptId;
        QJsonObject body; ///< api::AttemptResult JSON
        int tries = 0;
        QDateTime nextTryAt;
        QString lastError;
    };
    /// Entries for the account, oldest first (ResultSync picks the due one and the next retry time from them).
    Result<QList<OutboxEntry>> outbox(const QString &serverUrl, const QString &userId) const;
    /// The server has the result: the entry goes and the attempt's synced_at is set, in one transaction.
    Result<void> markResultSent(const QString &attemptId);
    Result<void> markResultFailed(const QString &attemptId, const QString &error, const QDateTime &nextTryAt);

    // --- settings (JSON values: strings, numbers, booleans, lists, maps) -------------------------------------
    Result<void> setSetting(const QString &key, const QVariant &value);
    /// The stored value, or `fallback` when the key is absent.
    Result<QVariant> setting(const QString &key, const QVariant &fallback = {}) const;
    Result<void> removeSetting(const QString &key);

private:
    QDateTime now() const;
    Result<int> openConnection(const QString &absolutePath);
    Result<void> requireOpen() const;
    Result<ExamAttempt> setStateLocked(const QString &id, ExamState state, const QString &reason);
    Result<void> writeResultsLocked(const QString &attemptId, const QList<CheckResult> &results,
                                    const QHash<QString, QStringList> &conceptsByQuestion);
    Result<void> updateColumns(const QString &id, const QString &setClause, const QVariantList &values);
    Result<QList<ExamAttempt>> queryAttempts(const QString &where, const QVariantList &values) const;
    Result<void> queueResultLocked(const ExamAttempt &graded, const QList<CheckResult> &results);

    QString m_connection;
    QString m_path;
    int m_schemaVersion = 0;
    QString m_syncServer;
    QString m_syncUser;
    Clock m_clock;
    QThread *m_thread = nullptr;
};

} // namespace ckx
