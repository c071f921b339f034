#pragma once
// One CKX window per data folder for ckx:// links: a link opened while the app runs (the browser coming back from
// checkout, say) goes to the running window instead of starting a second one on the same store. The running app
// listens on a local socket named after its data folder; a new process with a link hands it over and exits.

#include <QLocalServer>
#include <QObject>
#include <QUrl>

namespace ckx {

class RunningInstance : public QObject
{
    Q_OBJECT
public:
    explicit RunningInstance(QObject *parent = nullptr);

    /// Hands `link` to the CKX running on this data folder and waits for it to take it. True: it did (this process
    /// may exit); false: none is running (or it did not answer within `timeoutMs`). Blocking: call before the
    /// event loop runs.
    static bool forward(const QUrl &link, int timeoutMs = 3000);
    /// Takes links from later starts (linkReceived). A socket left by a CKX that crashed is replaced.
    bool listen();
    /// The socket's name for this data folder.
    static QString socketName();

Q_SIGNALS:
    void linkReceived(const QUrl &link);

private:
    QLocalServer m_server;
};

} // namespace ckx
