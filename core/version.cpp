#include "core/version.h"

namespace ckx {

QString version()
{
    return QStringLiteral(CKX_VERSION);
}

} // namespace ckx
