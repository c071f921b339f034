// TerminalView, second half: keyboard, mouse, selection, clipboard and find (painting is in terminalview.cpp).
#include "runtime/remote/terminalsurface.h"
#include "ui/terminalview.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPalette>
#include <QWheelEvent>

#include <algorithm>
#include <cctype>
#include <climits>

namespace ckx {

namespace {

bool isWordChar(char32_t c)
{
    if (c == 0 || c == U' ')
        return false;
    if (c > 0x7f)
        return true;
    // Kubernetes names, paths, flags and URLs are one "word" when double-clicked.
    return std::isalnum(int(c)) || std::char_traits<char32_t>::find(U"-_.~/:@%+=", 10, c) != nullptr;
}

std::optional<TerminalKey> terminalKeyFor(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return TerminalKey::Enter;
    case Qt::Key_Tab:
        return TerminalKey::Tab;
    case Qt::Key_Backspace:
        return TerminalKey::Backspace;
    case Qt::Key_Escape:
        return TerminalKey::Escape;
    case Qt::Key_Up:
        return TerminalKey::Up;
    case Qt::Key_Down:
        return TerminalKey::Down;
    case Qt::Key_Left:
        return TerminalKey::Left;
    case Qt::Key_Right:
        return TerminalKey::Right;
    case Qt::Key_Insert:
        return TerminalKey::Insert;
    case Qt::Key_Delete:
        return TerminalKey::Delete;
    case Qt::Key_Home:
        return TerminalKey::Home;
    case Qt::Key_End:
        return TerminalKey::End;
    case Qt::Key_PageUp:
        return TerminalKey::PageUp;
    case Qt::Key_PageDown:
        return TerminalKey::PageDown;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return TerminalKey(int(TerminalKey::F1) + (key - Qt::Key_F1));
    return std::nullopt;
}

} // namespace

bool TerminalView::event(QEvent *event)
{
    // The terminal owns its keys while focused (Ctrl+W, Ctrl+R ... belong to the shell, not to app shortcuts).
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab completes in the shell
}

bool TerminalView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findBar && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const bool found = findNext(m_findBar->text(), !(key->modifiers() & Qt::ShiftModifier));
            QPalette pal = m_findBar->palette();
            pal.setColor(QPalette::Base, found || m_findBar->text().isEmpty()
                                             ? QApplication::palette().color(QPalette::Base)
                                             : QColor(0x80, 0x20, 0x20));
            m_findBar->setPalette(pal);
            return true;
        }
    }
    return QAbstractScrollArea::eventFilter(watched, event);
}

void TerminalView::userInput()
{
    scrollToBottom();
}

bool TerminalView::handleViewKey(QKeyEvent *e)
{
    const auto mods = e->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = e->key();
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_C:
            copy();
            return true;
        case Qt::Key_V:
            paste();
            return true;
        case Qt::Key_F:
            openFind();
            return true;
        default:
            break;
        }
    }
    if (mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_Equal:
        case Qt::Key_Plus:
            zoomIn();
            return true;
        case Qt::Key_Minus:
            zoomOut();
            return true;
        case Qt::Key_0:
            if (mods == Qt::ControlModifier) {
                resetZoom();
                return true;
            }
            break;
        default:
            break;
        }
    }
    if (mods == Qt::ShiftModifier) {
        switch (key) {
        case Qt::Key_PageUp:
            scrollBack(std::max(1, m_surface->rows() - 1));
            return true;
        case Qt::Key_PageDown:
            scrollBack(-std::max(1, m_surface->rows() - 1));
            return true;
        case Qt::Key_Insert:
            pasteSelection();
            return true;
        default:
            break;
        }
    }
    if (m_offerReconnect && !m_overlay.isEmpty() && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        Q_EMIT reconnectRequested();
        return true;
    }
    return false;
}

bool TerminalView::sendTerminalKey(QKeyEvent *e)
{
    const auto mods = e->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier);
    const int key = e->key();
    if (key == Qt::Key_Backtab) {
        m_surface->sendKey(TerminalKey::Tab, mods | Qt::ShiftModifier);
        return true;
    }
    if (const auto tk = terminalKeyFor(key)) {
        m_surface->sendKey(*tk, mods);
        return true;
    }
    if (mods & (Qt::ControlModifier | Qt::AltModifier)) {
        char32_t ch = 0;
        if (key >= Qt::Key_A && key <= Qt::Key_Z)
            ch = char32_t(U'a' + (key - Qt::Key_A));
        else if (!e->text().isEmpty() && !(mods & Qt::ControlModifier))
            ch = e->text().toUcs4().value(0);
        else if (key >= 0x20 && key < 0x7f)
            ch = char32_t(key);
        if (ch != 0) {
            m_surface->sendChar(ch, mods & (Qt::ControlModifier | Qt::AltModifier));
            return true;
        }
    }
    const QString text = e->text();
    if (!text.isEmpty()) {
        m_surface->sendText(text);
        return true;
    }
    return false;
}

