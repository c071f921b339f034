#pragma once
// One HTTP worker: lives in its own thread with its own event loop, database connection, ApiServer and
// controllers, and accepts connections from its own SO_REUSEPORT socket on the shared port. Worker 0 also runs the
// periodic sweep (expired exam sessions, old nonces and login failures).

#include "server-sync/servercontext.h"

#include <QObject>

#include <atomic>
#include <memory>

class QTimer;

namespace ckx::server {

class ApiServer;
class GuardedTcpServer;
class ServerStore;
class StripeClient;
class AuthController;
class UserController;
class LabController;
class PassController;
class BillingController;
class ExamSessionController;
class ResultController;
class KeyController;
class InternalController;
class HealthController;

class ServerWorker : public QObject
{
    Q_OBJECT
public:
    ServerWorker(const ServerContext &context, int index, int listenFd, const std::atomic<bool> &draining);
    ~ServerWorker() override;

    int inFlight() const;

public Q_SLOTS:
    void start();
    void stopAccepting();
    void stop(); ///< releases everything in the worker's own thread

Q_SIGNALS:
    void started(int index, const QString &error);

private:
    void sweep();
    void reloadRevokedSessions();

    const ServerContext &m_ctx;
    int m_index;
    int m_fd;
    const std::atomic<bool> &m_draining;
    std::unique_ptr<ServerStore> m_store;
    ApiServer *m_server = nullptr;
    GuardedTcpServer *m_tcp = nullptr;
    StripeClient *m_stripe = nullptr;
    QTimer *m_sweeper = nullptr;
    QTimer *m_revocationReloader = nullptr;
    bool m_revocationReloadFailing = false;
    std::unique_ptr<AuthController> m_auth;
    std::unique_ptr<UserController> m_users;
    std::unique_ptr<LabController> m_labs;
    std::unique_ptr<PassController> m_passes;
    std::unique_ptr<BillingController> m_billing;
    std::unique_ptr<ExamSessionController> m_exams;
    std::unique_ptr<ResultController> m_results;
    std::unique_ptr<KeyController> m_keys;
    std::unique_ptr<InternalController> m_internal;
    std::unique_ptr<HealthController> m_health;
};

} // namespace ckx::server
