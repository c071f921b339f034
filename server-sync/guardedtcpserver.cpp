#include "server-sync/guardedtcpserver.h"

#include "server-sync/apiresponse.h"
#include "server-sync/apiserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ckx::server {

namespace {
constexpr qint64 kHeaderAllowance = 64 * 1024;
constexpr qint64 kCheapBytes = 16 * 1024;

// Content-Length of the request at the start of the buffer, or -1 when the headers are not complete yet.
qint64 declaredLength(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    const QByteArray lower = head.left(end).toLower();
    const qsizetype at = lower.indexOf("\r\ncontent-length:");
    if (at < 0)
        return 0;
    const qsizetype lineEnd = lower.indexOf("\r\n", at + 2);
    bool ok = false;
    const qint64 n = lower.mid(at + 17, lineEnd < 0 ? -1 : lineEnd - at - 17).trimmed().toLongLong(&ok);
    return ok ? n : 0;
}
} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxRequestBytes, int idleTimeoutSecs, QObject *parent)
    : QTcpServer(parent), m_maxRequestBytes(maxRequestBytes), m_idleTimeoutMs(idleTimeoutSecs * 1000)
{
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

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(static_cast<int>(socketDescriptor));
        return;
    }
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
    idle->start();
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    // Connected before Qt's HTTP server sees the socket, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, idle] {
        idle->start();
        const qint64 buffered = socket->bytesAvailable();
        // Ordinary requests are small: look at their first KiB only (enough for the Content-Length of any request
        // from the app); the whole header window only once a request has grown large.
        const qint64 window = buffered <= kCheapBytes ? qMin<qint64>(buffered, 1024) : qMin<qint64>(buffered, kHeaderAllowance);
        const qint64 declared = declaredLength(socket->peek(window));
        const bool headerTooBig = declared < 0 && buffered > kHeaderAllowance;
        if (declared > m_maxRequestBytes || buffered > m_maxRequestBytes + kHeaderAllowance || headerTooBig) {
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            const auto response = ApiResponse::error(
                413, QStringLiteral("request.too_large"),
                QStringLiteral("the request is larger than this server accepts (%1 bytes of body at most)")
                    .arg(m_maxRequestBytes));
            socket->write(ApiServer::serialize(response, QString(), true));
            // Keep reading (and dropping) what the client still sends for a moment: closing with unread data
            // makes the kernel send a reset, and the client might lose the 413 before reading it.
            if (socket->isTransactionStarted())
                socket->commitTransaction();
            socket->readAll();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            QTimer::singleShot(1000, socket, [socket] { socket->disconnectFromHost(); });
        }
    });
    addPendingConnection(socket);
}

} // namespace ckx::server
