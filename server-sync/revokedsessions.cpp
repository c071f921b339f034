#include "server-sync/revokedsessions.h"

#include "server-sync/serverstore.h"

namespace ckx::server {

bool RevokedSessions::contains(const QString &familyId) const
{
    QReadLocker lock(&m_lock);
    return m_families.contains(familyId);
}

void RevokedSessions::add(const QString &familyId, qint64 now)
{
    QWriteLocker lock(&m_lock);
    m_families.insert(familyId);
    m_added.insert(familyId, now);
}

Result<int> RevokedSessions::reload(ServerStore &store, qint64 now)
{
    auto rows = store.select(QStringLiteral("SELECT DISTINCT family_id FROM refresh_tokens WHERE revoked_at >= ?"),
                             {now - m_window - 60});
    if (!rows)
        return rows.error();
    QSet<QString> families;
    families.reserve(rows->size());
    for (const ServerStore::Row &r : std::as_const(*rows))
        families.insert(r.at(0).toString());
    QWriteLocker lock(&m_lock);
    for (auto it = m_added.begin(); it != m_added.end();) {
        if (it.value() < now - 60) {
            it = m_added.erase(it);
        } else {
            families.insert(it.key());
            ++it;
        }
    }
    m_families = std::move(families);
    return static_cast<int>(m_families.size());
}

} // namespace ckx::server
