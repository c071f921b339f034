#include "server-sync/apiserver.h"

#include "server-sync/cryptoprimitives.h"
#include "server-sync/guardedsocket.h"
#include "server-sync/jsonlog.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QTcpSocket>

namespace ckx::server {

namespace {

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isSaneRequestId(const QByteArray &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (char c : id) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            return false;
    }
    return true;
}

// IPv4 peers of an IPv6 socket arrive as ::ffff:a.b.c.d; compare and log them as the IPv4 address they are.
QHostAddress plain(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 ip4 = a.protocol() == QAbstractSocket::IPv6Protocol ? a.toIPv4Address(&v4) : 0;
    return v4 ? QHostAddress(ip4) : a;
}

// One X-Forwarded-For entry: "203.0.113.7", "203.0.113.7:4711", "2001:db8::1" or "[2001:db8::1]:4711".
QHostAddress forwardedEntry(QByteArrayView entry)
{
    entry = entry.trimmed();
    if (entry.startsWith('[')) {
        const qsizetype close = entry.indexOf(']');
        entry = close < 0 ? QByteArrayView() : entry.sliced(1, close - 1);
    } else if (entry.count(':') == 1) {
        entry = entry.first(entry.indexOf(':'));
    }
    QHostAddress a;
    if (entry.isEmpty() || !a.setAddress(QString::fromLatin1(entry)))
        return {};
    return plain(a);
}

// A random per-process prefix and a counter: unique across instances without a getrandom() call per request.
QString nextRequestId()
{
    static const QString prefix = CryptoPrimitives::randomToken(6);
    static std::atomic<quint64> counter{0};
    return prefix + u'-' + QString::number(counter.fetch_add(1) + 1, 36);
}

} // namespace

ApiServer::ApiServer(QObject *parent) : QAbstractHttpServer(parent) {}

