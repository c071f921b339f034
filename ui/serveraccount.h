#pragma once
// The app's link to its companion server: the AccountClient for Settings' server URL (validated: https, or http on
// loopback), the keychain, the results outbox sender, full exams' sessions and grants, and the sign-in restored
// from the keychain at start.

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace ckx {

class AccountClient;
class Config;
class CredentialStore;
class ExamSessionClient;
class ExamStore;
class GrantVerifier;
class LocalServer;
class ResultSync;

class ServerAccount : public QObject
{
    Q_OBJECT
public:
    ServerAccount(Config *config, ExamStore *store, QObject *parent = nullptr);
    ~ServerAccount() override;

    AccountClient *client() const { return m_client.get(); }
    ResultSync *sync() const { return m_sync.get(); }
    /// Full exams' sessions on the server: grants (checked by the verifier), conflicts, completion.
    ExamSessionClient *examSessions() const { return m_sessions.get(); }
    /// The client has a server to talk to (Settings' URL, or the local server once it listens).
    bool serverKnown() const;
    /// Empty, or why Settings' server URL was not used.
    QString configError() const { return m_configError; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<ResultSync> m_sync;
    std::unique_ptr<GrantVerifier> m_verifier;
    std::unique_ptr<ExamSessionClient> m_sessions;
    std::unique_ptr<LocalServer> m_local; ///< only when Settings has no server URL
    QTimer m_kick;
    QString m_configError;
};

} // namespace ckx
