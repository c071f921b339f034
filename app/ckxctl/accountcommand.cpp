// ckxctl account ...: sign in to the companion server, see and activate passes, from a terminal or a script.
// The same core AccountClient as the app; the refresh token goes to the OS keychain, passwords are read from
// stdin (never from the command line, which `ps` shows).

#include "app/ckxctl/command.h"
#include "app/ckxctl/runtimecontext.h"
#include "core/accountclient.h"
#include "core/config.h"
#include "core/credentialstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

/// One command's connection to the server. The commands run before the application's event loop, so the loop
/// here is the only one running (not nested).
struct AccountCli
{
    std::unique_ptr<CredentialStore> credentials = std::make_unique<CredentialStore>();
    std::unique_ptr<AccountClient> client;
    QEventLoop loop;

    static Result<std::unique_ptr<AccountCli>> open(QStringList &args)
    {
        QString server = takeOption(args, u"--server"_s);
        if (server.isEmpty())
            server = Config().getString(Config::Key::ServerUrl);
        auto url = AccountClient::validateServerUrl(server);
        if (!url)
            return url.error();
        auto cli = std::make_unique<AccountCli>();
        cli->client = std::make_unique<AccountClient>(*url, cli->credentials.get(), AccountClient::defaultAccountFile());
        QObject::connect(cli->client.get(), &AccountClient::notice, [](const QString &m) { err(u"ckxctl: "_s + m); });
        QObject::connect(cli->client.get(), &AccountClient::signedOut, [](const QString &reason) {
            if (!reason.isEmpty())
                err(u"ckxctl: "_s + reason);
        });
        return cli;
    }

    /// Runs `start(finish)` and waits until it calls finish(exitCode).
    int run(const std::function<void(std::function<void(int)>)> &start)
    {
        int code = Failure;
        bool done = false;
        start([&](int c) {
            code = c;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return code;
    }

    /// Restores the saved sign-in, then runs `then`.
    int signedIn(const std::function<void(std::function<void(int)>)> &then)
    {
        return run([&](std::function<void(int)> finish) {
            client->restoreSession(client.get(), [then, finish](Result<api::UserProfile> u) {
                if (!u) {
                    err(u"ckxctl: "_s + u.error().message
                        + (u.error().code == u"account.none"_s ? u" (ckxctl account login EMAIL)"_s : QString()));
                    finish(Failure);
                    return;
                }
                then(finish);
            });
        });
    }
};

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

QString duration(qint64 secs)
{
    if (secs <= 0)
        return u"0m"_s;
    const qint64 d = secs / 86400, h = (secs % 86400) / 3600, m = (secs % 3600) / 60;
    return d > 0 ? u"%1d %2h %3m"_s.arg(d).arg(h).arg(m) : u"%1h %2m"_s.arg(h).arg(m);
}

int withCli(QStringList args, int minArgs, int maxArgs, const QString &usage,
            const std::function<int(AccountCli &, const QStringList &, bool json)> &body)
{
    const bool json = takeFlag(args, u"--json"_s);
    auto cli = AccountCli::open(args);
    if (!cli) {
        err(u"ckxctl: "_s + cli.error().message);
        return Failure;
    }
    if (args.size() < minArgs || args.size() > maxArgs || std::any_of(args.begin(), args.end(), [](const QString &a) {
            return a.startsWith(u"--"_s);
        })) {
        err(u"usage: "_s + usage);
        return Usage;
    }
    return body(**cli, args, json);
}

int signIn(QStringList args, bool create)
{
    const QString displayName = create ? takeOption(args, u"--name"_s) : QString();
    const QString usage = create ? u"ckxctl account register EMAIL [--name NAME] [--server URL]  (password on stdin)"_s
                                 : u"ckxctl account login EMAIL [--server URL]  (password on stdin)"_s;
    return withCli(args, 1, 1, usage, [&](AccountCli &cli, const QStringList &a, bool) {
        const QString password = readPassword();
        return cli.run([&](std::function<void(int)> finish) {
            auto done = [&cli, finish](Result<api::UserProfile> u) {
                if (!u) {
                    err(u"ckxctl: "_s + u.error().message);
                    finish(Failure);
                    return;
                }
                out(u"signed in to %1 as %2%3"_s.arg(cli.client->serverUrl(), u->email,
                                                     cli.client->sessionInMemoryOnly()
                                                         ? u" (not saved: no keychain)"_s
                                                         : QString()));
                finish(Success);
            };
            if (create)
                cli.client->registerAccount(a.at(0), password, displayName, cli.client.get(), done);
            else
                cli.client->login(a.at(0), password, cli.client.get(), done);
        });
    });
}

int status(QStringList args)
{
    return withCli(args, 0, 0, u"ckxctl account status [--json] [--server URL]"_s,
                   [](AccountCli &cli, const QStringList &, bool json) {
        return cli.signedIn([&cli, json](std::function<void(int)> finish) {
            cli.client->accessStatus(cli.client.get(), [&cli, json, finish](Result<api::AccessStatus> s) {
                if (!s) {
                    err(u"ckxctl: "_s + s.error().message);
                    finish(Failure);
                    return;
                }
                const api::UserProfile u = cli.client->user();
                if (json) {
                    out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"server"_s, cli.client->serverUrl()},
                                                                     {u"email"_s, u.email}, {u"userId"_s, u.id},
                                                                     {u"access"_s, s->toJson()}})
                                              .toJson(QJsonDocument::Indented)));
                } else {
                    out(u"signed in to %1 as %2"_s.arg(cli.client->serverUrl(), u.email));
                    out(s->hasActivePass ? u"active pass: %1 left"_s.arg(duration(s->remainingSeconds))
                                         : u"no active pass (%1 bought, not activated)"_s.arg(s->unactivatedPasses));
                }
                finish(Success);
            });
        });
    });
}

