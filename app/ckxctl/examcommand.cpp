// ckxctl exam start|list|status|exec|solve|grade|stop: one exam environment from the command line.
// The --json shapes are a documented interface (docs/runtime.md): add fields, never rename or remove them.

#include "app/ckxctl/command.h"
#include "app/ckxctl/runtimecontext.h"
#include "runtime/stack/examendpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

// Every --json document carries "version": 1 (docs/cli.md).
void printJson(QJsonObject o)
{
    o.insert(u"version"_s, 1);
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

// Fails when the attempt's environment record is damaged (the error names the field).
Result<QString> describe(const ExamAttempt &a)
{
    QString s = u"exam %1\n  lab:    %2\n  state:  %3\n"_s.arg(a.id, a.labId, examStateToString(a.state));
    if (!a.failureReason.isEmpty())
        s += u"  reason: %1\n"_s.arg(a.failureReason);
    if (a.state != ExamState::Terminated && ExamEndpoints::isRecorded(a.runtimeInfo)) {
        auto e = ExamEndpoints::fromRuntimeInfo(a.runtimeInfo);
        if (!e)
            return makeError(e.error().code, u"exam %1: %2"_s.arg(a.id, e.error().message));
        s += u"  ssh:    ssh -i %1 -p %2 %3@%4   (host key %5)\n"_s.arg(e->ssh.identityFile).arg(e->ssh.port)
                 .arg(e->ssh.user, e->ssh.host, e->ssh.pinnedHostKey);
        s += u"  vnc:    %1:%2   (password in %3)\n"_s.arg(e->vnc.host).arg(e->vnc.port).arg(e->vncPasswordFile);
    }
    if (!a.parameters.isEmpty()) {
        QStringList drawn;
        for (auto it = a.parameters.cbegin(); it != a.parameters.cend(); ++it)
            drawn << it.key() + u'=' + it.value();
        s += u"  drawn:  %1\n"_s.arg(drawn.join(u' '));
    }
    if (a.score)
        s += u"  score:  %1 / %2 (%3)\n"_s.arg(*a.score).arg(a.maxScore.value_or(0)).arg(a.band);
    const QJsonObject t = a.runtimeInfo.value(u"timings"_s).toObject();
    if (!t.isEmpty()) {
        QStringList parts;
        for (auto it = t.begin(); it != t.end(); ++it)
            parts << u"%1=%2"_s.arg(it.key()).arg(it.value().toInteger());
        s += u"  timings (ms): %1\n"_s.arg(parts.join(u' '));
    }
    return s;
}

int fail(const Error &e)
{
    err(u"ckxctl: "_s + e.message);
    return Failure;
}

int withContext(const std::function<int(RuntimeContext &)> &fn)
{
    auto ctx = openRuntimeContext();
    if (!ctx)
        return fail(ctx.error());
    return fn(**ctx);
}

// The sub-commands that act on one exam: open the context, find the attempt (id or unique prefix), then run.
int withAttempt(const QString &idOrPrefix, const std::function<int(RuntimeContext &, const ExamAttempt &)> &fn)
{
    return withContext([&](RuntimeContext &c) {
        auto a = c.findAttempt(idOrPrefix);
        if (!a)
            return fail(a.error());
        return fn(c, *a);
    });
}

int start(QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    const bool practice = takeFlag(args, u"--practice"_s);
    const bool cold = takeFlag(args, u"--cold"_s);
    if (args.size() != 1) {
        err(u"usage: ckxctl exam start LAB [--practice] [--cold] [--json]"_s);
        return Usage;
    }
    return withContext([&](RuntimeContext &c) {
        StartOptions o;
        o.mode = practice ? u"practice"_s : u"exam"_s;
        o.useWarmPool = !cold;
        auto started = c.runtime->start(args.first(), o, [json](const QString &stage, int pct) {
            if (!json)
                err(u"[%1%] %2"_s.arg(pct, 3).arg(stage));
        });
        if (!started)
            return fail(started.error());
        if (json) {
            QJsonObject o = attemptJson(started->attempt);
            o[u"timings"_s] = started->timings;
            printJson(o);
        } else {
            auto text = describe(started->attempt);
            if (!text)
                return fail(text.error());
            out(*text);
        }
        return int(Success);
    });
}

int list(QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    return withContext([&](RuntimeContext &c) {
        auto all = c.store->attempts();
        if (!all)
            return fail(all.error());
        QJsonArray a;
        for (const ExamAttempt &e : *all) {
            if (json)
                a.append(attemptJson(e));
            else
                out(u"%1  %2  %3  %4"_s.arg(e.id, examStateToString(e.state).leftJustified(11), e.labId,
                                            e.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
        }
        if (json)
            printJson(QJsonObject{{u"exams"_s, a}});
        return int(Success);
    });
}

int status(QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (args.size() != 1) {
        err(u"usage: ckxctl exam status ID [--json]"_s);
        return Usage;
    }
    return withAttempt(args.first(), [&](RuntimeContext &c, const ExamAttempt &a) {
        bool alive = false;
        if (a.state != ExamState::Terminated)
            if (auto stack = c.runtime->stackOf(a))
                alive = stack->isAlive();
        auto text = describe(a);
        if (!text)
            return fail(text.error());
        if (json) {
            QJsonObject o = attemptJson(a);
            o[u"environmentRunning"_s] = alive;
            printJson(o);
        } else {
            out(*text + u"  environment: %1"_s.arg(alive ? u"running"_s : u"not running"_s));
        }
        return int(Success);
    });
}

int execCmd(QStringList args)
{
    const qsizetype dash = args.indexOf(u"--"_s);
    QStringList before = dash < 0 ? args : args.mid(0, dash);
    const QStringList cmd = dash < 0 ? QStringList{} : args.mid(dash + 1);
    const bool asRoot = takeFlag(before, u"--root"_s);
    if (before.size() != 1 || cmd.isEmpty()) {
        err(u"usage: ckxctl exam exec ID [--root] -- COMMAND [ARGS...]"_s);
        return Usage;
    }
    return withAttempt(before.first(), [&](RuntimeContext &c, const ExamAttempt &a) {
        auto r = c.runtime->exec(a.id, cmd, !asRoot);
        if (!r)
            return fail(r.error());
        fwrite(r->output.constData(), 1, size_t(r->output.size()), stdout);
        fflush(stdout);
        return r->exitCode;
    });
}

int solve(QStringList args)
{
    const QString question = takeOption(args, u"--question"_s);
    if (args.size() != 1) {
        err(u"usage: ckxctl exam solve ID [--question N]"_s);
        return Usage;
    }
    return withAttempt(args.first(), [&](RuntimeContext &c, const ExamAttempt &a) {
        auto r = c.runtime->solve(a.id, question);
        if (!r)
            return fail(r.error());
        int failed = 0;
        for (const ScriptOutcome &o : *r) {
            out(u"question %1: %2 (%3, %4 ms)"_s.arg(o.questionId, o.ok() ? u"solved"_s : u"FAILED"_s, o.script).arg(o.durationMs));
            if (!o.ok()) {
                ++failed;
                out(u"  exit code %1\n%2"_s.arg(o.exitCode).arg(o.output.trimmed()));
            }
        }
        return failed ? int(Failure) : int(Success);
    });
}

int grade(QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (args.size() != 1) {
        err(u"usage: ckxctl exam grade ID [--json]"_s);
        return Usage;
    }
    return withAttempt(args.first(), [&](RuntimeContext &c, const ExamAttempt &a) {
        auto g = c.runtime->grade(a.id, a.state != ExamState::Graded);
        if (!g)
            return fail(g.error());
        if (json) {
            QJsonObject o = attemptJson(g->attempt);
            QJsonArray checks;
            for (const CheckResult &r : g->results)
                checks.append(checkJson(r));
            o[u"checks"_s] = checks;
            o[u"score"_s] = g->report.total;
            o[u"maxScore"_s] = g->report.maxScore;
            o[u"percent"_s] = g->report.percent;
            o[u"band"_s] = g->report.band;
            o[u"passed"_s] = g->report.passed;
            printJson(o);
        } else {
            for (const CheckResult &r : g->results)
                out(u"  [%1] question %2 check %3 (exit %4, %5 ms)"_s.arg(r.passed ? u"pass"_s : u"FAIL"_s, r.questionId, r.checkId)
                        .arg(r.exitCode).arg(r.durationMs));
            out(u"score %1 / %2 (%3 %, %4: %5)"_s.arg(g->report.total).arg(g->report.maxScore).arg(g->report.percent)
                    .arg(g->report.band, g->report.passed ? u"passed"_s : u"not passed"_s));
        }
        return int(Success);
    });
}

int stop(QStringList args)
{
    if (args.size() != 1) {
        err(u"usage: ckxctl exam stop ID"_s);
        return Usage;
    }
    return withAttempt(args.first(), [&](RuntimeContext &c, const ExamAttempt &a) {
        auto s = c.runtime->stop(a.id);
        if (!s)
            return fail(s.error());
        out(u"exam %1 stopped; its environment is removed"_s.arg(a.id));
        return int(Success);
    });
}

const QString groupUsage = u"ckxctl exam start|warm|list|status|exec|solve|grade|stop ..."_s;

CommandRegistration regGroup({u"exam"_s, groupUsage, u"Exam environments: see the sub-commands below."_s, [](const QStringList &a) {
                                  err(a.isEmpty() ? u"usage: "_s + groupUsage : u"ckxctl exam: unknown sub-command '%1'; usage: %2"_s.arg(a.first(), groupUsage));
                                  return int(Usage);
                              }});
CommandRegistration regStart({u"exam start"_s, u"ckxctl exam start LAB [--practice] [--cold] [--json]"_s,
                              u"Starts an exam environment for LAB (taking one prepared by 'exam warm' unless --cold); prints its id, SSH and VNC endpoints and stage timings."_s, start});
CommandRegistration regList({u"exam list"_s, u"ckxctl exam list [--json]"_s, u"Lists the exams in the local store."_s, list});
CommandRegistration regStatus({u"exam status"_s, u"ckxctl exam status ID [--json]"_s, u"Shows one exam and whether its environment runs."_s, status});
CommandRegistration regExec({u"exam exec"_s, u"ckxctl exam exec ID [--root] -- CMD..."_s,
                             u"Runs CMD in the exam's jumphost as the candidate (or root) and exits with its exit code."_s, execCmd});
CommandRegistration regSolve({u"exam solve"_s, u"ckxctl exam solve ID [--question N]"_s, u"Runs the reference solutions in the exam."_s, solve});
CommandRegistration regGrade({u"exam grade"_s, u"ckxctl exam grade ID [--json]"_s, u"Runs every check, stores the results and prints the score."_s, grade});
CommandRegistration regStop({u"exam stop"_s, u"ckxctl exam stop ID"_s, u"Removes the exam's environment (results are kept)."_s, stop});

} // namespace

} // namespace ckx::cli
