#include "runtime/docker/dockeraccess.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

// connect(2) to a unix socket: 0 when something accepts, else the errno (ENOENT, ECONNREFUSED, EACCES, ...).
int connectErrno(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (native.size() >= int(sizeof(addr.sun_path)))
        return ENAMETOOLONG;
    std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errno;
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr));
    const int err = rc == 0 ? 0 : errno;
    ::close(fd);
    return err;
}

// The group that owns the socket (docker), and whether /etc/group lists this user in it.
struct SocketGroup
{
    QString name;
    bool listed = false;
};

SocketGroup socketGroup(const QString &path)
{
    SocketGroup g;
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return g;
    const group *gr = ::getgrgid(st.st_gid);
    if (!gr)
        return g;
    g.name = QString::fromLocal8Bit(gr->gr_name);
    const passwd *pw = ::getpwuid(::geteuid());
    if (!pw)
        return g;
    if (pw->pw_gid == gr->gr_gid)
        g.listed = true;
    for (char **member = gr->gr_mem; member && *member && !g.listed; ++member)
        g.listed = std::strcmp(*member, pw->pw_name) == 0;
    return g;
}

bool dockerOnPath(const QProcessEnvironment &env)
{
    const QStringList dirs = env.value(u"PATH"_s).split(u':', Qt::SkipEmptyParts);
    return !dirs.isEmpty() && !QStandardPaths::findExecutable(u"docker"_s, dirs).isEmpty();
}

} // namespace

DockerAccess DockerAccess::check(const DockerEndpoint &endpoint, const QProcessEnvironment &env)
{
    DockerAccess a;
    if (endpoint.socketPath.isEmpty())
        return a; // tcp:// engines: the connection error itself says more than a local check can
    const QString where = endpoint.describe();
    const int err = connectErrno(endpoint.socketPath);
    if (err == 0)
        return a;
    if (err == EACCES || err == EPERM) {
        const SocketGroup g = socketGroup(endpoint.socketPath);
        const QString group = g.name.isEmpty() ? u"docker"_s : g.name;
        if (g.listed) {
            a.state = State::NeedsRelogin;
            a.what = u"You were added to the %1 group, but this login session started before that, so %2 still "
                     "refuses you"_s.arg(group, where);
            a.fix = u"Log out and log in again (or restart the computer)"_s;
        } else {
            a.state = State::NotPermitted;
            a.what = u"Docker runs, but your user may not use it: %1 is open only to the %2 group"_s.arg(where, group);
            a.fix = u"sudo usermod -aG %1 $USER, then log out and log in again"_s.arg(group);
        }
        return a;
    }
    const bool socketExists = QFileInfo::exists(endpoint.socketPath);
    if (!socketExists && !dockerOnPath(env)) {
        a.state = State::NotInstalled;
        a.what = u"Docker is not installed (no docker command, nothing at %1)"_s.arg(where);
        a.fix = u"sudo apt install docker.io"_s;
        return a;
    }
    a.state = State::NotRunning;
    if (endpoint.systemSocket) {
        a.what = u"Docker is installed but not running (nothing answers at %1)"_s.arg(where);
        a.fix = u"sudo systemctl start docker"_s;
    } else if (endpoint.rootless) {
        a.what = u"Rootless Docker is not running (nothing answers at %1)"_s.arg(where);
        a.fix = u"systemctl --user start docker"_s;
    } else {
        a.what = u"No Docker engine answers at %1 (from %2)"_s.arg(where, endpoint.origin.isEmpty() ? u"the Docker host setting"_s
                                                                                                     : endpoint.origin);
        a.fix = endpoint.origin == u"DOCKER_HOST"
                    ? u"Start the engine behind that socket, or unset DOCKER_HOST to use the local one"_s
                : endpoint.origin.startsWith(u"Docker context")
                    ? u"Start that engine, or go back to the local one: docker context use default"_s
                    : u"Start the engine behind that socket, or point the Docker host setting at a running one"_s;
    }
    return a;
}

} // namespace ckx
