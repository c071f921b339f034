#include "ui/vncwindow.h"

#include "ui/vncview.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

#include <cstdio>

namespace ckx {

VncWindow::VncWindow(VncSessionConfig config, QWidget *parent) : QMainWindow(parent)
{
    m_session = new VncSession(std::move(config), this);
    m_view = new VncView(m_session, this);
    setCentralWidget(m_view);
    setWindowTitle(tr("Desktop %1").arg(m_session->endpoint()));

    QToolBar *tools = addToolBar(tr("Desktop"));
    tools->setMovable(false);
    tools->addActions(m_view->desktopActions());
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    connect(m_session, &VncSession::stateChanged, this, [this](VncSession::State, const QString &message) {
        m_status->setText(message);
    });
    connect(m_session, &VncSession::frameResized, this, [this](QSize size) {
        // Open at the desktop's own size when the screen has room for it.
        if (!isMaximized() && !isFullScreen())
            resize(size + QSize(0, menuWidget() ? menuWidget()->height() : 0) + QSize(0, 80));
    });
    resize(1280, 880);
    m_session->start();
    m_view->setFocus();
}

VncWindow::~VncWindow()
{
    m_session->stop();
}

Result<VncSessionConfig> VncWindow::configFromArguments(const QString &endpoint, const QString &passwordFile)
{
    const qsizetype colon = endpoint.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? endpoint.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port == 0 || port > 65535)
        return makeError(QStringLiteral("vnc.endpoint"),
                         QStringLiteral("--vnc expects host:port (for example 127.0.0.1:5901), got \"%1\".").arg(endpoint));
    if (passwordFile.isEmpty())
        return makeError(QStringLiteral("vnc.password-file"),
                         QStringLiteral("--vnc needs --password-file FILE (the desktop's VNC password, mode 0600)."));
    Result<QByteArray> password = VncSession::readPasswordFile(passwordFile);
    if (!password)
        return password.error();
    VncSessionConfig config;
    config.host = endpoint.left(colon);
    if (config.host.startsWith(u'[') && config.host.endsWith(u']'))
        config.host = config.host.mid(1, config.host.size() - 2); // [::1]:5901
    config.port = quint16(port);
    config.password = *password;
    return config;
}

int VncWindow::runStandalone(const QString &endpoint, const QString &passwordFile)
{
    Result<VncSessionConfig> config = configFromArguments(endpoint, passwordFile);
    if (!config) {
        std::fprintf(stderr, "ckx: %s\n", qPrintable(config.error().message));
        return 2;
    }
    VncWindow window(*config);
    window.show();
    return QApplication::exec();
}

} // namespace ckx
