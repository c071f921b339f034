#include "runtime/remote/vncdesktopsize.h"

#include "runtime/remote/vnclog.h"

#include <rfb/rfbclient.h>

#include <algorithm>

namespace ckx {

VncDesktopSizeCommand::VncDesktopSizeCommand(QSize wanted)
    : size(std::clamp(wanted.width(), kMinimum.width(), kMaximum.width()),
           std::clamp(wanted.height(), kMinimum.height(), kMaximum.height()))
{}

bool VncDesktopSizeCommand::apply(rfbClient *client)
{
    // The server tells us its screen layout in an ExtendedDesktopSize rectangle; without one it cannot resize.
    if (client->screen.width == 0 || (client->width == size.width() && client->height == size.height()))
        return true;
    // Written here rather than with SendExtDesktopSize: libvncclient 0.9.14 leaves the screen's id, position and
    // flags uninitialised, which a strict server rejects as an invalid layout. One screen, the server's own id.
    rfbSetDesktopSizeMsg msg{};
    msg.type = rfbSetDesktopSize;
    msg.width = rfbClientSwap16IfLE(uint16_t(size.width()));
    msg.height = rfbClientSwap16IfLE(uint16_t(size.height()));
    msg.numberOfScreens = 1;
    rfbExtDesktopScreen screen{};
    screen.id = client->screen.id; // as received: already in network byte order
    screen.x = 0;
    screen.y = 0;
    screen.width = msg.width;
    screen.height = msg.height;
    screen.flags = client->screen.flags;
    qCDebug(lcVnc) << "asking the server for a" << size << "desktop";
    return WriteToRFBServer(client, reinterpret_cast<char *>(&msg), sz_rfbSetDesktopSizeMsg) &&
           WriteToRFBServer(client, reinterpret_cast<char *>(&screen), sz_rfbExtDesktopScreen);
}

} // namespace ckx
