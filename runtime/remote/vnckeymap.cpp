#include "runtime/remote/vnckeymap.h"

#include <QChar>
#include <QList>

#include <iterator>

namespace ckx {

namespace {

struct KeyPair
{
    int qt;
    quint32 keysym;
};

// Keys that do not produce text. Values are X11 keysyms (X11/keysymdef.h).
constexpr KeyPair kSpecialKeys[] = {
    {Qt::Key_Escape, 0xff1b},     {Qt::Key_Tab, 0xff09},        {Qt::Key_Backtab, 0xff09},
    {Qt::Key_Backspace, 0xff08},  {Qt::Key_Return, 0xff0d},     {Qt::Key_Enter, 0xff0d},
    {Qt::Key_Insert, 0xff63},     {Qt::Key_Delete, 0xffff},     {Qt::Key_Pause, 0xff13},
    {Qt::Key_Print, 0xff61},      {Qt::Key_SysReq, 0xff15},     {Qt::Key_Clear, 0xff0b},
    {Qt::Key_Home, 0xff50},       {Qt::Key_End, 0xff57},        {Qt::Key_Left, 0xff51},
    {Qt::Key_Up, 0xff52},         {Qt::Key_Right, 0xff53},      {Qt::Key_Down, 0xff54},
    {Qt::Key_PageUp, 0xff55},     {Qt::Key_PageDown, 0xff56},   {Qt::Key_Shift, 0xffe1},
    {Qt::Key_Control, 0xffe3},    {Qt::Key_Meta, 0xffeb},       {Qt::Key_Alt, 0xffe9},
    {Qt::Key_AltGr, 0xfe03},      {Qt::Key_CapsLock, 0xffe5},   {Qt::Key_NumLock, 0xff7f},
    {Qt::Key_ScrollLock, 0xff14}, {Qt::Key_Super_L, 0xffeb},    {Qt::Key_Super_R, 0xffec},
    {Qt::Key_Menu, 0xff67},       {Qt::Key_Hyper_L, 0xffed},    {Qt::Key_Hyper_R, 0xffee},
    {Qt::Key_Help, 0xff6a},       {Qt::Key_Multi_key, 0xff20},  {Qt::Key_Mode_switch, 0xff7e},
    {Qt::Key_Direction_L, 0},     {Qt::Key_Direction_R, 0},
};

// The same keys on the numeric keypad (Qt reports them with KeypadModifier).
constexpr KeyPair kKeypadKeys[] = {
    {Qt::Key_Enter, 0xff8d},    {Qt::Key_Home, 0xff95},     {Qt::Key_Left, 0xff96},      {Qt::Key_Up, 0xff97},
    {Qt::Key_Right, 0xff98},    {Qt::Key_Down, 0xff99},     {Qt::Key_PageUp, 0xff9a},    {Qt::Key_PageDown, 0xff9b},
    {Qt::Key_End, 0xff9c},      {Qt::Key_Clear, 0xff9d},    {Qt::Key_Insert, 0xff9e},    {Qt::Key_Delete, 0xff9f},
    {Qt::Key_Asterisk, 0xffaa}, {Qt::Key_Plus, 0xffab},     {Qt::Key_Comma, 0xffac},     {Qt::Key_Minus, 0xffad},
    {Qt::Key_Period, 0xffae},   {Qt::Key_Slash, 0xffaf},    {Qt::Key_Equal, 0xffbd},
};

constexpr int kQtDeadFirst = Qt::Key_Dead_Grave;                  // 0x01001250
constexpr int kQtDeadLast = Qt::Key_Dead_Longsolidusoverlay;      // 0x01001293
constexpr quint32 kXDeadFirst = 0xfe50;                           // XK_dead_grave; Qt mirrors X's order

quint32 lookup(const KeyPair *begin, const KeyPair *end, int key)
{
    for (const KeyPair *p = begin; p != end; ++p) {
        if (p->qt == key)
            return p->keysym;
    }
    return 0;
}

} // namespace

quint32 VncKeymap::keysymForCharacter(char32_t c)
{
    switch (c) {
    case U'\n':
    case U'\r':
        return 0xff0d; // Return
    case U'\t':
        return 0xff09; // Tab
    case U'\b':
        return 0xff08; // BackSpace
    default:
        break;
    }
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c > 0x10ffff)
        return 0;
    if (c <= 0xff)
        return quint32(c); // Latin-1 keysyms equal their code points
    return 0x01000000u | quint32(c);
}

quint32 VncKeymap::keysymForKey(int key, Qt::KeyboardModifiers modifiers, const QString &text, quint32 nativeKeysym)
{
    if (nativeKeysym != 0)
        return nativeKeysym;

    if (modifiers & Qt::KeypadModifier) {
        if (key >= Qt::Key_0 && key <= Qt::Key_9)
            return 0xffb0 + quint32(key - Qt::Key_0);
        if (const quint32 sym = lookup(std::begin(kKeypadKeys), std::end(kKeypadKeys), key))
            return sym;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return 0xffbe + quint32(key - Qt::Key_F1);
    if (key >= kQtDeadFirst && key <= kQtDeadLast)
        return kXDeadFirst + quint32(key - kQtDeadFirst);
    for (const KeyPair &p : kSpecialKeys) {
        if (p.qt == key)
            return p.keysym;
    }

    // A printable character: send what the learner's layout produced (AltGr+Q on a German layout is '@').
    const QList<uint> ucs = text.toUcs4();
    if (ucs.size() == 1) {
        if (const quint32 sym = keysymForCharacter(char32_t(ucs.first())); sym != 0 && ucs.first() >= 0x20)
            return sym;
    }

    // Control combinations produce control characters (Ctrl+C gives "\x03"), so fall back to the key itself.
    if (key >= 0x20 && key <= 0xff) {
        const QChar ch = QChar(char16_t(key));
        if (ch.isLetter() && !(modifiers & Qt::ShiftModifier))
            return quint32(ch.toLower().unicode());
        return quint32(key);
    }
    if (key > 0xff && key < 0x110000)
        return 0x01000000u | quint32(key);
    return 0;
}

} // namespace ckx
