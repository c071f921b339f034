#pragma once

#include <QString>

namespace ckx {

/// The product version, as shown by `--version` and sent to the companion server.
QString version();

} // namespace ckx
