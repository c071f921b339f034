#include "runtime/remote/sshshellworker.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMetaObject>

#include <libssh/libssh.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>

namespace ckx {

Q_LOGGING_CATEGORY(lcSshShell, "ckx.runtime.ssh")

namespace {

// Reading pauses while this much output waits for the UI, so a flood (cat of a big file) cannot grow memory
// without bound: the SSH window fills and the server waits instead.
constexpr qint64 kMaxInFlight = 1 << 20;
constexpr int kReadChunk = 256 * 1024;
constexpr int kWriteChunk = 32 * 1024;
constexpr int kIdlePollMs = 50;

struct SessionFree
{
    void operator()(ssh_session s) const
    {
        ssh_disconnect(s);
        ssh_free(s);
    }
};
struct ChannelFree
{
    void operator()(ssh_channel c) const { ssh_channel_free(c); }
};
struct KeyFree
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
using SessionPtr = std::unique_ptr<std::remove_pointer_t<ssh_session>, SessionFree>;
using ChannelPtr = std::unique_ptr<std::remove_pointer_t<ssh_channel>, ChannelFree>;
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyFree>;

QString sshError(ssh_session s)
{
    return QString::fromUtf8(ssh_get_error(s));
}

} // namespace

// Declaration order matters: the channel must go before the session that owns it.
struct SshShellWorker::Link
{
    SessionPtr session;
    ChannelPtr channel;
};

SshShellWorker::SshShellWorker(SshShellSession *owner, SshShellSession::Config config, QString pinnedFingerprint,
                               QString pinnedKeyType)
    : m_owner(owner), m_config(std::move(config)), m_pinnedFingerprint(std::move(pinnedFingerprint)),
      m_pinnedKeyType(std::move(pinnedKeyType)), m_columns(std::max(1, m_config.terminalSize.width())),
      m_rows(std::max(1, m_config.terminalSize.height()))
{
}

SshShellWorker::~SshShellWorker() = default;

QString SshShellWorker::where() const
{
    return QStringLiteral("%1@%2:%3").arg(m_config.user, m_config.host).arg(m_config.port);
}

void SshShellWorker::post(std::unique_ptr<Command> command)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(command));
    }
    wake();
}

void SshShellWorker::requestStop()
{
    m_stop = true;
    // Makes a blocking libssh call (handshake, auth, channel setup) fail at once instead of running to its timeout.
    m_waiter.shutdownSocket();
}

void SshShellWorker::consumed(qint64 bytes)
{
    const qint64 before = m_inFlight.fetch_sub(bytes);
    if (before >= kMaxInFlight && before - bytes < kMaxInFlight)
        wake();
}

void SshShellWorker::detachOwner()
{
    std::lock_guard lock(m_ownerMutex);
    m_owner = nullptr;
}

void SshShellWorker::wake()
{
    m_waiter.wake();
}

std::deque<std::unique_ptr<SshShellWorker::Command>> SshShellWorker::takeCommands()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_commands, {});
}

void SshShellWorker::publishSocket(int fd)
{
    m_waiter.setSocket(fd);
}

void SshShellWorker::waitForWake(int socketFd, int timeoutMs)
{
    // The caller looks at the socket itself (libssh may hold buffered data poll() cannot see).
    [[maybe_unused]] const int ready = m_waiter.wait(socketFd, timeoutMs);
}

void SshShellWorker::publishStatus(SshShellSession::State state, QString message, int attempt, int delayMs)
{
    SshShellSession::Status status{state, attempt, delayMs, std::move(message)};
    toOwner([status](SshShellSession *owner) { owner->deliverStatus(status); });
}

bool SshShellWorker::sleepInterruptibly(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!m_stop && !deadline.hasExpired()) {
        waitForWake(-1, static_cast<int>(std::min<qint64>(deadline.remainingTime(), kIdlePollMs)));
        for (auto &c : takeCommands()) {
            if (c->kind == Command::Kind::Resize) {
                m_columns = c->columns;
                m_rows = c->rows;
            } else if (c->kind == Command::Kind::Reconnect) {
                return !m_stop;
            }
        }
    }
    return !m_stop;
}

