#pragma once
// VncView: paints a VncSession's desktop and sends the learner's keyboard and mouse to it.

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QTimer>

class QAction;
class QMenu;

namespace ckx {

class VncSession;

class VncView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class ScaleMode {
        /// The desktop is resized to the widget (debounced, after each size change); scaled, aspect kept, only
        /// while the server refuses or has not answered yet.
        Fit,
        OneToOne, ///< one desktop pixel per device pixel, scroll bars when it does not fit
    };
    Q_ENUM(ScaleMode)

    explicit VncView(VncSession *session, QWidget *parent = nullptr);
    ~VncView() override;

    ScaleMode scaleMode() const { return m_mode; }
    void setScaleMode(ScaleMode mode);
    /// In Fit mode, ask the server to resize the desktop to the view (on by default). Off: only scale.
    void setDesktopResizing(bool on) { m_desktopResizing = on; }
    /// Keeps the desktop's clipboard and this computer's clipboard in step (on by default).
    void setClipboardSharing(bool on);

    /// What the overlay says now (connecting, reconnecting, why it disconnected); empty while connected.
    QString overlayText() const { return m_overlayText; }
    /// A copy of the desktop as the view paints it (framebuffer pixels); null before the first frame.
    QImage frame() const;
    /// Viewport position to desktop pixel, clamped to the desktop.
    QPoint mapToDesktop(QPointF viewportPos) const;
    /// Desktop pixel rectangle to the viewport rectangle that shows it.
    QRect mapFromDesktop(const QRect &desktopRect) const;

    /// "Send Ctrl+Alt+Del", "Type clipboard text", "Scale to fit": for a tool bar or menu next to the view
    /// (right-click belongs to the desktop).
    QList<QAction *> desktopActions() const;
    QMenu *desktopMenu() const { return m_menu; }

    void sendCtrlAltDel();
    void typeClipboardText();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onStateChanged(int state, const QString &message);
    void onFrameResized(QSize size);
    void onFrameUpdated(const QRegion &region);
    void onCursorShape(const QImage &shape, QPoint hotspot);
    void onServerClipboard(const QString &text);
    void onLocalClipboard();
    void updateScrollBars();
    void requestFittingDesktop(); ///< asks the server for a desktop the size of the viewport (device pixels)
    double scale() const;     // logical pixels per desktop pixel
    QPointF origin() const;   // viewport position of desktop pixel (0, 0)
    void sendPointer(QPointF pos, Qt::MouseButtons buttons);
    void releaseAllKeys();

    QPointer<VncSession> m_session;
    QSize m_frameSize; // the desktop's size as last announced; its pixels live in the session's frame()
    ScaleMode m_mode = ScaleMode::Fit;
    QString m_overlayText;
    QHash<quint32, quint32> m_pressedKeys; // scan code (or Qt key) -> keysym sent, so releases match presses
    QPoint m_wheelRemainder;
    bool m_clipboardSharing = false;
    QString m_lastClipboard;

    QTimer m_fitTimer;     ///< debounces resizes: one request when the learner stops dragging
    QSize m_requestedSize; ///< last size asked for on this connection: a refused size is not asked again
    bool m_fitAfterFirstFrame = false;
    bool m_desktopResizing = true;
    QMenu *m_menu = nullptr;
    QAction *m_ctrlAltDelAction = nullptr;
    QAction *m_typeClipboardAction = nullptr;
    QAction *m_fitAction = nullptr;
};

} // namespace ckx
