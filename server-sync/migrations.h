#pragma once
// Versioned schema migrations, one list for both dialects. A migration that needs dialect-specific SQL gives
// both; otherwise `postgres` equals `sqlite`. Applied in order by ServerStore::migrate, each in a transaction.

#include <QList>
#include <QString>
#include <QStringList>

namespace ckx::server {

struct Migration
{
    int version = 0;
    QString name;
    QStringList sqlite;
    QStringList postgres;
};

class Migrations
{
public:
    static const QList<Migration> &all();
};

} // namespace ckx::server