bool SshShellWorker::waitForReconnectRequest()
{
    while (!m_stop) {
        waitForWake(-1, kIdlePollMs * 4);
        for (auto &c : takeCommands()) {
            if (c->kind == Command::Kind::Resize) {
                m_columns = c->columns;
                m_rows = c->rows;
            } else if (c->kind == Command::Kind::Reconnect) {
                return true;
            }
        }
    }
    return false;
}

void SshShellWorker::run()
{
    int attempt = 0;
    publishStatus(SshShellSession::State::Connecting, QStringLiteral("connecting to %1").arg(where()));
    while (!m_stop) {
        QString message;
        bool reachedShell = false;
        const Outcome outcome = connectAndServe(&message, &reachedShell);
        if (outcome == Outcome::Stopped || m_stop)
            break;
        if (reachedShell)
            attempt = 0;
        switch (outcome) {
        case Outcome::HostKeyMismatch:
            qCWarning(lcSshShell) << message;
            publishStatus(SshShellSession::State::HostKeyMismatch, message);
            if (!waitForReconnectRequest())
                return;
            attempt = 0;
            publishStatus(SshShellSession::State::Connecting, QStringLiteral("connecting to %1").arg(where()));
            continue;
        case Outcome::Refused:
        case Outcome::ShellExited:
            qCInfo(lcSshShell) << message;
            publishStatus(SshShellSession::State::Disconnected, message);
            if (!waitForReconnectRequest())
                return;
            attempt = 0;
            publishStatus(SshShellSession::State::Connecting, QStringLiteral("connecting to %1").arg(where()));
            continue;
        case Outcome::Dropped:
        case Outcome::Stopped:
            break;
        }
        ++attempt;
        if (m_config.maxReconnectAttempts > 0 && attempt > m_config.maxReconnectAttempts) {
            publishStatus(SshShellSession::State::Disconnected,
                          QStringLiteral("gave up after %1 attempts: %2").arg(attempt - 1).arg(message));
            if (!waitForReconnectRequest())
                return;
            attempt = 0;
            continue;
        }
        const int shift = std::min(attempt - 1, 16);
        const int delay = static_cast<int>(
            std::min<qint64>(qint64(m_config.reconnectInitialDelayMs) << shift, m_config.reconnectMaxDelayMs));
        qCInfo(lcSshShell) << "link to" << where() << "dropped:" << message << "- retry" << attempt << "in" << delay
                           << "ms";
        publishStatus(SshShellSession::State::Reconnecting, message, attempt, delay);
        if (!sleepInterruptibly(delay))
            break;
    }
}

