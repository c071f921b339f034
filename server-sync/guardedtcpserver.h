#pragma once
// The listening socket of one worker thread. Qt 6.4's HTTP server reads a whole request into memory whatever its
// size and never times a connection out, so this layer does both before Qt sees the bytes: a request larger than
// the limit gets 413 and the connection is closed; a connection idle for `idleTimeoutSecs` is closed.
// Every worker's socket binds the same port with SO_REUSEPORT, so the kernel spreads connections over threads.

#include "core/result.h"

#include <QHostAddress>
#include <QTcpServer>

namespace ckx::server {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxRequestBytes, int idleTimeoutSecs, QObject *parent = nullptr);

    /// A bound, listening, non-blocking IPv4/IPv6 socket with SO_REUSEPORT; port 0 picks a free port.
    static Result<int> openReusePortSocket(const QHostAddress &address, quint16 port);
    static quint16 boundPort(int fd);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxRequestBytes;
    int m_idleTimeoutMs;
};

} // namespace ckx::server
