#pragma once
// The embedded companion server for a newcomer: when Settings has no server URL, the app starts its own ckx-server
// (next to the app's binary, or CKX_BIN_DIR) on loopback, SQLite and keys in <data dir>/server, and test-mode
// checkout (no Stripe account needed). The port is the last run's when it is still free (<data dir>/server/port),
// else a random one. Stopped with the app.

#include <QObject>
#include <QProcess>
#include <QString>

namespace ckx {

class LocalServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(QObject *parent = nullptr);
    ~LocalServer() override;

    /// Starts the process; `ready` or `failed` follows.
    void start();
    QString url() const { return m_url; }

Q_SIGNALS:
    void ready(const QString &url);
    void failed(const QString &message);

private:
    static QString portFile();
    static void rememberPort(const QString &port);
    void launch(const QString &port);

    QProcess m_process;
    bool m_triedRemembered = false; ///< this launch asked for the remembered port
    QByteArray m_out;
    QString m_url;
};

} // namespace ckx