SshShellWorker::Outcome SshShellWorker::connectAndServe(QString *message, bool *reachedShell)
{
    Link link;
    link.session.reset(ssh_new());
    ssh_session s = link.session.get();
    if (!s) {
        *message = QStringLiteral("libssh could not allocate a session");
        return Outcome::Refused;
    }
    const QByteArray host = m_config.host.toUtf8();
    const QByteArray user = m_config.user.toUtf8();
    unsigned int port = m_config.port;
    long timeoutSec = std::max(1, (m_config.connectTimeoutMs + 999) / 1000);
    int no = 0;
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no); // ~/.ssh/config must not change what the exam connects to
    if (!m_pinnedKeyType.isEmpty()) {
        const QByteArray type = m_pinnedKeyType.toUtf8();
        ssh_options_set(s, SSH_OPTIONS_HOSTKEYS, type.constData());
    }

    // The handshake runs non-blocking so stop() is honoured even when the peer accepts TCP and then says nothing.
    struct SocketUnpublish
    {
        SshShellWorker *w;
        ~SocketUnpublish() { w->publishSocket(-1); }
    } unpublish{this};
    ssh_set_blocking(s, 0);
    const QDeadlineTimer connectDeadline(m_config.connectTimeoutMs);
    int rc = ssh_connect(s);
    while (rc == SSH_AGAIN) {
        if (m_stop)
            return Outcome::Stopped;
        if (connectDeadline.hasExpired()) {
            *message = QStringLiteral("%1 did not complete the SSH handshake within %2 ms")
                           .arg(where())
                           .arg(m_config.connectTimeoutMs);
            return Outcome::Dropped;
        }
        publishSocket(ssh_get_fd(s));
        waitForWake(ssh_get_fd(s), 20);
        rc = ssh_connect(s);
    }
    if (rc != SSH_OK) {
        *message = QStringLiteral("cannot reach %1: %2").arg(where(), sshError(s));
        return Outcome::Dropped;
    }
    ssh_set_blocking(s, 1);
    const int fd = ssh_get_fd(s);
    publishSocket(fd);
    if (m_stop)
        return Outcome::Stopped;
    // Keystrokes must not wait for Nagle; a dead peer must be noticed (keepalives then go unacknowledged).
    int one = 1;
    unsigned int userTimeoutMs = 20000;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
    ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof userTimeoutMs);

    // Host key: compare with the pin before sending anything that identifies the candidate.
    ssh_key serverKeyRaw = nullptr;
    if (ssh_get_server_publickey(s, &serverKeyRaw) != SSH_OK) {
        *message = QStringLiteral("%1 sent no host key: %2").arg(where(), sshError(s));
        return Outcome::Dropped;
    }
    KeyPtr serverKey(serverKeyRaw);
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(serverKey.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) != 0) {
        *message = QStringLiteral("cannot hash the host key of %1").arg(where());
        return Outcome::Dropped;
    }
    char *fpRaw = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
    ssh_clean_pubkey_hash(&hash);
    const QString presented = fpRaw ? QString::fromLatin1(fpRaw) : QString();
    ssh_string_free_char(fpRaw);
    toOwner([presented](SshShellSession *owner) { owner->m_presentedHostKey = presented; });
    if (m_pinnedFingerprint.isEmpty() && m_config.trustFirstHostKey) {
        m_pinnedFingerprint = presented;
        toOwner([presented](SshShellSession *owner) { Q_EMIT owner->hostKeyTrusted(presented); });
    }
    if (presented.isEmpty() || presented != m_pinnedFingerprint) {
        *message = QStringLiteral("the host key of %1 is %2, but this exam's jumphost was provisioned with %3; "
                                  "refusing to connect (the connection may be intercepted, or the container was "
                                  "replaced)")
                       .arg(where(), presented, m_pinnedFingerprint);
        return Outcome::HostKeyMismatch;
    }

    ssh_key keyRaw = nullptr;
    rc = SSH_ERROR;
    QString keySource;
    if (!m_config.identityFile.isEmpty()) {
        keySource = m_config.identityFile;
        rc = ssh_pki_import_privkey_file(QFile::encodeName(m_config.identityFile).constData(), nullptr, nullptr,
                                         nullptr, &keyRaw);
    } else {
        keySource = QStringLiteral("the in-memory identity key");
        const QByteArray text = m_config.identityKey + '\0';
        rc = ssh_pki_import_privkey_base64(text.constData(), nullptr, nullptr, nullptr, &keyRaw);
    }
    KeyPtr identity(keyRaw);
    if (rc != SSH_OK || !identity) {
        *message = QStringLiteral("cannot load the private key %1: expected an unencrypted OpenSSH private key")
                       .arg(keySource);
        return Outcome::Refused;
    }
    rc = ssh_userauth_publickey(s, nullptr, identity.get());
    if (rc != SSH_AUTH_SUCCESS) {
        if (m_stop)
            return Outcome::Stopped;
        if (rc == SSH_AUTH_ERROR) {
            *message = QStringLiteral("login to %1 failed: %2").arg(where(), sshError(s));
            return Outcome::Dropped;
        }
        *message = QStringLiteral("%1 refused the key %2 for user %3").arg(where(), keySource, m_config.user);
        return Outcome::Refused;
    }

    link.channel.reset(ssh_channel_new(s));
    ssh_channel ch = link.channel.get();
    const QByteArray term = m_config.termType.toUtf8();
    // Apply size changes that arrived while connecting before the PTY exists.
    for (auto &c : takeCommands()) {
        if (c->kind == Command::Kind::Resize) {
            m_columns = c->columns;
            m_rows = c->rows;
        }
    }
    if (!ch || ssh_channel_open_session(ch) != SSH_OK ||
        ssh_channel_request_pty_size(ch, term.constData(), m_columns, m_rows) != SSH_OK ||
        ssh_channel_request_shell(ch) != SSH_OK) {
        *message = QStringLiteral("cannot open a shell on %1: %2").arg(where(), sshError(s));
        return m_stop ? Outcome::Stopped : Outcome::Dropped;
    }
    qCInfo(lcSshShell) << "shell open on" << where();
    publishStatus(SshShellSession::State::Connected, QStringLiteral("connected to %1").arg(where()));
    *reachedShell = true;
    return serve(link, message);
}

