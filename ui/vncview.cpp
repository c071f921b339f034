#include "ui/vncview.h"

#include "runtime/remote/vncframesurface.h"
#include "runtime/remote/vnckeymap.h"
#include "runtime/remote/vncsession.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace ckx {

Q_LOGGING_CATEGORY(lcVncView, "ckx.ui.vnc", QtInfoMsg)

namespace {

constexpr int kMaxTypedCharacters = 20000; // typing is ~2 events per character; beyond this use the clipboard

int rfbButtonMask(Qt::MouseButtons buttons)
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    if (buttons & Qt::BackButton)
        mask |= 1 << 7; // X button 8
    return mask;
}

bool isX11()
{
    return QGuiApplication::platformName() == QLatin1String("xcb");
}

bool canGrabKeyboard()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

VncView::VncView(VncSession *session, QWidget *parent) : QAbstractScrollArea(parent), m_session(session)
{
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent); // we paint every pixel of what we are asked to
    viewport()->setAttribute(Qt::WA_NoSystemBackground);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::BlankCursor); // until the server sends its pointer shape
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false); // keys go to the desktop, not to a local input method
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_ctrlAltDelAction = new QAction(tr("Send Ctrl+Alt+Del"), this);
    connect(m_ctrlAltDelAction, &QAction::triggered, this, &VncView::sendCtrlAltDel);
    m_typeClipboardAction = new QAction(tr("Type clipboard text as keystrokes"), this);
    m_typeClipboardAction->setToolTip(tr("For places where pasting does not work: types this computer's clipboard "
                                         "text into the desktop, one key at a time."));
    connect(m_typeClipboardAction, &QAction::triggered, this, &VncView::typeClipboardText);
    m_fitAction = new QAction(tr("Scale to fit"), this);
    m_fitAction->setCheckable(true);
    m_fitAction->setChecked(true);
    connect(m_fitAction, &QAction::toggled, this,
            [this](bool fit) { setScaleMode(fit ? ScaleMode::Fit : ScaleMode::OneToOne); });
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(300);
    connect(&m_fitTimer, &QTimer::timeout, this, &VncView::requestFittingDesktop);
    m_menu = new QMenu(tr("Desktop"), this);
    m_menu->addActions(desktopActions());

    if (session) {
        connect(session, &VncSession::stateChanged, this,
                [this](VncSession::State state, const QString &message) { onStateChanged(int(state), message); });
        connect(session, &VncSession::frameResized, this, &VncView::onFrameResized);
        connect(session, &VncSession::frameUpdated, this, &VncView::onFrameUpdated);
        connect(session, &VncSession::cursorShapeChanged, this, &VncView::onCursorShape);
        onStateChanged(int(session->state()), session->stateMessage());
        if (session->frameSize().isValid())
            onFrameResized(session->frameSize());
    }
    setClipboardSharing(true);
}

VncView::~VncView() = default;

QList<QAction *> VncView::desktopActions() const
{
    return {m_ctrlAltDelAction, m_typeClipboardAction, m_fitAction};
}

void VncView::setScaleMode(ScaleMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_fitAction->setChecked(mode == ScaleMode::Fit);
    if (mode == ScaleMode::Fit)
        m_fitTimer.start();
    updateScrollBars();
    viewport()->update();
}

void VncView::setClipboardSharing(bool on)
{
    if (on == m_clipboardSharing || !m_session)
        return;
    m_clipboardSharing = on;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (on) {
        connect(m_session, &VncSession::serverClipboardChanged, this, &VncView::onServerClipboard);
        connect(clipboard, &QClipboard::dataChanged, this, &VncView::onLocalClipboard);
    } else {
        disconnect(m_session, &VncSession::serverClipboardChanged, this, &VncView::onServerClipboard);
        disconnect(clipboard, &QClipboard::dataChanged, this, &VncView::onLocalClipboard);
    }
}

QImage VncView::frame() const
{
    return m_session && !m_frameSize.isEmpty() ? m_session->frame().snapshot() : QImage();
}

