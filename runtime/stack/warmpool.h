#pragma once
// The warm start pool: environments provisioned ahead of time, in the background, for the lab the learner is most
// likely to start, so that Start only runs the lab's setup. A member is an ordinary exam stack (network, jumphost,
// desktop, dind or cluster) under a fresh session id, labelled like every session plus io.ckx.warm=1; when a start
// claims it, the attempt takes the member's session id, so from then on it is that attempt's environment.
//
// Bookkeeping is a marker file in the member's session folder (sessions/<id>/warm.json: lab, store, state, the
// process that owns it, and when ready the runtimeInfo). Claiming renames the marker, which is atomic, so two
// processes never take the same member and gc never removes one that is being claimed. gc spares members whose
// owning process is alive and removes the others (the app was killed, or a `ckxctl exam warm` has exited and
// nobody claimed it): nothing leaks after the next gc.
//
// Calls block (Docker): run them on a worker thread or from the CLI.

#include "core/labpack.h"
#include "core/result.h"
#include "runtime/docker/dockerclient.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace ckx {

class StartCancellation;

struct WarmPoolPolicy
{
    int size = 1; ///< members waiting at most (Settings; 0 = off)
    /// Fill only while the machine has at least this much memory available (MemAvailable), so a waiting
    /// environment never pushes the learner's own programs into swap.
    qint64 minAvailableBytes = 2048LL << 20;
};

struct WarmPoolMember
{
    QString sessionId;
    QString labId;
    QString state; ///< "filling" | "ready"
    qint64 ownerPid = 0;
    QJsonObject runtimeInfo; ///< when ready
};

class WarmPool
{
public:
    WarmPool(DockerClient docker, QString storeTag);

    /// Makes sure an environment for `pack` waits in the pool (a no-op when one does), provisioning one when
    /// the policy allows it. Members for other labs are removed first: the pool holds the likely lab only.
    /// Returns the waiting member's session id. Errors: "pool.off" (size 0), "pool.memory" (too little free
    /// memory; the message gives both numbers), or what provisioning failed with (nothing is left behind).
    /// Cancelling `cancel` (from any thread) stops the fill within about a second ("exam.cancelled").
    Result<QString> fill(const LabPack &pack, const WarmPoolPolicy &policy = {},
                         const std::shared_ptr<StartCancellation> &cancel = {});
    /// Takes a ready, still running member for `labId` out of the pool and returns its runtimeInfo, now owned by
    /// this process. The caller records an attempt with the member's session id, then calls settle().
    std::optional<QJsonObject> claim(const QString &labId);
    /// The claimed member is an attempt now: its pool bookkeeping goes.
    static void settle(const QString &sessionId);

    /// Members of this store's pool (any owner).
    QList<WarmPoolMember> members() const;
    /// Removes members: those owned by this process (the app quits), or all of this store's. Returns how many.
    int drain(bool allOwners = false);
    /// Session ids gc must leave alone: members (or claims in progress) whose owning process is alive.
    QSet<QString> liveMembers() const;
    /// gc: whether `sessionId` was a pool member of a dead process, now taken out of the pool so its resources
    /// can be removed (false when it is no member, or a claim took it first).
    static bool retire(const QString &sessionId);

    /// gc: removes the members whose owning process is gone (resources and folder); appends their ids to
    /// `sessions`. Returns how many resources went.
    int collectDead(QStringList *sessions = nullptr);

    /// MemAvailable of /proc/meminfo in bytes (-1 when unknown).
    static qint64 availableMemory();

private:
    /// Removes a member's resources and marker folder; the number of resources removed.
    Result<int> removeMember(const QString &sessionId, const QJsonObject &runtimeInfo) const;

    DockerClient m_docker;
    QString m_tag;
};

} // namespace ckx
