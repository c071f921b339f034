#pragma once
// Logging out (or presenting a rotated refresh token again) revokes a login's refresh-token family. Access tokens are
// stateless JWTs that name their family (`sid`), so without more they would stay valid for up to 15 minutes after
// the logout. This is the set of recently revoked families that every request's token is checked against: a
// lookup under a read lock, no database read per request. An instance adds a family it revokes at once; every
// instance also reloads the set from the database every kReloadMs, so a logout on one instance behind the load
// balancer reaches the others within that time. A family only needs to stay listed as long as an access token
// issued before its revocation can live.

#include "core/result.h"

#include <QHash>
#include <QReadWriteLock>
#include <QSet>
#include <QString>

namespace ckx::server {

class ServerStore;

class RevokedSessions
{
public:
    static constexpr int kReloadMs = 2000;

    explicit RevokedSessions(qint64 accessTokenSecs) : m_window(accessTokenSecs) {}

    bool contains(const QString &familyId) const;
    /// This instance revoked `familyId`: refuse its access tokens from now on, without waiting for a reload.
    void add(const QString &familyId, qint64 now);
    /// Replaces the set with the families revoked in the database within the access tokens' lifetime (plus a
    /// minute of clock skew). On failure the old set stays and the error is returned.
    Result<int> reload(ServerStore &store, qint64 now);

private:
    mutable QReadWriteLock m_lock;
    QSet<QString> m_families;
    /// What add() listed, kept across reloads for a minute: a reload whose read began before that revocation was
    /// committed must not drop it.
    QHash<QString, qint64> m_added;
    qint64 m_window;
};

} // namespace ckx::server
