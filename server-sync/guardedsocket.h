#pragma once
// One client connection, below Qt's HTTP parser, with the limits Qt 6.4 lacks. Two deadlines, each set once per
// request rather than per read: between requests the idle deadline (`--idle-timeout`) closes a quiet keep-alive
// connection; from the first byte of a request until Qt has parsed it whole, the request deadline
// (`--request-timeout`) answers 408 and closes, so a client trickling a byte now and then (slowloris) cannot hold
// a connection. Requests whose announced or buffered size exceeds the body limit get 413 before Qt buffers them.
// The deadlines are plain numbers on the server's monotonic clock, checked by the server's periodic sweep
// (enforceDeadlines), so a request costs no timer registration at all.

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <map>

namespace ckx::server {

class GuardedSocket : public QTcpSocket
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxRequestBytes = 1 << 20;
        int idleTimeoutMs = 30 * 1000;
        int requestTimeoutMs = 10 * 1000;
    };

    GuardedSocket(const Limits &limits, const QElapsedTimer &clock, QObject *parent);
    ~GuardedSocket() override;

    /// Starts watching the connection; call once the descriptor is set and before Qt's server connects its own
    /// readyRead handler, so ours runs first on every read.
    void watch();
    /// The HTTP layer has a whole request: the request deadline stops (the answer may take as long as it takes).
    /// Returns the request's place in this connection's order of answers (see writeAnswer).
    quint64 requestReceived();
    /// Writes the answer to the request numbered `sequence` once the answers to every earlier request on this
    /// connection are written (HTTP/1.1 pipelining: a client may send requests back to back, and an asynchronous
    /// handler can finish after a later request's synchronous one). `close` closes the connection after it, and
    /// drops any later answers still held.
    void writeAnswer(quint64 sequence, QByteArray bytes, bool close);
    /// Writes `response` (a complete HTTP response), ignores whatever else the client sends and closes.
    void refuse(const QByteArray &response);
    /// This connection counts against the per-address cap of `peer` until it is destroyed.
    void holdAddressSlot(const QHostAddress &peer);
    /// Answers 408 or closes the connection if its request or idle deadline is before `nowMs` (the clock's time).
    void enforceDeadlines(qint64 nowMs);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onReadyRead();
    void onBytesWritten();

    Limits m_limits;
    const QElapsedTimer &m_clock;
    qint64 m_idleAt = 0;     ///< close when the clock passes this; 0 = not idle (a request is on its way)
    qint64 m_requestAt = 0;  ///< 408 when the clock passes this; 0 = no request being received
    QBasicTimer m_linger;
    QHostAddress m_slotAddress;
    bool m_holdsSlot = false;
    bool m_receiving = false;
    bool m_refused = false;
    bool m_closing = false;
    quint64 m_nextRequest = 0; ///< sequence number of the next request received
    quint64 m_nextAnswer = 0;  ///< sequence number of the next answer to write
    std::map<quint64, std::pair<QByteArray, bool>> m_heldAnswers; ///< finished early, waiting for their turn
};

} // namespace ckx::server
