#include "app/ckxctl/runtimecontext.h"

#include "core/labcatalog.h"
#include "runtime/stack/examendpoints.h"

#include <QJsonArray>

namespace ckx::cli {

using namespace Qt::StringLiterals;

Result<std::unique_ptr<RuntimeContext>> openRuntimeContext()
{
    auto ctx = std::make_unique<RuntimeContext>();
    ctx->store = std::make_unique<ExamStore>();
    if (auto r = ctx->store->openDefault(); !r)
        return r.error();
    auto docker = DockerClient::connect();
    if (!docker)
        return docker.error();
    ctx->runtime = std::make_unique<ExamRuntime>(*ctx->store, *docker, LabCatalog::load(LabCatalog::defaultRoots()));
    return ctx;
}

Result<ExamAttempt> RuntimeContext::findAttempt(const QString &idOrPrefix) const
{
    auto exact = store->attempt(idOrPrefix);
    if (exact)
        return exact;
    auto all = store->attempts();
    if (!all)
        return all.error();
    QList<ExamAttempt> matches;
    for (const ExamAttempt &a : *all)
        if (!idOrPrefix.isEmpty() && a.id.startsWith(idOrPrefix))
            matches << a;
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return makeError(u"exam.not-found"_s, u"there is no exam '%1'; 'ckxctl exam list' shows them"_s.arg(idOrPrefix));
    return makeError(u"exam.ambiguous"_s, u"'%1' matches %2 exams; give more of the id"_s.arg(idOrPrefix).arg(matches.size()));
}

QJsonObject attemptJson(const ExamAttempt &a)
{
    QJsonObject o{{u"id"_s, a.id}, {u"lab"_s, a.labId}, {u"mode"_s, a.mode}, {u"state"_s, examStateToString(a.state)},
                  {u"createdAt"_s, a.createdAt.toString(Qt::ISODate)}};
    if (!a.failureReason.isEmpty())
        o[u"failureReason"_s] = a.failureReason;
    if (a.score)
        o[u"score"_s] = *a.score;
    if (a.maxScore)
        o[u"maxScore"_s] = *a.maxScore;
    if (!a.band.isEmpty())
        o[u"band"_s] = a.band;
    if (!a.parameters.isEmpty())
        o[u"parameters"_s] = labparameters::toJson(a.parameters);
    const QJsonObject info = a.runtimeInfo;
    if (ExamEndpoints::isRecorded(info)) {
        // Listed either way; a damaged record says which field is wrong instead of showing a port 0.
        if (auto e = ExamEndpoints::fromRuntimeInfo(info))
            e->writeTo(o);
        else
            o[u"endpointsError"_s] = e.error().message;
    }
    for (const char *k : {"timings", "containers", "network", "cluster"})
        if (info.contains(QLatin1String(k)))
            o[QLatin1String(k)] = info.value(QLatin1String(k));
    return o;
}

QJsonObject checkJson(const CheckResult &r)
{
    return QJsonObject{{u"question"_s, r.questionId}, {u"check"_s, r.checkId}, {u"passed"_s, r.passed},
                       {u"exitCode"_s, r.exitCode}, {u"expectedExitCode"_s, r.expectedExitCode},
                       {u"weight"_s, r.weight}, {u"durationMs"_s, r.durationMs}, {u"output"_s, r.output}};
}

bool takeFlag(QStringList &args, const QString &flag)
{
    return args.removeAll(flag) > 0;
}

QString takeOption(QStringList &args, const QString &option)
{
    const qsizetype i = args.indexOf(option);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

} // namespace ckx::cli