void TerminalView::keyPressEvent(QKeyEvent *e)
{
    if (handleViewKey(e)) {
        e->accept();
        return;
    }
    if (sendTerminalKey(e)) {
        userInput();
        e->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(e);
}

void TerminalView::inputMethodEvent(QInputMethodEvent *e)
{
    if (!e->commitString().isEmpty()) {
        m_surface->sendText(e->commitString());
        userInput();
    }
    e->accept();
}

TerminalView::Pos TerminalView::posAt(QPoint pt) const
{
    const int row = std::clamp(int(pt.y() / m_cellHeight), 0, m_surface->rows() - 1);
    const int col = std::clamp(int(pt.x() / m_cellWidth), 0, m_surface->columns() - 1);
    return {viewTop() + row, col};
}

std::pair<TerminalView::Pos, TerminalView::Pos> TerminalView::orderedSelection() const
{
    Pos a = m_selAnchor;
    Pos b = m_selEnd;
    if (b < a)
        std::swap(a, b);
    return {a, b}; // [a, b) in (line, column) order
}

bool TerminalView::isSelected(qint64 line, int column) const
{
    if (!m_hasSelection)
        return false;
    const auto [a, b] = orderedSelection();
    const Pos p{line, column};
    return !(p < a) && p < b;
}

bool TerminalView::hasSelection() const
{
    return m_hasSelection && m_selAnchor != m_selEnd;
}

QString TerminalView::selectedText() const
{
    if (!hasSelection())
        return {};
    const auto [a, b] = orderedSelection();
    return m_surface->text(a.first, a.second, b.first, b.second);
}

void TerminalView::clearSelection()
{
    if (!m_hasSelection)
        return;
    m_hasSelection = false;
    viewport()->update();
}

void TerminalView::selectRange(qint64 line, int fromColumn, int toColumn)
{
    m_selAnchor = {line, fromColumn};
    m_selEnd = {line, toColumn};
    m_hasSelection = true;
    const qint64 viewRow = line - viewTop();
    if (viewRow < 0 || viewRow >= m_surface->rows())
        scrollBack(int(std::clamp<qint64>(m_surface->screenTop() - line + m_surface->rows() / 2, 0, INT_MAX)) -
                   m_scrollOffset);
    viewport()->update();
}

TerminalView::Pos TerminalView::wordStart(Pos p) const
{
    const auto cells = m_surface->line(p.first);
    int c = p.second;
    while (c > 0 && c - 1 < int(cells.size()) &&
           (isWordChar(cells[size_t(c - 1)].ch) || cells[size_t(c - 1)].width == 0))
        --c;
    return {p.first, c};
}

TerminalView::Pos TerminalView::wordEnd(Pos p) const
{
    const auto cells = m_surface->line(p.first);
    int c = p.second;
    while (c < int(cells.size()) && (isWordChar(cells[size_t(c)].ch) || cells[size_t(c)].width == 0))
        ++c;
    return {p.first, std::max(c, p.second + 1)};
}

int TerminalView::reportedButton(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton:
        return 1;
    case Qt::MiddleButton:
        return 2;
    case Qt::RightButton:
        return 3;
    default:
        return 0;
    }
}

bool TerminalView::reportMouse(QMouseEvent *e, bool pressed, bool move)
{
    // Programs that asked for the mouse get it, unless Shift is held: Shift+drag still selects, like xterm.
    if (!m_surface->mouseReporting() || (e->modifiers() & Qt::ShiftModifier) || m_scrollOffset != 0)
        return false;
    const QPoint pt = e->position().toPoint();
    m_surface->sendMouseMove(int(pt.y() / m_cellHeight), int(pt.x() / m_cellWidth), e->modifiers());
    if (!move) {
        const int button = reportedButton(e->button());
        if (button == 0)
            return false;
        m_surface->sendMouseButton(button, pressed, e->modifiers());
    }
    return true;
}

