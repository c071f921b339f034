#include "core/accountclient.h"

#include "core/api/envelope.h"
#include "core/credentialstore.h"
#include "core/datapaths.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSettings>
#include <QUrl>

namespace ckx {

Q_LOGGING_CATEGORY(lcAccount, "ckx.core.account")

namespace {

constexpr int kTransferTimeoutMs = 15000;

QString settingsKey(const QString &serverUrl)
{
    return QStringLiteral("accounts/") + QString::fromLatin1(QUrl::toPercentEncoding(serverUrl));
}

/// The server's address as the client keys everything by it: no trailing slash.
QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString retryWhen(qint64 seconds)
{
    const QString at = QDateTime::currentDateTime().addSecs(seconds).toString(QStringLiteral("HH:mm"));
    if (seconds < 90)
        return QStringLiteral("try again in %1 seconds (at %2)").arg(seconds).arg(at);
    return QStringLiteral("try again in %1 minutes (at %2)").arg((seconds + 59) / 60).arg(at);
}

/// The server's error, reworded for a person where the server's words are for programs.
Error personalError(const Error &e, int status, const QByteArray &retryAfter)
{
    const QString code = e.code;
    if (code == QStringLiteral("auth.invalid_credentials"))
        return makeError(code, QStringLiteral("Wrong email or password."));
    if (code == QStringLiteral("auth.email_taken"))
        return makeError(code, QStringLiteral("An account with this email already exists: sign in instead."));
    if (code == QStringLiteral("api.field") && e.message.contains(QStringLiteral("\"password\""))
        && e.message.contains(QStringLiteral("at least")))
        return makeError(QStringLiteral("auth.weak_password"),
                         QStringLiteral("That password is too weak: use at least 8 characters."));
    if (status == 429 || status == 503) {
        bool ok = false;
        const qint64 secs = retryAfter.toLongLong(&ok);
        const QString when = ok ? retryWhen(secs) : QStringLiteral("try again later");
        if (code == QStringLiteral("auth.rate_limited"))
            return makeError(code, QStringLiteral("Too many failed sign-ins for this account or computer: %1.").arg(when));
        return makeError(code, QStringLiteral("The server is busy (%1): %2.").arg(e.message, when));
    }
    return e;
}

bool endsTheLogin(const QString &code)
{
    return code == QStringLiteral("auth.refresh_reused") || code == QStringLiteral("auth.refresh_invalid")
        || code == QStringLiteral("auth.refresh_expired") || code == QStringLiteral("auth.revoked");
}

template<typename T>
Result<QList<T>> listOf(const Result<QJsonValue> &r)
{
    if (!r)
        return r.error();
    QList<T> out;
    for (const QJsonValue &v : r->toArray()) {
        auto item = T::fromJson(v.toObject());
        if (!item)
            return item.error();
        out.append(*item);
    }
    return out;
}

} // namespace

struct AccountClient::Private
{
    QString server;
    CredentialStore *credentials = nullptr;
    QString accountFile;
    QNetworkAccessManager nam;

    api::UserProfile user;
    QString accessToken;
    QString refreshToken;
    qint64 refreshAtMs = 0; ///< local time after which the access token is renewed before use
    bool memoryOnly = false;

    bool refreshing = false;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(Result<QString>)> done;
    };
    QList<Waiter> waiting;
};

AccountClient::AccountClient(const QString &serverUrl, CredentialStore *credentials, const QString &accountFile,
                             QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->server = withoutTrailingSlash(serverUrl);
    d->credentials = credentials;
    d->accountFile = accountFile;
}

AccountClient::~AccountClient() = default;

Result<QString> AccountClient::validateServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto bad = [&](const QString &why) {
        return makeError(QStringLiteral("account.server_url"),
                         QStringLiteral("server URL \"%1\": %2").arg(text, why));
    };
    if (!url.isValid() || url.host().isEmpty())
        return bad(QStringLiteral("expected https://host[:port]"));
    const QString host = url.host();
    const bool loopback = host == QStringLiteral("localhost") || QHostAddress(host).isLoopback();
    if (url.scheme() != QStringLiteral("https") && !(url.scheme() == QStringLiteral("http") && loopback))
        return bad(QStringLiteral("must use https (plain http is allowed only for 127.0.0.1, ::1 or localhost)"));
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return bad(QStringLiteral("expected no user name, query or fragment"));
    return withoutTrailingSlash(url.toString(QUrl::StripTrailingSlash));
}

