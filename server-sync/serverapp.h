#pragma once
// The process: loads keys and the lab catalog, migrates the database, starts the worker threads on one port, and
// shuts down gracefully on SIGTERM/SIGINT (stop accepting, let in-flight requests finish for up to
// shutdownGraceSecs, then stop the workers).

#include "server-sync/servercontext.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QSocketNotifier;
class QThread;

namespace ckx::server {

class ServerWorker;

class ServerApp : public QObject
{
    Q_OBJECT
public:
    explicit ServerApp(ServerConfig config, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Prepares everything and starts the workers; the "listening" line is printed once all of them run.
    Result<void> start();
    void beginShutdown();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onWorkerStarted(int index, const QString &error);
    void pollDrain();
    void stopWorkers(int exitCode);

    ServerContext m_ctx;
    std::atomic<bool> m_draining{false};
    QList<QThread *> m_threads;
    QList<ServerWorker *> m_workers;
    int m_startedWorkers = 0;
    quint16 m_port = 0;
    qint64 m_drainDeadlineMs = 0;
    QSocketNotifier *m_signalNotifier = nullptr;
};

} // namespace ckx::server
