#pragma once
// The embedded companion server for a newcomer: when Settings has no server URL, the app starts its own ckx-server
// (next to the app's binary, or CKX_BIN_DIR) on loopback with a random port, SQLite and keys in
// <data dir>/server, and test-mode checkout (no Stripe account needed). Stopped with the app.

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
    QProcess m_process;
    QByteArray m_out;
    QString m_url;
};

} // namespace ckx
