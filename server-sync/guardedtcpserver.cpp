#include "server-sync/guardedtcpserver.h"

#include "server-sync/apiresponse.h"
#include "server-sync/apiserver.h"
#include "server-sync/guardedsocket.h"
#include "server-sync/jsonlog.h"

#include <QHash>
#include <QMutex>
#include <QTimerEvent>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ckx::server {

namespace {
// How often deadlines are checked: a request deadline or idle timeout fires at most this late.
constexpr int kSweepMs = 250;

struct AddressSlots
{
    QMutex mutex;
    QHash<QHostAddress, int> open;
};

// Never destroyed: a worker's sockets may still release their slots while static objects are torn down at exit.
AddressSlots &addressSlots()
{
    static auto *slots = new AddressSlots;
    return *slots;
}
} // namespace

GuardedTcpServer::GuardedTcpServer(const GuardedSocket::Limits &limits, int maxConnectionsPerAddress, const ApiServer &api)
    : m_limits(limits), m_maxConnectionsPerAddress(maxConnectionsPerAddress), m_api(api)
{
    m_clock.start();
}

Result<int> GuardedTcpServer::openReusePortSocket(const QHostAddress &address, quint16 port)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return makeError(QStringLiteral("listen.socket"), QStringLiteral("socket(): %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    int rc = -1;
    if (v6) {
        sockaddr_in6 sa{};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&sa.sin6_addr, &a, sizeof a);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    } else {
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        sa.sin_addr.s_addr = htonl(address == QHostAddress::Any ? INADDR_ANY : address.toIPv4Address());
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
    }
    if (rc != 0 || ::listen(fd, 1024) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return makeError(QStringLiteral("listen.bind"),
                         QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(why));
    }
    return fd;
}

quint16 GuardedTcpServer::boundPort(int fd)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&ss), &len) != 0)
        return 0;
    if (ss.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&ss)->sin_port);
}

bool GuardedTcpServer::acquireAddressSlot(const QHostAddress &peer, int max)
{
    AddressSlots &s = addressSlots();
    const QMutexLocker lock(&s.mutex);
    int &n = s.open[peer];
    if (n >= max)
        return false;
    ++n;
    return true;
}

void GuardedTcpServer::releaseAddressSlot(const QHostAddress &peer)
{
    AddressSlots &s = addressSlots();
    const QMutexLocker lock(&s.mutex);
    const auto it = s.open.find(peer);
    if (it != s.open.end() && --it.value() <= 0)
        s.open.erase(it);
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new GuardedSocket(m_limits, m_clock, this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(static_cast<int>(socketDescriptor));
        return;
    }
    const int cap = m_maxConnectionsPerAddress;
    if (cap > 0) {
        const QHostAddress peer = socket->peerAddress();
        if (!m_api.isTrustedProxy(peer)) {
            if (!acquireAddressSlot(peer, cap)) {
                JsonLog::event("ckx.server.security", "warning", QStringLiteral("too many connections from one address: 429"),
                               {{QStringLiteral("remote"), peer.toString()}, {QStringLiteral("limit"), cap}});
                socket->refuse(ApiServer::serialize(
                    ApiResponse::error(429, QStringLiteral("request.too_many_connections"),
                                       QStringLiteral("this address already has %1 open connections to the server; "
                                                      "close some or reuse them")
                                           .arg(cap))
                        .withHeader("Retry-After", "1"),
                    QString(), true));
                return; // never handed to Qt; the socket deletes itself after the answer
            }
            socket->holdAddressSlot(peer);
        }
    }
    socket->watch(); // before Qt's server connects its own readyRead handler, so ours runs first on every read
    m_connections.append(socket);
    if (!m_sweep.isActive())
        m_sweep.start(kSweepMs, this);
    addPendingConnection(socket);
}

void GuardedTcpServer::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_sweep.timerId())
        return QTcpServer::timerEvent(event);
    m_connections.removeIf([](const QPointer<GuardedSocket> &s) { return s.isNull(); });
    if (m_connections.isEmpty()) {
        m_sweep.stop();
        return;
    }
    const qint64 now = m_clock.elapsed();
    for (const QPointer<GuardedSocket> &s : std::as_const(m_connections)) {
        if (s) // sockets go away through deleteLater; the check costs nothing
            s->enforceDeadlines(now);
    }
}

} // namespace ckx::server
