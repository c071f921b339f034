#include "runtime/remote/vncworker.h"

#include "runtime/remote/vncframesurface.h"
#include "runtime/remote/vnclog.h"

#include <rfb/rfbclient.h>

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include <pthread.h>

namespace ckx {

namespace {

char kClientDataTag; // its address tags our pointer in the rfbClient's client data list

QString describe(const VncSessionConfig &config)
{
    return config.host + u':' + QString::number(config.port);
}

} // namespace

void VncWorker::ClientDeleter::operator()(rfbClient *client) const
{
    // rfbClientCleanup frees the client but not its client-data list nor the frame buffer (ours).
    rfbClientData *data = client->clientData;
    while (data) {
        rfbClientData *next = data->next;
        std::free(data);
        data = next;
    }
    client->clientData = nullptr;
    rfbClientCleanup(client);
}

VncWorker::VncWorker(VncSessionConfig config, std::shared_ptr<VncFrameSurface> frame)
    : m_config(std::move(config)), m_surface(std::move(frame))
{
    setObjectName(QStringLiteral("vnc ") + describe(m_config));
}

VncWorker::~VncWorker() = default;

void VncWorker::requestStop()
{
    m_stop = true;
    // A read blocked inside libvncclient returns at once when its socket is shut down.
    m_waiter.shutdownSocket();
}

void VncWorker::post(std::vector<std::unique_ptr<VncCommand>> commands)
{
    {
        QMutexLocker lock(&m_queueMutex);
        if (!m_acceptInput)
            return; // typing into a disconnected desktop must not replay on the next connection
        for (auto &command : commands)
            m_queue.push_back(std::move(command));
    }
    m_waiter.wake();
}

void VncWorker::setEncodingOptions(int compressLevel, int jpegQuality)
{
    {
        QMutexLocker lock(&m_queueMutex);
        m_pendingCompress = compressLevel;
        m_pendingQuality = jpegQuality;
    }
    m_waiter.wake();
}

void VncWorker::setSocket(int fd)
{
    m_waiter.setSocket(fd);
}

void VncWorker::setState(VncSession::State state, const QString &message)
{
    qCInfo(lcVnc) << describe(m_config) << VncSession::stateName(state) << message;
    Q_EMIT stateChanged(state, message);
}

int VncWorker::waitForSocket(int fd, int timeoutMs)
{
    return m_waiter.wait(fd, timeoutMs);
}

void VncWorker::sleepInterruptible(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!m_stop && !deadline.hasExpired())
        waitForSocket(-1, int(std::max<qint64>(1, deadline.remainingTime())));
}

void VncWorker::run()
{
    // A write to a socket the server closed must fail with EPIPE, not kill the application.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);

    int attempt = 0;
    QString lastError;
    while (!m_stop) {
        if (attempt == 0)
            setState(VncSession::State::Connecting, QStringLiteral("Connecting to %1").arg(describe(m_config)));
        ClientPtr client;
        QString error;
        const ConnectResult result = connectOnce(client, &error);
        if (m_stop)
            break;
        if (result == ConnectResult::AuthFailed) {
            // No retry: the password will not get better, and TigerVNC blacklists repeated failures.
            setState(VncSession::State::AuthFailed, error);
            return;
        }
        if (result == ConnectResult::Connected) {
            attempt = 0;
            setState(VncSession::State::Connected, QStringLiteral("Connected to %1").arg(describe(m_config)));
            error = serveUntilLost(client.get());
            {
                QMutexLocker lock(&m_queueMutex);
                m_acceptInput = false;
                m_queue.clear();
            }
            setSocket(-1);
            client.reset();
            if (m_stop)
                break;
        }
        lastError = error;
        if (!m_config.reconnect)
            break;
        const int delay = std::min(m_config.maxBackoffMs, 250 << std::min(attempt, 6));
        ++attempt;
        setState(VncSession::State::Reconnecting,
                 QStringLiteral("%1 Retrying in %2 s (attempt %3).")
                     .arg(error, QString::number(delay / 1000.0, 'f', 1), QString::number(attempt)));
        sleepInterruptible(delay);
    }
    setState(VncSession::State::Disconnected,
             m_stop || lastError.isEmpty() ? QStringLiteral("Disconnected from %1").arg(describe(m_config)) : lastError);
}

