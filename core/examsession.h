#pragma once
// The exam-attempt model: one learner's attempt at one lab, its lifecycle and the results of its checks.
// ExamStore persists it; the runtime drives the state machine; the UI shows it.

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ckx {

/// Lifecycle of an attempt:
///
///     Provisioning ──► Ready ──► Grading ──► Graded ──► Terminated
///          │             │          │
///          └─────────────┴──────────┴──► Failed (with a reason) ──► Terminated
///
/// and from Provisioning, Ready or Grading the learner may abandon straight to Terminated.
/// Terminated means "the environment is torn down"; an attempt that was graded keeps its score and results.
enum class ExamState { Provisioning, Ready, Grading, Graded, Terminated, Failed };

/// "provisioning", "ready", "grading", "graded", "terminated", "failed" (the form stored in SQLite).
QString examStateToString(ExamState state);
/// The inverse of examStateToString; an unknown text is an Error naming it and the accepted values.
Result<ExamState> examStateFromString(const QString &text);

/// The exam is in progress (provisioning, open for work, or being graded): at most one per learner, and what a
/// restart resumes.
bool isActive(ExamState state);
/// The environment may still exist on the Docker engine (every state but Terminated): what cleanup looks at.
bool mayHoldResources(ExamState state);
/// Whether `from` → `to` is a legal change. A state never "changes" to itself (see checkTransition).
bool isLegalTransition(ExamState from, ExamState to);
/// Ok for a legal change; otherwise an Error (code "exam.transition") naming both states and what `from` allows.
Result<void> checkTransition(ExamState from, ExamState to);

/// Whether a scoring band (see scoring.h) means the attempt passed: "pass" and "high" do.
inline bool isPassingBand(const QString &band)
{
    return band == u"pass" || band == u"high";
}

/// One attempt. Times are UTC; an unset time is an invalid QDateTime.
struct ExamAttempt
{
    QString id; ///< UUID without braces; the exam_session_id of the runtime and server
    QString labId;
    QString mode = QStringLiteral("exam"); ///< "exam" | "practice"
    ExamState state = ExamState::Provisioning;
    QString failureReason; ///< set with Failed; for a person
    QDateTime createdAt;
    QDateTime readyAt;              ///< stamped when the attempt becomes Ready
    QDateTime startedAt;            ///< the timer started
    QDateTime deadline;             ///< wall clock, like the real exam's timer
    qint64 pausedRemainingMs = -1;  ///< practice mode: time left while paused; -1 when not paused
    QDateTime gradedAt;             ///< stamped when the attempt becomes Graded
    QDateTime endedAt;              ///< stamped on Terminated or Failed
    QDateTime syncedAt;             ///< the result was uploaded to the companion server
    std::optional<double> score;    ///< marks obtained, once graded
    std::optional<double> maxScore; ///< the pack's totalMarks at grading time
    QString band;                   ///< "low" | "medium" | "pass" | "high" (see scoring.h), once graded
    QJsonObject runtimeInfo;        ///< ports, container names, host-key fingerprint...: the runtime's
    QString currentQuestion;        ///< id of the question the learner last looked at
    QMap<QString, QString> parameters; ///< the lab's parameters drawn for this attempt (name -> value), fixed at creation
    /// A full exam's grant from the companion server (its signed wire form, see core/api/grant.h), fixed at creation;
    /// empty for mock exams. Access is decided by verifying it, never by this field being set.
    QString grant;

    bool isActive() const { return ckx::isActive(state); }
    bool isGraded() const { return score.has_value(); }
    bool passed() const { return isGraded() && isPassingBand(band); }
};

/// The outcome of one validation check in one grading run.
struct CheckResult
{
    QString questionId;
    QString checkId;
    int exitCode = -1; ///< -1 when the script could not run (the output says why)
    int expectedExitCode = 0;
    QString output;      ///< stdout+stderr, truncated by the runtime (first 64 KiB)
    double weight = 1.0; ///< the check's weightage in the pack at grading time
    bool passed = false;
    qint64 durationMs = 0;
};

/// What the learner marked on one question: a flag to come back to it, and free-text notes.
struct QuestionMark
{
    QString questionId;
    bool flagged = false;
    QString note;
};

} // namespace ckx
