#include "core/sqlitetransaction.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace ckx {

namespace {

Q_LOGGING_CATEGORY(lcSql, "ckx.core.store")

QString statementHead(const QString &sql)
{
    const QString simplified = sql.simplified();
    return simplified.size() > 60 ? simplified.left(57) + QStringLiteral("...") : simplified;
}

} // namespace

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return makeError(QStringLiteral("store.sql"),
                         QStringLiteral("%1: cannot prepare \"%2\": %3")
                             .arg(db.databaseName(), statementHead(sql), q.lastError().text()));
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        return makeError(
            QStringLiteral("store.sql"),
            QStringLiteral("%1: \"%2\" failed: %3").arg(db.databaseName(), statementHead(sql), q.lastError().text()));
    }
    return q;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        rollback();
}

Result<void> SqliteTransaction::begin()
{
    auto r = runSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (!r)
        return r.error();
    m_active = true;
    return {};
}

Result<void> SqliteTransaction::commit()
{
    auto r = runSql(m_db, QStringLiteral("COMMIT"));
    if (!r)
        return r.error(); // still active: the destructor rolls back
    m_active = false;
    return {};
}

void SqliteTransaction::rollback()
{
    m_active = false;
    auto r = runSql(m_db, QStringLiteral("ROLLBACK"));
    if (!r)
        qCWarning(lcSql) << "rollback failed:" << r.error().message;
}

} // namespace ckx