VncWorker::ConnectResult VncWorker::connectOnce(ClientPtr &client, QString *error)
{
    const QString where = describe(m_config);
    if (m_config.password.isEmpty()) {
        *error = QStringLiteral("No VNC password is configured for the desktop at %1.").arg(where);
        return ConnectResult::AuthFailed;
    }
    // 8 bits per sample, 3 samples, 4 bytes per pixel; red at bit 16 makes each pixel 0x00RRGGBB, which is
    // QImage::Format_RGB32 once the padding byte is set.
    client.reset(rfbGetClient(8, 3, 4));
    if (!client) {
        *error = QStringLiteral("Out of memory while setting up the VNC client for %1.").arg(where);
        return ConnectResult::Failed;
    }
    rfbClient *cl = client.get();
    cl->format.redShift = 16;
    cl->format.greenShift = 8;
    cl->format.blueShift = 0;
    m_encodings = m_config.encodings.toLatin1();
    cl->appData.encodingsString = m_encodings.constData();
    cl->appData.compressLevel = m_config.effectiveCompressLevel();
    cl->appData.enableJPEG = m_config.jpegQuality >= 0;
    cl->appData.qualityLevel = std::clamp(m_config.jpegQuality, 0, 9);
    cl->appData.useRemoteCursor = TRUE; // the view draws the pointer locally: no round trip per mouse move
    cl->canHandleNewFBSize = TRUE;
    cl->connectTimeout = unsigned(std::max(1, m_config.connectTimeoutSeconds));
    cl->readTimeout = 10; // a half-open connection mid-message must not hang the worker forever
    cl->programName = "ckx";
    cl->GetPassword = &VncWorker::getPassword;
    cl->MallocFrameBuffer = &VncWorker::mallocFrameBuffer;
    cl->GotFrameBufferUpdate = &VncWorker::gotFrameBufferUpdate;
    cl->GotFillRect = &VncWorker::gotFillRect;
    cl->GotBitmap = &VncWorker::gotBitmap;
    cl->GotCopyRect = &VncWorker::gotCopyRect;
    cl->FinishedFrameBufferUpdate = &VncWorker::finishedFrameBufferUpdate;
    cl->GotXCutText = &VncWorker::gotXCutText;
    cl->GotCursorShape = &VncWorker::gotCursorShape;
    cl->Bell = &VncWorker::gotBell;
    rfbClientSetClientData(cl, &kClientDataTag, this);
    // We do the steps of rfbInitClient ourselves: it frees the client on failure (behind our unique_ptr's back)
    // and hides which step failed, which is what tells a wrong password from an unreachable server.
    cl->serverHost = strdup(m_config.host.toUtf8().constData());
    cl->serverPort = m_config.port;
    m_passwordAsked = false;

    if (!ConnectToRFBServer(cl, cl->serverHost, cl->serverPort)) {
        *error = QStringLiteral("Could not reach the desktop's VNC server at %1 (nothing is listening there, "
                                "or it did not answer within %2 s).")
                     .arg(where)
                     .arg(cl->connectTimeout);
        return ConnectResult::Failed;
    }
    setSocket(cl->sock);
    if (m_stop)
        return ConnectResult::Failed;
    if (!InitialiseRFBConnection(cl)) {
        if (m_passwordAsked && !m_stop) {
            *error = QStringLiteral("The VNC server at %1 refused the password. Check the desktop's password file; "
                                    "reconnecting will not help until it matches.")
                         .arg(where);
            return ConnectResult::AuthFailed;
        }
        *error = QStringLiteral("The VNC handshake with %1 failed (the server closed the connection or does not "
                                "offer VNC password authentication).")
                     .arg(where);
        return ConnectResult::Failed;
    }
    cl->width = cl->si.framebufferWidth;
    cl->height = cl->si.framebufferHeight;
    // The area every incremental request asks for (rfbGetClient leaves it unset, x = -1).
    cl->updateRect.x = 0;
    cl->updateRect.y = 0;
    cl->updateRect.w = cl->width;
    cl->updateRect.h = cl->height;
    if (!cl->MallocFrameBuffer(cl)) {
        *error = QStringLiteral("The VNC server at %1 announced an impossible desktop size %2x%3.")
                     .arg(where)
                     .arg(cl->width)
                     .arg(cl->height);
        return ConnectResult::Failed;
    }
    {
        QMutexLocker lock(&m_queueMutex);
        m_queue.clear();
        m_acceptInput = true;
    }
    if (!SetFormatAndEncodings(cl) || !SendFramebufferUpdateRequest(cl, 0, 0, cl->width, cl->height, FALSE)) {
        *error = QStringLiteral("The connection to %1 broke right after the handshake.").arg(where);
        return ConnectResult::Failed;
    }
    return ConnectResult::Connected;
}

