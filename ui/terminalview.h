#pragma once
// TerminalView: paints a TerminalSurface and turns keyboard, mouse and clipboard into terminal input.
// Repaints are coalesced with two single-shot timers so bulk output paints at most ~40 times a second, while a
// change after a quiet spell (a keystroke echo) is painted at once. The implementation is split: terminalview.cpp
// paints and scrolls, terminalviewinput.cpp handles keys, mouse, selection, clipboard and find.

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QFont>
#include <QTimer>

#include <utility>

class QLineEdit;

namespace ckx {

class TerminalSurface;

class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TerminalView(TerminalSurface *surface, QWidget *parent = nullptr);
    ~TerminalView() override;

    TerminalSurface *surface() const { return m_surface; }

    /// A banner over the terminal (disconnected, reconnecting ...); empty text hides it. With offerReconnect,
    /// Enter emits reconnectRequested() instead of reaching the shell.
    void setOverlay(const QString &text, bool offerReconnect = false);
    QString overlayText() const { return m_overlay; }

    bool hasSelection() const;
    QString selectedText() const;
    void clearSelection();
    /// Selects columns [fromColumn, toColumn) of one line (absolute line number, see TerminalSurface).
    void selectRange(qint64 line, int fromColumn, int toColumn);
    void copy();           ///< Ctrl+Shift+C
    void paste();          ///< Ctrl+Shift+V
    void pasteSelection(); ///< middle click / Shift+Insert (X11 primary selection)

    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Off for a replay: the surface keeps the recorded size whatever the view's size. On by default: the
    /// surface (and so the remote PTY) follows the view.
    void setSurfaceFollowsView(bool follows) { m_surfaceFollowsView = follows; }
    /// The size resetZoom() returns to (the learner's "Terminal text size" setting); applies it now.
    void setBaseFontPointSize(qreal points);
    qreal fontPointSize() const { return m_font.pointSizeF(); }
    QSizeF cellSize() const { return {m_cellWidth, m_cellHeight}; }
    /// Viewport rectangle of a cell on the visible screen (row 0 = top of the view).
    QRect cellRect(int viewRow, int column) const;

    int scrollOffset() const { return m_scrollOffset; } ///< lines scrolled back from the live screen
    void scrollBack(int lines);                         ///< positive = older
    void scrollToBottom();

    void openFind();
    /// Searches scrollback and screen from the current match (older first unless !backwards); selects the hit.
    bool findNext(const QString &needle, bool backwards = true);

    quint64 paintCount() const { return m_paintCount; }

Q_SIGNALS:
    void painted(); ///< after every paint; benches time "output visible" with it
    void reconnectRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    using Pos = std::pair<qint64, int>; // absolute line, column

    void onInvalidated(const QRect &cells);
    void onHistoryChanged();
    void scheduleRepaint();
    void flushDamage();
    void updateFontMetrics();
    void updateScrollBar();
    void updateTerminalSize();
    qint64 viewTop() const;
    Pos posAt(QPoint viewportPoint) const;
    std::pair<Pos, Pos> orderedSelection() const;
    bool isSelected(qint64 line, int column) const;
    Pos wordStart(Pos p) const;
    Pos wordEnd(Pos p) const;
    void paintRow(QPainter &p, int viewRow, int fromCol, int toCol);
    void paintOverlay(QPainter &p);
    static int reportedButton(Qt::MouseButton button);
    bool reportMouse(QMouseEvent *event, bool pressed, bool move);
    bool handleViewKey(QKeyEvent *event);
    bool sendTerminalKey(QKeyEvent *event);
    void userInput();
    void layoutFindBar();

    TerminalSurface *m_surface;
    QFont m_font;
    QFont m_boldFont;
    QFont m_italicFont;
    QFont m_boldItalicFont;
    qreal m_defaultPointSize = 11;
    qreal m_cellWidth = 8;
    qreal m_cellHeight = 16;
    qreal m_ascent = 12;

    QTimer m_shortTimer;
    QTimer m_longTimer;
    QElapsedTimer m_sinceFlush;
    int m_dirtyTop = -1; // screen rows waiting for a repaint
    int m_dirtyBottom = -1;
    bool m_scrollBarDirty = false;

    int m_scrollOffset = 0;
    qint64 m_lastScreenTop = 0;
    bool m_ignoreScrollBar = false;

    enum class SelectMode { Character, Word, Line };
    bool m_selecting = false;
    bool m_hasSelection = false;
    SelectMode m_selectMode = SelectMode::Character;
    Pos m_selAnchor{0, 0};
    Pos m_selEnd{0, 0};
    qint64 m_lastDoubleClickMs = -1;
    QPoint m_lastDoubleClickPos;

    QString m_overlay;
    bool m_offerReconnect = false;
    bool m_focused = false;
    bool m_surfaceFollowsView = true;
    quint64 m_paintCount = 0;

    QLineEdit *m_findBar = nullptr;
    Pos m_findFrom{-1, 0};
};

} // namespace ckx
