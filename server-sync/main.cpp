// ckx-server: the CKX companion server. Everything but argument handling lives in the ckx_serversync library.
#include "core/version.h"
#include "server-sync/jsonlog.h"
#include "server-sync/serverapp.h"
#include "server-sync/serverconfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Qt's own UNIX event dispatcher costs less per request than the GLib one.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ckx-server"));
    QCoreApplication::setApplicationVersion(ckx::version());
    Q_INIT_RESOURCE(openapi);

    bool help = false;
    bool version = false;
    auto config = ckx::server::ServerConfig::parse(app.arguments().mid(1), QProcessEnvironment::systemEnvironment(), &help,
                                                   &version);
    if (help) {
        QTextStream(stdout) << ckx::server::ServerConfig::helpText();
        return 0;
    }
    if (version) {
        QTextStream(stdout) << "ckx-server " << ckx::version() << '\n';
        return 0;
    }
    if (!config) {
        QTextStream(stderr) << "ckx-server: " << config.error().message << '\n';
        return 2;
    }
    ckx::server::JsonLog::install();
    ckx::server::ServerApp server(*config);
    QObject::connect(&server, &ckx::server::ServerApp::finished, &app, [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    if (auto started = server.start(); !started) {
        qCCritical(ckx::server::lcServer, "cannot start: %s", qUtf8Printable(started.error().message));
        return 1;
    }
    return app.exec();
}