int logout(QStringList args)
{
    return withCli(args, 0, 0, u"ckxctl account logout [--server URL]"_s, [](AccountCli &cli, const QStringList &, bool) {
        return cli.signedIn([&cli](std::function<void(int)> finish) {
            const QString email = cli.client->user().email;
            cli.client->logout(cli.client.get(), [email, finish](Result<void> r) {
                if (!r) {
                    err(u"ckxctl: "_s + r.error().message);
                    finish(Failure);
                    return;
                }
                out(u"signed out %1"_s.arg(email));
                finish(Success);
            });
        });
    });
}

int passes(QStringList args)
{
    return withCli(args, 0, 0, u"ckxctl account passes [--json] [--server URL]"_s,
                   [](AccountCli &cli, const QStringList &, bool json) {
        return cli.signedIn([&cli, json](std::function<void(int)> finish) {
            cli.client->passes(cli.client.get(), [json, finish](Result<QList<api::AccessPass>> list) {
                if (!list) {
                    err(u"ckxctl: "_s + list.error().message);
                    finish(Failure);
                    return;
                }
                if (json) {
                    QJsonArray a;
                    for (const auto &p : *list)
                        a.append(p.toJson());
                    out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"passes"_s, a}})
                                              .toJson(QJsonDocument::Indented)));
                } else if (list->isEmpty()) {
                    out(u"no passes"_s);
                }
                for (const auto &p : *list) {
                    if (json)
                        break;
                    const QString when = p.status == u"active"_s ? duration(p.remainingSeconds) + u" left"_s
                                                                 : p.status == u"purchased"_s
                            ? u"not activated (%1)"_s.arg(duration(p.durationSeconds))
                            : u"ended %1"_s.arg(QDateTime::fromSecsSinceEpoch(p.expiresAt).toString(Qt::ISODate));
                    out(u"%1  %2  %3  %4"_s.arg(p.id, p.passTypeId, p.status, when));
                }
                finish(Success);
            });
        });
    });
}

int activate(QStringList args)
{
    return withCli(args, 1, 1, u"ckxctl account activate PASS_ID [--server URL]"_s,
                   [](AccountCli &cli, const QStringList &a, bool) {
        const QString id = a.at(0);
        return cli.signedIn([&cli, id](std::function<void(int)> finish) {
            cli.client->activatePass(id, cli.client.get(), [finish](Result<api::AccessPass> p) {
                if (!p) {
                    err(u"ckxctl: "_s + p.error().message);
                    finish(Failure);
                    return;
                }
                out(u"pass %1 active: %2 left"_s.arg(p->id, duration(p->remainingSeconds)));
                finish(Success);
            });
        });
    });
}

int group(const QStringList &)
{
    err(u"usage: ckxctl account register|login|status|logout|passes|activate ... (see ckxctl --help)"_s);
    return Usage;
}

CommandRegistration regGroup({u"account"_s, u"ckxctl account SUBCOMMAND"_s,
                              u"Signs in to the CKX server and manages passes (register, login, status, logout, "
                              "passes, activate)."_s,
                              group});
CommandRegistration regRegister({u"account register"_s, u"ckxctl account register EMAIL [--name NAME] [--server URL]"_s,
                                 u"Creates an account (password on stdin) and signs in."_s,
                                 [](const QStringList &a) { return signIn(a, true); }});
CommandRegistration regLogin({u"account login"_s, u"ckxctl account login EMAIL [--server URL]"_s,
                              u"Signs in (password on stdin); the sign-in is kept in the OS keychain."_s,
                              [](const QStringList &a) { return signIn(a, false); }});
CommandRegistration regStatus({u"account status"_s, u"ckxctl account status [--json] [--server URL]"_s,
                               u"Shows who is signed in and the active pass's remaining time."_s, status});
CommandRegistration regLogout({u"account logout"_s, u"ckxctl account logout [--server URL]"_s,
                               u"Signs out on the server and removes the saved sign-in from the keychain."_s, logout});
CommandRegistration regPasses({u"account passes"_s, u"ckxctl account passes [--json] [--server URL]"_s,
                               u"Lists the passes bought, active and expired."_s, passes});
CommandRegistration regActivate({u"account activate"_s, u"ckxctl account activate PASS_ID [--server URL]"_s,
                                 u"Starts a bought pass's time."_s, activate});

} // namespace

} // namespace ckx::cli
