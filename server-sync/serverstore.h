#pragma once
// The server's database connection for one thread (QSqlDatabase connections belong to the thread that opened
// them). SQLite (WAL, busy timeout) or PostgreSQL through QPSQL; the same SQL runs on both because the schema
// sticks to TEXT / BIGINT / INTEGER / DOUBLE PRECISION and ON CONFLICT ... RETURNING, which both understand.
// Every statement takes bound parameters; prepared statements are cached per connection.

#include "server-sync/serverconfig.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace ckx::server {

class ServerStore
{
public:
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    /// Opens a connection named `connectionName` in the calling thread.
    static Result<std::unique_ptr<ServerStore>> open(const ServerConfig &config, const QString &connectionName);

    /// Applies pending migrations (serialised across instances: an advisory lock on PostgreSQL, BEGIN IMMEDIATE
    /// on SQLite) and upserts the configured pass types.
    Result<void> migrate(const QList<api::PassType> &passTypes);

    using Row = QVariantList;

    /// Runs a statement that returns rows (SELECT, or INSERT/UPDATE ... RETURNING) and reads them all, so no
    /// statement is left open (an open SQLite statement would pin an old snapshot and break later writes).
    Result<QList<Row>> select(const QString &sql, const QVariantList &binds = {});
    /// The first row, or an empty optional when there is none.
    Result<std::optional<Row>> selectOne(const QString &sql, const QVariantList &binds = {});
    /// Runs a statement without result rows; returns the number of rows it changed.
    Result<int> execute(const QString &sql, const QVariantList &binds = {});

    Result<void> begin();
    Result<void> commit();
    void rollback();

    bool isPostgres() const { return m_postgres; }
    bool ping();
    QString describe() const; ///< "sqlite /path" or "postgresql host:port/db" (no password)

private:
    ServerStore() = default;
    /// Prepares (once per connection), binds and executes; outside a transaction, a statement that failed because
    /// the PostgreSQL connection was lost is retried once on a new connection.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds = {});
    Result<QSqlQuery *> execOnce(const QString &sql, const QVariantList &binds);
    /// True when the connection was dead and has been reopened.
    bool reconnectIfLost();

    QString m_name;
    bool m_postgres = false;
    QString m_description;
    QHash<QString, QSqlQuery *> m_prepared;
    std::unique_ptr<QSqlQuery> m_direct;
    bool m_inTransaction = false;
};

} // namespace ckx::server
