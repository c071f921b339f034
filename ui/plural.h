#pragma once
// English plurals without a translation file: Qt's "%n item(s)" only becomes "items" through a .qm file.

#include <QString>

namespace ckx {

/// "1 lab" / "3 labs": `one` and `many` are already translated and contain %1 for the number.
inline QString plural(qint64 n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace ckx
