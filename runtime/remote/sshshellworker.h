#pragma once
// Private to SshShellSession: the thread body that owns libssh. Not part of the runtime's public API.

#include "runtime/remote/socketwaiter.h"
#include "runtime/remote/sshshellsession.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>

namespace ckx {

class SshShellWorker
{
public:
    struct Command
    {
        enum class Kind { Write, Resize, Reconnect } kind = Kind::Write;
        QByteArray bytes;
        int columns = 0;
        int rows = 0;
    };

    /// `pinnedFingerprint` is the normalised "SHA256:..." form; `pinnedKeyType` is set when the pin was a key line.
    SshShellWorker(SshShellSession *owner, SshShellSession::Config config, QString pinnedFingerprint,
                   QString pinnedKeyType);
    ~SshShellWorker();
    SshShellWorker(const SshShellWorker &) = delete;
    SshShellWorker &operator=(const SshShellWorker &) = delete;

    void run();                                  ///< worker thread only
    void post(std::unique_ptr<Command> command); ///< any thread
    void requestStop();                          ///< any thread; also aborts a blocking libssh call
    void consumed(qint64 bytes);                 ///< UI thread: output delivered, reading may resume
    /// UI thread, before the session goes away while run() still runs: nothing more is delivered to it.
    void detachOwner();

private:
    enum class Outcome { Stopped, Dropped, Refused, HostKeyMismatch, ShellExited };
    struct Link;

    Outcome connectAndServe(QString *message, bool *reachedShell);
    Outcome serve(Link &link, QString *message);
    bool waitForReconnectRequest();
    bool sleepInterruptibly(int ms);
    std::deque<std::unique_ptr<Command>> takeCommands();
    void waitForWake(int socketFd, int timeoutMs);
    void wake();
    void publishStatus(SshShellSession::State state, QString message, int attempt = 0, int delayMs = 0);
    void publishSocket(int fd);
    QString where() const;

    /// Queues `fn(owner)` on the owner's thread, unless the owner detached.
    template<typename F>
    void toOwner(F &&fn)
    {
        std::lock_guard lock(m_ownerMutex);
        if (m_owner)
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, fn = std::forward<F>(fn)] { fn(owner); },
                                      Qt::QueuedConnection);
    }

    std::mutex m_ownerMutex; // guards m_owner: a session that stopped without its worker detaches
    SshShellSession *m_owner;
    const SshShellSession::Config m_config;
    QString m_pinnedFingerprint;
    const QString m_pinnedKeyType;
    int m_columns;
    int m_rows;

    std::mutex m_mutex; // guards m_commands
    std::deque<std::unique_ptr<Command>> m_commands;
    SocketWaiter m_waiter;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_inFlight{0};
};

} // namespace ckx
