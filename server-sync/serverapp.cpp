#include "server-sync/serverapp.h"

#include "core/version.h"
#include "server-sync/cryptoprimitives.h"
#include "server-sync/guardedtcpserver.h"
#include "server-sync/jsonlog.h"
#include "server-sync/serverstore.h"
#include "server-sync/serverworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace ckx::server {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

ServerApp::ServerApp(ServerConfig config, QObject *parent) : QObject(parent)
{
    m_ctx.config = std::move(config);
}

ServerApp::~ServerApp()
{
    stopWorkers(0);
}

Result<void> ServerApp::start()
{
    auto keys = ServerKeys::load(m_ctx.config);
    if (!keys)
        return keys.error();
    m_ctx.keys = *keys;
    m_ctx.tokens = std::make_unique<AccessTokenCodec>(m_ctx.keys.jwtSecret, m_ctx.config.accessTokenSecs);
    m_ctx.revoked = std::make_unique<RevokedSessions>(m_ctx.config.accessTokenSecs);
    m_ctx.hasher = std::make_unique<PasswordHasher>(m_ctx.config.maxConcurrentHashes, m_ctx.config.maxQueuedHashes,
                                                    m_ctx.config.argon2MemoryKiB, m_ctx.config.argon2Iterations);
    m_ctx.dummyPasswordHash = m_ctx.hasher->hashNow(CryptoPrimitives::randomToken(16));
    m_ctx.examMaxSeconds = qEnvironmentVariableIntValue("CKX_EXAM_MAX_SECONDS");

    const QStringList roots = m_ctx.config.labRoots.isEmpty() ? LabCatalog::defaultRoots() : m_ctx.config.labRoots;
    m_ctx.catalog = LabCatalog::load(roots);
    for (const LabProblem &p : m_ctx.catalog.problems()) {
        if (p.severity == LabProblem::Severity::Error)
            qCWarning(lcServer, "lab catalog: %s", qUtf8Printable(p.toString()));
    }
    qCInfo(lcServer, "lab catalog: %lld lab(s) from %s", static_cast<long long>(m_ctx.catalog.labs().size()),
           qUtf8Printable(roots.join(u':')));

    {
        auto store = ServerStore::open(m_ctx.config, QStringLiteral("ckx-migrate"));
        if (!store)
            return store.error();
        if (auto m = (*store)->migrate(m_ctx.config.passTypes); !m)
            return m.error();
        qCInfo(lcServer, "database ready: %s", qUtf8Printable((*store)->describe()));
    }

    QList<int> fds;
    for (int i = 0; i < m_ctx.config.workerThreads; ++i) {
        auto fd = GuardedTcpServer::openReusePortSocket(m_ctx.config.listenAddress, i == 0 ? m_ctx.config.listenPort : m_port);
        if (!fd) {
            for (int open : std::as_const(fds))
                ::close(open);
            return fd.error();
        }
        if (i == 0)
            m_port = GuardedTcpServer::boundPort(*fd);
        fds.append(*fd);
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            beginShutdown();
        });
        struct sigaction sa{};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &sa, nullptr);
        sigaction(SIGINT, &sa, nullptr);
    }
    std::signal(SIGPIPE, SIG_IGN);

    for (int i = 0; i < fds.size(); ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("ckx-http-%1").arg(i));
        auto *worker = new ServerWorker(m_ctx, i, fds.at(i), m_draining);
        worker->moveToThread(thread);
        connect(worker, &ServerWorker::started, this, &ServerApp::onWorkerStarted, Qt::QueuedConnection);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        m_threads.append(thread);
        m_workers.append(worker);
        thread->start();
        QMetaObject::invokeMethod(worker, &ServerWorker::start, Qt::QueuedConnection);
    }
    return {};
}

void ServerApp::onWorkerStarted(int index, const QString &error)
{
    if (!error.isEmpty()) {
        qCCritical(lcServer, "worker %d failed to start: %s", index, qUtf8Printable(error));
        stopWorkers(1);
        return;
    }
    if (++m_startedWorkers < m_workers.size())
        return;
    JsonLog::event("ckx.server", "info", QStringLiteral("listening"),
                   {{QStringLiteral("address"), m_ctx.config.listenAddress.toString()},
                    {QStringLiteral("port"), m_port},
                    {QStringLiteral("threads"), m_workers.size()},
                    {QStringLiteral("version"), ckx::version()}});
    if (m_ctx.config.testCheckout)
        JsonLog::event("ckx.server.billing", "warning",
                       QStringLiteral("TEST MODE checkout: purchases complete on a local page with Stripe's test card; "
                                      "no real payment is taken"),
                       {});
    // A plain line on stdout too: scripts and the test fixture read the port from it.
    std::printf("ckx-server listening on %s:%u\n", qPrintable(m_ctx.config.listenAddress.toString()), unsigned(m_port));
    std::fflush(stdout);
}

void ServerApp::beginShutdown()
{
    if (m_draining.exchange(true))
        return;
    qCInfo(lcServer, "shutting down: no new connections, finishing requests in flight (up to %d s)", m_ctx.config.shutdownGraceSecs);
    for (ServerWorker *w : std::as_const(m_workers))
        QMetaObject::invokeMethod(w, &ServerWorker::stopAccepting, Qt::QueuedConnection);
    m_drainDeadlineMs = QDateTime::currentMSecsSinceEpoch() + m_ctx.config.shutdownGraceSecs * 1000;
    pollDrain();
}

void ServerApp::pollDrain()
{
    int busy = 0;
    for (const ServerWorker *w : std::as_const(m_workers))
        busy += w->inFlight();
    if (busy > 0 && QDateTime::currentMSecsSinceEpoch() < m_drainDeadlineMs) {
        QTimer::singleShot(50, this, &ServerApp::pollDrain);
        return;
    }
    if (busy > 0)
        qCWarning(lcServer, "shutdown grace period over with %d request(s) unanswered", busy);
    stopWorkers(0);
}

void ServerApp::stopWorkers(int exitCode)
{
    for (int i = 0; i < m_workers.size(); ++i) {
        QMetaObject::invokeMethod(m_workers.at(i), &ServerWorker::stop, Qt::QueuedConnection);
        m_threads.at(i)->quit();
    }
    for (QThread *t : std::as_const(m_threads))
        t->wait();
    m_workers.clear();
    qDeleteAll(m_threads);
    m_threads.clear();
    if (m_ctx.hasher)
        m_ctx.hasher->waitForDone();
    Q_EMIT finished(exitCode);
}

} // namespace ckx::server
