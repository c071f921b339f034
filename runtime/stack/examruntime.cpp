#include "runtime/stack/examruntime.h"

#include "core/datapaths.h"
#include "runtime/cluster/kindcluster.h"
#include "runtime/cluster/sessionclusters.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/startcancellation.h"
#include "runtime/stack/warmpool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStack)

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

// Every script of an attempt sees the parameters drawn when it was created.
LabScriptRunner runnerFor(const ExamAttempt &attempt, const ExamStack &stack, const LabPack &pack)
{
    LabScriptRunner runner(stack, pack);
    runner.setParameters(attempt.parameters);
    return runner;
}

} // namespace

ExamRuntime::ExamRuntime(ExamStore &store, DockerClient docker, LabCatalog catalog)
    : m_store(store), m_docker(std::move(docker)), m_catalog(std::move(catalog)), m_tag(storeTag(store.path()))
{
}

QString ExamRuntime::storeTag(const QString &storePath)
{
    const QByteArray abs = QFileInfo(storePath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(abs, QCryptographicHash::Sha256).toHex().left(12));
}

Result<void> ExamRuntime::requireOffGuiThread(const char *call)
{
    // Every call blocks on Docker for seconds to minutes; on a GUI's main thread that freezes the window.
    const QCoreApplication *app = QCoreApplication::instance();
    if (!qobject_cast<const QGuiApplication *>(app) || QThread::currentThread() != app->thread())
        return {};
    qCCritical(lcStack) << "ExamRuntime::" << call << "called on the GUI thread; use ExamWorker";
    return makeError(u"runtime.thread"_s, u"ExamRuntime::%1 was called on the GUI thread; it blocks on Docker and runs "
                                          "on the exam worker's thread (ExamWorker)"_s.arg(QLatin1String(call)));
}

Result<const LabPack *> ExamRuntime::packOf(const QString &labId) const
{
    const LabPack *pack = m_catalog.find(labId);
    if (!pack)
        return makeError(u"exam.unknown-lab"_s, u"there is no lab '%1' in the catalog; 'ckxctl labs list' shows the labs"_s.arg(labId));
    return pack;
}