QString VncWorker::serveUntilLost(rfbClient *cl)
{
    const QString where = describe(m_config);
    while (!m_stop) {
        // libvncclient may already hold the next message in its read buffer; poll() cannot see that.
        const int ready = cl->buffered > 0 ? 1 : waitForSocket(cl->sock, 500);
        if (m_stop)
            break;
        if (ready < 0)
            return QStringLiteral("Lost the connection to %1 (%2).").arg(where, QString::fromLocal8Bit(strerror(errno)));
        if (ready > 0 && !HandleRFBServerMessage(cl))
            return QStringLiteral("Lost the connection to %1 (the server closed it or sent something unreadable).")
                .arg(where);
        if (!drainCommands(cl))
            return QStringLiteral("Lost the connection to %1 while sending input.").arg(where);
    }
    return QString();
}

bool VncWorker::drainCommands(rfbClient *cl)
{
    std::deque<std::unique_ptr<VncCommand>> batch;
    int compress = -2;
    int quality = -2;
    {
        QMutexLocker lock(&m_queueMutex);
        batch.swap(m_queue);
        std::swap(compress, m_pendingCompress);
        std::swap(quality, m_pendingQuality);
    }
    if (compress != -2) {
        m_config.compressLevel = compress;
        m_config.jpegQuality = quality;
        cl->appData.compressLevel = m_config.effectiveCompressLevel();
        cl->appData.enableJPEG = quality >= 0;
        cl->appData.qualityLevel = std::clamp(quality, 0, 9);
        if (!SetFormatAndEncodings(cl))
            return false;
    }
    for (auto &command : batch) {
        if (m_stop)
            return true;
        if (!command->apply(cl))
            return false;
    }
    return true;
}

// ---- libvncclient callbacks; they run on this thread, inside HandleRFBServerMessage ----

VncWorker *VncWorker::self(rfbClient *client)
{
    return static_cast<VncWorker *>(rfbClientGetClientData(client, &kClientDataTag));
}

char *VncWorker::getPassword(rfbClient *client)
{
    VncWorker *w = self(client);
    w->m_passwordAsked = true;
    // libvncclient wipes and free()s what we return.
    const QByteArray &password = w->m_config.password;
    return strndup(password.constData(), size_t(std::min<qsizetype>(password.size(), 8)));
}

rfbBool VncWorker::mallocFrameBuffer(rfbClient *client)
{
    VncWorker *w = self(client);
    if (client->width <= 0 || client->height <= 0 || client->width > 16384 || client->height > 16384)
        return FALSE;
    const size_t pixels = size_t(client->width) * size_t(client->height);
    w->m_frame.reset(new (std::nothrow) quint32[pixels]());
    if (!w->m_frame)
        return FALSE;
    client->frameBuffer = reinterpret_cast<uint8_t *>(w->m_frame.get());
    w->m_frameSize = QSize(client->width, client->height);
    w->m_dirty = QRegion();
    w->m_hookWritten = QRegion();
    w->m_lastHookWrite = QRect();
    w->m_surface->reset(w->m_frameSize);
    Q_EMIT w->resized(w->m_frameSize);
    return TRUE;
}

