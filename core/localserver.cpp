#include "core/localserver.h"

#include "core/datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <csignal>

namespace ckx {

Q_LOGGING_CATEGORY(lcLocalServer, "ckx.core.localserver")

LocalServer::LocalServer(QObject *parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_out += m_process.readAllStandardOutput();
        static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        const auto m = listening.match(QString::fromUtf8(m_out));
        if (m.hasMatch() && m_url.isEmpty()) {
            m_url = QStringLiteral("http://127.0.0.1:") + m.captured(1);
            rememberPort(m.captured(1));
            qCInfo(lcLocalServer) << "local ckx-server (test-mode checkout) at" << m_url;
            Q_EMIT ready(m_url);
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        Q_EMIT failed(QStringLiteral("the local ckx-server could not run: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (m_url.isEmpty() && m_triedRemembered) {
            // The port of the last run is taken now: any free one will do (the learner signs in again there).
            qCInfo(lcLocalServer) << "the local ckx-server's last port is taken; asking for a new one";
            m_triedRemembered = false;
            QFile::remove(portFile());
            launch(QStringLiteral("0"));
            return;
        }
        if (m_url.isEmpty())
            Q_EMIT failed(QStringLiteral("the local ckx-server stopped at once (exit code %1); its log is in %2")
                              .arg(code)
                              .arg(dataDir() + QStringLiteral("/server/server.log")));
    });
}

LocalServer::~LocalServer()
{
    m_process.disconnect(this); // stopping it on purpose is no failure to report to a window being closed
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM); // drains and exits 0
    if (!m_process.waitForFinished(5000))
        m_process.kill();
}

QString LocalServer::portFile()
{
    return dataDir() + QStringLiteral("/server/port");
}

void LocalServer::rememberPort(const QString &port)
{
    QFile f(portFile());
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(port.toLatin1() + '\n');
}

void LocalServer::start()
{
    QDir().mkpath(dataDir() + QStringLiteral("/server"));
    // The same port as last time when it is free: the server's address is the identity under which the learner's
    // sign-in (keychain, account.ini) and the pinned grant key are kept, so a new port each start would sign out.
    QString port = QStringLiteral("0");
    QFile f(portFile());
    if (f.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const int remembered = QString::fromLatin1(f.readAll()).trimmed().toInt(&ok);
        if (ok && remembered > 1024 && remembered < 65536) {
            port = QString::number(remembered);
            m_triedRemembered = true;
        }
    }
    launch(port);
}

void LocalServer::launch(const QString &port)
{
    const QString dir = dataDir() + QStringLiteral("/server");
    m_out.clear();
    QString bin = QCoreApplication::applicationDirPath() + QStringLiteral("/ckx-server");
    if (const QString env = qEnvironmentVariable("CKX_BIN_DIR"); !env.isEmpty() && !QFileInfo::exists(bin))
        bin = env + QStringLiteral("/ckx-server");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRIPE_SECRET_KEY")); // test mode refuses to run next to a real key
    env.remove(QStringLiteral("CKX_DATABASE_URL"));
    env.insert(QStringLiteral("CKX_THREADS"), QStringLiteral("1"));
    // After the (test-mode) payment the browser comes back to the app through its ckx:// handler.
    env.insert(QStringLiteral("CKX_CHECKOUT_SUCCESS_URL"), QStringLiteral("ckx://checkout/success?session_id={CHECKOUT_SESSION_ID}"));
    env.insert(QStringLiteral("CKX_CHECKOUT_CANCEL_URL"), QStringLiteral("ckx://checkout/cancel"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ckx.server.access.info=false"));
    m_process.setProcessEnvironment(env);
    m_process.setStandardErrorFile(dir + QStringLiteral("/server.log"), QIODevice::Append);
    m_process.start(bin, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port, QStringLiteral("--data-dir"), dir,
                          QStringLiteral("--test-checkout")});
}

} // namespace ckx
