#include "server-sync/serverstore.h"

#include "server-sync/jsonlog.h"
#include "server-sync/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QScopeGuard>
#include <QUrl>
#include <QUrlQuery>

namespace ckx::server {

namespace {
Error dbError(const QString &what, const QSqlError &e)
{
    return makeError(QStringLiteral("db"), QStringLiteral("%1: %2").arg(what, e.text()));
}
} // namespace

ServerStore::~ServerStore()
{
    qDeleteAll(m_prepared);
    m_prepared.clear();
    m_direct.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const ServerConfig &config, const QString &connectionName)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_name = connectionName;
    store->m_postgres = config.isPostgres();
    const QUrl url(config.databaseUrl);
    if (store->m_postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        QStringList options{QStringLiteral("connect_timeout=10")};
        const QUrlQuery q(url);
        for (const auto &item : q.queryItems())
            options << item.first + u'=' + item.second;
        db.setConnectOptions(options.join(u';'));
        store->m_description = QStringLiteral("postgresql %1:%2/%3").arg(db.hostName()).arg(db.port()).arg(db.databaseName());
        if (!db.open())
            return dbError(QStringLiteral("cannot connect to %1").arg(store->m_description), db.lastError());
    } else {
        const QString path = url.path();
        if (path.isEmpty())
            return makeError(QStringLiteral("db"), QStringLiteral("--database: sqlite:// URL without a file path"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        store->m_description = QStringLiteral("sqlite %1").arg(path);
        if (!db.open())
            return dbError(QStringLiteral("cannot open %1").arg(store->m_description), db.lastError());
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            auto r = store->select(QString::fromLatin1(pragma));
            if (!r)
                return r.error();
        }
    }
    return store;
}

Result<QSqlQuery *> ServerStore::exec(const QString &sql, const QVariantList &binds)
{
    auto r = execOnce(sql, binds);
    if (r || m_inTransaction || !m_postgres || !reconnectIfLost())
        return r;
    // The connection was lost (PostgreSQL restarted, a failover): the statement never ran, so run it again once.
    return execOnce(sql, binds);
}

bool ServerStore::reconnectIfLost()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery probe(db);
    if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
        return false; // the connection is fine: the failure was the statement's own
    qDeleteAll(m_prepared);
    m_prepared.clear();
    m_direct.reset();
    db.close();
    const bool reopened = db.open();
    qCWarning(lcServer, "database connection lost; reconnect to %s %s", qUtf8Printable(m_description),
              reopened ? "succeeded" : "failed");
    return reopened;
}

Result<QSqlQuery *> ServerStore::execOnce(const QString &sql, const QVariantList &binds)
{
    if (binds.isEmpty()) {
        // Statements without parameters (DDL, BEGIN, PRAGMA) run unprepared: QPSQL prepares through SQL PREPARE,
        // which PostgreSQL refuses for utility statements.
        m_direct = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
        m_direct->setForwardOnly(true);
        if (!m_direct->exec(sql))
            return dbError(QStringLiteral("statement failed"), m_direct->lastError());
        return m_direct.get();
    }
    QSqlQuery *q = m_prepared.value(sql);
    if (!q) {
        auto owned = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
        owned->setForwardOnly(true); // no row cache: every result is read once, front to back
        if (!owned->prepare(sql))
            return dbError(QStringLiteral("cannot prepare statement"), owned->lastError());
        q = owned.release();
        m_prepared.insert(sql, q);
    }
    q->finish();
    for (qsizetype i = 0; i < binds.size(); ++i)
        q->bindValue(static_cast<int>(i), binds.at(i));
    if (!q->exec())
        return dbError(QStringLiteral("statement failed"), q->lastError());
    return q;
}

Result<QList<ServerStore::Row>> ServerStore::select(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    QList<Row> rows;
    int columns = -1;
    while ((*q)->next()) {
        if (columns < 0)
            columns = (*q)->record().count();
        Row row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append((*q)->value(i));
        rows.append(std::move(row));
    }
    (*q)->finish();
    return rows;
}

