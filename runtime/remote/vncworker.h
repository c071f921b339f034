#pragma once
// Private to VncSession: the thread that owns the rfbClient. Only this thread calls rfb* functions.

#include "runtime/remote/vncsession.h"

#include <QByteArray>
#include <QImage>
#include "runtime/remote/socketwaiter.h"

#include <QMutex>
#include <QRegion>
#include <QThread>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

struct _rfbClient;

namespace ckx {

class VncFrameSurface;

/// One input message for the server. Built on the UI thread, applied on the worker thread.
struct VncCommand
{
    virtual ~VncCommand() = default;
    /// Returns false when the connection failed while sending.
    virtual bool apply(_rfbClient *client) = 0;
};

class VncWorker : public QThread
{
    Q_OBJECT
public:
    /// Finished updates are copied into `frame`, which the view paints.
    VncWorker(VncSessionConfig config, std::shared_ptr<VncFrameSurface> frame);
    ~VncWorker() override;

    /// Any thread: ask run() to return soon, and unblock a read in progress.
    void requestStop();
    /// Any thread: queue commands (in order) and wake the worker. Dropped while not connected.
    void post(std::vector<std::unique_ptr<VncCommand>> commands);
    void setEncodingOptions(int compressLevel, int jpegQuality);

Q_SIGNALS:
    void stateChanged(ckx::VncSession::State state, const QString &message);
    void resized(QSize size);
    void frameUpdated(const QRegion &region); ///< already copied into the frame surface
    void serverClipboardChanged(const QString &text);
    void cursorShapeChanged(const QImage &shape, QPoint hotspot);
    void bell();

protected:
    void run() override;

private:
    struct ClientDeleter
    {
        void operator()(_rfbClient *client) const;
    };
    using ClientPtr = std::unique_ptr<_rfbClient, ClientDeleter>;
    enum class ConnectResult { Connected, AuthFailed, Failed };

    ConnectResult connectOnce(ClientPtr &client, QString *error);
    QString serveUntilLost(_rfbClient *client); // returns why the connection ended
    bool drainCommands(_rfbClient *client);
    int waitForSocket(int fd, int timeoutMs); // >0 readable, 0 woken or timed out, <0 error
    void sleepInterruptible(int ms);
    void setSocket(int fd);
    void setState(VncSession::State state, const QString &message);

    // libvncclient callbacks (static trampolines find `this` through the client data)
    static VncWorker *self(_rfbClient *client);
    static char *getPassword(_rfbClient *client);
    static qint8 mallocFrameBuffer(_rfbClient *client); // rfbBool
    static void gotFrameBufferUpdate(_rfbClient *client, int x, int y, int w, int h);
    static void gotFillRect(_rfbClient *client, int x, int y, int w, int h, quint32 colour);
    static void gotBitmap(_rfbClient *client, const quint8 *buffer, int x, int y, int w, int h);
    static void gotCopyRect(_rfbClient *client, int sx, int sy, int w, int h, int dx, int dy);
    void noteHookWrite(const QRect &rect);
    static void finishedFrameBufferUpdate(_rfbClient *client);
    static void gotXCutText(_rfbClient *client, const char *text, int length);
    static void gotCursorShape(_rfbClient *client, int xhot, int yhot, int width, int height, int bytesPerPixel);
    static void gotBell(_rfbClient *client);

    VncSessionConfig m_config;
    QByteArray m_encodings; // libvncclient keeps a pointer to it

    std::atomic<bool> m_stop{false};
    SocketWaiter m_waiter;

    QMutex m_queueMutex;
    std::deque<std::unique_ptr<VncCommand>> m_queue;
    bool m_acceptInput = false;
    int m_pendingCompress = -2; // -2: no change requested
    int m_pendingQuality = -2;

    // Worker-thread state.
    std::unique_ptr<quint32[]> m_frame; // the decoder's framebuffer
    std::shared_ptr<VncFrameSurface> m_surface;
    QSize m_frameSize;
    QRegion m_dirty;       ///< this update's rectangles, for the view
    QRegion m_hookWritten; ///< the part of the rectangle being decoded already written into the surface by a hook
    QRect m_lastHookWrite;
    bool m_passwordAsked = false;
};

} // namespace ckx