QString AccountClient::defaultAccountFile()
{
    return dataDir() + QStringLiteral("/account.ini");
}

QString AccountClient::serverUrl() const { return d->server; }

void AccountClient::setServerUrl(const QString &url)
{
    if (isSignedIn())
        return;
    d->server = withoutTrailingSlash(url);
}
bool AccountClient::isSignedIn() const { return !d->refreshToken.isEmpty(); }
api::UserProfile AccountClient::user() const { return d->user; }
bool AccountClient::sessionInMemoryOnly() const { return d->memoryOnly; }

QString AccountClient::keychainKey() const
{
    return CredentialStore::refreshKey(d->server, d->user.email);
}

void AccountClient::send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &bearer,
                         const Headers &headers, QObject *context, JsonCallback done)
{
    QNetworkRequest req(QUrl(d->server + QStringLiteral("/api/v1/") + path));
    req.setTransferTimeout(kTransferTimeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QByteArray bytes;
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply *reply = d->nam.sendCustomRequest(req, method, bytes);
    const QString server = d->server;
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [reply, done, server, path] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const QString why = reply->errorString();
            qCInfo(lcAccount) << "server unreachable for" << path << ":" << why;
            done(makeError(QStringLiteral("server.unreachable"),
                           QStringLiteral("Cannot reach the CKX server at %1 (%2). Mock exams are still available.")
                               .arg(server, why)));
            return;
        }
        auto parsed = ApiEnvelope::parse(reply->readAll(), status);
        if (!parsed) {
            Error e = personalError(parsed.error(), status, reply->rawHeader("Retry-After"));
            done(e);
            return;
        }
        done(*parsed);
    });
}

void AccountClient::callPublic(const QByteArray &method, const QString &path, const QJsonObject &body,
                               QObject *context, JsonCallback done)
{
    send(method, path, body, {}, {}, context, std::move(done));
}

void AccountClient::call(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                         JsonCallback done, const Headers &headers)
{
    QPointer<AccountClient> self(this);
    withAccessToken(context, [=, this](Result<QString> access) {
        if (!access) {
            done(access.error());
            return;
        }
        send(method, path, body, *access, headers, context, [=](Result<QJsonValue> r) {
            // An access token the server no longer takes (clock skew, a restarted server with a new key): renew once.
            if (!r && r.error().code == QStringLiteral("auth.token") && self) {
                self->withAccessToken(context, [=](Result<QString> again) {
                    if (!again) {
                        done(again.error());
                        return;
                    }
                    if (self)
                        self->send(method, path, body, *again, headers, context, done);
                }, true);
                return;
            }
            if (!r && r.error().code == QStringLiteral("auth.revoked") && self)
                self->signOutLocally(QStringLiteral("This sign-in was ended on the server (signed out elsewhere or "
                                                    "revoked). Sign in again."));
            done(r);
        });
    });
}

void AccountClient::withAccessToken(QObject *context, std::function<void(Result<QString>)> done, bool force)
{
    if (!isSignedIn()) {
        done(makeError(QStringLiteral("account.signed_out"), QStringLiteral("You are not signed in.")));
        return;
    }
    if (!force && !d->refreshing && QDateTime::currentMSecsSinceEpoch() < d->refreshAtMs) {
        done(d->accessToken);
        return;
    }
    d->waiting.append({QPointer<QObject>(context), std::move(done)});
    if (!d->refreshing)
        startRefresh();
}

