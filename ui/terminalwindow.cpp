#include "ui/terminalwindow.h"

#include "runtime/remote/terminalrecorder.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/terminalview.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ckx {

TerminalWindow::TerminalWindow(QWidget *parent)
    : QWidget(parent), m_surface(new TerminalSurface(QSize(80, 24), this)), m_session(new SshShellSession(this)),
      m_view(new TerminalView(m_surface, this)), m_recorder(new TerminalRecorder(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    m_surface->setWriter([session = m_session, recorder = m_recorder](const QByteArray &bytes) {
        session->write(bytes);
        recorder->recordInput(bytes);
    });
    // The recorder sees the bytes where the surface does, on this thread: the SSH worker never waits for the disk.
    connect(m_session, &SshShellSession::output, m_surface, &TerminalSurface::feed);
    connect(m_session, &SshShellSession::output, m_recorder, &TerminalRecorder::recordOutput);
    connect(m_surface, &TerminalSurface::sizeChanged, m_session,
            [session = m_session](QSize s) { session->resize(s.width(), s.height()); });
    connect(m_surface, &TerminalSurface::sizeChanged, m_recorder, &TerminalRecorder::recordResize);
    connect(m_session, &SshShellSession::statusChanged, this, &TerminalWindow::showStatus);
    connect(m_surface, &TerminalSurface::titleChanged, this,
            [this](const QString &t) { setWindowTitle(t.isEmpty() ? m_target : t); });
    connect(m_session, &SshShellSession::hostKeyTrusted, this, [this](const QString &fingerprint) {
        qWarning("ckx: trusting the host key of %s on first use: %s (pin it with --known-host-key)",
                 qPrintable(m_target), qPrintable(fingerprint));
    });
    connect(m_view, &TerminalView::reconnectRequested, m_session, &SshShellSession::reconnectNow);
    resize(900, 560);
}

TerminalWindow::~TerminalWindow()
{
    // The session's worker may still deliver output: stop it before the surface and view go.
    m_session->stop();
}

Result<SshShellSession::Config> TerminalWindow::configFromArguments(const QString &target, const QString &identityFile,
                                                                    const QString &hostKey)
{
    static const QRegularExpression re(QStringLiteral("^([^@\\s]+)@([^:\\s]+|\\[[^\\]]+\\])(?::(\\d+))?$"));
    const auto m = re.match(target);
    if (!m.hasMatch())
        return makeError(QStringLiteral("terminal.target"),
                         QStringLiteral("--terminal \"%1\": expected user@host:port").arg(target));
    SshShellSession::Config c;
    c.user = m.captured(1);
    c.host = m.captured(2).remove(u'[').remove(u']');
    const uint port = m.captured(3).isEmpty() ? 22u : m.captured(3).toUInt();
    if (port == 0 || port > 65535)
        return makeError(QStringLiteral("terminal.target"),
                         QStringLiteral("--terminal \"%1\": port must be 1-65535").arg(target));
    c.port = quint16(port);
    if (identityFile.isEmpty())
        return makeError(QStringLiteral("terminal.identity"), QStringLiteral("--identity FILE is required"));
    c.identityFile = identityFile;
    if (hostKey.isEmpty()) {
        c.trustFirstHostKey = true;
    } else if (!hostKey.startsWith(QLatin1String("SHA256:")) && QFileInfo(hostKey).isFile()) {
        QFile f(hostKey);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("terminal.hostkey"),
                             QStringLiteral("cannot read --known-host-key file %1").arg(hostKey));
        c.pinnedHostKey = QString::fromUtf8(f.readLine()).trimmed();
    } else {
        c.pinnedHostKey = hostKey;
    }
    return c;
}

Result<void> TerminalWindow::start(const SshShellSession::Config &config)
{
    m_target = QStringLiteral("%1@%2:%3").arg(config.user, config.host).arg(config.port);
    setWindowTitle(m_target);
    SshShellSession::Config c = config;
    c.terminalSize = m_surface->size();
    return m_session->start(c);
}

Result<void> TerminalWindow::startRecording(const QString &path, bool keystrokes, const QString &title)
{
    TerminalRecorder::Options o;
    o.recordInput = keystrokes;
    o.title = title;
    return m_recorder->open(path, m_surface->size(), o);
}

void TerminalWindow::showStatus(const SshShellSession::Status &s)
{
    using State = SshShellSession::State;
    switch (s.state) {
    case State::Connected:
        m_view->setOverlay(QString());
        break;
    case State::Connecting:
        m_view->setOverlay(tr("Connecting to %1 …").arg(m_target));
        break;
    case State::Reconnecting:
        m_view->setOverlay(tr("Connection lost: %1\nReconnecting (attempt %2) in %3 s …")
                               .arg(s.message)
                               .arg(s.attempt)
                               .arg(s.delayMs / 1000.0, 0, 'f', 1));
        break;
    case State::Disconnected:
        m_view->setOverlay(tr("Disconnected: %1").arg(s.message), true);
        break;
    case State::HostKeyMismatch:
        m_view->setOverlay(tr("Host key mismatch: %1").arg(s.message));
        break;
    case State::Idle:
        m_view->setOverlay(tr("Not connected"));
        break;
    }
}

} // namespace ckx
