#pragma once
// Light and dark themes: the Fusion style with a palette, so every widget (and the terminal's colours, which read
// the palette) follow one switch.

#include <QString>

class QApplication;

namespace ckx {

class Theme
{
public:
    /// "light" or "dark"; anything else is treated as light.
    static void apply(const QString &name);
    static bool isDark(const QString &name) { return name == QLatin1String("dark"); }
};

} // namespace ckx
