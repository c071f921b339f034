#include "ui/terminalview.h"

#include "runtime/remote/terminalsurface.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace ckx {

namespace {
Q_LOGGING_CATEGORY(lcTerminalView, "ckx.ui.terminal", QtInfoMsg)

// A keystroke echo waits at most this long; a flood keeps restarting it and is painted by the long timer.
constexpr int kShortRepaintMs = 4;
constexpr int kLongRepaintMs = 25;
// A change arriving more than a frame after the last paint is painted at once (a keystroke echo).
constexpr int kImmediateAfterMs = 16;
const QColor kSelectionBg(0x26, 0x4f, 0x78);
const QColor kSelectionFg(0xff, 0xff, 0xff);
} // namespace

TerminalView::TerminalView(TerminalSurface *surface, QWidget *parent) : QAbstractScrollArea(parent), m_surface(surface)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::IBeamCursor);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    m_font.setStyleHint(QFont::Monospace);
    m_font.setFixedPitch(true);
    m_font.setKerning(false);
    m_font.setPointSizeF(m_defaultPointSize);
    updateFontMetrics();

    m_shortTimer.setSingleShot(true);
    m_shortTimer.setTimerType(Qt::PreciseTimer);
    m_shortTimer.setInterval(kShortRepaintMs);
    m_longTimer.setSingleShot(true);
    m_longTimer.setTimerType(Qt::PreciseTimer);
    m_longTimer.setInterval(kLongRepaintMs);
    connect(&m_shortTimer, &QTimer::timeout, this, &TerminalView::flushDamage);
    connect(&m_longTimer, &QTimer::timeout, this, &TerminalView::flushDamage);

    m_lastScreenTop = m_surface->screenTop();
    connect(m_surface, &TerminalSurface::invalidated, this, &TerminalView::onInvalidated);
    connect(m_surface, &TerminalSurface::historyChanged, this, &TerminalView::onHistoryChanged);
    connect(m_surface, &TerminalSurface::bell, this, [] { QApplication::beep(); });

    m_findBar = new QLineEdit(this);
    m_findBar->setPlaceholderText(tr("Find in scrollback (Enter: older, Shift+Enter: newer, Esc: close)"));
    m_findBar->setClearButtonEnabled(true);
    m_findBar->hide();
    connect(m_findBar, &QLineEdit::textChanged, this, [this] { m_findFrom = {-1, 0}; });
    m_findBar->installEventFilter(this);
    updateScrollBar();
}

TerminalView::~TerminalView() = default;

