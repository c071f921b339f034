#include "runtime/stack/labscriptrunner.h"

#include "runtime/stack/examstack.h"

#include <QDir>
#include <QFile>

#include <atomic>
#include <thread>
#include <vector>

namespace ckx {

using namespace Qt::StringLiterals;

LabScriptRunner::LabScriptRunner(const ExamStack &stack, const LabPack &pack) : m_stack(stack), m_pack(pack) {}

QString LabScriptRunner::containerPath(const QString &relativeToScripts)
{
    return u"/opt/ckx/lab/scripts/"_s + relativeToScripts;
}

QStringList LabScriptRunner::command(const QString &containerScript, int timeoutSeconds)
{
    return {u"timeout"_s, u"-k"_s, u"5"_s, QString::number(timeoutSeconds), u"bash"_s, containerScript};
}

QString LabScriptRunner::relativeScript(const QString &absolute) const
{
    return QDir(m_pack.assetDir + u"/scripts"_s).relativeFilePath(absolute);
}

ScriptOutcome LabScriptRunner::run(const Job &job) const
{
    ScriptOutcome o{job.questionId, job.relative};
    const QStringList env = QStringList{u"CKX_QUESTION_ID="_s + job.questionId, u"CKX_NAMESPACE="_s + job.nameSpace}
                            + labparameters::environment(m_parameters);
    auto r = m_stack.execInJumphost(command(containerPath(job.relative), m_timeout), job.asCandidate, env);
    if (!r) {
        o.output = r.error().message;
        return o;
    }
    o.exitCode = r->exitCode;
    o.output = QString::fromUtf8(r->output);
    if (r->truncated)
        o.output += u"\n[output truncated at 64 KiB]"_s;
    if (o.timedOut())
        o.output += u"\n[stopped after %1 s: the script's time limit]"_s.arg(m_timeout);
    o.durationMs = r->durationMs;
    return o;
}

QList<ScriptOutcome> LabScriptRunner::runAll(const QList<Job> &jobs, int parallel) const
{
    QList<ScriptOutcome> out(jobs.size());
    std::atomic<qsizetype> next{0};
    auto worker = [&] {
        for (qsizetype i = next++; i < jobs.size(); i = next++)
            out[i] = run(jobs[i]);
    };
    std::vector<std::thread> pool;
    const int n = std::min<int>(parallel, int(jobs.size()));
    for (int i = 0; i < n; ++i)
        pool.emplace_back(worker);
    for (auto &t : pool)
        t.join();
    return out;
}

QList<ScriptOutcome> LabScriptRunner::runSetup() const
{
    QList<Job> jobs;
    for (const Question &q : m_pack.questions) {
        const QString path = m_pack.setupScriptPath(q);
        if (!path.isEmpty() && QFile::exists(path))
            jobs << Job{q.id, q.nameSpace, relativeScript(path)};
    }
    return runAll(jobs, m_parallel);
}

QList<CheckResult> LabScriptRunner::runValidation(const QString &questionId) const
{
    QList<Job> jobs;
    QList<const ValidationCheck *> checks;
    for (const Question &q : m_pack.questions) {
        if (!questionId.isEmpty() && q.id != questionId)
            continue;
        for (const ValidationCheck &c : q.checks) {
            jobs << Job{q.id, q.nameSpace, relativeScript(m_pack.validationScriptPath(c))};
            checks << &c;
        }
    }
    const QList<ScriptOutcome> outcomes = runAll(jobs, m_parallel);
    QList<CheckResult> results;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ScriptOutcome &o = outcomes[i];
        CheckResult r;
        r.questionId = o.questionId;
        r.checkId = checks[i]->id;
        r.exitCode = o.exitCode;
        r.expectedExitCode = checks[i]->expectedExitCode();
        r.output = o.output;
        r.weight = checks[i]->weight;
        r.passed = o.exitCode >= 0 && o.exitCode == r.expectedExitCode;
        r.durationMs = o.durationMs;
        results << r;
    }
    return results;
}

QList<ScriptOutcome> LabScriptRunner::runSolutions(const QString &questionId) const
{
    QList<Job> jobs;
    for (const Question &q : m_pack.questions) {
        if (!questionId.isEmpty() && q.id != questionId)
            continue;
        const QString path = m_pack.solutionScriptPath(q);
        if (!path.isEmpty())
            jobs << Job{q.id, q.nameSpace, relativeScript(path), true};
    }
    return runAll(jobs, 1);
}

} // namespace ckx