Result<std::optional<ServerStore::Row>> ServerStore::selectOne(const QString &sql, const QVariantList &binds)
{
    auto rows = select(sql, binds);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Row>();
    return std::optional<Row>(rows->first());
}

Result<int> ServerStore::execute(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    const int n = (*q)->numRowsAffected();
    (*q)->finish();
    return n;
}

Result<void> ServerStore::begin()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (m_postgres) {
        if (!db.transaction()) {
            if (!reconnectIfLost() || !db.transaction())
                return dbError(QStringLiteral("cannot begin a transaction"), db.lastError());
        }
        m_inTransaction = true;
        return {};
    }
    // IMMEDIATE takes SQLite's write lock up front, so two writers wait on the busy timeout instead of failing to
    // upgrade a read lock (SQLITE_BUSY without retry).
    auto r = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!r)
        return r.error();
    m_inTransaction = true;
    return {};
}

Result<void> ServerStore::commit()
{
    m_inTransaction = false;
    if (m_postgres) {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.commit())
            return dbError(QStringLiteral("cannot commit"), db.lastError());
        return {};
    }
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r)
        return r.error();
    return {};
}

void ServerStore::rollback()
{
    m_inTransaction = false;
    if (m_postgres) {
        QSqlDatabase::database(m_name, false).rollback();
        return;
    }
    auto r = exec(QStringLiteral("ROLLBACK"));
    Q_UNUSED(r);
}

bool ServerStore::ping()
{
    auto r = selectOne(QStringLiteral("SELECT 1"));
    return r.ok() && r->has_value();
}

QString ServerStore::describe() const
{
    return m_description;
}

Result<void> ServerStore::migrate(const QList<api::PassType> &passTypes)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_postgres) {
        if (auto r = select(QStringLiteral("SELECT pg_advisory_lock(7240017)")); !r)
            return r.error();
    }
    auto unlock = qScopeGuard([this] {
        if (m_postgres) {
            auto r = select(QStringLiteral("SELECT pg_advisory_unlock(7240017)"));
            Q_UNUSED(r);
        }
    });
    if (auto r = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                     "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
        !r)
        return r.error();
    for (const Migration &m : Migrations::all()) {
        if (auto b = begin(); !b)
            return b.error();
        auto seen = selectOne(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), {m.version});
        if (!seen) {
            rollback();
            return seen.error();
        }
        if (seen->has_value()) {
            rollback();
            continue;
        }
        for (const QString &statement : m_postgres ? m.postgres : m.sqlite) {
            auto r = exec(statement);
            if (!r) {
                rollback();
                return makeError(QStringLiteral("db.migration"),
                                 QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(m.name, r.error().message));
            }
        }
        auto rec = exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                        {m.version, m.name, now});
        if (!rec) {
            rollback();
            return rec.error();
        }
        if (auto c = commit(); !c)
            return c.error();
    }
    for (const api::PassType &p : passTypes) {
        auto r = exec(QStringLiteral("INSERT INTO pass_types (id, name, duration_seconds, price_cents, currency, active) "
                                     "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                     "duration_seconds = excluded.duration_seconds, price_cents = excluded.price_cents, "
                                     "currency = excluded.currency, active = 1"),
                      {p.id, p.name, p.durationSeconds, p.priceCents, p.currency});
        if (!r)
            return r.error();
    }
    QStringList ids;
    QVariantList binds;
    for (const api::PassType &p : passTypes) {
        ids << QStringLiteral("?");
        binds << p.id;
    }
    auto r = exec(QStringLiteral("UPDATE pass_types SET active = 0 WHERE id NOT IN (%1)").arg(ids.join(u',')), binds);
    if (!r)
        return r.error();
    return {};
}

} // namespace ckx::server
