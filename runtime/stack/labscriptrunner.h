#pragma once
// Runs a lab's scripts in the jumphost the way the conventions say: setup and validation as root (cwd /root) in
// parallel with a bounded pool, solutions as the candidate (cwd /home/candidate) one question after another, each
// under `timeout` with the candidate's environment plus CKX_QUESTION_ID / CKX_NAMESPACE. Output (stdout+stderr)
// is kept up to 64 KiB. The attempt's lab parameters come as environment variables (setParameters).

#include "core/examsession.h"
#include "core/labpack.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ckx {

class ExamStack;

struct ScriptOutcome
{
    QString questionId;
    QString script;     ///< path relative to the pack's scripts/ folder
    int exitCode = -1;  ///< -1: could not run (output says why); 124: timed out
    QString output;
    qint64 durationMs = 0;

    bool ok() const { return exitCode == 0; }
    bool timedOut() const { return exitCode == 124 || exitCode == 137; }
};

class LabScriptRunner
{
public:
    LabScriptRunner(const ExamStack &stack, const LabPack &pack);
    void setParallelism(int n) { m_parallel = std::max(1, n); }
    void setTimeoutSeconds(int s) { m_timeout = std::max(1, s); }
    /// The attempt's drawn lab parameters: every script gets each as an environment variable NAME=value.
    void setParameters(const ParameterValues &values) { m_parameters = values; }

    /// Every question's scripts/setup/q<ID>_setup.sh that exists, in parallel.
    QList<ScriptOutcome> runSetup() const;
    /// Every check of every question (or only of `questionId`), in parallel; passed = exit code equals
    /// expectedOutput.
    QList<CheckResult> runValidation(const QString &questionId = {}) const;
    /// Reference solutions (all questions, or one), in question order, as the candidate.
    QList<ScriptOutcome> runSolutions(const QString &questionId = {}) const;

    /// The in-container path of a script under the pack's scripts/ folder.
    static QString containerPath(const QString &relativeToScripts);
    /// `timeout -k 5 <s> bash <path>`.
    static QStringList command(const QString &containerScript, int timeoutSeconds);

private:
    struct Job
    {
        QString questionId, nameSpace, relative;
        bool asCandidate = false;
    };
    ScriptOutcome run(const Job &job) const;
    QList<ScriptOutcome> runAll(const QList<Job> &jobs, int parallel) const;
    QString relativeScript(const QString &absolute) const;

    const ExamStack &m_stack;
    const LabPack &m_pack;
    int m_parallel = 4;
    int m_timeout = 60;
    ParameterValues m_parameters;
};

} // namespace ckx
