#pragma once
// The HTTP front of one worker thread: a QAbstractHttpServer with its own router (method + path with {name}
// captures), the JSON envelope, request ids, access logs, and answers written by us so that asynchronous handlers
// (Argon2, Stripe) can answer later without touching Qt's per-connection request object.

#include "server-sync/apiresponder.h"
#include "server-sync/apirequest.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <atomic>
#include <functional>

namespace ckx::server {

class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    using AsyncHandler = std::function<void(const ApiRequest &, ApiResponder)>;

    explicit ApiServer(QObject *parent = nullptr);

    void route(const QString &method, const QString &pattern, Handler handler);
    void routeAsync(const QString &method, const QString &pattern, AsyncHandler handler);

    /// Requests accepted and not yet answered (asynchronous ones waiting on a hash or on Stripe).
    int inFlight() const { return m_inFlight.load(); }
    /// While draining, new requests get 503 and every answer closes its connection.
    void setDraining(bool draining) { m_draining = draining; }

    /// The load balancers and proxies (`--trusted-proxies`) whose X-Forwarded-For is believed.
    void setTrustedProxies(const QList<QPair<QHostAddress, int>> &subnets) { m_trustedProxies = subnets; }
    bool isTrustedProxy(const QHostAddress &peer) const;
    /// The client a request is from: the peer itself, unless the peer is a trusted proxy; then the right-most
    /// X-Forwarded-For entry that is not itself a trusted proxy (what a client puts further left is not believed).
    QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const;

    /// The HTTP/1.1 bytes of a response (status line, headers, body).
    static QByteArray serialize(const ApiResponse &response, const QString &requestId, bool closeConnection);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class ApiResponder;
    struct Route
    {
        QString method;
        QStringList segments; ///< "{name}" segments capture
        AsyncHandler handler;
    };
    void finish(ApiResponder::State &state, const ApiResponse &response);

    QList<Route> m_routes;
    QList<QPair<QHostAddress, int>> m_trustedProxies;
    std::atomic<int> m_inFlight{0};
    bool m_draining = false;
};

} // namespace ckx::server
