#include "server-sync/serverworker.h"

#include "server-sync/apiserver.h"
#include "server-sync/authcontroller.h"
#include "server-sync/billingcontroller.h"
#include "server-sync/examsessioncontroller.h"
#include "server-sync/guardedtcpserver.h"
#include "server-sync/healthcontroller.h"
#include "server-sync/internalcontroller.h"
#include "server-sync/internalsignature.h"
#include "server-sync/jsonlog.h"
#include "server-sync/keycontroller.h"
#include "server-sync/labcontroller.h"
#include "server-sync/passcontroller.h"
#include "server-sync/resultcontroller.h"
#include "server-sync/serverstore.h"
#include "server-sync/stripeclient.h"
#include "server-sync/usercontroller.h"

#include <QTimer>

#include <unistd.h>

namespace ckx::server {

ServerWorker::ServerWorker(const ServerContext &context, int index, int listenFd, const std::atomic<bool> &draining)
    : m_ctx(context), m_index(index), m_fd(listenFd), m_draining(draining)
{
}

ServerWorker::~ServerWorker() = default;

int ServerWorker::inFlight() const
{
    return m_server ? m_server->inFlight() : 0;
}

void ServerWorker::start()
{
    auto store = ServerStore::open(m_ctx.config, QStringLiteral("ckx-worker-%1").arg(m_index));
    if (!store) {
        ::close(m_fd);
        Q_EMIT started(m_index, store.error().message);
        return;
    }
    m_store = std::move(*store);
    m_server = new ApiServer(this);
    // Client addresses for the login limit and the log (X-Forwarded-For from these only).
    m_server->setTrustedProxies(m_ctx.config.trustedProxies);
    m_stripe = new StripeClient(m_ctx.config.stripeApiBase, m_ctx.config.stripeSecretKey, m_ctx.config.testCheckout, this);
    m_auth = std::make_unique<AuthController>(m_ctx, *m_store, m_server);
    m_users = std::make_unique<UserController>(m_ctx, *m_store);
    m_labs = std::make_unique<LabController>(m_ctx);
    m_passes = std::make_unique<PassController>(m_ctx, *m_store);
    m_billing = std::make_unique<BillingController>(m_ctx, *m_store, *m_stripe);
    m_exams = std::make_unique<ExamSessionController>(m_ctx, *m_store);
    m_results = std::make_unique<ResultController>(m_ctx, *m_store);
    m_keys = std::make_unique<KeyController>(m_ctx);
    m_internal = std::make_unique<InternalController>(m_ctx, *m_store);
    m_health = std::make_unique<HealthController>(m_ctx, *m_store, m_draining);
    m_health->registerRoutes(*m_server);
    m_auth->registerRoutes(*m_server);
    m_users->registerRoutes(*m_server);
    m_labs->registerRoutes(*m_server);
    m_passes->registerRoutes(*m_server);
    m_billing->registerRoutes(*m_server);
    m_exams->registerRoutes(*m_server);
    m_results->registerRoutes(*m_server);
    m_keys->registerRoutes(*m_server);
    m_internal->registerRoutes(*m_server);

    const GuardedSocket::Limits limits{.maxRequestBytes = m_ctx.config.maxBodyBytes,
                                       .idleTimeoutMs = m_ctx.config.idleTimeoutSecs * 1000,
                                       .requestTimeoutMs = m_ctx.config.requestTimeoutSecs * 1000};
    m_tcp = new GuardedTcpServer(limits, m_ctx.config.maxConnectionsPerAddress, *m_server);
    if (!m_tcp->setSocketDescriptor(m_fd)) {
        const QString why = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        ::close(m_fd);
        Q_EMIT started(m_index, QStringLiteral("worker %1 cannot use its listening socket: %2").arg(m_index).arg(why));
        return;
    }
    m_server->bind(m_tcp); // the HTTP server parents and owns it
    if (m_index == 0) {
        m_sweeper = new QTimer(this);
        m_sweeper->setInterval(30 * 1000);
        connect(m_sweeper, &QTimer::timeout, this, &ServerWorker::sweep);
        m_sweeper->start();
        // One worker per instance keeps the shared list of signed-out logins current (revokedsessions.h).
        m_revocationReloader = new QTimer(this);
        m_revocationReloader->setInterval(RevokedSessions::kReloadMs);
        connect(m_revocationReloader, &QTimer::timeout, this, &ServerWorker::reloadRevokedSessions);
        m_revocationReloader->start();
        reloadRevokedSessions();
    }
    Q_EMIT started(m_index, QString());
}

void ServerWorker::stopAccepting()
{
    if (m_server)
        m_server->setDraining(true);
    if (m_tcp)
        m_tcp->close();
}

void ServerWorker::stop()
{
    if (m_sweeper)
        m_sweeper->stop();
    if (m_revocationReloader)
        m_revocationReloader->stop();
    delete m_server; // closes every connection it still has
    m_server = nullptr;
    m_tcp = nullptr;
    m_auth.reset();
    m_users.reset();
    m_labs.reset();
    m_passes.reset();
    m_billing.reset();
    m_exams.reset();
    m_results.reset();
    m_keys.reset();
    m_internal.reset();
    m_health.reset();
    delete m_stripe;
    m_stripe = nullptr;
    m_store.reset();
}

void ServerWorker::reloadRevokedSessions()
{
    if (!m_store || !m_ctx.revoked)
        return;
    auto n = m_ctx.revoked->reload(*m_store, ServerContext::now());
    // Said once when it starts failing and once when it recovers, not every two seconds of an outage.
    if (!n && !m_revocationReloadFailing)
        qCWarning(lcServer, "cannot reload the signed-out logins (logouts on other instances are not seen until this "
                            "works again): %s", qUtf8Printable(n.error().message));
    else if (n && m_revocationReloadFailing)
        qCInfo(lcServer, "signed-out logins reload works again (%d listed)", *n);
    m_revocationReloadFailing = !n;
}

void ServerWorker::sweep()
{
    if (!m_store)
        return;
    const qint64 now = ServerContext::now();
    auto expired = ExamSessionController::expireOverdue(*m_store, QString(), now);
    if (expired && *expired > 0)
        qCInfo(lcServer, "%d exam session(s) reached their end time and were closed", *expired);
    auto nonces = m_store->execute(QStringLiteral("DELETE FROM hmac_nonces WHERE seen_at < ?"), {now - 4 * InternalSignature::kWindowSecs});
    auto failures = m_store->execute(QStringLiteral("DELETE FROM login_failures WHERE at < ?"),
                                     {now - 2 * m_ctx.config.loginFailureWindowSecs});
    for (const Result<int> *r : {&expired, &nonces, &failures}) {
        if (!*r)
            qCWarning(lcServer, "periodic sweep: %s", qUtf8Printable(r->error().message));
    }
}

} // namespace ckx::server
