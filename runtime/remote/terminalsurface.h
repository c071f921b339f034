#pragma once
// TerminalSurface: a widget-free terminal model. It eats the bytes a host sends (libvterm parses them, behind a
// pimpl), keeps the screen, the alternate screen and a scrollback ring, answers terminal queries through the
// writer, and tells views which cells changed, once per fed chunk.

#include <QObject>
#include <QRect>
#include <QRgb>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace ckx {

/// Cell colours are packed: kind in the top byte (0 default, 1 palette index, 2 RGB), value below.
namespace TerminalColor {
constexpr quint32 Default = 0;
constexpr quint32 indexed(int index)
{
    return 0x01000000u | quint32(index & 0xff);
}
constexpr quint32 rgb(int r, int g, int b)
{
    return 0x02000000u | quint32(r & 0xff) << 16 | quint32(g & 0xff) << 8 | quint32(b & 0xff);
}
constexpr int kind(quint32 c)
{
    return int(c >> 24);
}
} // namespace TerminalColor

struct TerminalCell
{
    enum Attr : quint16 {
        Bold = 1,
        Italic = 2,
        Underline = 4,
        Reverse = 8,
        Strike = 16,
        Blink = 32,
        WrapsToNext = 0x8000, ///< on a row's last cell: the text continues on the next row (autowrap), no newline
    };
    char32_t ch = 0; ///< 0 = empty
    quint32 fg = TerminalColor::Default;
    quint32 bg = TerminalColor::Default;
    quint16 attrs = 0;
    quint8 width = 1; ///< 2 = first half of a wide character, 0 = its second half
};

enum class TerminalKey {
    Enter,
    Tab,
    Backspace,
    Escape,
    Up,
    Down,
    Left,
    Right,
    Insert,
    Delete,
    Home,
    End,
    PageUp,
    PageDown,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    F11,
    F12
};

class TerminalSurface : public QObject
{
    Q_OBJECT
public:
    using Writer = std::function<void(const QByteArray &)>;

    explicit TerminalSurface(QSize columnsRows = {80, 24}, QObject *parent = nullptr);
    ~TerminalSurface() override;

    /// Where keyboard input and answers to terminal queries go (the SSH channel).
    void setWriter(Writer writer);
    /// Bytes from the host. Emits invalidated() at most once per call.
    void feed(const QByteArray &bytes);

    QSize size() const; ///< columns x rows
    int columns() const;
    int rows() const;
    void resize(QSize columnsRows);

    /// Lines are numbered from the start of the session and keep their number while they exist:
    /// screen row r is line screenTop() + r; scrollback holds [firstLine(), screenTop()).
    qint64 firstLine() const;
    qint64 screenTop() const;
    int scrollbackLines() const;
    int scrollbackLimit() const;
    void setScrollbackLimit(int lines); ///< default 10,000
    /// Cells of one line (scrollback lines may be shorter than columns(): the rest is empty).
    std::span<const TerminalCell> line(qint64 line) const;
    QString lineText(qint64 line) const;
    /// Text between two (line, column) positions, inclusive of `from`, exclusive of `to`; lines end with '\n'.
    QString text(qint64 fromLine, int fromColumn, qint64 toLine, int toColumn) const;
    /// Case-insensitive search from (line, column) towards older lines (backwards) or newer; returns line, column.
    std::optional<std::pair<qint64, int>> find(const QString &needle, qint64 line, int column, bool backwards) const;

    QPoint cursor() const; ///< column, screen row
    bool cursorVisible() const;
    bool altScreen() const;
    bool reverseVideo() const;
    QString title() const;

    QRgb defaultForeground() const;
    QRgb defaultBackground() const;
    QRgb resolve(quint32 color, bool foreground) const; ///< packed colour -> RGB (xterm palette)

    void sendKey(TerminalKey key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /// One character typed with modifiers: Ctrl maps to control codes, Alt prefixes ESC.
    void sendChar(char32_t ch, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void sendText(const QString &text);
    /// Pasted text: bracketed (ESC[200~ ... ESC[201~) when the program asked for it; newlines sent as CR.
    void paste(const QString &text);

    /// True while the program asked for mouse reports (vim with mouse=a, htop, less --mouse).
    bool mouseReporting() const;
    /// Mouse input for such programs, in screen cells; button 1 left, 2 middle, 3 right, 4/5 wheel up/down.
    void sendMouseMove(int row, int column, Qt::KeyboardModifiers modifiers);
    void sendMouseButton(int button, bool pressed, Qt::KeyboardModifiers modifiers);

Q_SIGNALS:
    void invalidated(const QRect &cells); ///< x = column, y = screen row
    void historyChanged();                ///< lines moved into scrollback (screenTop() grew)
    void titleChanged(const QString &title);
    void bell();
    void altScreenChanged(bool active);
    void sizeChanged(QSize columnsRows);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ckx