// ---- geometry ----

double VncView::scale() const
{
    if (m_frameSize.isEmpty())
        return 1.0;
    if (m_mode == ScaleMode::OneToOne)
        return 1.0 / devicePixelRatioF();
    const QSize area = viewport()->size();
    return std::max(1e-3,
                    std::min(double(area.width()) / m_frameSize.width(), double(area.height()) / m_frameSize.height()));
}

QPointF VncView::origin() const
{
    const double s = scale();
    const QSizeF shown(m_frameSize.width() * s, m_frameSize.height() * s);
    const QSize area = viewport()->size();
    // Centred when smaller than the viewport; scrolled otherwise (only in 1:1 mode).
    double x = shown.width() < area.width() ? (area.width() - shown.width()) / 2.0 : -horizontalScrollBar()->value();
    double y = shown.height() < area.height() ? (area.height() - shown.height()) / 2.0 : -verticalScrollBar()->value();
    if (m_mode == ScaleMode::Fit) {
        x = std::max(0.0, x);
        y = std::max(0.0, y);
    }
    return QPointF(std::round(x), std::round(y));
}

QPoint VncView::mapToDesktop(QPointF pos) const
{
    if (m_frameSize.isEmpty())
        return QPoint();
    const double s = scale();
    const QPointF p = (pos - origin()) / s;
    return QPoint(std::clamp(int(std::floor(p.x())), 0, m_frameSize.width() - 1),
                  std::clamp(int(std::floor(p.y())), 0, m_frameSize.height() - 1));
}

QRect VncView::mapFromDesktop(const QRect &r) const
{
    const double s = scale();
    const QPointF o = origin();
    return QRectF(o.x() + r.x() * s, o.y() + r.y() * s, r.width() * s, r.height() * s).toAlignedRect();
}

void VncView::updateScrollBars()
{
    const bool oneToOne = m_mode == ScaleMode::OneToOne && !m_frameSize.isEmpty();
    const double s = scale();
    const QSize content =
        oneToOne ? QSize(int(std::ceil(m_frameSize.width() * s)), int(std::ceil(m_frameSize.height() * s))) : QSize();
    const QSize area = viewport()->size();
    setHorizontalScrollBarPolicy(oneToOne ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(oneToOne ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - area.width()));
    verticalScrollBar()->setRange(0, std::max(0, content.height() - area.height()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setPageStep(area.height());
    horizontalScrollBar()->setSingleStep(32);
    verticalScrollBar()->setSingleStep(32);
}

void VncView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    viewport()->update();
    if (m_mode == ScaleMode::Fit)
        m_fitTimer.start();
}

void VncView::requestFittingDesktop()
{
    if (!m_session || !m_desktopResizing || m_session->state() != VncSession::State::Connected ||
        m_mode != ScaleMode::Fit)
        return;
    const QSize want = (QSizeF(viewport()->size()) * devicePixelRatioF()).toSize();
    if (want.isEmpty() || want == m_frameSize || want == m_requestedSize)
        return;
    m_requestedSize = want;
    m_session->requestDesktopSize(want);
}

void VncView::scrollContentsBy(int, int)
{
    viewport()->update();
}

// ---- session signals ----

void VncView::onStateChanged(int state, const QString &message)
{
    const auto s = VncSession::State(state);
    m_overlayText = s == VncSession::State::Connected ? QString() : message.isEmpty() ? tr("Not connected") : message;
    if (s == VncSession::State::Connected && m_clipboardSharing && m_session) {
        // The learner may have copied something before the desktop came up.
        const QString local = QGuiApplication::clipboard()->text();
        if (!local.isEmpty()) {
            m_lastClipboard = local;
            m_session->setClientClipboard(local);
        }
    }
    if (s == VncSession::State::Connected) {
        // A new connection (maybe a restarted server): ask again once its first update has told the client the
        // server's screen layout, which a resize request must name.
        m_requestedSize = QSize();
        m_fitAfterFirstFrame = true;
    }
    m_ctrlAltDelAction->setEnabled(s == VncSession::State::Connected);
    m_typeClipboardAction->setEnabled(s == VncSession::State::Connected);
    viewport()->update();
}

void VncView::onFrameResized(QSize size)
{
    m_frameSize = size;
    updateScrollBars();
    viewport()->update();
}

void VncView::onFrameUpdated(const QRegion &region)
{
    // The worker already copied the pixels into the session's frame: only schedule the paint.
    const QRect box = region.boundingRect();
    if (m_frameSize.isEmpty() || !QRect(QPoint(), m_frameSize).contains(box))
        return; // from before a resize
    if (m_fitAfterFirstFrame) {
        m_fitAfterFirstFrame = false;
        m_fitTimer.start();
    }
    if (region.rectCount() > 32) {
        viewport()->update(mapFromDesktop(box));
    } else {
        for (const QRect &r : region)
            viewport()->update(mapFromDesktop(r));
    }
}

void VncView::onCursorShape(const QImage &shape, QPoint hotspot)
{
    QPixmap pixmap = QPixmap::fromImage(shape);
    viewport()->setCursor(QCursor(pixmap, hotspot.x(), hotspot.y()));
}

void VncView::onServerClipboard(const QString &text)
{
    if (text == m_lastClipboard)
        return;
    m_lastClipboard = text;
    QGuiApplication::clipboard()->setText(text);
}

void VncView::onLocalClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty() || text == m_lastClipboard || !m_session)
        return;
    m_lastClipboard = text;
    m_session->setClientClipboard(text);
}