void TerminalView::updateFontMetrics()
{
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    m_italicFont = m_font;
    m_italicFont.setItalic(true);
    m_boldItalicFont = m_boldFont;
    m_boldItalicFont.setItalic(true);
    const QFontMetricsF fm(m_font);
    m_cellWidth = std::max<qreal>(1, fm.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = std::max<qreal>(1, std::ceil(fm.height()));
    m_ascent = fm.ascent();
    qCDebug(lcTerminalView) << "font" << m_font.family() << m_font.pointSizeF() << "cell" << m_cellWidth << "x"
                            << m_cellHeight;
}

qint64 TerminalView::viewTop() const
{
    return m_surface->screenTop() - m_scrollOffset;
}

QRect TerminalView::cellRect(int viewRow, int column) const
{
    return QRectF(column * m_cellWidth, viewRow * m_cellHeight, m_cellWidth, m_cellHeight).toAlignedRect();
}

void TerminalView::onInvalidated(const QRect &cells)
{
    m_dirtyTop = m_dirtyTop < 0 ? cells.top() : std::min(m_dirtyTop, cells.top());
    m_dirtyBottom = std::max(m_dirtyBottom, cells.bottom());
    scheduleRepaint();
}

void TerminalView::scheduleRepaint()
{
    // After a quiet frame the first change (a keystroke echo) is painted at once; changes that follow within a
    // frame are output in bulk and wait for the short/long timers, so a flood never paints per chunk.
    if (!m_shortTimer.isActive() && !m_longTimer.isActive() &&
        (!m_sinceFlush.isValid() || m_sinceFlush.elapsed() >= kImmediateAfterMs)) {
        flushDamage();
        return;
    }
    m_shortTimer.start();
    if (!m_longTimer.isActive())
        m_longTimer.start();
}

void TerminalView::onHistoryChanged()
{
    const qint64 top = m_surface->screenTop();
    if (m_scrollOffset > 0) // keep what the reader is looking at still while output continues below
        m_scrollOffset = int(std::min<qint64>(m_scrollOffset + (top - m_lastScreenTop), m_surface->scrollbackLines()));
    m_lastScreenTop = top;
    m_scrollBarDirty = true;
    scheduleRepaint();
}

void TerminalView::flushDamage()
{
    m_shortTimer.stop();
    m_longTimer.stop();
    m_sinceFlush.start();
    if (m_scrollBarDirty) {
        m_scrollBarDirty = false;
        updateScrollBar();
    }
    if (m_dirtyTop < 0)
        return;
    const int top = m_dirtyTop + m_scrollOffset;
    const int bottom = m_dirtyBottom + m_scrollOffset;
    m_dirtyTop = m_dirtyBottom = -1;
    const QRect r(0, int(std::floor(top * m_cellHeight)), viewport()->width(),
                  int(std::ceil((bottom - top + 1) * m_cellHeight)) + 1);
    viewport()->update(r.intersected(viewport()->rect()));
}

void TerminalView::updateScrollBar()
{
    m_ignoreScrollBar = true;
    QScrollBar *bar = verticalScrollBar();
    const int history = m_surface->scrollbackLines();
    bar->setRange(0, history);
    bar->setPageStep(m_surface->rows());
    bar->setSingleStep(1);
    bar->setValue(history - m_scrollOffset);
    m_ignoreScrollBar = false;
}

void TerminalView::scrollContentsBy(int, int)
{
    if (m_ignoreScrollBar)
        return;
    const int offset =
        std::clamp(verticalScrollBar()->maximum() - verticalScrollBar()->value(), 0, m_surface->scrollbackLines());
    if (offset != m_scrollOffset) {
        m_scrollOffset = offset;
        viewport()->update();
    }
}

void TerminalView::scrollBack(int lines)
{
    const int offset = std::clamp(m_scrollOffset + lines, 0, m_surface->scrollbackLines());
    if (offset == m_scrollOffset)
        return;
    m_scrollOffset = offset;
    updateScrollBar();
    viewport()->update();
}

void TerminalView::scrollToBottom()
{
    scrollBack(-m_scrollOffset);
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateTerminalSize();
    layoutFindBar();
}

void TerminalView::updateTerminalSize()
{
    const int cols = std::max(2, int(viewport()->width() / m_cellWidth));
    const int rows = std::max(1, int(viewport()->height() / m_cellHeight));
    if (m_surfaceFollowsView)
        m_surface->resize(QSize(cols, rows));
    m_lastScreenTop = m_surface->screenTop();
    m_scrollOffset = std::min(m_scrollOffset, m_surface->scrollbackLines());
    updateScrollBar();
    viewport()->update();
}

void TerminalView::zoomIn()
{
    m_font.setPointSizeF(std::min<qreal>(m_font.pointSizeF() + 1, 48));
    updateFontMetrics();
    updateTerminalSize();
}

void TerminalView::zoomOut()
{
    m_font.setPointSizeF(std::max<qreal>(m_font.pointSizeF() - 1, 5));
    updateFontMetrics();
    updateTerminalSize();
}

void TerminalView::setBaseFontPointSize(qreal points)
{
    m_defaultPointSize = std::clamp<qreal>(points, 5, 48);
    resetZoom();
}

void TerminalView::resetZoom()
{
    m_font.setPointSizeF(m_defaultPointSize);
    updateFontMetrics();
    updateTerminalSize();
}

void TerminalView::setOverlay(const QString &text, bool offerReconnect)
{
    if (text == m_overlay && offerReconnect == m_offerReconnect)
        return;
    m_overlay = text;
    m_offerReconnect = offerReconnect;
    viewport()->update();
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QRect r = event->rect();
    p.fillRect(r, QColor::fromRgb(m_surface->defaultBackground()));
    const int firstRow = std::max(0, int(r.top() / m_cellHeight));
    const int lastRow = std::min(m_surface->rows() - 1, int(r.bottom() / m_cellHeight));
    const int firstCol = std::max(0, int(r.left() / m_cellWidth));
    const int lastCol = std::min(m_surface->columns() - 1, int(r.right() / m_cellWidth));
    for (int row = firstRow; row <= lastRow; ++row)
        paintRow(p, row, firstCol, lastCol);
    if (!m_overlay.isEmpty())
        paintOverlay(p);
    ++m_paintCount;
    Q_EMIT painted();
}

void TerminalView::paintRow(QPainter &p, int viewRow, int fromCol, int toCol)
{
    const qint64 lineNo = viewTop() + viewRow;
    const auto cells = m_surface->line(lineNo);
    const bool screenReverse = m_surface->reverseVideo();
    const qreal y = viewRow * m_cellHeight;
    const QPoint cursor = m_surface->cursor();
    const bool cursorHere = m_surface->cursorVisible() && lineNo == m_surface->screenTop() + cursor.y();
    static const TerminalCell kEmpty;

    struct Style
    {
        QRgb fg;
        QRgb bg;
        quint16 attrs;
        bool operator==(const Style &o) const { return fg == o.fg && bg == o.bg && attrs == o.attrs; }
    };
    auto styleOf = [&](const TerminalCell &c, int col) {
        QRgb fg = m_surface->resolve(c.fg, true);
        QRgb bg = m_surface->resolve(c.bg, false);
        if (bool(c.attrs & TerminalCell::Reverse) != screenReverse)
            std::swap(fg, bg);
        if (isSelected(lineNo, col)) {
            fg = kSelectionFg.rgb();
            bg = kSelectionBg.rgb();
        }
        if (cursorHere && col == cursor.x() && m_focused)
            std::swap(fg, bg);
        return Style{fg, bg, c.attrs};
    };
    const QRgb defaultBg = m_surface->defaultBackground();

    // Walk runs of equal style; a wide glyph is drawn alone so it spans exactly its two cells.
    int col = fromCol;
    if (col > 0 && col < int(cells.size()) && cells[size_t(col)].width == 0)
        --col;
    QString run;
    while (col <= toCol) {
        const TerminalCell &first = col < int(cells.size()) ? cells[size_t(col)] : kEmpty;
        const Style style = styleOf(first, col);
        int start = col;
        run.clear();
        bool wide = first.width == 2;
        if (wide) {
            run.append(QString::fromUcs4(&first.ch, 1));
            col += 2;
        } else {
            while (col <= toCol) {
                const TerminalCell &c = col < int(cells.size()) ? cells[size_t(col)] : kEmpty;
                if (c.width != 1 || !(styleOf(c, col) == style))
                    break;
                if (c.ch == 0 || c.ch == U' ')
                    run.append(u' ');
                else if (QChar::requiresSurrogates(c.ch))
                    run.append(QString::fromUcs4(&c.ch, 1));
                else
                    run.append(QChar(char16_t(c.ch)));
                ++col;
            }
            if (col == start) { // a stray continuation cell
                ++col;
                continue;
            }
        }
        const qreal x = start * m_cellWidth;
        const qreal w = (col - start) * m_cellWidth;
        if (style.bg != defaultBg)
            p.fillRect(QRectF(x, y, w, m_cellHeight), QColor::fromRgb(style.bg));
        if (!run.trimmed().isEmpty() || (style.attrs & (TerminalCell::Underline | TerminalCell::Strike))) {
            const bool bold = style.attrs & TerminalCell::Bold;
            const bool italic = style.attrs & TerminalCell::Italic;
            p.setFont(bold ? (italic ? m_boldItalicFont : m_boldFont) : (italic ? m_italicFont : m_font));
            p.setPen(QColor::fromRgb(style.fg));
            p.drawText(QPointF(x, y + m_ascent), run);
            if (style.attrs & TerminalCell::Underline)
                p.fillRect(QRectF(x, y + m_ascent + 1, w, 1), QColor::fromRgb(style.fg));
            if (style.attrs & TerminalCell::Strike)
                p.fillRect(QRectF(x, y + m_cellHeight / 2, w, 1), QColor::fromRgb(style.fg));
        }
    }
    if (cursorHere && !m_focused && cursor.x() >= fromCol && cursor.x() <= toCol) {
        p.setPen(QColor::fromRgb(m_surface->defaultForeground()));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(cursor.x() * m_cellWidth, y, m_cellWidth - 1, m_cellHeight - 1));
    }
}

