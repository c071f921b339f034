#include "runtime/stack/examworker.h"

#include "core/examstore.h"
#include "runtime/docker/dockerendpoint.h"
#include "runtime/stack/examruntime.h"
#include "runtime/stack/startcancellation.h"

#include <QProcessEnvironment>
#include <QThread>


namespace ckx {

ExamWorker::ExamWorker(LabCatalog catalog, QString dockerHost)
    : m_catalog(std::move(catalog)), m_dockerHost(std::move(dockerHost))
{
    qRegisterMetaType<ckx::ExamAttempt>();
    qRegisterMetaType<QList<ckx::ExamAttempt>>();
    qRegisterMetaType<QList<ckx::CheckResult>>();
}

ExamWorker::~ExamWorker() = default;

QString ExamWorker::ensureRuntime()
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "ExamWorker", "the store and runtime belong to the worker's thread");
    if (m_runtime)
        return {};
    if (!m_store) {
        auto store = std::make_unique<ExamStore>();
        if (auto r = store->openDefault(); !r)
            return r.error().message;
        store->setResultSyncTarget(m_syncServer, m_syncUser);
        m_store = std::move(store);
    }
    auto docker = connectDocker(m_dockerHost);
    if (!docker)
        return docker.error().message;
    m_runtime = std::make_unique<ExamRuntime>(*m_store, std::move(*docker), m_catalog);
    return {};
}

Result<DockerClient> ExamWorker::connectDocker(const QString &dockerHost)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    auto endpoint = dockerHost.isEmpty() ? DockerEndpoint::fromEnvironment(env) : DockerEndpoint::parse(dockerHost, env);
    Result<DockerClient> docker = endpoint ? DockerClient::connect(*endpoint) : Result<DockerClient>(endpoint.error());
    if (docker || dockerHost.isEmpty())
        return docker;
    // The engine's message names the host; say where that host came from and how to get back to the default.
    return makeError(docker.error().code, tr("%1. This Docker host is set in Settings: correct it there, or clear it to "
                                             "use the local engine.")
                                              .arg(docker.error().message));
}

void ExamWorker::setResultSyncTarget(const QString &serverUrl, const QString &userId)
{
    post([this, serverUrl, userId] {
        m_syncServer = serverUrl;
        m_syncUser = userId;
        if (m_store)
            m_store->setResultSyncTarget(serverUrl, userId);
    });
}

void ExamWorker::setDockerHost(const QString &dockerHost)
{
    post([this, dockerHost] {
        if (dockerHost == m_dockerHost)
            return;
        m_dockerHost = dockerHost;
        m_runtime.reset(); // the store connection stays; the next call reconnects to the new engine
    });
}

void ExamWorker::start(const QString &labId, const QString &mode, const std::shared_ptr<StartCancellation> &cancel,
                       const QString &grant)
{
    post([this, labId, mode, cancel, grant] { runStart(labId, mode, cancel, grant); });
}

void ExamWorker::runStart(const QString &labId, const QString &mode, const std::shared_ptr<StartCancellation> &cancel,
                          const QString &grant)
{
    if (cancel && cancel->isCancelled()) {
        Q_EMIT startFailed(tr("Starting the exam was cancelled"), {}, true);
        return;
    }
    if (const QString err = ensureRuntime(); !err.isEmpty()) {
        Q_EMIT startFailed(err, {}, false);
        return;
    }
    StartOptions options;
    options.mode = mode;
    options.cancellation = cancel;
    options.grant = grant;
    auto outcome = m_runtime->start(labId, options, [this](const QString &stage, int percent) {
        Q_EMIT progress(stage, percent);
    });
    if (!outcome && outcome.error().code == QLatin1String("exam.cancelled")) {
        Q_EMIT startFailed(outcome.error().message, {}, true);
        return;
    }
    if (!outcome) {
        // The runtime marks the attempt Failed; find it so the UI can offer clean-up. If the store cannot say,
        // the UI offers a general clean-up instead (gc finds the attempt's resources by label).
        QString attemptId;
        if (auto failed = m_store->attemptsInStates({ExamState::Failed}); failed && !failed->isEmpty()
            && failed->first().labId == labId)
            attemptId = failed->first().id;
        Q_EMIT startFailed(outcome.error().message, attemptId, false);
        return;
    }
    QStringList problems;
    for (const auto &s : outcome->setup)
        if (!s.ok())
            problems << QStringLiteral("%1 (exit %2): %3").arg(s.script).arg(s.exitCode).arg(s.output.left(400));
    Q_EMIT started(outcome->attempt, problems.join(QLatin1Char('\n')));
}

void ExamWorker::grade(const QString &attemptId)
{
    post([this, attemptId] {
        if (const QString err = ensureRuntime(); !err.isEmpty()) {
            Q_EMIT gradeFailed(attemptId, err);
            return;
        }
        auto outcome = m_runtime->grade(attemptId, true);
        if (!outcome) {
            Q_EMIT gradeFailed(attemptId, outcome.error().message);
            return;
        }
        Q_EMIT graded(attemptId);
    });
}

void ExamWorker::checkQuestion(const QString &attemptId, const QString &questionId)
{
    post([this, attemptId, questionId] {
        if (const QString err = ensureRuntime(); !err.isEmpty()) {
            Q_EMIT checkFailed(questionId, err);
            return;
        }
        // Only this question's scripts run, and nothing is recorded: the grade at submit runs them all again.
        auto results = m_runtime->checkQuestion(attemptId, questionId);
        if (!results) {
            Q_EMIT checkFailed(questionId, results.error().message);
            return;
        }
        Q_EMIT checked(questionId, *results);
    });
}

void ExamWorker::stop(const QString &attemptId)
{
    post([this, attemptId] {
        if (const QString err = ensureRuntime(); !err.isEmpty()) {
            Q_EMIT stopped(attemptId, err);
            return;
        }
        auto r = m_runtime->stop(attemptId);
        Q_EMIT stopped(attemptId, r ? QString() : r.error().message);
    });
}

void ExamWorker::resume()
{
    post([this] {
        if (const QString err = ensureRuntime(); !err.isEmpty()) {
            Q_EMIT resumed({}, err);
            return;
        }
        auto alive = m_runtime->resume();
        Q_EMIT resumed(alive ? *alive : QList<ExamAttempt>{}, alive ? QString() : alive.error().message);
    });
}

void ExamWorker::collectGarbage()
{
    post([this] {
        if (const QString err = ensureRuntime(); !err.isEmpty()) {
            Q_EMIT garbageCollected(0, err);
            return;
        }
        auto report = m_runtime->collectGarbage();
        Q_EMIT garbageCollected(report ? report->removedResources : 0, report ? QString() : report.error().message);
    });
}

} // namespace ckx