void AccountClient::startRefresh()
{
    d->refreshing = true;
    qCInfo(lcAccount) << "refreshing the access token";
    send("POST", QStringLiteral("auth/refresh"), {{QStringLiteral("refreshToken"), d->refreshToken}}, {}, {}, this,
         [this](Result<QJsonValue> r) {
             if (!r) {
                 if (endsTheLogin(r.error().code)) {
                     signOutLocally(r.error().code == QStringLiteral("auth.refresh_expired")
                                        ? QStringLiteral("Your sign-in expired. Sign in again.")
                                        : QStringLiteral("You were signed out: this sign-in was used on another "
                                                         "computer or revoked on the server. Sign in again."));
                 }
                 finishRefresh(r.error());
                 return;
             }
             auto tokens = api::AuthTokens::fromJson(r->toObject());
             if (!tokens) {
                 finishRefresh(tokens.error());
                 return;
             }
             adoptTokens(*tokens, [this] { finishRefresh(d->accessToken); });
         });
}

void AccountClient::finishRefresh(const Result<QString> &access)
{
    d->refreshing = false;
    const auto waiting = std::exchange(d->waiting, {});
    for (const auto &w : waiting) {
        if (w.context)
            w.done(access);
    }
}

void AccountClient::adoptTokens(const api::AuthTokens &tokens, std::function<void()> then)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 lifetime = qMax<qint64>(1, tokens.accessExpiresAt - nowMs / 1000);
    const qint64 margin = qMin<qint64>(60, lifetime / 3);
    d->accessToken = tokens.accessToken;
    d->refreshToken = tokens.refreshToken;
    d->refreshAtMs = nowMs + (lifetime - margin) * 1000;
    if (d->memoryOnly) {
        then();
        return;
    }
    d->credentials->write(keychainKey(), tokens.refreshToken, this, [this, then](Result<void> w) {
        if (!w) {
            d->memoryOnly = true;
            qCWarning(lcAccount) << "refresh token kept in memory only:" << w.error().message;
            Q_EMIT notice(QStringLiteral("%1: you stay signed in only until CKX closes.").arg(w.error().message));
        }
        then();
    });
}

void AccountClient::authenticate(const QString &path, const QJsonObject &body, QObject *context, UserCallback done)
{
    QPointer<QObject> guard(context);
    send("POST", path, body, {}, {}, this, [this, guard, done](Result<QJsonValue> r) {
        if (!r) {
            if (guard)
                done(r.error());
            return;
        }
        const QJsonObject o = r->toObject();
        auto tokens = api::AuthTokens::fromJson(o);
        auto user = api::UserProfile::fromJson(o.value(QStringLiteral("user")).toObject());
        if (!tokens || !user) {
            if (guard)
                done(!tokens ? tokens.error() : user.error());
            return;
        }
        d->user = *user;
        // Which account to restore at the next start (an email, no secret); refreshes keep it as it is.
        QSettings(d->accountFile, QSettings::IniFormat).setValue(settingsKey(d->server), d->user.email);
        adoptTokens(*tokens, [this, guard, done] {
            Q_EMIT signedIn(d->user);
            if (guard)
                done(d->user);
        });
    });
}

void AccountClient::registerAccount(const QString &email, const QString &password, const QString &displayName,
                                    QObject *context, UserCallback done)
{
    QJsonObject body{{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("password"), password}};
    if (!displayName.isEmpty())
        body.insert(QStringLiteral("displayName"), displayName);
    authenticate(QStringLiteral("auth/register"), body, context, std::move(done));
}

void AccountClient::login(const QString &email, const QString &password, QObject *context, UserCallback done)
{
    authenticate(QStringLiteral("auth/login"),
                 {{QStringLiteral("email"), email.trimmed()}, {QStringLiteral("password"), password}}, context,
                 std::move(done));
}

