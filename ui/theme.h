#pragma once
// Light and dark themes: the Fusion style with a palette, so every widget (and the terminal's colours, which read
// the palette) follow one switch.

#include <QColor>
#include <QString>

class QApplication;

namespace ckx {

class Theme
{
public:
    /// "light" or "dark"; anything else is treated as light.
    static void apply(const QString &name);
    static bool isDark(const QString &name) { return name == QLatin1String("dark"); }

    /// What a coloured text means: passed / ready, failed / error, needs attention.
    enum class Tone { Good, Bad, Warning };
    /// The colour of `tone` that stays readable (WCAG AA, 4.5:1) on the application palette's base and window
    /// colours, light or dark. Read it when painting or filling a view, so a theme switch is followed next time.
    static QColor color(Tone tone);
    /// Whether the application palette is a dark one.
    static bool paletteIsDark();
};

} // namespace ckx
