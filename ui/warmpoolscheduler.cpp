#include "ui/warmpoolscheduler.h"

#include "core/datapaths.h"
#include "runtime/docker/dockerclient.h"
#include "runtime/stack/examruntime.h"
#include "runtime/stack/startcancellation.h"
#include "runtime/stack/warmpool.h"
#include "runtime/stack/examworker.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

Q_LOGGING_CATEGORY(lcWarmPool, "ckx.ui.warmpool", QtWarningMsg)

namespace ckx {

WarmPoolScheduler::WarmPoolScheduler(LabCatalog catalog, QString dockerHost, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_dockerHost(std::move(dockerHost))
{
}

WarmPoolScheduler::~WarmPoolScheduler()
{
    m_pending.clear();
    if (m_running) {
        m_cancel->cancel();
        // A cancelled fill returns within about a second, then sweeps what it had made.
        if (m_running->wait(QDeadlineTimer(15'000)))
            delete m_running;
    }
    drain();
}

void WarmPoolScheduler::drain()
{
    auto docker = ExamWorker::connectDocker(m_dockerHost);
    if (!docker)
        return;
    const int n = WarmPool(*docker, ExamRuntime::storeTag(storePath())).drain();
    if (n > 0)
        qCInfo(lcWarmPool) << "removed" << n << "prepared environment(s)";
}

void WarmPoolScheduler::setSize(int size)
{
    m_size = qMax(0, size);
    if (m_size == 0) {
        pause();
        if (!m_running)
            drain();
    }
}

void WarmPoolScheduler::prepare(const QString &labId)
{
    if (labId.isEmpty() || m_size == 0)
        return;
    m_pending = labId;
    if (!m_running)
        launch();
}

void WarmPoolScheduler::pause()
{
    m_pending.clear();
    if (m_running)
        m_cancel->cancel();
}

void WarmPoolScheduler::launch()
{
    const LabPack *found = m_catalog.find(m_pending);
    const QString labId = m_pending;
    m_pending.clear();
    if (!found)
        return;
    const LabPack pack = *found;
    const QString host = m_dockerHost;
    const int size = m_size;
    m_cancel = std::make_shared<StartCancellation>();
    auto result = std::make_shared<Result<QString>>(QString());
    m_running = QThread::create([pack, host, size, cancel = m_cancel, result] {
        auto docker = ExamWorker::connectDocker(host);
        if (!docker) {
            *result = docker.error();
            return;
        }
        WarmPoolPolicy policy;
        policy.size = size;
        *result = WarmPool(*docker, ExamRuntime::storeTag(storePath())).fill(pack, policy, cancel);
    });
    m_running->setObjectName(QStringLiteral("ckx-warmpool"));
    connect(m_running, &QThread::finished, this, [this, labId, result] {
        m_running->deleteLater();
        m_running = nullptr;
        if (*result) {
            Q_EMIT prepared(labId, **result);
        } else {
            qCInfo(lcWarmPool).noquote() << labId << "not prepared:" << result->error().message;
            Q_EMIT skipped(labId, result->error().message);
        }
        if (!m_pending.isEmpty())
            launch();
    });
    m_running->start(QThread::LowPriority);
}

} // namespace ckx
