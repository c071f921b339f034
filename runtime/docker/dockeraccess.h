#pragma once
// Why the Docker engine at an endpoint cannot be used, from the machine's real state: no docker CLI installed, no
// daemon on the socket, or a socket this user may not open (not in the docker group, or added to it after this
// login session started). Each state comes with the one command that fixes it, for the first-run page and doctor.

#include "runtime/docker/dockerendpoint.h"

#include <QProcessEnvironment>
#include <QString>

namespace ckx {

struct DockerAccess
{
    enum class State {
        Usable,       ///< something accepts connections on the socket (or a tcp:// endpoint: not checked here)
        NotInstalled, ///< no socket and no docker command on PATH
        NotRunning,   ///< docker is installed, but nothing listens on the socket
        NotPermitted, ///< the socket refuses this user: not in the group that owns it
        NeedsRelogin, ///< in that group per /etc/group, but this session's processes started before it was added
    };

    State state = State::Usable;
    QString what; ///< "Docker is not installed", with the socket in it where that helps
    QString fix;  ///< the command, e.g. "sudo apt install docker.io"

    /// Looks at `endpoint`'s socket (connect(2) as this user) and, for the docker command, at PATH from `env`.
    static DockerAccess check(const DockerEndpoint &endpoint,
                              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
};

} // namespace ckx