// ---- painting ----

void VncView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    if (m_frameSize.isEmpty() || !m_session) {
        painter.fillRect(dirty, Qt::black);
    } else {
        const double s = scale();
        const QPointF o = origin();
        const QRect shown = mapFromDesktop(QRect(QPoint(), m_frameSize));
        // Background outside the desktop (letterboxing), only where asked to paint.
        for (const QRect &r : QRegion(dirty) - QRegion(shown))
            painter.fillRect(r, palette().color(QPalette::Dark));
        const QRect target = dirty & shown;
        if (!target.isEmpty()) {
            // The desktop pixels behind the dirty rectangle, one pixel wider so smoothing has its neighbours.
            const QRectF sourceF((target.x() - o.x()) / s, (target.y() - o.y()) / s, target.width() / s,
                                 target.height() / s);
            const QRect source = sourceF.toAlignedRect().adjusted(-1, -1, 1, 1) & QRect(QPoint(), m_frameSize);
            const QRectF to(o.x() + source.x() * s, o.y() + source.y() * s, source.width() * s, source.height() * s);
            painter.setClipRect(target);
            const double devicePerDesktop = s * devicePixelRatioF();
            if (std::abs(devicePerDesktop - 1.0) > 1e-9)
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
            m_session->frame().draw(painter, to, source);
            painter.setClipping(false);
        }
    }
    if (!m_overlayText.isEmpty()) {
        // A dimmed desktop and a box with what is going on; repainted whole on every state change.
        painter.fillRect(dirty, QColor(0, 0, 0, 140));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        painter.setFont(font);
        const QRect area = viewport()->rect();
        const QRect textBox = painter.boundingRect(area.adjusted(40, 0, -40, 0), Qt::AlignCenter | Qt::TextWordWrap,
                                                   m_overlayText);
        const QRect box = textBox.adjusted(-20, -14, 20, 14);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(30, 30, 30, 230));
        painter.drawRoundedRect(box, 8, 8);
        painter.setPen(Qt::white);
        painter.drawText(textBox, Qt::AlignCenter | Qt::TextWordWrap, m_overlayText);
    }
}

// ---- input ----

bool VncView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // While the desktop has the keyboard, the application's shortcuts must not steal its keys.
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key); // Tab belongs to the desktop, not to focus navigation
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool VncView::focusNextPrevChild(bool)
{
    return false;
}

