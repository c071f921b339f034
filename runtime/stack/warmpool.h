#pragma once
// The warm start pool: environments prepared ahead of time, in the background, for the lab the learner is most
// likely to start, so that Start only claims one and reports it ready. A member is an ordinary exam stack (network,
// jumphost, desktop, dind or cluster) under a fresh session id, labelled like every session plus io.ckx.warm=1, on
// which the lab's setup scripts have already run with parameters drawn for it; when a start claims it, the attempt
// takes the member's session id and its parameters, so the questions show the values the setup used.
//
// A member is only claimed by a start of its lab whose pack on disk is the one it was prepared from (packDigest:
// a changed script or question never meets a stale setup) and, for a start with a fixed parameter seed, only by
// one drawn from that seed. A member whose setup failed is never ready: the fill removes it and reports why. A
// member older than kMaxAgeHours is not claimed either: setups start long-running processes for "a day" (sleep
// 86400), which must still run at the end of the exam.
//
// Bookkeeping is a marker file in the member's session folder (sessions/<id>/warm.json: lab, store, state, the
// process that owns it, the pack digest and parameters, and when ready the runtimeInfo and the setup's outcome).
// Claiming renames the marker, which is atomic, so two processes never take the same member and gc never removes
// one that is being claimed. gc spares members whose owning process is alive and removes the others (the app was
// killed, or a `ckxctl exam warm` has exited and nobody claimed it): nothing leaks after the next gc.
//
// Calls block (Docker): run them on a worker thread or from the CLI.

#include "core/labpack.h"
#include "core/result.h"
#include "runtime/docker/dockerclient.h"
#include "runtime/stack/labscriptrunner.h"

#include <QDateTime>
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
    QString runtime; ///< the lab's: "docker" | "kind"
    QString state;   ///< "filling" | "ready" | "claimed"
    qint64 ownerPid = 0;
    QJsonObject runtimeInfo; ///< when ready
    QString packDigest;      ///< WarmPool::packDigest of the pack it was prepared from
    std::optional<quint64> fixedSeed; ///< the seed its parameters were drawn from, when the fill was given one
    QDateTime preparedAt;             ///< when it became ready (UTC)
};

/// What a start takes over from a claimed member: the environment, and the parameters and outcome of the setup
/// that already ran in it.
struct WarmClaim
{
    QJsonObject runtimeInfo;
    ParameterValues parameters;
    QList<ScriptOutcome> setup;
    qint64 setupMs = 0;     ///< how long the setup took when the member was prepared
    QDateTime preparedAt;   ///< when the member became ready (UTC)
};

class WarmPool
{
public:
    static constexpr int kMaxAgeHours = 12;

    WarmPool(DockerClient docker, QString storeTag);

    /// Makes sure an environment for `pack` waits in the pool (a no-op when one does), provisioning one and
    /// running the lab's setup in it when the policy allows it. The parameters are drawn from `parameterSeed`, or
    /// at random. Members for other labs, or prepared from another version of the pack, are removed first: the
    /// pool holds the likely lab only. Returns the waiting member's session id. Errors: "pool.off" (size 0),
    /// "pool.memory" (too little free memory; the message gives both numbers), "pool.setup" (a setup script
    /// failed; names it), or what provisioning failed with (nothing is left behind). Cancelling `cancel` (from any
    /// thread) stops the fill within about a second ("exam.cancelled").
    Result<QString> fill(const LabPack &pack, const WarmPoolPolicy &policy = {},
                         const std::shared_ptr<StartCancellation> &cancel = {},
                         std::optional<quint64> parameterSeed = std::nullopt);
    /// Takes a ready, still running member prepared for `pack` as it is on disk now (and, with `parameterSeed`,
    /// drawn from that seed; without, drawn at random) out of the pool; it is owned by this process from then on.
    /// The caller records an attempt with the member's session id and parameters, then calls settle().
    std::optional<WarmClaim> claim(const LabPack &pack, std::optional<quint64> parameterSeed = std::nullopt);
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
    /// A digest of what a start of `pack` sets up from: its registry entry's runtime fields and every file under
    /// its asset folder (questions, parameters, scripts, image contexts). Another digest means another pack.
    static QString packDigest(const LabPack &pack);

private:
    /// Removes a member's resources and marker folder; the number of resources removed.
    Result<int> removeMember(const QString &sessionId, const QJsonObject &runtimeInfo) const;
    /// The same for a member as listed: one killed before it recorded its runtimeInfo still has its kind clusters
    /// found, by the name every cluster of its session starts with.
    Result<int> removeMember(const WarmPoolMember &m) const;
    /// Provisions a member under `id` and runs the lab's setup in it; on failure nothing of it stays.
    Result<void> prepare(const QString &id, const LabPack &pack, QJsonObject marker, const ParameterValues &parameters,
                         const std::shared_ptr<StartCancellation> &cancel);

    DockerClient m_docker;
    QString m_tag;
};

} // namespace ckx
