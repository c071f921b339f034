#pragma once
// SocketWaiter: how a worker thread that owns a network connection (VncWorker, SshShellWorker) waits. It polls the
// connection's socket with a timeout and can be woken early from any thread (an eventfd); stop requests also shut
// the socket down, so a read blocked inside the C library returns at once.

#include <mutex>

namespace ckx {

class SocketWaiter
{
public:
    SocketWaiter();
    ~SocketWaiter();
    SocketWaiter(const SocketWaiter &) = delete;
    SocketWaiter &operator=(const SocketWaiter &) = delete;

    /// Any thread: the next (or current) wait() returns at once.
    void wake();
    /// Worker thread: the connection's socket from now on (-1: none).
    void setSocket(int fd);
    /// Any thread: shuts the current socket down (blocked reads and writes on it fail) and wakes the worker.
    void shutdownSocket();
    /// Worker thread: waits up to `timeoutMs` for `fd` (-1: none, only a wake ends it early) to be readable.
    /// Returns >0 readable (or hung up), 0 woken or timed out, <0 poll failed.
    int wait(int fd, int timeoutMs);

private:
    int m_wakeFd = -1;
    std::mutex m_socketMutex; // guards m_socket against close while another thread shuts it down
    int m_socket = -1;
};

} // namespace ckx
