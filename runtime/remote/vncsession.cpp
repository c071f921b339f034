#include "runtime/remote/vncsession.h"

#include "runtime/remote/vncdesktopsize.h"
#include "runtime/remote/vncframesurface.h"
#include "runtime/remote/vnckeymap.h"
#include "runtime/remote/vnclog.h"
#include "runtime/remote/vncworker.h"

#include <rfb/rfbclient.h>

#include <algorithm>

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdarg>
#include <cstdio>
#include <mutex>

#include <sys/stat.h>

namespace ckx {

int VncSessionConfig::effectiveCompressLevel() const
{
    if (compressLevel != kAutomaticCompress)
        return std::clamp(compressLevel, 0, 9);
    const bool loopback = host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1")
        || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    return loopback ? 0 : 1;
}

Q_LOGGING_CATEGORY(lcVnc, "ckx.runtime.vnc", QtInfoMsg)

namespace {

// libvncclient logs through two global printf-style hooks; send them to our category instead of stderr.
void libraryLog(const char *format, ...)
{
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    qCDebug(lcVnc).noquote() << QString::fromLocal8Bit(line).trimmed();
}

void libraryError(const char *format, ...)
{
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    qCWarning(lcVnc).noquote() << QString::fromLocal8Bit(line).trimmed();
}

void routeLibraryLogs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        rfbClientLog = &libraryLog;
        rfbClientErr = &libraryError;
    });
}

struct KeyCommand final : VncCommand
{
    KeyCommand(quint32 keysym, bool down) : keysym(keysym), down(down) {}
    bool apply(rfbClient *client) override { return SendKeyEvent(client, keysym, down ? TRUE : FALSE); }
    quint32 keysym;
    bool down;
};

struct PointerCommand final : VncCommand
{
    PointerCommand(QPoint pos, int mask) : pos(pos), mask(mask) {}
    bool apply(rfbClient *client) override
    {
        const int x = std::clamp(pos.x(), 0, std::max(0, client->width - 1));
        const int y = std::clamp(pos.y(), 0, std::max(0, client->height - 1));
        return SendPointerEvent(client, x, y, mask);
    }
    QPoint pos;
    int mask;
};

struct ClipboardCommand final : VncCommand
{
    explicit ClipboardCommand(QByteArray text) : text(std::move(text)) {}
    bool apply(rfbClient *client) override { return SendClientCutText(client, text.data(), int(text.size())); }
    QByteArray text;
};

using Batch = std::vector<std::unique_ptr<VncCommand>>;

void addKeyStroke(Batch &batch, quint32 keysym)
{
    batch.push_back(std::make_unique<KeyCommand>(keysym, true));
    batch.push_back(std::make_unique<KeyCommand>(keysym, false));
}

} // namespace

VncSession::VncSession(VncSessionConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_frame(std::make_shared<VncFrameSurface>())
{
    routeLibraryLogs();
}

VncSession::~VncSession()
{
    stop();
}

QString VncSession::endpoint() const
{
    return m_config.host + u':' + QString::number(m_config.port);
}

const char *VncSession::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return "disconnected";
    case State::Connecting:
        return "connecting";
    case State::Connected:
        return "connected";
    case State::Reconnecting:
        return "reconnecting";
    case State::AuthFailed:
        return "authentication failed";
    }
    return "?";
}

