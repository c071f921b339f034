#include "runtime/remote/terminalsurface.h"

#include <vterm.h>

#include <algorithm>
#include <climits>
#include <vector>

namespace ckx {

namespace {

using Row = std::vector<TerminalCell>;

void appendUcs4(QString &s, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        s.append(QChar(QChar::highSurrogate(c)));
        s.append(QChar(QChar::lowSurrogate(c)));
    } else {
        s.append(QChar(char16_t(c)));
    }
}

quint32 packColor(const VTermColor &c, bool foreground)
{
    if (foreground ? VTERM_COLOR_IS_DEFAULT_FG(&c) : VTERM_COLOR_IS_DEFAULT_BG(&c))
        return TerminalColor::Default;
    if (VTERM_COLOR_IS_INDEXED(&c))
        return TerminalColor::indexed(c.indexed.idx);
    return TerminalColor::rgb(c.rgb.red, c.rgb.green, c.rgb.blue);
}

QRgb xtermPalette(int i)
{
    static const QRgb base[16] = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
                                  0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};
    if (i < 16)
        return 0xff000000u | base[i];
    if (i < 232) {
        const int v = i - 16;
        auto level = [](int x) { return x == 0 ? 0 : 55 + 40 * x; };
        return qRgb(level(v / 36), level((v / 6) % 6), level(v % 6));
    }
    const int g = 8 + 10 * (i - 232);
    return qRgb(g, g, g);
}

} // namespace

// libvterm's own screen layer memmoves the whole screen for every scrolled line (~14 MB/s on this machine);
// this model sits on VTermState instead and scrolls by rotating row vectors, so bulk output costs O(columns).
struct TerminalSurface::Private
{
    TerminalSurface *q;
    std::unique_ptr<VTerm, decltype(&vterm_free)> vt{nullptr, &vterm_free};
    VTermState *state = nullptr;
    int rows = 24;
    int cols = 80;
    std::vector<Row> primary;
    std::vector<Row> alternate;
    bool onAlt = false;
    std::vector<Row> sb; // ring buffer of lines pushed off the top of the primary screen
    size_t sbStart = 0;
    size_t sbCount = 0;
    size_t sbLimit = 10000;
    qint64 pushedTotal = 0;
    TerminalCell pen;
    VTermPos cursor{0, 0};
    bool cursorVisible = true;
    bool reverse = false;
    QString title;
    Writer writer;
    int dirtyTop = INT_MAX;
    int dirtyBottom = -1;
    bool titleDirty = false;
    int bells = 0;
    bool altChanged = false;
    bool wrapPending = false;
    int mouseMode = VTERM_PROP_MOUSE_NONE;
    qint64 pushedAtFeedStart = 0;

    std::vector<Row> &screen() { return onAlt ? alternate : primary; }
    const std::vector<Row> &screen() const { return onAlt ? alternate : primary; }

    void dirty(int top, int bottomInclusive)
    {
        dirtyTop = std::min(dirtyTop, std::max(0, top));
        dirtyBottom = std::max(dirtyBottom, std::min(rows - 1, bottomInclusive));
    }

    TerminalCell blank() const
    {
        TerminalCell c;
        c.fg = pen.fg;
        c.bg = pen.bg;
        return c;
    }

    const Row *scrollbackRow(size_t index) const { return &sb[(sbStart + index) % sb.size()]; }

    // Moves `row` into the scrollback; `row` comes back holding recycled storage (or empty).
    void pushLine(Row &row)
    {
        ++pushedTotal;
        if (sbLimit == 0) {
            return;
        }
        // Keep only up to the last non-empty cell: most lines are short, and this is the memory of 10,000 lines.
        size_t used = row.size();
        while (used > 0 && row[used - 1].ch == 0 && row[used - 1].bg == TerminalColor::Default &&
               (row[used - 1].attrs & TerminalCell::Reverse) == 0)
            --used;
        if (sb.size() < sbLimit) {
            Row stored(row.begin(), row.begin() + qsizetype(used));
            sb.push_back(std::move(stored));
            ++sbCount;
            return;
        }
        Row &slot = sb[(sbStart + sbCount) % sb.size()];
        if (sbCount == sb.size())
            sbStart = (sbStart + 1) % sb.size();
        else
            ++sbCount;
        row.resize(used);
        std::swap(slot, row);
    }

