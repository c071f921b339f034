#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.process(app);

    ckx::MainWindow window;
    window.show();
    return app.exec();
}
