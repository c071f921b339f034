#include "ui/serveraccount.h"

#include "core/accountclient.h"
#include "core/config.h"
#include "core/credentialstore.h"
#include "core/examsessionclient.h"
#include "core/examstore.h"
#include "core/grantverifier.h"
#include "core/localserver.h"
#include "core/resultsync.h"

#include <QLoggingCategory>

namespace ckx {

Q_LOGGING_CATEGORY(lcServerAccount, "ckx.ui.serveraccount")

ServerAccount::ServerAccount(Config *config, ExamStore *store, QObject *parent)
    : QObject(parent), m_credentials(std::make_unique<CredentialStore>())
{
    const QString configured = config->getString(Config::Key::ServerUrl).trimmed();
    auto url = AccountClient::validateServerUrl(configured);
    if (configured.isEmpty()) {
        url = makeError(QStringLiteral("account.local"), QString()); // filled in when the local server listens
    } else if (!url) {
        // Nothing is sent to a URL that failed validation: the client gets an address that refuses at once.
        m_configError = url.error().message;
        qCWarning(lcServerAccount) << "Settings' server URL refused:" << m_configError;
    }
    m_client = std::make_unique<AccountClient>(url ? *url : QStringLiteral("http://127.0.0.1:9"), m_credentials.get(),
                                               AccountClient::defaultAccountFile());
    m_sync = std::make_unique<ResultSync>(store, m_client.get());
    m_verifier = std::make_unique<GrantVerifier>(m_client.get(), GrantVerifier::defaultPinFile());
    m_sessions = std::make_unique<ExamSessionClient>(m_client.get(), m_verifier.get());
    // Attempts graded since the last send go out within a minute (ResultSync backs off on failures by itself).
    m_kick.setInterval(60'000);
    connect(&m_kick, &QTimer::timeout, m_sync.get(), &ResultSync::kick);
    m_kick.start();
    const auto restore = [this] {
        m_client->restoreSession(this, [this](Result<api::UserProfile> u) {
            if (!u && u.error().code != QStringLiteral("account.none"))
                Q_EMIT statusMessage(u.error().message);
        });
    };
    if (url) {
        restore();
    } else if (configured.isEmpty()) {
        m_local = std::make_unique<LocalServer>();
        connect(m_local.get(), &LocalServer::ready, this, [this, restore](const QString &local) {
            m_client->setServerUrl(local);
            Q_EMIT statusMessage(tr("Using a local CKX server (test-mode checkout) at %1").arg(local));
            restore();
        });
        connect(m_local.get(), &LocalServer::failed, this, &ServerAccount::statusMessage);
        m_local->start();
    }
}

ServerAccount::~ServerAccount() = default;

bool ServerAccount::serverKnown() const
{
    return m_local ? !m_local->url().isEmpty() : m_configError.isEmpty();
}

} // namespace ckx
