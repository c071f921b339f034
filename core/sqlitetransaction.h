#pragma once
// RAII for SQLite transactions and bound statements over Qt Sql. A transaction that is not committed is rolled
// back when it goes out of scope, so an early return on error can never leave half a change behind.

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <utility>

namespace ckx {

/// Prepares `sql`, binds `values` positionally (`?` placeholders) and executes it. Never formats values into SQL.
/// Errors (code "store.sql") name the database file, the statement's first words and SQLite's message.
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

class SqliteTransaction
{
public:
    explicit SqliteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    /// BEGIN IMMEDIATE: takes the write lock now (waiting up to busy_timeout for another writer), so a
    /// read-check-write inside the transaction cannot race another connection.
    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ckx