    bool popLine(Row &out)
    {
        if (sbCount == 0)
            return false;
        if (sb.size() < sbLimit) { // not yet a ring: start is 0 and the newest line is the last element
            out = std::move(sb.back());
            sb.pop_back();
        } else {
            const size_t idx = (sbStart + sbCount - 1) % sb.size();
            out = std::move(sb[idx]);
            sb[idx].clear();
        }
        --sbCount;
        --pushedTotal;
        return true;
    }

    void fillRow(Row &row, const TerminalCell &cell) { row.assign(size_t(cols), cell); }

    // --- libvterm state callbacks ---
    static int onPutGlyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        auto *p = static_cast<Private *>(user);
        if (pos.row < 0 || pos.row >= p->rows || pos.col < 0 || pos.col >= p->cols)
            return 1;
        Row &r = p->screen()[size_t(pos.row)];
        TerminalCell &c = r[size_t(pos.col)];
        if (c.width == 0 && pos.col > 0) // overwriting the right half of a wide character breaks it
            r[size_t(pos.col - 1)] = p->blank();
        if (c.width == 2 && info->width < 2 && pos.col + 1 < p->cols)
            r[size_t(pos.col + 1)] = p->blank();
        c = p->pen;
        c.ch = info->chars[0] ? char32_t(info->chars[0]) : U' ';
        c.width = quint8(std::clamp(info->width, 1, 2));
        if (c.width == 2 && pos.col + 1 < p->cols) {
            TerminalCell &right = r[size_t(pos.col + 1)];
            right = p->pen;
            right.ch = 0;
            right.width = 0;
        }
        // Autowrap: a glyph in the last column followed by one in column 0 means the previous row continues here
        // (libvterm 0.1.4 does not report continuation lines; this is how copy and find keep long lines whole).
        if (pos.col == 0 && p->wrapPending && pos.row > 0) {
            Row &prev = p->screen()[size_t(pos.row - 1)];
            if (!prev.empty())
                prev.back().attrs |= TerminalCell::WrapsToNext;
        }
        p->wrapPending = pos.col + c.width >= p->cols;
        p->dirty(pos.row, pos.row);
        return 1;
    }

    static int onMoveCursor(VTermPos pos, VTermPos oldpos, int visible, void *user)
    {
        auto *p = static_cast<Private *>(user);
        if (pos.col < p->cols - 1 || pos.row != p->cursor.row)
            p->wrapPending = false; // anything but staying at the right margin cancels a pending wrap
        p->cursor = pos;
        p->cursorVisible = visible != 0;
        p->dirty(oldpos.row, oldpos.row);
        p->dirty(pos.row, pos.row);
        return 1;
    }

    static int onScrollRect(VTermRect rect, int downward, int rightward, void *user)
    {
        auto *p = static_cast<Private *>(user);
        if (rightward != 0 || downward == 0 || rect.start_col != 0 || rect.end_col != p->cols)
            return 0; // libvterm falls back to moverect + erase
        auto &scr = p->screen();
        const int height = rect.end_row - rect.start_row;
        const int n = std::min(std::abs(downward), height);
        auto first = scr.begin() + rect.start_row;
        auto last = scr.begin() + rect.end_row;
        const TerminalCell empty = p->blank();
        if (downward > 0) {
            const bool toScrollback = rect.start_row == 0 && !p->onAlt;
            for (int i = 0; i < n; ++i) {
                Row &gone = scr[size_t(rect.start_row + i)];
                if (toScrollback)
                    p->pushLine(gone);
                p->fillRow(gone, empty);
            }
            std::rotate(first, first + n, last);
        } else {
            for (int i = 0; i < n; ++i)
                p->fillRow(scr[size_t(rect.end_row - 1 - i)], empty);
            std::rotate(first, last - n, last);
        }
        p->dirty(rect.start_row, rect.end_row - 1);
        return 1;
    }

    static int onMoveRect(VTermRect dest, VTermRect src, void *user)
    {
        auto *p = static_cast<Private *>(user);
        auto &scr = p->screen();
        const int h = src.end_row - src.start_row;
        const int w = src.end_col - src.start_col;
        std::vector<TerminalCell> tmp(size_t(h * w));
        for (int r = 0; r < h; ++r)
            std::copy_n(scr[size_t(src.start_row + r)].begin() + src.start_col, w, tmp.begin() + r * w);
        for (int r = 0; r < h; ++r)
            std::copy_n(tmp.begin() + r * w, w, scr[size_t(dest.start_row + r)].begin() + dest.start_col);
        p->dirty(dest.start_row, dest.end_row - 1);
        return 1;
    }

    static int onErase(VTermRect rect, int /*selective*/, void *user)
    {
        auto *p = static_cast<Private *>(user);
        auto &scr = p->screen();
        const TerminalCell empty = p->blank();
        for (int r = std::max(0, rect.start_row); r < std::min(p->rows, rect.end_row); ++r) {
            Row &row = scr[size_t(r)];
            std::fill(row.begin() + std::max(0, rect.start_col), row.begin() + std::min(p->cols, rect.end_col), empty);
        }
        p->dirty(rect.start_row, rect.end_row - 1);
        return 1;
    }

    static int onInitPen(void *user)
    {
        static_cast<Private *>(user)->pen = TerminalCell{};
        return 1;
    }

    static int onSetPenAttr(VTermAttr attr, VTermValue *val, void *user)
    {
        auto *p = static_cast<Private *>(user);
        auto flag = [p](quint16 bit, bool on) { p->pen.attrs = on ? (p->pen.attrs | bit) : (p->pen.attrs & ~bit); };
        switch (attr) {
        case VTERM_ATTR_BOLD:
            flag(TerminalCell::Bold, val->boolean);
            break;
        case VTERM_ATTR_UNDERLINE:
            flag(TerminalCell::Underline, val->number != 0);
            break;
        case VTERM_ATTR_ITALIC:
            flag(TerminalCell::Italic, val->boolean);
            break;
        case VTERM_ATTR_BLINK:
            flag(TerminalCell::Blink, val->boolean);
            break;
        case VTERM_ATTR_REVERSE:
            flag(TerminalCell::Reverse, val->boolean);
            break;
        case VTERM_ATTR_STRIKE:
            flag(TerminalCell::Strike, val->boolean);
            break;
        case VTERM_ATTR_FOREGROUND:
            p->pen.fg = packColor(val->color, true);
            break;
        case VTERM_ATTR_BACKGROUND:
            p->pen.bg = packColor(val->color, false);
            break;
        default:
            break;
        }
        return 1;
    }

    static int onSetTermProp(VTermProp prop, VTermValue *val, void *user)
    {
        auto *p = static_cast<Private *>(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            p->cursorVisible = val->boolean;
            p->dirty(p->cursor.row, p->cursor.row);
            break;
        case VTERM_PROP_ALTSCREEN:
            if (bool(val->boolean) != p->onAlt) {
                p->onAlt = val->boolean;
                if (p->onAlt) {
                    const TerminalCell empty = p->blank();
                    for (Row &r : p->alternate)
                        p->fillRow(r, empty);
                }
                p->altChanged = true;
                p->dirty(0, p->rows - 1);
            }
            break;
        case VTERM_PROP_TITLE:
            p->title = QString::fromUtf8(val->string);
            p->titleDirty = true;
            break;
        case VTERM_PROP_MOUSE:
            p->mouseMode = val->number;
            break;
        case VTERM_PROP_REVERSE:
            p->reverse = val->boolean;
            p->dirty(0, p->rows - 1);
            break;
        default:
            break;
        }
        return 1;
    }

    static int onBell(void *user)
    {
        ++static_cast<Private *>(user)->bells;
        return 1;
    }

    static int onResize(int newRows, int newCols, VTermPos *delta, void *user)
    {
        auto *p = static_cast<Private *>(user);
        const TerminalCell empty = TerminalCell{};
        int shift = 0;
        // Shrinking: lines above a cursor that would fall off go to scrollback, like xterm.
        if (newRows < p->rows && p->cursor.row >= newRows && !p->onAlt) {
            shift = p->cursor.row - newRows + 1;
            for (int i = 0; i < shift; ++i)
                p->pushLine(p->primary[size_t(i)]);
            p->primary.erase(p->primary.begin(), p->primary.begin() + shift);
        }
        // Growing: bring lines back from scrollback.
        int pulled = 0;
        if (newRows > p->rows && !p->onAlt) {
            while (int(p->primary.size()) < newRows && p->sbCount > 0) {
                Row r;
                p->popLine(r);
                p->primary.insert(p->primary.begin(), std::move(r));
                ++pulled;
            }
        }
        p->rows = newRows;
        p->cols = newCols;
        for (auto *buf : {&p->primary, &p->alternate}) {
            buf->resize(size_t(newRows));
            for (Row &r : *buf)
                r.resize(size_t(newCols), empty);
        }
        if (delta)
            delta->row += pulled - shift;
        p->dirtyTop = 0;
        p->dirtyBottom = newRows - 1;
        return 1;
    }

    static int onSetLineInfo(int, const VTermLineInfo *, const VTermLineInfo *, void *) { return 1; }

    static void onOutput(const char *s, size_t len, void *user)
    {
        auto *p = static_cast<Private *>(user);
        if (p->writer)
            p->writer(QByteArray(s, qsizetype(len)));
    }

    void emitPending()
    {
        if (altChanged) {
            altChanged = false;
            Q_EMIT q->altScreenChanged(onAlt);
        }
        if (pushedTotal != pushedAtFeedStart) {
            pushedAtFeedStart = pushedTotal;
            Q_EMIT q->historyChanged();
        }
        if (dirtyBottom >= dirtyTop) {
            const QRect r(0, dirtyTop, cols, dirtyBottom - dirtyTop + 1);
            dirtyTop = INT_MAX;
            dirtyBottom = -1;
            Q_EMIT q->invalidated(r);
        }
        if (titleDirty) {
            titleDirty = false;
            Q_EMIT q->titleChanged(title);
        }
        for (; bells > 0; --bells)
            Q_EMIT q->bell();
    }
};

