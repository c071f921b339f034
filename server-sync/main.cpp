#include "core/version.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHostAddress>
#include <QJsonObject>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ckx-server"));
    QCoreApplication::setApplicationVersion(ckx::version());

    QHttpServer server;
    server.route(QStringLiteral("/healthz"), [] { return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}; });
    const quint16 port = server.listen(QHostAddress::LocalHost, 8080);
    if (!port) {
        QTextStream(stderr) << "ckx-server: cannot listen on 127.0.0.1:8080\n";
        return 1;
    }
    return app.exec();
}
