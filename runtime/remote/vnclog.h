#pragma once
// Logging category of the VNC client ("ckx.runtime.vnc"). Never log the password.

#include <QLoggingCategory>

namespace ckx {
Q_DECLARE_LOGGING_CATEGORY(lcVnc)
}
