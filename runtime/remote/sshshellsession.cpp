#include "runtime/remote/sshshellsession.h"

#include "runtime/remote/sshshellworker.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QThread>

namespace ckx {

Q_DECLARE_LOGGING_CATEGORY(lcSshShell)

struct SshShellSession::Private
{
    std::unique_ptr<QThread> thread;
    std::shared_ptr<SshShellWorker> worker;
    int stopBoundMs = 7000;
};

namespace {

struct Pin
{
    QString fingerprint;
    QString keyType;
};

// Accepts what provisioning records: "SHA256:<43 base64 chars>" or "ssh-ed25519 AAAA... [comment]".
Result<Pin> normalisePin(const SshShellSession::Config &c)
{
    const QString where = QStringLiteral("%1:%2").arg(c.host).arg(c.port);
    const QString pin = c.pinnedHostKey.trimmed();
    if (pin.isEmpty()) {
        if (c.trustFirstHostKey)
            return Pin{};
        return makeError(QStringLiteral("ssh.config"),
                         QStringLiteral("no pinned host key for %1: pinnedHostKey must hold the key recorded at "
                                        "provisioning (\"SHA256:...\" or \"ssh-ed25519 AAAA...\")")
                             .arg(where));
    }
    if (pin.startsWith(QLatin1String("SHA256:"))) {
        static const QRegularExpression b64(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"));
        if (!b64.match(pin).hasMatch())
            return makeError(QStringLiteral("ssh.config"),
                             QStringLiteral("pinnedHostKey for %1 is \"%2\": expected SHA256: followed by 43 base64 "
                                            "characters")
                                 .arg(where, pin));
        return Pin{pin, QString()};
    }
    const QStringList parts = pin.split(QRegularExpression(QStringLiteral("\\s+")));
    if (parts.size() >= 2) {
        const QByteArray blob = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray type = parts.at(0).toLatin1();
        // The blob starts with the key type as an SSH string: 4-byte length, then the name.
        if (blob.size() > 4 + type.size() && blob.mid(4, type.size()) == type) {
            QByteArray fp = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
            while (fp.endsWith('='))
                fp.chop(1);
            return Pin{QStringLiteral("SHA256:") + QString::fromLatin1(fp), parts.at(0)};
        }
    }
    return makeError(QStringLiteral("ssh.config"),
                     QStringLiteral("pinnedHostKey for %1 is neither \"SHA256:...\" nor an OpenSSH public key line "
                                    "(\"ssh-ed25519 AAAA... comment\")")
                         .arg(where));
}

} // namespace

SshShellSession::SshShellSession(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

SshShellSession::~SshShellSession()
{
    // No signals from a half-destroyed object: receivers may already be gone.
    blockSignals(true);
    stop();
}

Result<void> SshShellSession::start(const Config &config)
{
    if (d->thread)
        return makeError(QStringLiteral("ssh.state"), QStringLiteral("the SSH session is already started"));
    if (config.host.isEmpty() || config.user.isEmpty() || config.port == 0)
        return makeError(QStringLiteral("ssh.config"),
                         QStringLiteral("SSH target \"%1@%2:%3\" is incomplete: expected user, host and port")
                             .arg(config.user, config.host)
                             .arg(config.port));
    if (config.identityFile.isEmpty() && config.identityKey.isEmpty())
        return makeError(
            QStringLiteral("ssh.config"),
            QStringLiteral("no identity for %1@%2: set identityFile or identityKey").arg(config.user, config.host));
    if (!config.identityFile.isEmpty() && !QFileInfo(config.identityFile).isReadable())
        return makeError(QStringLiteral("ssh.identity"),
                         QStringLiteral("cannot read the private key file %1").arg(config.identityFile));
    auto pin = normalisePin(config);
    if (!pin)
        return pin.error();

    d->stopBoundMs = config.connectTimeoutMs + 2000;
    d->worker = std::make_shared<SshShellWorker>(this, config, pin->fingerprint, pin->keyType);
    d->thread.reset(QThread::create([worker = d->worker] { worker->run(); }));
    d->thread->setObjectName(QStringLiteral("ssh %1").arg(config.host));
    deliverStatus(Status{State::Connecting, 0, 0,
                         QStringLiteral("connecting to %1@%2:%3").arg(config.user, config.host).arg(config.port)});
    d->thread->start();
    return {};
}

void SshShellSession::stop()
{
    if (!d->thread)
        return;
    d->worker->requestStop();
    if (!d->thread->wait(d->stopBoundMs)) {
        // Stuck in a libssh call that ignored the shut-down socket: it checks the stop flag when the call returns.
        // Never terminate() a thread; let it finish alone (the thread lambda keeps the worker alive, and the worker
        // no longer reaches this session).
        qCWarning(lcSshShell).noquote() << d->thread->objectName() << "did not stop within" << d->stopBoundMs
                                        << "ms; it will finish alone";
        d->worker->detachOwner();
        QThread *thread = d->thread.release();
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        if (thread->isFinished()) // it finished between the timeout and the connect
            thread->deleteLater();
    }
    d->thread.reset();
    d->worker.reset();
    if (m_status.state != State::Idle) {
        m_status = Status{State::Idle, 0, 0, QString()};
        Q_EMIT statusChanged(m_status);
    }
}

void SshShellSession::reconnectNow()
{
    if (!d->worker)
        return;
    auto c = std::make_unique<SshShellWorker::Command>();
    c->kind = SshShellWorker::Command::Kind::Reconnect;
    d->worker->post(std::move(c));
}

void SshShellSession::write(const QByteArray &bytes)
{
    if (!d->worker || bytes.isEmpty())
        return;
    auto c = std::make_unique<SshShellWorker::Command>();
    c->bytes = bytes;
    d->worker->post(std::move(c));
}

void SshShellSession::resize(int columns, int rows)
{
    if (!d->worker || columns <= 0 || rows <= 0)
        return;
    auto c = std::make_unique<SshShellWorker::Command>();
    c->kind = SshShellWorker::Command::Kind::Resize;
    c->columns = columns;
    c->rows = rows;
    d->worker->post(std::move(c));
}

void SshShellSession::deliverOutput(const QByteArray &bytes)
{
    Q_EMIT output(bytes);
    if (d->worker)
        d->worker->consumed(bytes.size());
}

void SshShellSession::deliverStatus(const Status &status)
{
    // Late events from a stopped worker must not overwrite Idle.
    if (!d->thread)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

} // namespace ckx
