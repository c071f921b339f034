#pragma once
// SshShellSession: an interactive shell on the exam jumphost over SSH. A worker thread owns the libssh session and
// channel; the UI talks to it through a command queue and hears back through queued signals.

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

namespace ckx {

class SshShellSession : public QObject
{
    Q_OBJECT
public:
    /// Exactly what the runtime records when it provisions a jumphost, plus the terminal size.
    struct Config
    {
        QString host = QStringLiteral("127.0.0.1"); ///< published address (Docker publishes on 127.0.0.1)
        quint16 port = 22;                          ///< host port Docker chose for the container's 22/tcp
        QString user;                               ///< the candidate account in the jumphost
        QString identityFile;                       ///< private key file (OpenSSH format) ...
        QByteArray identityKey;                     ///< ... or its bytes; used when identityFile is empty
        /// Host key recorded at provisioning: "SHA256:..." (as `ssh-keygen -lf` prints) or an OpenSSH public key
        /// line "ssh-ed25519 AAAA... [comment]". Required unless trustFirstHostKey is set.
        QString pinnedHostKey;
        /// Developer use only: with no pin, accept the first key seen and pin it for every reconnect.
        bool trustFirstHostKey = false;
        QSize terminalSize{80, 24}; ///< columns x rows of the PTY
        QString termType = QStringLiteral("xterm-256color");
        int connectTimeoutMs = 5000;
        int keepaliveIntervalMs = 15000;   ///< idle time before an SSH_MSG_IGNORE keepalive
        int reconnectInitialDelayMs = 250; ///< first retry delay; doubles up to reconnectMaxDelayMs
        int reconnectMaxDelayMs = 8000;
        int maxReconnectAttempts = 0; ///< 0 = keep trying until stop()
    };

    enum class State {
        Idle,            ///< not started, or stopped
        Connecting,      ///< first connection in progress
        Connected,       ///< shell is running
        Reconnecting,    ///< the link dropped; next attempt after `delayMs`
        Disconnected,    ///< gave up or the shell exited: see `message`
        HostKeyMismatch, ///< the server's key is not the pinned one; never retried
    };
    Q_ENUM(State)

    struct Status
    {
        State state = State::Idle;
        int attempt = 0; ///< Reconnecting: which retry is next (1-based)
        int delayMs = 0; ///< Reconnecting: wait before that retry
        QString message; ///< for a person: why, naming the host
    };

    explicit SshShellSession(QObject *parent = nullptr);
    ~SshShellSession() override; ///< stops the worker; bounded by connectTimeoutMs + 2 s

    /// Validates the config (pin format, identity present) and starts connecting in the worker thread.
    Result<void> start(const Config &config);
    /// Asks the worker to close the shell and waits for it (bounded). Safe to call twice.
    void stop();
    /// After Disconnected (e.g. the shell exited): connect again with the same config.
    void reconnectNow();

    /// Thread-safe; never blocks on the network. Bytes go out in order.
    void write(const QByteArray &bytes);
    void resize(int columns, int rows);

    Status status() const { return m_status; }
    /// SHA256 fingerprint of the host key the server presented last (empty before the first handshake).
    QString presentedHostKey() const { return m_presentedHostKey; }

Q_SIGNALS:
    void output(const QByteArray &bytes);
    void statusChanged(const ckx::SshShellSession::Status &status);
    /// With trustFirstHostKey: the key that got pinned, so a developer can pass it next time.
    void hostKeyTrusted(const QString &fingerprint);

private:
    friend class SshShellWorker;
    void deliverOutput(const QByteArray &bytes);
    void deliverStatus(const Status &status);

    struct Private;
    std::unique_ptr<Private> d;
    Status m_status;
    QString m_presentedHostKey;
};

} // namespace ckx