bool ApiServer::isTrustedProxy(const QHostAddress &peer) const
{
    if (m_trustedProxies.isEmpty())
        return false;
    const QHostAddress a = plain(peer);
    for (const auto &subnet : m_trustedProxies) {
        if (a.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress ApiServer::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    QHostAddress client = plain(peer);
    if (forwardedFor.isEmpty() || !isTrustedProxy(client))
        return client;
    // Walk from the right: each trusted hop vouches for the entry to its left; the first untrusted one is the
    // client. An entry that is not an address ends the walk at the last hop that could be believed.
    qsizetype end = forwardedFor.size();
    while (end > 0) {
        const qsizetype comma = forwardedFor.lastIndexOf(',', end - 1);
        const QHostAddress hop = forwardedEntry(QByteArrayView(forwardedFor).sliced(comma + 1, end - comma - 1));
        if (hop.isNull())
            break;
        client = hop;
        if (!isTrustedProxy(hop))
            break;
        end = comma < 0 ? 0 : comma;
    }
    return client;
}

void ApiServer::route(const QString &method, const QString &pattern, Handler handler)
{
    routeAsync(method, pattern, [handler = std::move(handler)](const ApiRequest &req, ApiResponder responder) {
        responder.send(handler(req));
    });
}

void ApiServer::routeAsync(const QString &method, const QString &pattern, AsyncHandler handler)
{
    m_routes.append(Route{method, splitPath(pattern), std::move(handler)});
}

QByteArray ApiServer::serialize(const ApiResponse &response, const QString &requestId, bool closeConnection)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    if (!response.body.isEmpty() || response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\nContent-Length: " + QByteArray::number(response.body.size())
               + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    if (!requestId.isEmpty())
        out += "X-Request-Id: " + requestId.toLatin1() + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path();
    req.rawPathAndQuery = url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u'?' + url.query(QUrl::FullyEncoded) : QString());
    req.query = request.query();
    auto *guarded = qobject_cast<GuardedSocket *>(socket);
    const quint64 sequence = guarded ? guarded->requestReceived() : 0;
    QByteArray forwardedFor;
    for (const auto &h : request.headers()) {
        QByteArray name = h.first.toLower();
        // Several X-Forwarded-For lines are one list in order (a proxy may add its own line).
        if (!m_trustedProxies.isEmpty() && name == "x-forwarded-for")
            forwardedFor += (forwardedFor.isEmpty() ? QByteArray() : QByteArrayLiteral(",")) + h.second;
        req.headers.insert(std::move(name), h.second);
    }
    req.body = request.body();
    req.remoteAddress = m_trustedProxies.isEmpty() ? request.remoteAddress().toString()
                                                   : clientAddress(request.remoteAddress(), forwardedFor).toString();
    req.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray incomingId = req.header("x-request-id");
    req.requestId = isSaneRequestId(incomingId) ? QString::fromLatin1(incomingId) : nextRequestId();

    const QByteArray connection = req.header("connection").toLower();
    auto state = std::make_shared<ApiResponder::State>();
    state->server = this;
    state->socket = socket;
    state->sequence = sequence;
    state->method = req.method;
    state->path = req.path;
    state->requestId = req.requestId;
    state->remote = req.remoteAddress;
    state->startMs = req.receivedAtMs;
    state->closeAfter = m_draining || connection.contains("close");
    ApiResponder responder;
    responder.m_state = state;
    m_inFlight.fetch_add(1);

    if (m_draining) {
        responder.send(ApiResponse::error(503, QStringLiteral("server.shutting_down"),
                                          QStringLiteral("the server is shutting down; retry on another instance"))
                           .withHeader("Retry-After", "1"));
        return true;
    }

    const QStringList segments = splitPath(req.path);
    bool pathMatched = false;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            const QString &want = route.segments.at(i);
            if (want.startsWith(u'{') && want.endsWith(u'}'))
                params.insert(want.mid(1, want.size() - 2), segments.at(i));
            else
                match = want == segments.at(i);
        }
        if (!match)
            continue;
        pathMatched = true;
        if (route.method != req.method)
            continue;
        req.params = std::move(params);
        route.handler(req, responder);
        return true;
    }
    if (pathMatched) {
        responder.send(ApiResponse::error(405, QStringLiteral("request.method"),
                                          QStringLiteral("%1 is not allowed on %2").arg(req.method, req.path)));
    } else {
        responder.send(ApiResponse::error(404, QStringLiteral("request.not_found"),
                                          QStringLiteral("no endpoint at %1 %2 (see /api/v1/openapi.json)")
                                              .arg(req.method, req.path)));
    }
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything itself; this only runs if Qt changes that contract.
    Q_UNUSED(request);
    if (socket)
        socket->write(serialize(ApiResponse::error(404, QStringLiteral("request.not_found"), QStringLiteral("no such endpoint")),
                                QString(), true));
}

void ApiServer::finish(ApiResponder::State &state, const ApiResponse &response)
{
    m_inFlight.fetch_sub(1);
    const bool close = state.closeAfter || m_draining;
    if (state.socket && state.socket->state() == QAbstractSocket::ConnectedState) {
        if (auto *guarded = qobject_cast<GuardedSocket *>(state.socket.data())) {
            guarded->writeAnswer(state.sequence, serialize(response, state.requestId, close), close);
        } else {
            state.socket->write(serialize(response, state.requestId, close));
            if (close)
                state.socket->disconnectFromHost();
        }
    }
    if (lcAccess().isInfoEnabled()) {
        JsonLog::event("ckx.server.access", "info", QStringLiteral("request"),
                       {{QStringLiteral("method"), state.method},
                        {QStringLiteral("path"), state.path},
                        {QStringLiteral("status"), response.status},
                        {QStringLiteral("ms"), QDateTime::currentMSecsSinceEpoch() - state.startMs},
                        {QStringLiteral("requestId"), state.requestId},
                        {QStringLiteral("remote"), state.remote}});
    }
}

} // namespace ckx::server
