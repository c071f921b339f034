#pragma once
// The desktop's client for the companion server's /api/v1: sign-in, token refresh, and authenticated calls.
//
// Every call is asynchronous; its callback runs in `context` and is dropped when `context` is destroyed first.
// The refresh token lives in the OS keychain (CredentialStore), never in files; without a keychain the session is
// kept in memory only and `notice` says so. The access token is refreshed before it expires, with one refresh in
// flight at a time (calls that need a token meanwhile wait for it). A refresh the server answers as reused, revoked
// or expired signs the learner out (`signedOut` with the reason); other callers just get an error.

#include "core/api/types.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace ckx {

class CredentialStore;

class AccountClient : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using JsonCallback = std::function<void(Result<QJsonValue>)>;
    using UserCallback = std::function<void(Result<api::UserProfile>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    /// `serverUrl` as validated by validateServerUrl(); `accountFile` remembers which account was signed in on which
    /// server (an email, no secret) so the next start can find its keychain entry.
    AccountClient(const QString &serverUrl, CredentialStore *credentials, const QString &accountFile,
                  QObject *parent = nullptr);
    ~AccountClient() override;

    /// https://host[:port] for any host, http only for loopback; the normalised URL (no trailing slash) or an error
    /// naming the value and what was expected.
    static Result<QString> validateServerUrl(const QString &url);
    /// <data dir>/account.ini
    static QString defaultAccountFile();

    QString serverUrl() const;
    /// Points the client at another server (the embedded one once it listens); ignored while signed in.
    void setServerUrl(const QString &url);
    bool isSignedIn() const;
    api::UserProfile user() const;
    /// True once the keychain was found unavailable: the session then ends with the process.
    bool sessionInMemoryOnly() const;

    void registerAccount(const QString &email, const QString &password, const QString &displayName, QObject *context,
                         UserCallback done);
    void login(const QString &email, const QString &password, QObject *context, UserCallback done);
    /// Signs in again with the refresh token saved for this server's remembered account. Error code "account.none"
    /// when there is nothing to restore.
    void restoreSession(QObject *context, UserCallback done);
    /// Revokes the login on the server and deletes the keychain entry. Locally the learner is signed out even when
    /// the server cannot be reached (the error then says so).
    void logout(QObject *context, DoneCallback done);

    /// An authenticated call to /api/v1/<path>; `body` is sent as JSON unless empty for GET/DELETE.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
              JsonCallback done, const Headers &headers = {});
    /// A call without a token (pass-types, keys, labs).
    void callPublic(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                    JsonCallback done);

    void passTypes(QObject *context, std::function<void(Result<QList<api::PassType>>)> done);
    void passes(QObject *context, std::function<void(Result<QList<api::AccessPass>>)> done);
    void activatePass(const QString &passId, QObject *context, std::function<void(Result<api::AccessPass>)> done);
    void accessStatus(QObject *context, std::function<void(Result<api::AccessStatus>)> done);

Q_SIGNALS:
    void signedIn(const ckx::api::UserProfile &user);
    /// `reason` is empty when the learner signed out; otherwise it says why the app signed them out.
    void signedOut(const QString &reason);
    /// Something the learner should know that is not an error of one call (no keychain, say).
    void notice(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;

    void send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &bearer,
              const Headers &headers, QObject *context, JsonCallback done);
    void withAccessToken(QObject *context, std::function<void(Result<QString>)> done, bool force = false);
    void startRefresh();
    void finishRefresh(const Result<QString> &access);
    void authenticate(const QString &path, const QJsonObject &body, QObject *context, UserCallback done);
    void adoptTokens(const api::AuthTokens &tokens, std::function<void()> then);
    void signOutLocally(const QString &reason);
    QString keychainKey() const;
};

} // namespace ckx
