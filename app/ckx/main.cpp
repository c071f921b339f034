#include "core/version.h"
#include "ui/appwindow.h"
#include "ui/runninginstance.h"
#include "ui/screenshottour.h"
#include "ui/terminalwindow.h"
#include "ui/vncwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>
#include <QUrl>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ckx"));
    QApplication::setOrganizationName(QStringLiteral("ckx"));
    QApplication::setApplicationDisplayName(QStringLiteral("CKX Desktop"));
    QApplication::setApplicationVersion(ckx::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CKX Desktop - hands-on Kubernetes certification practice"));
    parser.addHelpOption();
    parser.addVersionOption();
    // Developer option: just the SSH terminal, for manual testing and bench/terminal.sh.
    const QCommandLineOption terminalOption(QStringLiteral("terminal"),
                                            QStringLiteral("Open only an SSH terminal to user@host:port."),
                                            QStringLiteral("user@host:port"));
    const QCommandLineOption identityOption(QStringLiteral("identity"),
                                            QStringLiteral("Private key file for --terminal."), QStringLiteral("FILE"));
    const QCommandLineOption hostKeyOption(QStringLiteral("known-host-key"),
                                           QStringLiteral("Pinned host key for --terminal: SHA256 fingerprint, "
                                                          "public key line, or a file holding one."),
                                           QStringLiteral("KEY"));
    parser.addOptions({terminalOption, identityOption, hostKeyOption});
    // Developer option: just the remote desktop view, for manual testing and bench/vnc.sh.
    const QCommandLineOption vncOption(QStringLiteral("vnc"), QStringLiteral("Open only the VNC desktop at host:port."),
                                       QStringLiteral("host:port"));
    const QCommandLineOption vncPasswordOption(QStringLiteral("password-file"),
                                               QStringLiteral("VNC password file (mode 0600) for --vnc."),
                                               QStringLiteral("FILE"));
    parser.addOptions({vncOption, vncPasswordOption});
    const QCommandLineOption tourOption(QStringLiteral("screenshot-tour"),
                                        QStringLiteral("Walk a Docker lab and save a 1280x800 PNG of each page."),
                                        QStringLiteral("DIR"));
    parser.addOption(tourOption);
    // The desktop entry registers ckx as the handler of x-scheme-handler/ckx: links such as the checkout redirect
    // (ckx://checkout/...) start the app with the URL as its argument.
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("A ckx:// link to open."), QStringLiteral("[url]"));
    parser.process(app);

    QUrl link;
    if (const QStringList args = parser.positionalArguments(); !args.isEmpty()) {
        link = QUrl(args.first(), QUrl::StrictMode);
        if (args.size() > 1 || !link.isValid() || link.scheme() != QLatin1String("ckx")) {
            qCritical("ckx: '%s' is not a ckx:// link; expected one argument such as ckx://checkout/done",
                      qPrintable(args.join(QLatin1Char(' '))));
            return 2;
        }
    }

    if (parser.isSet(tourOption))
        return ckx::ScreenshotTour::run(parser.value(tourOption));

    if (parser.isSet(vncOption))
        return ckx::VncWindow::runStandalone(parser.value(vncOption), parser.value(vncPasswordOption));
    if (parser.isSet(terminalOption)) {
        auto config = ckx::TerminalWindow::configFromArguments(
            parser.value(terminalOption), parser.value(identityOption), parser.value(hostKeyOption));
        ckx::TerminalWindow terminal;
        auto started = config ? terminal.start(*config) : ckx::Result<void>(config.error());
        if (!started) {
            qCritical("ckx: %s", qPrintable(started.error().message));
            return 2;
        }
        terminal.show();
        return app.exec();
    }

    // A link while CKX already runs on this data folder goes to that window (one store, one window).
    if (!link.isEmpty() && ckx::RunningInstance::forward(link))
        return 0;
    ckx::RunningInstance instance;
    instance.listen();
    ckx::AppWindow window;
    QObject::connect(&instance, &ckx::RunningInstance::linkReceived, &window, &ckx::AppWindow::openLink);
    window.show();
    if (!link.isEmpty())
        window.openLink(link);
    return app.exec();
}
