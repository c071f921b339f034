#include "runtime/remote/asciicastjson.h"

#include <QString>

#include <array>
#include <cstring>

namespace ckx {

namespace {

// 1 for the bytes JSON wants escaped: control characters, the quote and the backslash.
constexpr auto kEscape = [] {
    std::array<quint8, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[size_t(c)] = 1;
    t[size_t('"')] = 1;
    t[size_t('\\')] = 1;
    return t;
}();

// True when one of the 8 bytes of `w` needs escaping: below 0x20, '"' or '\\' (the classic "has a zero / has a
// byte less than n" word tricks; a false positive only sends us to the byte loop).
constexpr bool wordNeedsEscape(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ull;
    constexpr quint64 highs = 0x8080808080808080ull;
    const quint64 quote = w ^ (ones * quint64('"'));
    const quint64 backslash = w ^ (ones * quint64('\\'));
    const quint64 below = (w - ones * 0x20) & ~w;
    return ((below | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & highs) != 0;
}

// Copies runs of plain bytes in one piece: terminal output is mostly plain text with a few \r\n and ESC.
void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    for (const char *p = run; p < end; ++p) {
        // Skip 8 plain bytes at a time.
        while (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            if (wordNeedsEscape(w))
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const auto u = static_cast<unsigned char>(*p);
        if (!kEscape[u])
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (*p) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, end - run);
}

} // namespace

void appendAsciicastString(QByteArray &out, QByteArrayView utf8)
{
    out.reserve(out.size() + utf8.size() + utf8.size() / 8 + 2);
    out.append('"');
    if (utf8.isValidUtf8()) {
        appendEscaped(out, utf8);
    } else {
        const QByteArray clean = QString::fromUtf8(utf8).toUtf8();
        appendEscaped(out, clean);
    }
    out.append('"');
}

qsizetype completeUtf8Prefix(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    // Only the last three bytes can belong to an unfinished character (UTF-8 sequences are at most four long).
    for (qsizetype i = n - 1; i >= 0 && i >= n - 3; --i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if ((b & 0xC0) == 0x80)
            continue; // continuation byte: look further back for the lead byte
        if (b < 0xC0)
            return n; // ASCII: nothing pending
        const qsizetype need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return n - i < need ? i : n;
    }
    return n;
}

} // namespace ckx
