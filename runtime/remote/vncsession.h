#pragma once
// VncSession: a connection to the exam desktop's VNC server. One worker thread owns the libvncclient handle;
// everything else talks to it through queued signals (frames, state, clipboard) and a command queue (input).

#include "core/result.h"

#include <QImage>
#include <QObject>
#include <QRegion>
#include <QSize>
#include <QString>

#include <memory>

namespace ckx {

/// Where the desktop is and how to talk to it. The password is a secret: it is never logged or put in a message.
struct VncSessionConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5900;
    QByteArray password; ///< VNC authentication uses at most the first 8 bytes.

    /// Preferred first. Loopback has bandwidth to spare and the CPU is what is scarce, so lossless Tight with
    /// cheap zlib levels beats JPEG (which also blurs terminal text).
    QString encodings = QStringLiteral("tight zrle copyrect hextile raw");
    /// 0..9 (Tight/ZRLE zlib level), or kAutomaticCompress: 0 when the server is on this machine (the exam desktop
    /// through Docker's port on 127.0.0.1: no compression is cheapest for both ends, see docs/benchmarks.md), 1
    /// otherwise (a remote Docker host: bandwidth matters).
    int compressLevel = kAutomaticCompress;
    static constexpr int kAutomaticCompress = -1;
    /// compressLevel with the automatic choice made for `host`.
    int effectiveCompressLevel() const;
    int jpegQuality = -1;  ///< 0..9 enables lossy JPEG for photo-like areas; -1 keeps Tight lossless

    bool reconnect = true;        ///< retry with backoff when the connection drops (not after a wrong password)
    int connectTimeoutSeconds = 5;
    int maxBackoffMs = 4000;
};

class VncFrameSurface;
class VncWorker;

class VncSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected, ///< not started, stopped, or gave up (message says why)
        Connecting,
        Connected,
        Reconnecting, ///< connection lost; retrying with backoff (message says when)
        AuthFailed,   ///< the server refused the password; no retry, a new password is needed
    };
    Q_ENUM(State)

    explicit VncSession(VncSessionConfig config, QObject *parent = nullptr);
    ~VncSession() override; ///< stops within a bounded time

    /// Reads a password file (plain text, first line) written by the runtime. Refuses files other users can read.
    static Result<QByteArray> readPasswordFile(const QString &path);

    const VncSessionConfig &config() const { return m_config; }
    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    QSize frameSize() const { return m_frameSize; }
    /// The desktop image, kept up to date by the worker; what a view paints from (any thread may read it).
    const VncFrameSurface &frame() const { return *m_frame; }
    QString endpoint() const; ///< "host:port", for messages

    void start();
    /// Asks the worker to finish and waits at most timeoutMs for it; a worker stuck in a system call is left to
    /// finish on its own and delete itself (never terminate()).
    void stop(int timeoutMs = 3000);

    // Input. Safe to call from the UI thread at any time; dropped while not connected.
    void sendKey(quint32 keysym, bool down);
    void sendPointer(QPoint pos, int buttonMask); ///< framebuffer coordinates; mask bit 0 = left, 1 = middle, 2 = right
    void sendWheel(QPoint pos, int buttonMask, int steps, Qt::Orientation orientation = Qt::Vertical);
    void setClientClipboard(const QString &text); ///< becomes the desktop's CLIPBOARD (Latin-1 on the wire)
    void typeText(const QString &text);            ///< one key press and release per character
    void sendCtrlAltDel();
    /// Asks the server to make the desktop `size` (pixels), e.g. the view's size. Within 320x200..8192x8192; the
    /// server may refuse (then frameResized never comes and the view keeps scaling).
    void requestDesktopSize(QSize size);
    /// Changes encoding quality on a live connection (and for later reconnects).
    void setEncodingOptions(int compressLevel, int jpegQuality);

    static const char *stateName(State state);

Q_SIGNALS:
    void stateChanged(ckx::VncSession::State state, const QString &message);
    /// The desktop has a (new) size; frames that follow are in that geometry.
    void frameResized(QSize size);
    /// One finished framebuffer update, already in frame(): `region` is what changed.
    void frameUpdated(const QRegion &region);
    void serverClipboardChanged(const QString &text);
    void cursorShapeChanged(const QImage &shape, QPoint hotspot);
    void bell();

private:
    friend class VncWorker;
    void onWorkerState(State state, const QString &message);
    void onWorkerResized(QSize size);

    VncSessionConfig m_config;
    State m_state = State::Disconnected;
    QString m_stateMessage;
    QSize m_frameSize;
    std::shared_ptr<VncFrameSurface> m_frame; // shared with the worker, which may outlive us (see stop())
    VncWorker *m_worker = nullptr; // a QThread; owns the rfbClient
};

} // namespace ckx