void VncView::keyPressEvent(QKeyEvent *event)
{
    if (!m_session)
        return;
    const quint32 native = isX11() ? event->nativeVirtualKey() : 0;
    const quint32 id = event->nativeScanCode() ? event->nativeScanCode() : quint32(event->key());
    quint32 keysym = 0;
    if (event->isAutoRepeat() && m_pressedKeys.contains(id))
        keysym = m_pressedKeys.value(id); // repeat what the server already has down
    else
        keysym = VncKeymap::keysymForKey(event->key(), event->modifiers(), event->text(), native);
    if (keysym == 0) {
        qCDebug(lcVncView) << "no keysym for key" << Qt::hex << event->key();
        return;
    }
    m_pressedKeys.insert(id, keysym);
    m_session->sendKey(keysym, true);
    event->accept();
}

void VncView::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_session || event->isAutoRepeat())
        return; // a held key stays down on the server; only the final release goes out
    const quint32 id = event->nativeScanCode() ? event->nativeScanCode() : quint32(event->key());
    const auto it = m_pressedKeys.constFind(id);
    if (it == m_pressedKeys.cend())
        return;
    m_session->sendKey(it.value(), false);
    m_pressedKeys.erase(it);
    event->accept();
}

void VncView::releaseAllKeys()
{
    if (m_session) {
        for (auto it = m_pressedKeys.cbegin(); it != m_pressedKeys.cend(); ++it)
            m_session->sendKey(it.value(), false);
    }
    m_pressedKeys.clear();
}

void VncView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    // Ctrl+Alt combinations and Alt+Tab should reach the desktop, not this computer's window manager.
    if (canGrabKeyboard())
        grabKeyboard();
}

void VncView::focusOutEvent(QFocusEvent *event)
{
    if (canGrabKeyboard())
        releaseKeyboard();
    releaseAllKeys(); // a key released elsewhere must not stay stuck down on the desktop
    QAbstractScrollArea::focusOutEvent(event);
}

void VncView::sendPointer(QPointF pos, Qt::MouseButtons buttons)
{
    if (m_session && !m_frameSize.isEmpty())
        m_session->sendPointer(mapToDesktop(pos), rfbButtonMask(buttons));
}

void VncView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    sendPointer(event->position(), event->buttons());
    event->accept();
}

void VncView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointer(event->position(), event->buttons());
    event->accept();
}

void VncView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The desktop sees two clicks and decides itself what a double click is.
    sendPointer(event->position(), event->buttons());
    event->accept();
}

void VncView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointer(event->position(), event->buttons());
    event->accept();
}

void VncView::wheelEvent(QWheelEvent *event)
{
    event->accept();
    if (!m_session || m_frameSize.isEmpty())
        return;
    // 120 units per notch; touchpads send less at a time, so keep the remainder.
    m_wheelRemainder += event->angleDelta();
    const QPoint pos = mapToDesktop(event->position());
    const int mask = rfbButtonMask(event->buttons());
    const int vertical = m_wheelRemainder.y() / 120;
    const int horizontal = m_wheelRemainder.x() / 120;
    if (vertical != 0)
        m_session->sendWheel(pos, mask, vertical, Qt::Vertical);
    if (horizontal != 0)
        m_session->sendWheel(pos, mask, horizontal, Qt::Horizontal);
    m_wheelRemainder -= QPoint(horizontal * 120, vertical * 120);
}

// ---- actions ----

void VncView::sendCtrlAltDel()
{
    if (m_session)
        m_session->sendCtrlAltDel();
}

void VncView::typeClipboardText()
{
    if (!m_session)
        return;
    QString text = QGuiApplication::clipboard()->text();
    if (text.size() > kMaxTypedCharacters) {
        qCWarning(lcVncView) << "clipboard text of" << text.size() << "characters cut to" << kMaxTypedCharacters
                             << "for typing";
        text.truncate(kMaxTypedCharacters);
    }
    m_session->typeText(text);
}

} // namespace ckx