SshShellWorker::Outcome SshShellWorker::serve(Link &link, QString *message)
{
    ssh_session s = link.session.get();
    ssh_channel ch = link.channel.get();
    const int fd = ssh_get_fd(s);
    QByteArray pending;
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    QElapsedTimer sinceSend;
    sinceSend.start();

    while (!m_stop) {
        for (auto &c : takeCommands()) {
            switch (c->kind) {
            case Command::Kind::Write:
                pending.append(c->bytes);
                break;
            case Command::Kind::Resize:
                if (c->columns != m_columns || c->rows != m_rows) {
                    m_columns = c->columns;
                    m_rows = c->rows;
                    ssh_channel_change_pty_size(ch, m_columns, m_rows);
                }
                break;
            case Command::Kind::Reconnect:
                break;
            }
        }
        // Never write more than the peer's window: a blocked write could deadlock against unread output.
        while (!pending.isEmpty()) {
            const uint32_t window = ssh_channel_window_size(ch);
            if (window == 0)
                break;
            const uint32_t n = std::min<uint32_t>({static_cast<uint32_t>(pending.size()), window, kWriteChunk});
            const int written = ssh_channel_write(ch, pending.constData(), n);
            if (written == SSH_ERROR) {
                *message = QStringLiteral("writing to %1 failed: %2").arg(where(), sshError(s));
                return Outcome::Dropped;
            }
            pending.remove(0, written);
            sinceSend.restart();
        }

        bool throttled = m_inFlight.load() >= kMaxInFlight;
        bool readSome = false;
        if (!throttled) {
            qsizetype filled = 0;
            while (filled < buffer.size()) {
                const int n = ssh_channel_read_nonblocking(ch, buffer.data() + filled,
                                                           static_cast<uint32_t>(buffer.size() - filled), 0);
                if (n == SSH_ERROR) {
                    *message = QStringLiteral("the connection to %1 was lost: %2").arg(where(), sshError(s));
                    return Outcome::Dropped;
                }
                if (n <= 0)
                    break;
                filled += n;
            }
            if (filled > 0) {
                readSome = true;
                QByteArray chunk(buffer.constData(), filled);
                m_inFlight += filled;
                toOwner([chunk](SshShellSession *owner) { owner->deliverOutput(chunk); });
            }
        }
        if (!readSome && (ssh_channel_is_eof(ch) || ssh_channel_is_closed(ch))) {
            if (!ssh_is_connected(s)) {
                *message = QStringLiteral("the connection to %1 was lost").arg(where());
                return Outcome::Dropped;
            }
            const int status = ssh_channel_get_exit_status(ch);
            *message = status >= 0 ? QStringLiteral("the shell on %1 exited with status %2").arg(where()).arg(status)
                                   : QStringLiteral("the shell on %1 ended").arg(where());
            return Outcome::ShellExited;
        }
        if (!ssh_is_connected(s)) {
            *message = QStringLiteral("the connection to %1 was lost: %2").arg(where(), sshError(s));
            return Outcome::Dropped;
        }
        if (sinceSend.elapsed() >= m_config.keepaliveIntervalMs) {
            if (ssh_send_ignore(s, "") != SSH_OK) {
                *message = QStringLiteral("keepalive to %1 failed: %2").arg(where(), sshError(s));
                return Outcome::Dropped;
            }
            sinceSend.restart();
        }
        if (readSome)
            continue;
        // While throttled only the UI can wake us (unread socket data would spin the loop); writes still waiting
        // for window space are retried every few milliseconds meanwhile.
        if (throttled)
            waitForWake(-1, pending.isEmpty() ? kIdlePollMs : 5);
        else
            waitForWake(fd, kIdlePollMs);
    }
    return Outcome::Stopped;
}

} // namespace ckx