Result<QByteArray> VncSession::readPasswordFile(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return makeError(QStringLiteral("vnc.password-file"),
                         QStringLiteral("VNC password file %1 does not exist or cannot be read.").arg(path));
    if (st.st_mode & (S_IRWXG | S_IRWXO))
        return makeError(QStringLiteral("vnc.password-file"),
                         QStringLiteral("VNC password file %1 can be read by other users (mode %2); expected mode "
                                        "0600.")
                             .arg(path, QString::number(st.st_mode & 0777, 8)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("vnc.password-file"),
                         QStringLiteral("Cannot open VNC password file %1: %2.").arg(path, file.errorString()));
    QByteArray password = file.readLine(4096);
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    if (password.isEmpty())
        return makeError(QStringLiteral("vnc.password-file"),
                         QStringLiteral("VNC password file %1 is empty; expected the password on its first line.")
                             .arg(path));
    return password;
}

void VncSession::start()
{
    if (m_worker)
        return;
    m_worker = new VncWorker(m_config, m_frame);
    connect(m_worker, &VncWorker::stateChanged, this, &VncSession::onWorkerState);
    connect(m_worker, &VncWorker::resized, this, &VncSession::onWorkerResized);
    connect(m_worker, &VncWorker::frameUpdated, this, &VncSession::frameUpdated);
    connect(m_worker, &VncWorker::serverClipboardChanged, this, &VncSession::serverClipboardChanged);
    connect(m_worker, &VncWorker::cursorShapeChanged, this, &VncSession::cursorShapeChanged);
    connect(m_worker, &VncWorker::bell, this, &VncSession::bell);
    m_worker->start();
    // Say so at once: the worker's own "connecting" arrives a moment later through the event loop.
    onWorkerState(State::Connecting, QStringLiteral("Connecting to %1").arg(endpoint()));
}

void VncSession::stop(int timeoutMs)
{
    if (!m_worker)
        return;
    VncWorker *worker = std::exchange(m_worker, nullptr);
    worker->disconnect(this);
    worker->requestStop();
    if (worker->wait(QDeadlineTimer(timeoutMs))) {
        delete worker;
    } else {
        // Stuck in connect() or a DNS lookup: it checks the stop flag when that returns. Let it go.
        qCWarning(lcVnc) << endpoint() << "worker did not stop within" << timeoutMs << "ms; it will finish alone";
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        if (worker->isFinished()) // it finished between the timeout and the connect
            worker->deleteLater();
    }
    if (m_state != State::Disconnected && m_state != State::AuthFailed) {
        m_state = State::Disconnected;
        m_stateMessage = QStringLiteral("Disconnected from %1").arg(endpoint());
        Q_EMIT stateChanged(m_state, m_stateMessage);
    }
}

void VncSession::onWorkerState(State state, const QString &message)
{
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state, message);
}

void VncSession::onWorkerResized(QSize size)
{
    m_frameSize = size;
    Q_EMIT frameResized(size);
}

void VncSession::sendKey(quint32 keysym, bool down)
{
    if (!m_worker || keysym == 0)
        return;
    Batch batch;
    batch.push_back(std::make_unique<KeyCommand>(keysym, down));
    m_worker->post(std::move(batch));
}

void VncSession::sendPointer(QPoint pos, int buttonMask)
{
    if (!m_worker)
        return;
    Batch batch;
    batch.push_back(std::make_unique<PointerCommand>(pos, buttonMask));
    m_worker->post(std::move(batch));
}

void VncSession::sendWheel(QPoint pos, int buttonMask, int steps, Qt::Orientation orientation)
{
    if (!m_worker || steps == 0)
        return;
    // X reports wheels as buttons: 4 up, 5 down, 6 left, 7 right; one press and release per notch.
    const int button = orientation == Qt::Vertical ? (steps > 0 ? 4 : 5) : (steps > 0 ? 6 : 7);
    const int bit = 1 << (button - 1);
    Batch batch;
    for (int i = 0; i < std::min(std::abs(steps), 50); ++i) {
        batch.push_back(std::make_unique<PointerCommand>(pos, buttonMask | bit));
        batch.push_back(std::make_unique<PointerCommand>(pos, buttonMask));
    }
    m_worker->post(std::move(batch));
}

void VncSession::setClientClipboard(const QString &text)
{
    if (!m_worker)
        return;
    Batch batch;
    batch.push_back(std::make_unique<ClipboardCommand>(text.toLatin1()));
    m_worker->post(std::move(batch));
}

void VncSession::typeText(const QString &text)
{
    if (!m_worker)
        return;
    Batch batch;
    for (const uint c : text.toUcs4()) {
        if (c == u'\r')
            continue; // "\r\n" is one line break
        if (const quint32 keysym = VncKeymap::keysymForCharacter(char32_t(c)))
            addKeyStroke(batch, keysym);
    }
    m_worker->post(std::move(batch));
}

void VncSession::sendCtrlAltDel()
{
    if (!m_worker)
        return;
    constexpr quint32 control = 0xffe3, alt = 0xffe9, del = 0xffff;
    Batch batch;
    batch.push_back(std::make_unique<KeyCommand>(control, true));
    batch.push_back(std::make_unique<KeyCommand>(alt, true));
    batch.push_back(std::make_unique<KeyCommand>(del, true));
    batch.push_back(std::make_unique<KeyCommand>(del, false));
    batch.push_back(std::make_unique<KeyCommand>(alt, false));
    batch.push_back(std::make_unique<KeyCommand>(control, false));
    m_worker->post(std::move(batch));
}

void VncSession::requestDesktopSize(QSize size)
{
    if (!m_worker || size.isEmpty())
        return;
    Batch batch;
    batch.push_back(std::make_unique<VncDesktopSizeCommand>(size));
    m_worker->post(std::move(batch));
}

void VncSession::setEncodingOptions(int compressLevel, int jpegQuality)
{
    m_config.compressLevel = compressLevel;
    m_config.jpegQuality = jpegQuality;
    if (m_worker)
        m_worker->setEncodingOptions(compressLevel, jpegQuality);
}

} // namespace ckx
