// ckxctl labs verify: proves a lab's checks against a real environment. Start; grade, expecting no check to pass
// on the fresh environment; run the reference solutions; grade, expecting every check to pass; stop. Prints each
// check that misbehaves. With --seed N (repeatable) the lab's parameters are drawn from N, once per seed, so CI
// proves a randomised lab for several draws.

#include "app/ckxctl/command.h"
#include "app/ckxctl/runtimecontext.h"
#include "runtime/cluster/kindcluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

struct Verdict
{
    QStringList problems;
    QString skipped;
    int checks = 0;
    qint64 ms = 0;
    ParameterValues parameters;
};

QString describe(const ParameterValues &values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u", "_s);
}

Verdict verifyOne(RuntimeContext &c, const LabPack &pack, bool keep, std::optional<quint64> seed)
{
    Verdict v;
    QElapsedTimer t;
    t.start();
    if (pack.info.runtime == u"kind" && !KindCluster::kindAvailable()) {
        v.skipped = u"needs a kind cluster and the kind CLI is not installed here"_s;
        return v;
    }
    StartOptions options;
    options.parameterSeed = seed;
    auto started = c.runtime->start(pack.info.id, options);
    if (!started) {
        v.problems << u"the environment did not start: "_s + started.error().message;
        return v;
    }
    const QString id = started->attempt.id;
    v.parameters = started->attempt.parameters;
    auto fresh = c.runtime->grade(id, false);
    if (!fresh) {
        v.problems << u"grading the fresh environment failed: "_s + fresh.error().message;
    } else {
        v.checks = int(fresh->results.size());
        for (const CheckResult &r : fresh->results)
            if (r.passed)
                v.problems << u"question %1 check %2 passes before any work was done: %3"_s.arg(r.questionId, r.checkId, r.output.trimmed().right(300));
    }
    auto solved = c.runtime->solve(id);
    if (!solved)
        v.problems << u"the solutions could not run: "_s + solved.error().message;
    else
        for (const ScriptOutcome &o : *solved)
            if (!o.ok())
                v.problems << u"solution of question %1 (%2) exited with %3: %4"_s.arg(o.questionId, o.script).arg(o.exitCode).arg(o.output.trimmed().right(400));
    auto graded = c.runtime->grade(id, true);
    if (!graded)
        v.problems << u"grading after the solutions failed: "_s + graded.error().message;
    else
        for (const CheckResult &r : graded->results)
            if (!r.passed)
                v.problems << u"question %1 check %2 fails after the reference solution (exit %3, expected %4): %5"_s
                                  .arg(r.questionId, r.checkId).arg(r.exitCode).arg(r.expectedExitCode).arg(r.output.trimmed().right(400));
    if (!keep || v.problems.isEmpty())
        if (auto s = c.runtime->stop(id); !s)
            v.problems << u"stopping the environment failed: "_s + s.error().message;
    if (keep && !v.problems.isEmpty())
        v.problems << u"environment kept for inspection: ckxctl exam status %1"_s.arg(id);
    v.ms = t.elapsed();
    return v;
}

int verify(QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    const bool allDocker = takeFlag(args, u"--all-docker"_s);
    const bool everyLab = takeFlag(args, u"--all"_s); // Kubernetes labs too: for a machine with kind (CI)
    const bool all = allDocker || everyLab;
    const bool keep = takeFlag(args, u"--keep"_s);
    QList<std::optional<quint64>> seeds;
    while (args.contains(u"--seed"_s)) {
        const QString text = takeOption(args, u"--seed"_s);
        bool isNumber = false;
        const quint64 seed = text.toULongLong(&isNumber);
        if (!isNumber) {
            err(u"ckxctl labs verify: --seed needs a whole number >= 0, found '%1'"_s.arg(text));
            return Usage;
        }
        seeds << seed;
    }
    if (seeds.isEmpty())
        seeds << std::nullopt; // a random draw, like a learner's attempt
    if (args.isEmpty() == !all) {
        err(u"usage: ckxctl labs verify [--json] [--keep] [--seed N]... (LAB... | --all-docker | --all)"_s);
        return Usage;
    }
    auto ctx = openRuntimeContext();
    if (!ctx) {
        err(u"ckxctl: "_s + ctx.error().message);
        return Failure;
    }
    RuntimeContext &c = **ctx;
    QList<const LabPack *> packs;
    if (all) {
        for (const LabPack &p : c.runtime->catalog().labs())
            if (everyLab || p.info.runtime == u"docker")
                packs << &p;
    }
    for (const QString &id : args) {
        const LabPack *p = c.runtime->catalog().find(id);
        if (!p) {
            err(u"ckxctl labs verify: there is no lab '%1'; 'ckxctl labs list' shows them"_s.arg(id));
            return Failure;
        }
        packs << p;
    }
    bool ok = true;
    QJsonArray results;
    for (const LabPack *p : packs) {
        // A lab without parameters draws nothing: one run proves it, whatever the seeds.
        const QList<std::optional<quint64>> runs = p->parameters.isEmpty() ? seeds.mid(0, 1) : seeds;
        for (const std::optional<quint64> &seed : runs) {
            const Verdict v = verifyOne(c, *p, keep, seed);
            ok = ok && v.problems.isEmpty();
            if (json) {
                results.append(QJsonObject{{u"lab"_s, p->info.id}, {u"ok"_s, v.problems.isEmpty() && v.skipped.isEmpty()},
                                           {u"skipped"_s, v.skipped}, {u"checks"_s, v.checks}, {u"durationMs"_s, v.ms},
                                           {u"seed"_s, seed ? QJsonValue(QString::number(*seed)) : QJsonValue()},
                                           {u"parameters"_s, labparameters::toJson(v.parameters)},
                                           {u"problems"_s, QJsonArray::fromStringList(v.problems)}});
                continue;
            }
            const QString label = v.parameters.isEmpty() ? p->info.id : u"%1 [%2]"_s.arg(p->info.id, describe(v.parameters));
            if (!v.skipped.isEmpty())
                out(u"%1: skipped (%2)"_s.arg(label, v.skipped));
            else if (v.problems.isEmpty())
                out(u"%1: ok: all %2 checks fail on a fresh environment and pass after the reference solutions (%3 s)"_s
                        .arg(label).arg(v.checks).arg(double(v.ms) / 1000.0, 0, 'f', 1));
            else {
                out(u"%1: %2 problem(s)"_s.arg(label).arg(v.problems.size()));
                for (const QString &problem : v.problems)
                    out(u"  - "_s + problem);
            }
        }
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"labs"_s, results}}).toJson(QJsonDocument::Indented)));
    return ok ? Success : Failure;
}

CommandRegistration reg({u"labs verify"_s, u"ckxctl labs verify [--json] [--keep] [--seed N]... (LAB... | --all-docker | --all)"_s,
                         u"Starts each lab, checks that nothing passes, applies the reference solutions, checks that "
                         "everything passes, and stops it. Each --seed N fixes one draw of the lab's parameters."_s,
                         verify});

} // namespace

} // namespace ckx::cli