TerminalSurface::TerminalSurface(QSize columnsRows, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->cols = std::max(1, columnsRows.width());
    d->rows = std::max(1, columnsRows.height());
    d->primary.assign(size_t(d->rows), Row(size_t(d->cols)));
    d->alternate.assign(size_t(d->rows), Row(size_t(d->cols)));
    d->vt.reset(vterm_new(d->rows, d->cols));
    vterm_set_utf8(d->vt.get(), 1);
    vterm_output_set_callback(d->vt.get(), &Private::onOutput, d.get());
    d->state = vterm_obtain_state(d->vt.get());
    static const VTermStateCallbacks kStateCallbacks = {
        &TerminalSurface::Private::onPutGlyph,    &TerminalSurface::Private::onMoveCursor,
        &TerminalSurface::Private::onScrollRect,  &TerminalSurface::Private::onMoveRect,
        &TerminalSurface::Private::onErase,       &TerminalSurface::Private::onInitPen,
        &TerminalSurface::Private::onSetPenAttr,  &TerminalSurface::Private::onSetTermProp,
        &TerminalSurface::Private::onBell,        &TerminalSurface::Private::onResize,
        &TerminalSurface::Private::onSetLineInfo,
    };

    vterm_state_set_callbacks(d->state, &kStateCallbacks, d.get());
    vterm_state_reset(d->state, 1);
    d->dirtyTop = INT_MAX;
    d->dirtyBottom = -1;
}

