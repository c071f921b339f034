#include "runtime/remote/socketwaiter.h"

#include <cerrno>
#include <cstdint>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ckx {

SocketWaiter::SocketWaiter() : m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

SocketWaiter::~SocketWaiter()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void SocketWaiter::wake()
{
    const std::uint64_t one = 1;
    // A failed write means the counter is saturated: the worker is awake anyway.
    [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof one);
}

void SocketWaiter::setSocket(int fd)
{
    std::lock_guard lock(m_socketMutex);
    m_socket = fd;
}

void SocketWaiter::shutdownSocket()
{
    {
        std::lock_guard lock(m_socketMutex);
        if (m_socket >= 0)
            ::shutdown(m_socket, SHUT_RDWR);
    }
    wake();
}

int SocketWaiter::wait(int fd, int timeoutMs)
{
    pollfd fds[2] = {{m_wakeFd, POLLIN, 0}, {fd, POLLIN, 0}};
    const int n = ::poll(fds, fd >= 0 ? 2 : 1, timeoutMs);
    if (n < 0)
        return errno == EINTR ? 0 : -1;
    if (fds[0].revents & POLLIN) {
        std::uint64_t value = 0;
        // EAGAIN: another wait drained it first.
        [[maybe_unused]] const auto r = ::read(m_wakeFd, &value, sizeof value);
    }
    if (fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
        return 1;
    return 0;
}

} // namespace ckx