void TerminalView::paintOverlay(QPainter &p)
{
    const QRect area = viewport()->rect();
    p.fillRect(area, QColor(0, 0, 0, 150));
    QFont f = font();
    f.setPointSizeF(std::max<qreal>(f.pointSizeF(), 10) * 1.2);
    p.setFont(f);
    const QString text = m_offerReconnect ? m_overlay + u'\n' + tr("Press Enter to reconnect") : m_overlay;
    QRect box = p.fontMetrics().boundingRect(area.adjusted(40, 0, -40, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
    box = box.adjusted(-16, -12, 16, 12);
    box.moveCenter(area.center());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0xd0, 0x80, 0x30));
    p.setBrush(QColor(0x30, 0x30, 0x30));
    p.drawRoundedRect(box, 8, 8);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    m_focused = true;
    QAbstractScrollArea::focusInEvent(event);
    onInvalidated(QRect(0, m_surface->cursor().y(), m_surface->columns(), 1));
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    m_focused = false;
    QAbstractScrollArea::focusOutEvent(event);
    onInvalidated(QRect(0, m_surface->cursor().y(), m_surface->columns(), 1));
}

void TerminalView::layoutFindBar()
{
    if (!m_findBar)
        return;
    const int w = std::min(420, viewport()->width() - 16);
    m_findBar->setGeometry(viewport()->width() - w - 8, 8, w, m_findBar->sizeHint().height());
}

void TerminalView::openFind()
{
    layoutFindBar();
    m_findBar->show();
    m_findBar->raise();
    m_findBar->setFocus();
    m_findBar->selectAll();
}

} // namespace ckx