TerminalSurface::~TerminalSurface() = default;

void TerminalSurface::setWriter(Writer writer)
{
    d->writer = std::move(writer);
}

void TerminalSurface::feed(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        vterm_input_write(d->vt.get(), bytes.constData(), size_t(bytes.size()));
    d->emitPending();
}

QSize TerminalSurface::size() const
{
    return {d->cols, d->rows};
}
int TerminalSurface::columns() const
{
    return d->cols;
}
int TerminalSurface::rows() const
{
    return d->rows;
}

void TerminalSurface::resize(QSize columnsRows)
{
    const int cols = std::clamp(columnsRows.width(), 1, 4096);
    const int rows = std::clamp(columnsRows.height(), 1, 4096);
    if (cols == d->cols && rows == d->rows)
        return;
    vterm_set_size(d->vt.get(), rows, cols);
    d->emitPending();
    Q_EMIT sizeChanged(size());
}

qint64 TerminalSurface::firstLine() const
{
    return d->pushedTotal - qint64(d->sbCount);
}
qint64 TerminalSurface::screenTop() const
{
    return d->pushedTotal;
}
int TerminalSurface::scrollbackLines() const
{
    return int(d->sbCount);
}
int TerminalSurface::scrollbackLimit() const
{
    return int(d->sbLimit);
}