bool ExamRuntime::ownerAlive(const QJsonObject &info)
{
    const qint64 pid = qint64(info.value(u"ownerPid"_s).toDouble());
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    return QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

Result<ExamStack> ExamRuntime::stackOf(const ExamAttempt &attempt) const
{
    return ExamStack::attach(m_docker, attempt.runtimeInfo);
}

void ExamRuntime::fail(const QString &attemptId, const QString &reason, const ExamStack *stack)
{
    qCWarning(lcStack).noquote() << attemptId.left(8) << "failed:" << reason;
    auto failed = m_store.setState(attemptId, ExamState::Failed, reason);
    if (!failed)
        qCWarning(lcStack).noquote() << attemptId.left(8) << "could not be marked failed:" << failed.error().message;
    const Result<void> removed =
        stack ? stack->teardown() : ExamStack::removeSessionResources(m_docker, attemptId).transform([](int) {});
    if (!removed) {
        // It stays Failed: the next collectGarbage removes what carries its label and then ends it.
        qCWarning(lcStack).noquote() << attemptId.left(8) << "environment not removed yet:" << removed.error().message;
        return;
    }
    if (!failed)
        return;
    if (auto ended = m_store.setState(attemptId, ExamState::Terminated); !ended) {
        qCWarning(lcStack).noquote() << attemptId.left(8) << "stays failed until the next gc:" << ended.error().message;
        return;
    }
    // Its environment is gone: so go its key files, as after stop() and gc.
    QDir(sessionsDir() + u'/' + attemptId).removeRecursively();
}

Error ExamRuntime::abandonCancelled(const QString &attemptId, const QString &clusterName)
{
    qCInfo(lcStack).noquote() << attemptId.left(8) << "start cancelled; removing what was created";
    // Terminated first: if the app dies during the clean-up, gc removes the rest (it spares only live attempts).
    if (auto ended = m_store.setState(attemptId, ExamState::Terminated); !ended)
        // Still Provisioning: after this process ends, gc finds its owner gone and fails it, then cleans up.
        qCWarning(lcStack).noquote() << attemptId.left(8) << "cancelled start not recorded:" << ended.error().message;
    // A create the engine had already accepted completes after our call was cut off, so sweep until the session
    // has stayed empty for a moment.
    QElapsedTimer quiet;
    quiet.start();
    for (int sweep = 0; sweep < 20 && quiet.elapsed() < 1500; ++sweep) {
        auto removed = ExamStack::removeSessionResources(m_docker, attemptId, sweep == 0 ? clusterName : QString());
        if (!removed || *removed > 0)
            quiet.restart();
        QThread::msleep(250);
    }
    QDir(sessionsDir() + u'/' + attemptId).removeRecursively();
    return Error{u"exam.cancelled"_s, u"Starting the exam was cancelled; its environment was removed"_s};
}

Result<StartOutcome> ExamRuntime::start(const QString &labId, const StartOptions &options, const StackProgressFn &progress)
{
    CKX_TRY(requireOffGuiThread("start"));
    QElapsedTimer total;
    total.start();
    auto pack = packOf(labId);
    if (!pack)
        return pack.error();
    const auto cancelled = [&options] { return options.cancellation && options.cancellation->isCancelled(); };
    const Error cancelledBeforeAttempt{u"exam.cancelled"_s, u"Starting the exam was cancelled"_s};
    // A cancellable start works through a client of its own: cancelling cuts off its calls for good, while
    // m_docker stays usable for the clean-up.
    DockerClient work = m_docker;
    if (options.cancellation) {
        auto own = DockerClient::connect(m_docker.endpoint());
        if (!own)
            return own.error();
        work = *own;
        options.cancellation->watch(work);
    }
    const bool kind = (*pack)->info.runtime == u"kind";
    if (kind && !KindCluster::kindAvailable())
        return makeError(u"exam.kind-missing"_s, u"the lab %1 needs a Kubernetes cluster, but the kind CLI is not installed; "
                                                   "use \"Get kind\" on the first-run page or 'ckxctl kind install', or install it from https://kind.sigs.k8s.io"_s.arg(labId));
    QJsonObject timings;
    QElapsedTimer stage;
    stage.start();
    // Warm start: an environment the pool prepared for this lab, its setup already run; the start only claims it.
    std::optional<WarmClaim> warm;
    if (options.useWarmPool)
        warm = WarmPool(work, m_tag).claim(**pack, options.parameterSeed);
    RuntimeImages images(work);
    const DockerProgressFn imageProgress = [&progress](const DockerProgress &p) {
        if (progress)
            progress(p.status, 2);
    };
    if (warm) {
        // its images were ensured when it was filled
    } else if (options.buildImages) {
        auto ensured = images.ensure(RuntimeImages::names(), false, imageProgress);
        if (!ensured)
            return ensured.error();
        if (auto r = images.ensureLabImages(**pack, imageProgress); !r)
            return r.error();
    } else {
        for (const QString &n : RuntimeImages::names())
            if (!m_docker.inspectImage(RuntimeImages::tagFor(n)))
                return makeError(u"docker.image-missing"_s, u"the image %1 is missing: build it with 'ckxctl images build'"_s.arg(RuntimeImages::tagFor(n)));
    }
    timings[u"imagesMs"_s] = stage.elapsed();
    if (cancelled())
        return cancelledBeforeAttempt;

    ExamAttempt draft;
    draft.labId = labId;
    draft.mode = options.mode;
    draft.grant = options.grant;
    if (warm) {
        // The member's parameters are the ones its setup used: the questions must show those.
        draft.id = warm->runtimeInfo.value(u"session"_s).toString();
        draft.parameters = warm->parameters;
    } else {
        draft.parameters = labparameters::draw((*pack)->parameters, options.parameterSeed.value_or(labparameters::randomSeed()));
    }
    auto attempt = m_store.createAttempt(draft);
    if (!attempt)
        return attempt.error();
    const QString id = attempt->id;
    const QString sessionDir = sessionsDir() + u'/' + id;
    // Recorded before anything exists on the engine: a crash from here on is found and cleaned by gc.
    if (auto r = m_store.updateRuntimeInfo(id, QJsonObject{{u"session"_s, id}, {u"lab"_s, labId}, {u"store"_s, m_tag},
                                                           {u"sessionDir"_s, sessionDir},
                                                           {u"ownerPid"_s, QCoreApplication::applicationPid()}});
        !r)
        return r.error();
    if (warm) {
        QJsonObject &info = warm->runtimeInfo;
        info[u"warm"_s] = true;
        info[u"preparedAt"_s] = warm->preparedAt.toString(Qt::ISODateWithMs);
        // The fill's stage timings are not this start's; how long its setup took is kept apart.
        info[u"timings"_s] = QJsonObject{{u"warmSetupMs"_s, warm->setupMs}};
        if (auto r = m_store.updateRuntimeInfo(id, info); !r)
            return r.error();
        WarmPool::settle(id);
    }

    // claim() attached this very runtimeInfo already, so attach() cannot fail here.
    ExamStack stack = warm ? *ExamStack::attach(work, warm->runtimeInfo) : ExamStack(work, StackBlueprint(id, labId, m_tag), sessionDir);
    stack.setCancellation(options.cancellation);
    const auto clusterOfStack = [&stack] { return stack.runtimeInfo().value(u"cluster"_s).toString(); };
    if (cancelled())
        return abandonCancelled(id, {});
    if (warm) {
        if (progress)
            progress(u"Using the environment prepared ahead"_s, 80);
    } else if (auto r = stack.provision(**pack, progress); !r) {
        if (cancelled())
            return abandonCancelled(id, clusterOfStack());
        fail(id, u"the exam environment could not be started: "_s + r.error().message, &stack);
        return r.error();
    }
    if (cancelled())
        return abandonCancelled(id, clusterOfStack());
    QJsonObject info = stack.runtimeInfo();
    if (auto r = m_store.updateRuntimeInfo(id, info); !r) {
        fail(id, r.error().message, &stack);
        return r.error();
    }

    stage.restart();
    StartOutcome out;
    if (warm) {
        out.setup = warm->setup; // ran when the member was prepared, with the attempt's parameters
    } else {
        if (progress)
            progress(u"Running the lab's setup scripts"_s, 85);
        LabScriptRunner runner(stack, **pack);
        runner.setParameters(attempt->parameters);
        out.setup = runner.runSetup();
    }
    timings[u"setupMs"_s] = stage.elapsed();
    if (cancelled())
        return abandonCancelled(id, clusterOfStack());
    QJsonArray setupInfo;
    QStringList failures;
    for (const ScriptOutcome &o : out.setup) {
        setupInfo.append(QJsonObject{{u"script"_s, o.script}, {u"exitCode"_s, o.exitCode}, {u"durationMs"_s, o.durationMs}});
        if (!o.ok())
            failures << u"%1 exited with %2: %3"_s.arg(o.script).arg(o.exitCode).arg(o.output.trimmed().right(400));
    }
    info[u"setup"_s] = setupInfo;
    QJsonObject allTimings = info.value(u"timings"_s).toObject();
    for (auto it = timings.begin(); it != timings.end(); ++it)
        allTimings[it.key()] = it.value();
    allTimings[u"startMs"_s] = total.elapsed();
    info[u"timings"_s] = allTimings;
    out.timings = allTimings;
    if (auto r = m_store.updateRuntimeInfo(id, info); !r) {
        fail(id, r.error().message, &stack);
        return r.error();
    }
    if (!failures.isEmpty()) {
        const QString reason = u"a setup script of the lab failed, so the exam would not be fair: "_s + failures.join(u"; "_s);
        fail(id, reason, &stack);
        return makeError(u"exam.setup"_s, reason);
    }
    auto ready = m_store.setState(id, ExamState::Ready);
    if (!ready) {
        fail(id, ready.error().message, &stack);
        return ready.error();
    }
    if (progress)
        progress(u"Ready"_s, 100);
    out.attempt = *ready;
    return out;
}

Result<GradeOutcome> ExamRuntime::grade(const QString &attemptId, bool record)
{
    CKX_TRY(requireOffGuiThread("grade"));
    auto attempt = m_store.attempt(attemptId);
    if (!attempt)
        return attempt.error();
    const ExamState s = attempt->state;
    if (s != ExamState::Ready && s != ExamState::Grading && !(s == ExamState::Graded && !record))
        return makeError(u"exam.state"_s, u"exam %1 is %2; only a ready exam can be graded"_s.arg(attemptId, examStateToString(s)));
    auto pack = packOf(attempt->labId);
    if (!pack)
        return pack.error();
    auto stack = stackOf(*attempt);
    if (!stack)
        return stack.error();
    if (record && s == ExamState::Ready)
        if (auto r = m_store.setState(attemptId, ExamState::Grading); !r)
            return r.error();
    GradeOutcome out;
    out.results = runnerFor(*attempt, *stack, **pack).runValidation();
    out.report = scoreAttempt(**pack, out.results);
    if (!record) {
        out.attempt = *attempt;
        return out;
    }
    QHash<QString, QStringList> concepts;
    for (const Question &q : (*pack)->questions)
        concepts.insert(q.id, q.concepts);
    auto graded = m_store.recordGrade(attemptId, out.results, concepts, out.report);
    if (!graded)
        return graded.error();
    out.attempt = *graded;
    return out;
}

Result<const LabPack *> ExamRuntime::readyPack(const ExamAttempt &attempt, const QString &questionId, const QString &what) const
{
    if (attempt.state != ExamState::Ready)
        return makeError(u"exam.state"_s, u"exam %1 is %2; %3 in a ready exam"_s.arg(attempt.id, examStateToString(attempt.state), what));
    auto pack = packOf(attempt.labId);
    if (!pack)
        return pack.error();
    if (!questionId.isEmpty()
        && std::none_of((*pack)->questions.cbegin(), (*pack)->questions.cend(), [&questionId](const Question &q) { return q.id == questionId; }))
        return makeError(u"exam.question"_s, u"the lab %1 has no question '%2'"_s.arg(attempt.labId, questionId));
    return pack;
}

Result<QList<CheckResult>> ExamRuntime::checkQuestion(const QString &attemptId, const QString &questionId)
{
    CKX_TRY(requireOffGuiThread("checkQuestion"));
    auto attempt = m_store.attempt(attemptId);
    if (!attempt)
        return attempt.error();
    auto pack = readyPack(*attempt, questionId, u"questions are checked"_s);
    if (!pack)
        return pack.error();
    auto stack = stackOf(*attempt);
    if (!stack)
        return stack.error();
    return runnerFor(*attempt, *stack, **pack).runValidation(questionId);
}

Result<QList<ScriptOutcome>> ExamRuntime::solve(const QString &attemptId, const QString &questionId)
{
    CKX_TRY(requireOffGuiThread("solve"));
    auto attempt = m_store.attempt(attemptId);
    if (!attempt)
        return attempt.error();
    auto pack = readyPack(*attempt, questionId, u"solutions run"_s);
    if (!pack)
        return pack.error();
    auto stack = stackOf(*attempt);
    if (!stack)
        return stack.error();
    return runnerFor(*attempt, *stack, **pack).runSolutions(questionId);
}

Result<ExecResult> ExamRuntime::exec(const QString &attemptId, const QStringList &cmd, bool asCandidate)
{
    CKX_TRY(requireOffGuiThread("exec"));
    auto attempt = m_store.attempt(attemptId);
    if (!attempt)
        return attempt.error();
    auto stack = stackOf(*attempt);
    if (!stack)
        return stack.error();
    return stack->execInJumphost(cmd, asCandidate, {}, 16 << 20);
}

Result<ExamAttempt> ExamRuntime::stop(const QString &attemptId)
{
    CKX_TRY(requireOffGuiThread("stop"));
    auto attempt = m_store.attempt(attemptId);
    if (!attempt)
        return attempt.error();
    if (attempt->state == ExamState::Terminated)
        return *attempt;
    auto removed = ExamStack::removeSessionResources(m_docker, attemptId, attempt->runtimeInfo.value(u"cluster"_s).toString());
    if (!removed)
        return removed.error();
    QDir(attempt->runtimeInfo.value(u"sessionDir"_s).toString(sessionsDir() + u'/' + attemptId)).removeRecursively();
    return m_store.setState(attemptId, ExamState::Terminated);
}

Result<QList<ExamAttempt>> ExamRuntime::resume()
{
    CKX_TRY(requireOffGuiThread("resume"));
    auto active = m_store.activeAttempts();
    if (!active)
        return active.error();
    QList<ExamAttempt> alive;
    for (const ExamAttempt &a : *active) {
        if (a.state == ExamState::Provisioning)
            continue; // collectGarbage decides from its owner
        auto stack = stackOf(a);
        if (stack && stack->isAlive()) {
            alive << a;
            continue;
        }
        fail(a.id, u"the exam environment is gone (Docker restarted or its containers were removed)"_s, nullptr);
    }
    if (auto gc = collectGarbage(); !gc)
        return gc.error();
    return alive;
}

Result<GcReport> ExamRuntime::collectGarbage()
{
    CKX_TRY(requireOffGuiThread("collectGarbage"));
    GcReport report;
    auto all = m_store.attempts();
    if (!all)
        return all.error();
    // Warm pool members are no attempts: those of a live process stay, those of a dead one go first.
    WarmPool pool(m_docker, m_tag);
    report.removedResources += pool.collectDead(&report.sessions);
    const QSet<QString> warm = pool.liveMembers();
    QSet<QString> live;
    for (const ExamAttempt &a : *all) {
        if (a.state == ExamState::Provisioning && !ownerAlive(a.runtimeInfo)) {
            // Not live either way: its resources go below. Only an attempt really marked Failed is reported.
            if (auto r = m_store.setState(a.id, ExamState::Failed, u"starting the exam was interrupted (the program stopped)"_s))
                report.failedAttempts << a.id;
            else
                qCWarning(lcStack).noquote() << a.id.left(8) << "interrupted start not marked failed:" << r.error().message;
            continue;
        }
        if (a.state == ExamState::Provisioning || a.state == ExamState::Ready || a.state == ExamState::Grading
            || a.state == ExamState::Graded)
            live.insert(a.id);
    }
    // Sessions of this store that own something on the engine.
    QSet<QString> found;
    const QJsonObject filter = DockerClient::labelFilter({QLatin1String(StackBlueprint::kStoreLabel) + u'=' + m_tag});
    auto collect = [&found](const QJsonArray &items, const QString &labelsKey) {
        for (const auto &v : items) {
            const QString s = v.toObject().value(labelsKey).toObject().value(QLatin1String(StackBlueprint::kSessionLabel)).toString();
            if (!s.isEmpty())
                found.insert(s);
        }
    };
    auto containers = m_docker.listContainers(filter, true);
    if (!containers)
        return containers.error();
    collect(*containers, u"Labels"_s);
    auto networks = m_docker.listNetworks(filter);
    if (!networks)
        return networks.error();
    collect(*networks, u"Labels"_s);
    auto volumes = m_docker.listVolumes(filter);
    if (!volumes)
        return volumes.error();
    collect(*volumes, u"Labels"_s);

    QHash<QString, QString> clusterOf;
    for (const ExamAttempt &a : *all)
        clusterOf.insert(a.id, a.runtimeInfo.value(u"cluster"_s).toString());
    auto clusters = KindCluster::list();
    // Any kind cluster of the session, including a lab's second or third (named "<session cluster>-<name>").
    const auto hasCluster = [&clusters](const QString &session) {
        const QString base = StackBlueprint(session, {}, {}).clusterName();
        return clusters && std::any_of(clusters->begin(), clusters->end(),
                                       [&base](const QString &k) { return SessionClusters::belongsToSession(k, base); });
    };
    if (clusters)
        for (const ExamAttempt &a : *all)
            if (!live.contains(a.id) && hasCluster(a.id))
                found.insert(a.id);

    for (const QString &session : std::as_const(found)) {
        if (live.contains(session) || warm.contains(session))
            continue;
        QString cluster = clusterOf.value(session);
        if (cluster.isEmpty() && hasCluster(session))
            cluster = StackBlueprint(session, {}, {}).clusterName();
        auto removed = ExamStack::removeSessionResources(m_docker, session, cluster);
        if (!removed)
            return removed.error();
        report.removedResources += *removed;
        report.sessions << session;
    }
    // Attempts whose environment is now gone become Terminated; their key files go with it.
    for (const ExamAttempt &a : *all) {
        auto now = m_store.attempt(a.id);
        if (!now || now->state != ExamState::Failed)
            continue;
        if (auto ended = m_store.setState(a.id, ExamState::Terminated); !ended) {
            qCWarning(lcStack).noquote() << a.id.left(8) << "stays failed until the next gc:" << ended.error().message;
            continue; // keep its key files while the attempt still claims them
        }
        QDir(now->runtimeInfo.value(u"sessionDir"_s).toString(sessionsDir() + u'/' + a.id)).removeRecursively();
    }
    return report;
}

} // namespace ckx
