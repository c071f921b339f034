#include "runtime/stack/stackblueprint.h"

#include <QJsonArray>

namespace ckx {

using namespace Qt::StringLiterals;

StackBlueprint::StackBlueprint(QString sessionId, QString labId, QString storeTag)
    : m_session(std::move(sessionId)), m_lab(std::move(labId)), m_store(std::move(storeTag))
{
}

QJsonObject StackBlueprint::labels(const QString &role) const
{
    QJsonObject l{{QLatin1String(kSessionLabel), m_session}, {QLatin1String(kLabLabel), m_lab},
                  {QLatin1String(kStoreLabel), m_store}};
    if (!role.isEmpty())
        l[QLatin1String(kRoleLabel)] = role;
    if (m_warm)
        l[QLatin1String(kWarmLabel)] = u"1"_s;
    return l;
}

QJsonObject StackBlueprint::baseHostConfig(const ContainerLimits &limits) const
{
    return QJsonObject{
        {u"NetworkMode"_s, networkName()},
        {u"Memory"_s, double(limits.memoryBytes)},
        {u"MemorySwap"_s, double(limits.memoryBytes)}, // no swap on top
        {u"NanoCpus"_s, double(qint64(limits.cpus * 1e9))},
        {u"PidsLimit"_s, limits.pids},
        {u"SecurityOpt"_s, QJsonArray{u"no-new-privileges"_s}},
        {u"CapDrop"_s, QJsonArray{u"ALL"_s}},
        {u"Init"_s, true},
        {u"RestartPolicy"_s, QJsonObject{{u"Name"_s, u"no"_s}}},
    };
}

QJsonObject StackBlueprint::networking(const QString &alias) const
{
    return QJsonObject{{u"EndpointsConfig"_s,
                        QJsonObject{{networkName(), QJsonObject{{u"Aliases"_s, QJsonArray{alias}}}}}}};
}

namespace {

QJsonObject publish(int containerPort)
{
    // HostPort "" = Docker picks a free port; HostIp 127.0.0.1 = nothing outside this machine can connect.
    return QJsonObject{{u"%1/tcp"_s.arg(containerPort),
                        QJsonArray{QJsonObject{{u"HostIp"_s, u"127.0.0.1"_s}, {u"HostPort"_s, u""_s}}}}};
}

QJsonObject volumeMount(const QString &name, const QString &target, const QJsonObject &labels)
{
    return QJsonObject{{u"Type"_s, u"volume"_s}, {u"Source"_s, name}, {u"Target"_s, target},
                       {u"VolumeOptions"_s, QJsonObject{{u"Labels"_s, labels}}}};
}

} // namespace

QJsonObject StackBlueprint::jumphostSpec(const QString &image, const QStringList &env, bool withDindSocket) const
{
    QJsonObject host = baseHostConfig(jumphostLimits());
    host[u"CapAdd"_s] = QJsonArray{u"CHOWN"_s, u"DAC_OVERRIDE"_s, u"FOWNER"_s, u"SETUID"_s, u"SETGID"_s,
                                   u"SYS_CHROOT"_s, u"KILL"_s, u"AUDIT_WRITE"_s, u"NET_BIND_SERVICE"_s};
    host[u"PortBindings"_s] = publish(kSshPort);
    if (withDindSocket)
        host[u"Mounts"_s] = QJsonArray{volumeMount(dindSocketVolume(), u"/run/ckx-dind"_s, labels())};
    return QJsonObject{
        {u"Image"_s, image},
        {u"Hostname"_s, m_jumphostHostname},
        {u"Env"_s, QJsonArray::fromStringList(env)},
        {u"Labels"_s, labels(u"jumphost"_s)},
        {u"ExposedPorts"_s, QJsonObject{{u"%1/tcp"_s.arg(kSshPort), QJsonObject{}}}},
        {u"HostConfig"_s, host},
        {u"NetworkingConfig"_s, networking(u"jumphost"_s)},
    };
}

QJsonObject StackBlueprint::desktopSpec(const QString &image) const
{
    QJsonObject host = baseHostConfig(desktopLimits());
    host[u"CapAdd"_s] = QJsonArray{u"CHOWN"_s, u"DAC_OVERRIDE"_s, u"FOWNER"_s, u"SETUID"_s, u"SETGID"_s};
    host[u"PortBindings"_s] = publish(kVncPort);
    host[u"ShmSize"_s] = double(256LL << 20); // Firefox needs more than the 64 MiB default
    host[u"CpuShares"_s] = 512;                // under contention the jumphost and the lab engine go first
    return QJsonObject{
        {u"Image"_s, image},
        {u"Hostname"_s, u"ckx-desktop"_s},
        {u"Labels"_s, labels(u"desktop"_s)},
        {u"ExposedPorts"_s, QJsonObject{{u"%1/tcp"_s.arg(kVncPort), QJsonObject{}}}},
        {u"HostConfig"_s, host},
        {u"NetworkingConfig"_s, networking(u"desktop"_s)},
    };
}

QJsonObject StackBlueprint::dindSpec(const QString &image) const
{
    QJsonObject host = baseHostConfig(dindLimits());
    // The documented exception (see the header): what an inner dockerd needs, without --privileged.
    host[u"CapDrop"_s] = QJsonArray{u"SYS_RESOURCE"_s};
    host[u"CapAdd"_s] = QJsonArray{u"ALL"_s};
    host[u"SecurityOpt"_s] = QJsonArray{u"no-new-privileges"_s, u"seccomp=unconfined"_s, u"apparmor=unconfined"_s};
    // The API form of --security-opt systempaths=unconfined: nothing under /proc or /sys masked or read-only.
    host[u"MaskedPaths"_s] = QJsonArray{};
    host[u"ReadonlyPaths"_s] = QJsonArray{};
    host[u"DeviceCgroupRules"_s] = QJsonArray{u"a *:* rwm"_s};
    host[u"Mounts"_s] = QJsonArray{volumeMount(dindSocketVolume(), u"/run/ckx-dind"_s, labels())};
    // The inner engine's storage lives in memory: a lab's images and containers are small and die with the
    // session, and on disk every layer costs an fsync (preloading two tiny images took 1.5-2 s instead of 0.4 s).
    host[u"Tmpfs"_s] = QJsonObject{{u"/var/lib/docker"_s, u"rw,exec,size=2g"_s}};
    return QJsonObject{
        {u"Image"_s, image},
        {u"Hostname"_s, u"ckx-dind"_s},
        {u"Labels"_s, labels(u"dind"_s)},
        {u"HostConfig"_s, host},
        {u"NetworkingConfig"_s, networking(u"dind"_s)},
    };
}

} // namespace ckx