void TerminalSurface::setScrollbackLimit(int lines)
{
    // Re-linearise the ring, keeping the newest lines.
    std::vector<Row> kept;
    const size_t limit = size_t(std::max(0, lines));
    const size_t keep = std::min(limit, d->sbCount);
    kept.reserve(keep);
    for (size_t i = d->sbCount - keep; i < d->sbCount; ++i)
        kept.push_back(*d->scrollbackRow(i));
    d->sb = std::move(kept);
    d->sbStart = 0;
    d->sbCount = keep;
    d->sbLimit = limit;
    Q_EMIT historyChanged();
}

std::span<const TerminalCell> TerminalSurface::line(qint64 line) const
{
    if (line >= d->pushedTotal) {
        const qint64 r = line - d->pushedTotal;
        if (r >= d->rows)
            return {};
        const Row &row = d->screen()[size_t(r)];
        return {row.data(), row.size()};
    }
    const qint64 index = line - firstLine();
    if (index < 0)
        return {};
    const Row *row = d->scrollbackRow(size_t(index));
    return {row->data(), row->size()};
}

QString TerminalSurface::lineText(qint64 l) const
{
    return text(l, 0, l, INT_MAX).chopped(1);
}

QString TerminalSurface::text(qint64 fromLine, int fromColumn, qint64 toLine, int toColumn) const
{
    QString out;
    for (qint64 l = fromLine; l <= toLine; ++l) {
        const auto cells = line(l);
        const int begin = l == fromLine ? std::max(0, fromColumn) : 0;
        const int end = l == toLine ? std::min<int>(toColumn, int(cells.size())) : int(cells.size());
        QString piece;
        for (int c = begin; c < end; ++c) {
            const TerminalCell &cell = cells[size_t(c)];
            if (cell.width == 0)
                continue;
            appendUcs4(piece, cell.ch ? cell.ch : U' ');
        }
        const bool wraps =
            !cells.empty() && int(cells.size()) == columns() && (cells.back().attrs & TerminalCell::WrapsToNext);
        if (!wraps)
            while (piece.endsWith(u' '))
                piece.chop(1);
        out += piece;
        if ((l != toLine || toColumn >= int(cells.size())) && !(wraps && l != toLine))
            out += u'\n';
    }
    return out;
}

std::optional<std::pair<qint64, int>> TerminalSurface::find(const QString &needle, qint64 fromLine, int fromColumn,
                                                            bool backwards) const
{
    if (needle.isEmpty())
        return std::nullopt;
    const qint64 last = screenTop() + rows() - 1;
    // Map a text index back to a column: wide characters take two columns but one (or two UTF-16) units.
    auto columnOf = [this](qint64 l, qsizetype index) {
        const auto cells = line(l);
        qsizetype units = 0;
        for (int c = 0; c < int(cells.size()); ++c) {
            if (cells[size_t(c)].width == 0)
                continue;
            if (units >= index)
                return c;
            units += QChar::requiresSurrogates(cells[size_t(c)].ch) ? 2 : 1;
        }
        return int(cells.size());
    };
    for (qint64 l = std::clamp(fromLine, firstLine(), last); l >= firstLine() && l <= last; l += backwards ? -1 : 1) {
        const QString t = lineText(l);
        qsizetype at = -1;
        if (l == fromLine) {
            // Index of fromColumn in t, approximated by columns (exact for narrow text).
            const qsizetype startIdx = std::min<qsizetype>(fromColumn, t.size());
            at = backwards ? (startIdx > 0 ? t.lastIndexOf(needle, startIdx - 1, Qt::CaseInsensitive) : -1)
                           : t.indexOf(needle, startIdx + 1, Qt::CaseInsensitive);
        } else {
            at = backwards ? t.lastIndexOf(needle, -1, Qt::CaseInsensitive) : t.indexOf(needle, 0, Qt::CaseInsensitive);
        }
        if (at >= 0)
            return std::make_pair(l, columnOf(l, at));
    }
    return std::nullopt;
}

QPoint TerminalSurface::cursor() const
{
    return {d->cursor.col, d->cursor.row};
}
bool TerminalSurface::cursorVisible() const
{
    return d->cursorVisible;
}
bool TerminalSurface::altScreen() const
{
    return d->onAlt;
}
bool TerminalSurface::reverseVideo() const
{
    return d->reverse;
}
QString TerminalSurface::title() const
{
    return d->title;
}
QRgb TerminalSurface::defaultForeground() const
{
    return qRgb(0xe5, 0xe5, 0xe5);
}
QRgb TerminalSurface::defaultBackground() const
{
    return qRgb(0x10, 0x10, 0x10);
}