void AccountClient::restoreSession(QObject *context, UserCallback done)
{
    const QString email = QSettings(d->accountFile, QSettings::IniFormat).value(settingsKey(d->server)).toString();
    if (email.isEmpty()) {
        done(makeError(QStringLiteral("account.none"), QStringLiteral("Not signed in to %1.").arg(d->server)));
        return;
    }
    QPointer<QObject> guard(context);
    d->credentials->read(CredentialStore::refreshKey(d->server, email), this, [this, guard, done, email](Result<QString> token) {
        if (!token) {
            if (guard)
                done(token.error().code == QStringLiteral("keychain.not_found")
                         ? makeError(QStringLiteral("account.none"),
                                     QStringLiteral("Not signed in to %1 (no saved sign-in for %2).").arg(d->server, email))
                         : token.error());
            return;
        }
        d->user = api::UserProfile{};
        d->user.email = email;
        d->refreshToken = *token;
        d->refreshAtMs = 0; // no access token yet: the first call refreshes
        call("GET", QStringLiteral("users/me"), {}, this, [this, guard, done](Result<QJsonValue> me) {
            if (!me) {
                if (guard)
                    done(me.error());
                return;
            }
            auto user = api::UserProfile::fromJson(me->toObject());
            if (!user) {
                if (guard)
                    done(user.error());
                return;
            }
            d->user = *user;
            Q_EMIT signedIn(d->user);
            if (guard)
                done(d->user);
        });
    });
}

void AccountClient::signOutLocally(const QString &reason)
{
    if (!isSignedIn())
        return;
    const QString key = keychainKey();
    d->accessToken.clear();
    d->refreshToken.clear();
    d->refreshAtMs = 0;
    QSettings(d->accountFile, QSettings::IniFormat).remove(settingsKey(d->server));
    d->credentials->remove(key, this, [](Result<void> r) {
        if (!r)
            qCWarning(lcAccount) << "could not delete the keychain entry:" << r.error().message;
    });
    qCInfo(lcAccount) << "signed out" << (reason.isEmpty() ? QStringLiteral("by the learner") : reason);
    Q_EMIT signedOut(reason);
}

void AccountClient::logout(QObject *context, DoneCallback done)
{
    if (!isSignedIn()) {
        done({});
        return;
    }
    QPointer<QObject> guard(context);
    const QString refresh = d->refreshToken;
    const QString key = keychainKey();
    send("POST", QStringLiteral("auth/logout"), {{QStringLiteral("refreshToken"), refresh}}, {}, {}, this,
         [this, guard, done, key](Result<QJsonValue> r) {
             d->accessToken.clear();
             d->refreshToken.clear();
             d->refreshAtMs = 0;
             QSettings(d->accountFile, QSettings::IniFormat).remove(settingsKey(d->server));
             d->credentials->remove(key, this, [this, guard, done, r](Result<void> removed) {
                 Q_EMIT signedOut(QString());
                 if (!guard)
                     return;
                 if (!removed)
                     done(removed.error());
                 else if (!r)
                     done(makeError(r.error().code,
                                    QStringLiteral("Signed out on this computer, but the server was not told: %1")
                                        .arg(r.error().message)));
                 else
                     done({});
             });
         });
}

void AccountClient::passTypes(QObject *context, std::function<void(Result<QList<api::PassType>>)> done)
{
    callPublic("GET", QStringLiteral("pass-types"), {}, context,
               [done](Result<QJsonValue> r) { done(listOf<api::PassType>(r)); });
}

void AccountClient::passes(QObject *context, std::function<void(Result<QList<api::AccessPass>>)> done)
{
    call("GET", QStringLiteral("access/passes"), {}, context,
         [done](Result<QJsonValue> r) { done(listOf<api::AccessPass>(r)); });
}

void AccountClient::activatePass(const QString &passId, QObject *context,
                                 std::function<void(Result<api::AccessPass>)> done)
{
    call("POST", QStringLiteral("access/passes/%1/activate").arg(QString::fromLatin1(QUrl::toPercentEncoding(passId))),
         {}, context, [done](Result<QJsonValue> r) {
             if (!r)
                 done(r.error());
             else
                 done(api::AccessPass::fromJson(r->toObject()));
         });
}

void AccountClient::accessStatus(QObject *context, std::function<void(Result<api::AccessStatus>)> done)
{
    call("GET", QStringLiteral("access/status"), {}, context, [done](Result<QJsonValue> r) {
        if (!r)
            done(r.error());
        else
            done(api::AccessStatus::fromJson(r->toObject()));
    });
}

} // namespace ckx