void VncWorker::gotFrameBufferUpdate(rfbClient *client, int x, int y, int w, int h)
{
    // Called after each rectangle is decoded. What no hook wrote (ZRLE and JPEG write the decoder's framebuffer
    // themselves) is copied from there now, once, before the next rectangle can CopyRect from it.
    VncWorker *self = VncWorker::self(client);
    const QRect r = QRect(x, y, w, h) & QRect(QPoint(0, 0), self->m_frameSize);
    const QRegion direct = QRegion(r) - self->m_hookWritten;
    self->m_hookWritten = QRegion();
    self->m_lastHookWrite = QRect();
    if (!direct.isEmpty())
        self->m_surface->copyFrom(self->m_frame.get(), self->m_frameSize.width(), direct);
    self->m_dirty += r;
}

void VncWorker::gotFillRect(rfbClient *client, int x, int y, int w, int h, quint32 colour)
{
    // Solid fills, decoded rectangles and CopyRect go straight into the surface the view paints: the decoder's
    // own framebuffer would only be copied from again (32 bits per pixel always: rfbGetClient(8, 3, 4) above).
    VncWorker *self = VncWorker::self(client);
    const QRect r(x, y, w, h);
    self->m_surface->fill(r, colour);
    self->noteHookWrite(r);
}

void VncWorker::gotBitmap(rfbClient *client, const quint8 *buffer, int x, int y, int w, int h)
{
    VncWorker *self = VncWorker::self(client);
    const QRect r(x, y, w, h);
    self->m_surface->put(r, reinterpret_cast<const quint32 *>(buffer));
    self->noteHookWrite(r);
}

void VncWorker::gotCopyRect(rfbClient *client, int sx, int sy, int w, int h, int dx, int dy)
{
    VncWorker *self = VncWorker::self(client);
    self->m_surface->move(QRect(sx, sy, w, h), QPoint(dx, dy));
    self->noteHookWrite(QRect(dx, dy, w, h));
}

void VncWorker::noteHookWrite(const QRect &rect)
{
    // Hextile and RRE fill a background, then many small rectangles inside it: those add nothing to the region,
    // and skipping them keeps the union from growing with every subrectangle.
    if (m_lastHookWrite.contains(rect))
        return;
    m_hookWritten += rect;
    m_lastHookWrite = rect;
}

void VncWorker::finishedFrameBufferUpdate(rfbClient *client)
{
    VncWorker *w = self(client);
    const QRegion region = w->m_dirty & QRect(QPoint(0, 0), w->m_frameSize);
    w->m_dirty = QRegion();
    if (region.isEmpty())
        return;
    // The pixels are in the surface already (gotFrameBufferUpdate): only tell the view what changed.
    Q_EMIT w->frameUpdated(region);
}

void VncWorker::gotXCutText(rfbClient *client, const char *text, int length)
{
    // Classic RFB cut text is Latin-1.
    Q_EMIT self(client)->serverClipboardChanged(QString::fromLatin1(text, std::max(0, length)));
}

void VncWorker::gotCursorShape(rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel)
{
    if (!client->rcSource || !client->rcMask || width <= 0 || height <= 0 || bytesPerPixel != 4)
        return;
    QImage shape(width, height, QImage::Format_ARGB32);
    const auto *source = reinterpret_cast<const quint32 *>(client->rcSource);
    for (int y = 0; y < height; ++y) {
        auto *dst = reinterpret_cast<quint32 *>(shape.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const size_t i = size_t(y) * size_t(width) + size_t(x);
            dst[x] = client->rcMask[i] ? (source[i] | 0xff000000u) : 0u;
        }
    }
    Q_EMIT self(client)->cursorShapeChanged(shape, QPoint(xhot, yhot));
}

void VncWorker::gotBell(rfbClient *client)
{
    Q_EMIT self(client)->bell();
}

} // namespace ckx