QRgb TerminalSurface::resolve(quint32 color, bool foreground) const
{
    switch (TerminalColor::kind(color)) {
    case 1:
        return xtermPalette(int(color & 0xff));
    case 2:
        return 0xff000000u | (color & 0xffffff);
    default:
        return foreground ? defaultForeground() : defaultBackground();
    }
}

static VTermModifier vtermModifiers(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

bool TerminalSurface::mouseReporting() const
{
    return d->mouseMode != VTERM_PROP_MOUSE_NONE;
}

void TerminalSurface::sendMouseMove(int row, int column, Qt::KeyboardModifiers modifiers)
{
    vterm_mouse_move(d->vt.get(), std::clamp(row, 0, d->rows - 1), std::clamp(column, 0, d->cols - 1),
                     vtermModifiers(modifiers));
}

void TerminalSurface::sendMouseButton(int button, bool pressed, Qt::KeyboardModifiers modifiers)
{
    vterm_mouse_button(d->vt.get(), button, pressed, vtermModifiers(modifiers));
}

void TerminalSurface::sendKey(TerminalKey key, Qt::KeyboardModifiers modifiers)
{
    const VTermModifier mod = vtermModifiers(modifiers);
    VTermKey k = VTERM_KEY_NONE;
    switch (key) {
    case TerminalKey::Enter:
        k = VTERM_KEY_ENTER;
        break;
    case TerminalKey::Tab:
        k = VTERM_KEY_TAB;
        break;
    case TerminalKey::Backspace:
        k = VTERM_KEY_BACKSPACE;
        break;
    case TerminalKey::Escape:
        k = VTERM_KEY_ESCAPE;
        break;
    case TerminalKey::Up:
        k = VTERM_KEY_UP;
        break;
    case TerminalKey::Down:
        k = VTERM_KEY_DOWN;
        break;
    case TerminalKey::Left:
        k = VTERM_KEY_LEFT;
        break;
    case TerminalKey::Right:
        k = VTERM_KEY_RIGHT;
        break;
    case TerminalKey::Insert:
        k = VTERM_KEY_INS;
        break;
    case TerminalKey::Delete:
        k = VTERM_KEY_DEL;
        break;
    case TerminalKey::Home:
        k = VTERM_KEY_HOME;
        break;
    case TerminalKey::End:
        k = VTERM_KEY_END;
        break;
    case TerminalKey::PageUp:
        k = VTERM_KEY_PAGEUP;
        break;
    case TerminalKey::PageDown:
        k = VTERM_KEY_PAGEDOWN;
        break;
    default:
        k = VTermKey(VTERM_KEY_FUNCTION(1 + int(key) - int(TerminalKey::F1)));
        break;
    }
    vterm_keyboard_key(d->vt.get(), k, mod);
}

void TerminalSurface::sendChar(char32_t ch, Qt::KeyboardModifiers modifiers)
{
    QByteArray out;
    if (modifiers & Qt::AltModifier)
        out += '\x1b';
    if (modifiers & Qt::ControlModifier) {
        // xterm's mapping: Ctrl+@..Ctrl+_ and Ctrl+letter are C0 codes; Ctrl+Space is NUL, Ctrl+? DEL.
        const char32_t upper = (ch >= U'a' && ch <= U'z') ? ch - 32 : ch;
        if (upper >= U'@' && upper <= U'_')
            out += char(upper & 0x1f);
        else if (ch == U' ' || ch == U'2')
            out += '\0';
        else if (ch >= U'3' && ch <= U'7')
            out += char(0x1b + (ch - U'3'));
        else if (ch == U'8' || ch == U'?')
            out += '\x7f';
        else
            out += QString::fromUcs4(&ch, 1).toUtf8();
    } else {
        out += QString::fromUcs4(&ch, 1).toUtf8();
    }
    if (d->writer)
        d->writer(out);
}

void TerminalSurface::sendText(const QString &text)
{
    if (d->writer && !text.isEmpty())
        d->writer(text.toUtf8());
}

void TerminalSurface::paste(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    t.replace(u'\n', u'\r');
    // Nothing the clipboard holds may end a bracketed paste early.
    t.remove(QStringLiteral("\x1b[201~"));
    vterm_keyboard_start_paste(d->vt.get()); // writes ESC[200~ only when the program enabled mode 2004
    sendText(t);
    vterm_keyboard_end_paste(d->vt.get());
}

} // namespace ckx
