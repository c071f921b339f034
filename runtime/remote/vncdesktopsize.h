#pragma once
// Asking the VNC server to give its desktop a new size (RFB SetDesktopSize, the ExtendedDesktopSize extension),
// so the desktop fits the learner's window instead of being scaled. Private to VncSession, applied on its worker.

#include "runtime/remote/vncworker.h"

#include <QSize>

namespace ckx {

struct VncDesktopSizeCommand final : VncCommand
{
    /// The sizes we ask for; outside them the view scales instead (the server has its own limits too).
    static constexpr QSize kMinimum{320, 200};
    static constexpr QSize kMaximum{8192, 8192};

    explicit VncDesktopSizeCommand(QSize size);
    /// Sends nothing (and succeeds) when the server has not announced ExtendedDesktopSize or has this size already.
    bool apply(_rfbClient *client) override;

    QSize size;
};

} // namespace ckx