void TerminalView::mousePressEvent(QMouseEvent *e)
{
    setFocus();
    if (reportMouse(e, true, false))
        return;
    const Pos p = posAt(e->position().toPoint());
    if (e->button() == Qt::MiddleButton) {
        pasteSelection();
        return;
    }
    if (e->button() != Qt::LeftButton)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool triple = m_lastDoubleClickMs >= 0 && now - m_lastDoubleClickMs <= QApplication::doubleClickInterval() &&
                        (e->position().toPoint() - m_lastDoubleClickPos).manhattanLength() < 6;
    m_selecting = true;
    m_hasSelection = true;
    if (triple) {
        m_selectMode = SelectMode::Line;
        m_selAnchor = {p.first, 0};
        m_selEnd = {p.first, INT_MAX / 2};
        m_lastDoubleClickMs = -1;
    } else {
        m_selectMode = SelectMode::Character;
        m_selAnchor = m_selEnd = p;
    }
    viewport()->update();
}

void TerminalView::mouseMoveEvent(QMouseEvent *e)
{
    if (!m_selecting && e->buttons() != Qt::NoButton && reportMouse(e, false, true))
        return;
    if (!m_selecting || !(e->buttons() & Qt::LeftButton))
        return;
    QPoint pt = e->position().toPoint();
    // Dragging past the edges scrolls through history.
    if (pt.y() < 0)
        scrollBack(1);
    else if (pt.y() >= viewport()->height())
        scrollBack(-1);
    Pos p = posAt(pt);
    switch (m_selectMode) {
    case SelectMode::Character:
        if (!(p < m_selAnchor))
            p.second += 1; // the cell under the pointer is included when dragging forwards
        m_selEnd = p;
        break;
    case SelectMode::Word:
        m_selEnd = p < m_selAnchor ? wordStart(p) : wordEnd(p);
        break;
    case SelectMode::Line:
        m_selEnd = p < m_selAnchor ? Pos{p.first, 0} : Pos{p.first, INT_MAX / 2};
        break;
    }
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *e)
{
    if (!m_selecting && reportMouse(e, false, false))
        return;
    if (e->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    if (!hasSelection()) {
        m_hasSelection = false;
        return;
    }
    QClipboard *cb = QGuiApplication::clipboard();
    if (cb->supportsSelection())
        cb->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (reportMouse(e, true, false))
        return;
    if (e->button() != Qt::LeftButton)
        return;
    const Pos p = posAt(e->position().toPoint());
    m_selectMode = SelectMode::Word;
    m_selAnchor = wordStart(p);
    m_selEnd = wordEnd(p);
    m_hasSelection = true;
    m_selecting = true;
    m_lastDoubleClickMs = QDateTime::currentMSecsSinceEpoch();
    m_lastDoubleClickPos = e->position().toPoint();
    viewport()->update();
}

void TerminalView::wheelEvent(QWheelEvent *e)
{
    const int notches = e->angleDelta().y() / 120;
    if (notches == 0)
        return;
    if (m_surface->mouseReporting() && m_scrollOffset == 0 && !(e->modifiers() & Qt::ShiftModifier)) {
        const QPoint pt = e->position().toPoint();
        m_surface->sendMouseMove(int(pt.y() / m_cellHeight), int(pt.x() / m_cellWidth), e->modifiers());
        for (int i = 0; i < std::abs(notches); ++i) {
            m_surface->sendMouseButton(notches > 0 ? 4 : 5, true, e->modifiers());
            m_surface->sendMouseButton(notches > 0 ? 4 : 5, false, e->modifiers());
        }
        return;
    }
    if (m_surface->altScreen()) {
        // less, vim and top scroll with arrow keys; what xterm's alternateScroll does.
        for (int i = 0; i < 3 * std::abs(notches); ++i)
            m_surface->sendKey(notches > 0 ? TerminalKey::Up : TerminalKey::Down);
        return;
    }
    scrollBack(3 * notches);
}

void TerminalView::copy()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Clipboard);
}

void TerminalView::paste()
{
    const QString text = QGuiApplication::clipboard()->text(QClipboard::Clipboard);
    if (text.isEmpty())
        return;
    m_surface->paste(text);
    userInput();
}

void TerminalView::pasteSelection()
{
    QClipboard *cb = QGuiApplication::clipboard();
    const QString text = cb->text(cb->supportsSelection() ? QClipboard::Selection : QClipboard::Clipboard);
    if (text.isEmpty())
        return;
    m_surface->paste(text);
    userInput();
}

bool TerminalView::findNext(const QString &needle, bool backwards)
{
    if (needle.isEmpty())
        return false;
    Pos from = m_findFrom;
    if (from.first < 0) // a new search starts at the bottom of the screen
        from = {m_surface->screenTop() + m_surface->rows() - 1, backwards ? INT_MAX / 2 : -1};
    const auto hit = m_surface->find(needle, from.first, from.second, backwards);
    if (!hit)
        return false;
    m_findFrom = {hit->first, hit->second};
    selectRange(hit->first, hit->second, hit->second + int(needle.size()));
    return true;
}

} // namespace ckx
