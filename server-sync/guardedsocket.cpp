#include "server-sync/guardedsocket.h"

#include "server-sync/apiresponse.h"
#include "server-sync/apiserver.h"
#include "server-sync/guardedtcpserver.h"
#include "server-sync/jsonlog.h"

#include <QTimerEvent>

#include <sys/socket.h>

namespace ckx::server {

namespace {
constexpr qint64 kHeaderAllowance = 64 * 1024;
constexpr qint64 kCheapBytes = 16 * 1024;
constexpr int kLingerMs = 1000;

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

GuardedSocket::GuardedSocket(const Limits &limits, const QElapsedTimer &clock, QObject *parent)
    : QTcpSocket(parent), m_limits(limits), m_clock(clock)
{
}

GuardedSocket::~GuardedSocket()
{
    if (m_holdsSlot)
        GuardedTcpServer::releaseAddressSlot(m_slotAddress);
}

void GuardedSocket::holdAddressSlot(const QHostAddress &peer)
{
    m_slotAddress = peer;
    m_holdsSlot = true;
}

void GuardedSocket::watch()
{
    m_idleAt = m_clock.elapsed() + m_limits.idleTimeoutMs;
    connect(this, &QTcpSocket::readyRead, this, &GuardedSocket::onReadyRead);
    connect(this, &QTcpSocket::bytesWritten, this, &GuardedSocket::onBytesWritten);
}

quint64 GuardedSocket::requestReceived()
{
    m_receiving = false;
    m_requestAt = 0;
    return m_nextRequest++;
}

void GuardedSocket::writeAnswer(quint64 sequence, QByteArray bytes, bool close)
{
    if (m_closing)
        return;
    if (sequence != m_nextAnswer) {
        m_heldAnswers.emplace(sequence, std::pair{std::move(bytes), close});
        return;
    }
    for (;;) {
        write(bytes);
        ++m_nextAnswer;
        if (close) {
            m_closing = true;
            m_heldAnswers.clear();
            disconnectFromHost();
            return;
        }
        const auto next = m_heldAnswers.find(m_nextAnswer);
        if (next == m_heldAnswers.end())
            return;
        bytes = std::move(next->second.first);
        close = next->second.second;
        m_heldAnswers.erase(next);
    }
}

void GuardedSocket::onBytesWritten()
{
    // An answer (or part of one) went out: the client is reading, and the connection is idle until its next request.
    if (!m_receiving && !m_refused)
        m_idleAt = m_clock.elapsed() + m_limits.idleTimeoutMs;
}

void GuardedSocket::onReadyRead()
{
    if (m_refused)
        return;
    if (!m_receiving) {
        // The first bytes of a request: from now on the whole request has one deadline, however it trickles in.
        m_receiving = true;
        m_idleAt = 0;
        m_requestAt = m_clock.elapsed() + m_limits.requestTimeoutMs;
    }
    const qint64 buffered = bytesAvailable();
    // Ordinary requests are small: look at their first KiB only (enough for the Content-Length of any request
    // from the app); the whole header window only once a request has grown large.
    const qint64 window = buffered <= kCheapBytes ? qMin<qint64>(buffered, 1024) : qMin<qint64>(buffered, kHeaderAllowance);
    const qint64 declared = declaredLength(peek(window));
    const bool headerTooBig = declared < 0 && buffered > kHeaderAllowance;
    if (declared > m_limits.maxRequestBytes || buffered > m_limits.maxRequestBytes + kHeaderAllowance || headerTooBig) {
        refuse(ApiServer::serialize(ApiResponse::error(413, QStringLiteral("request.too_large"),
                                                       QStringLiteral("the request is larger than this server accepts "
                                                                      "(%1 bytes of body at most)")
                                                           .arg(m_limits.maxRequestBytes)),
                                    QString(), true));
    }
}

void GuardedSocket::refuse(const QByteArray &response)
{
    if (m_refused)
        return;
    m_refused = true;
    m_receiving = false;
    m_idleAt = 0;
    m_requestAt = 0;
    // Qt's parser must not see another byte of this connection, and nothing it half-parsed may be answered.
    QObject::disconnect(this, &QTcpSocket::readyRead, nullptr, nullptr);
    if (isTransactionStarted())
        commitTransaction();
    write(response);
    flush();
    // FIN right after the answer so the client sees it at once; then keep reading (and dropping) what it still
    // sends for a moment, because closing with unread data makes the kernel send a reset that can destroy the
    // answer before the client read it.
    if (bytesToWrite() == 0)
        ::shutdown(static_cast<int>(socketDescriptor()), SHUT_WR);
    readAll();
    connect(this, &QTcpSocket::readyRead, this, [this] { readAll(); });
    connect(this, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_linger.start(kLingerMs, this);
}

void GuardedSocket::enforceDeadlines(qint64 nowMs)
{
    if (m_refused)
        return;
    if (m_receiving && m_requestAt != 0 && nowMs >= m_requestAt) {
        JsonLog::event("ckx.server.security", "info", QStringLiteral("request deadline passed: 408"),
                       {{QStringLiteral("remote"), peerAddress().toString()},
                        {QStringLiteral("timeoutSecs"), m_limits.requestTimeoutMs / 1000}});
        refuse(ApiServer::serialize(ApiResponse::error(408, QStringLiteral("request.timeout"),
                                                       QStringLiteral("the request did not arrive in full within %1 "
                                                                      "seconds of its first byte")
                                                           .arg(m_limits.requestTimeoutMs / 1000)),
                                    QString(), true));
    } else if (m_idleAt != 0 && nowMs >= m_idleAt) {
        m_idleAt = 0;
        // A client that stopped reading our answer would keep a graceful close waiting for the flush forever.
        if (bytesToWrite() > 0)
            abort();
        else
            disconnectFromHost();
    }
}

void GuardedSocket::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_linger.timerId()) {
        m_linger.stop();
        abort();
        deleteLater();
    } else {
        QTcpSocket::timerEvent(event);
    }
}

} // namespace ckx::server
