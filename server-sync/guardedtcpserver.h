#pragma once
// The listening socket of one worker thread. Qt 6.4's HTTP server reads a whole request into memory whatever its
// size and never times a connection out, so every connection is a GuardedSocket that enforces the body limit, the
// idle timeout and the whole-request deadline before Qt sees the bytes. Connections from one address beyond
// `--max-connections-per-address` (counted over all workers; trusted proxies exempt) get 429 and are closed.
// Every worker's socket binds the same port with SO_REUSEPORT, so the kernel spreads connections over threads.
// The proxy list comes from the ApiServer this server is bound to (its parent).

#include "core/result.h"
#include "server-sync/guardedsocket.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>

namespace ckx::server {

class ApiServer;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    /// `api` is the HTTP server this one will be bound to (it owns this object): its trusted proxies are exempt
    /// from the per-address cap. `maxConnectionsPerAddress` 0 = no cap.
    GuardedTcpServer(const GuardedSocket::Limits &limits, int maxConnectionsPerAddress, const ApiServer &api);

    /// A bound, listening, non-blocking IPv4/IPv6 socket with SO_REUSEPORT; port 0 picks a free port.
    static Result<int> openReusePortSocket(const QHostAddress &address, quint16 port);
    static quint16 boundPort(int fd);

    /// Counts one more connection from `peer` if fewer than `max` are open (all workers together).
    static bool acquireAddressSlot(const QHostAddress &peer, int max);
    static void releaseAddressSlot(const QHostAddress &peer);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
    void timerEvent(QTimerEvent *event) override;

private:
    GuardedSocket::Limits m_limits;
    int m_maxConnectionsPerAddress;
    const ApiServer &m_api;
    QElapsedTimer m_clock;                        ///< the sockets' deadlines are on this clock
    QBasicTimer m_sweep;                          ///< runs while there are connections
    QList<QPointer<GuardedSocket>> m_connections; ///< swept for passed deadlines
};

} // namespace ckx::server
