#include "ui/runninginstance.h"

#include "core/datapaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>

namespace ckx {

Q_LOGGING_CATEGORY(lcInstance, "ckx.ui.instance")

namespace {
constexpr qint64 MaxLinkBytes = 8192; ///< a checkout redirect is far shorter; more is not a link of ours
}

RunningInstance::RunningInstance(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->bytesAvailable() > MaxLinkBytes) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const QUrl link(QString::fromUtf8(socket->readLine()).trimmed(), QUrl::StrictMode);
                if (!link.isValid() || link.scheme() != QLatin1String("ckx")) {
                    qCWarning(lcInstance) << "ignored a message that is not a ckx:// link";
                    socket->abort();
                    return;
                }
                socket->write("ok\n");
                socket->flush();
                Q_EMIT linkReceived(link);
            });
        }
    });
}

QString RunningInstance::socketName()
{
    const QByteArray folder = QDir(dataDir()).absolutePath().toUtf8();
    return QStringLiteral("ckx-") + QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
}

bool RunningInstance::forward(const QUrl &link, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(link.toString(QUrl::FullyEncoded).toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool RunningInstance::listen()
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server.listen(socketName()))
        return true;
    // Nobody answered forward() before we got here, so the name is a leftover of a crashed run: take it over.
    QLocalServer::removeServer(socketName());
    if (m_server.listen(socketName()))
        return true;
    qCWarning(lcInstance) << "cannot listen for ckx:// links on" << socketName() << ":" << m_server.errorString();
    return false;
}

} // namespace ckx
