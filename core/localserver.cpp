#include "core/localserver.h"

#include "core/datapaths.h"

#include <QCoreApplication>
#include <QDir>
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
            qCInfo(lcLocalServer) << "local ckx-server (test-mode checkout) at" << m_url;
            Q_EMIT ready(m_url);
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        Q_EMIT failed(QStringLiteral("the local ckx-server could not run: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
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

void LocalServer::start()
{
    const QString dir = dataDir() + QStringLiteral("/server");
    QDir().mkpath(dir);
    QString bin = QCoreApplication::applicationDirPath() + QStringLiteral("/ckx-server");
    if (const QString env = qEnvironmentVariable("CKX_BIN_DIR"); !env.isEmpty() && !QFileInfo::exists(bin))
        bin = env + QStringLiteral("/ckx-server");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STRIPE_SECRET_KEY")); // test mode refuses to run next to a real key
    env.remove(QStringLiteral("CKX_DATABASE_URL"));
    env.insert(QStringLiteral("CKX_THREADS"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ckx.server.access.info=false"));
    m_process.setProcessEnvironment(env);
    m_process.setStandardErrorFile(dir + QStringLiteral("/server.log"), QIODevice::Append);
    m_process.start(bin, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir,
                          QStringLiteral("--test-checkout")});
}

} // namespace ckx
