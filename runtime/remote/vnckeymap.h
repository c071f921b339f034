#pragma once
// Qt key events to X keysyms, the only key currency of RFB. Where the server has a different keyboard layout
// than the learner, sending the keysym of the character the learner's layout produced is what types correctly.

#include <QString>
#include <Qt>

namespace ckx {

class VncKeymap
{
public:
    /// Keysym for a key event. `nativeKeysym` is QKeyEvent::nativeVirtualKey() on X11 (already a keysym) and
    /// wins when non-zero; otherwise special keys map by table, keypad keys by the keypad modifier, dead keys
    /// to X dead keysyms, and character keys to the character the layout produced. 0 means "do not send".
    static quint32 keysymForKey(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text,
                                quint32 nativeKeysym = 0);
    /// Keysym that types one character: Latin-1 as itself, other characters as X Unicode keysyms, newline as
    /// Return, tab as Tab. 0 for characters that cannot be typed (other control characters).
    static quint32 keysymForCharacter(char32_t character);
};

} // namespace ckx
