#pragma once
// Shared set-up of the ckx-server tests: the Stripe stand-in, a PostgreSQL cluster, and one real ckx-server per
// backend ("sqlite", "postgresql"), so every test runs as data rows against both.

#include "fixtures/postgresfixture.h"
#include "fixtures/serverfixture.h"
#include "fixtures/stripestandin.h"
#include "server-sync/internalsignature.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace ckx::test {

class ServerBackends
{
public:
    /// Starts everything; on failure `error` says what.
    bool start(QString *error, const QProcessEnvironment &env = {})
    {
        if (!stripe.start()) {
            *error = QStringLiteral("the Stripe stand-in cannot listen");
            return false;
        }
        if (!pg.start()) {
            *error = pg.errorString();
            return false;
        }
        sqliteServer = startServer(QStringLiteral("sqlite"), env, error);
        if (!sqliteServer)
            return false;
        postgresServer = startServer(QStringLiteral("postgresql"), env, error);
        return postgresServer != nullptr;
    }

    /// Another server on a fresh database of `backend` (for tests that need their own settings or state).
    std::unique_ptr<ServerFixture> startServer(const QString &backend, const QProcessEnvironment &env, QString *error)
    {
        auto server = std::make_unique<ServerFixture>();
        QString url;
        if (backend == QStringLiteral("postgresql")) {
            url = pg.createDatabase(QStringLiteral("ckx_") + QUuid::createUuid().toString(QUuid::Id128).left(12));
            if (url.isEmpty()) {
                *error = pg.errorString();
                return nullptr;
            }
        }
        if (!server->start(url, stripe.baseUrl(), env)) {
            *error = server->errorString();
            return nullptr;
        }
        m_urls.insert(server.get(), url);
        return server;
    }

    ServerFixture &server(const QString &backend)
    {
        return backend == QStringLiteral("postgresql") ? *postgresServer : *sqliteServer;
    }

    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    /// Reads the server's database directly (what the API cannot show: how many rows there really are).
    qint64 count(ServerFixture &server, const QString &sql, const QVariantList &binds)
    {
        const QString name = QStringLiteral("probe-%1").arg(reinterpret_cast<quintptr>(&server));
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : QSqlDatabase();
        if (!db.isValid()) {
            const QString url = m_urls.value(&server);
            if (url.isEmpty()) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(server.sqlitePath());
            } else {
                const QUrl u(url);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(u.host());
                db.setPort(u.port());
                db.setUserName(u.userName());
                db.setDatabaseName(u.path().mid(1));
            }
        }
        if (!db.isOpen() && !db.open())
            return -1;
        QSqlQuery q(db);
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec() || !q.next()) {
            qWarning("probe query failed: %s", qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    StripeStandIn stripe;
    PostgresFixture pg;
    std::unique_ptr<ServerFixture> sqliteServer;
    std::unique_ptr<ServerFixture> postgresServer;

private:
    QHash<const ServerFixture *, QString> m_urls;
};

/// A request to /internal/v1 signed the way the vendor's tools sign it.
inline HttpResult internalCall(ServerFixture &s, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                               const QString &nonce = QUuid::createUuid().toString(QUuid::Id128),
                               qint64 timestamp = QDateTime::currentSecsSinceEpoch(),
                               const QByteArray &secret = ServerFixture::kHmacSecret)
{
    const auto headers = ckx::server::InternalSignature::sign(QString::fromLatin1(method), pathAndQuery, body,
                                                             ServerFixture::kHmacKeyId, secret, timestamp, nonce);
    ServerFixture::Headers list;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        list.append({it.key(), it.value()});
    return s.call(method, pathAndQuery, body, list);
}

/// Gives the account a purchased pass through the internal API and activates it; the pass id, or empty.
inline QString giveActivePass(ServerFixture &s, const ServerFixture::Account &account, const QString &passTypeId = QStringLiteral("38h"))
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), account.email},
                                                      {QStringLiteral("passTypeId"), passTypeId},
                                                      {QStringLiteral("reason"), QStringLiteral("test")}})
                                .toJson(QJsonDocument::Compact);
    const HttpResult granted = internalCall(s, "POST", QStringLiteral("/internal/v1/passes"), body);
    if (granted.status != 201)
        return {};
    const QString passId = granted.dataObject().value(QStringLiteral("passId")).toString();
    const HttpResult activated = s.call("POST", QStringLiteral("/api/v1/access/passes/%1/activate").arg(passId), "{}", {}, account.accessToken);
    return activated.status == 200 ? passId : QString();
}

inline QString uniqueEmail(const QString &tag)
{
    return tag + QStringLiteral("-") + QUuid::createUuid().toString(QUuid::Id128).left(10) + QStringLiteral("@example.test");
}

} // namespace ckx::test
