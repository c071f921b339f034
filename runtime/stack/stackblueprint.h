#pragma once
// What one exam session's stack looks like on the engine: names, labels and the container specs (Engine API
// JSON). Pure data, so the security settings can be checked without starting anything.
//
// Security: every container runs with no-new-privileges, memory/CPU/pids limits and all capabilities dropped,
// then only what its programs need added back:
//   jumphost  CHOWN DAC_OVERRIDE FOWNER SETUID SETGID SYS_CHROOT KILL AUDIT_WRITE NET_BIND_SERVICE
//             (sshd privilege separation: chroot + switching to the candidate; port 22)
//   desktop   CHOWN DAC_OVERRIDE FOWNER SETUID SETGID (the entrypoint installs the password file and switches
//             to the candidate with setpriv)
//   dind      the documented exception: an inner Docker engine needs nearly everything. ALL minus SYS_RESOURCE,
//             unconfined seccomp/AppArmor/system paths and access to devices, because --privileged fails on hosts
//             whose root lacks CAP_SYS_RESOURCE. It publishes no port and is reachable only through its socket
//             in the session's volume; the host's Docker socket is never mounted anywhere.
// Published ports bind 127.0.0.1 only, host port chosen by Docker.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ckx {

struct ContainerLimits
{
    qint64 memoryBytes = 0;
    double cpus = 0;
    int pids = 0;
};

class StackBlueprint
{
public:
    static constexpr const char *kSessionLabel = "io.ckx.session";
    static constexpr const char *kLabLabel = "io.ckx.lab";
    static constexpr const char *kStoreLabel = "io.ckx.store"; ///< which local store the session belongs to
    static constexpr const char *kRoleLabel = "io.ckx.role";   ///< jumphost | desktop | dind
    static constexpr const char *kWarmLabel = "io.ckx.warm";   ///< "1": provisioned ahead of time by the warm pool
    static constexpr int kSshPort = 22;
    static constexpr int kVncPort = 5901;

    StackBlueprint(QString sessionId, QString labId, QString storeTag);

    const QString &sessionId() const { return m_session; }
    const QString &labId() const { return m_lab; }
    const QString &storeTag() const { return m_store; }

    QString networkName() const { return QStringLiteral("ckx-") + m_session; }
    QString jumphostName() const { return QStringLiteral("ckx-ssh-") + m_session; }
    QString desktopName() const { return QStringLiteral("ckx-vnc-") + m_session; }
    QString dindName() const { return QStringLiteral("ckx-dind-") + m_session; }
    QString dindSocketVolume() const { return QStringLiteral("ckx-dind-") + m_session; }
    /// kind cluster name: short, because kind derives node and network names from it.
    QString clusterName() const { return QStringLiteral("ckx-") + m_session.left(8); }

    /// io.ckx.session, io.ckx.lab, io.ckx.store (+ io.ckx.role when `role` is set, io.ckx.warm when setWarm()).
    QJsonObject labels(const QString &role = {}) const;
    /// Marks every resource as a warm-pool member (labels cannot change later, so this is set before provisioning).
    void setWarm(bool warm) { m_warm = warm; }

    void setJumphostHostname(const QString &h) { m_jumphostHostname = h; }
    QString jumphostHostname() const { return m_jumphostHostname; }

    /// `env`: KEY=value entries for the candidate's environment (DOCKER_HOST, KUBECONFIG).
    QJsonObject jumphostSpec(const QString &image, const QStringList &env, bool withDindSocket) const;
    QJsonObject desktopSpec(const QString &image) const;
    QJsonObject dindSpec(const QString &image) const;

    static ContainerLimits jumphostLimits() { return {1024LL << 20, 2.0, 1024}; }
    static ContainerLimits desktopLimits() { return {2048LL << 20, 2.0, 1024}; }
    static ContainerLimits dindLimits() { return {3072LL << 20, 2.0, 4096}; }

    /// The in-container path the jumphost reaches the dind engine at.
    static QString dindSocketPath() { return QStringLiteral("/run/ckx-dind/docker.sock"); }

private:
    QJsonObject baseHostConfig(const ContainerLimits &limits) const;
    QJsonObject networking(const QString &alias) const;

    QString m_session, m_lab, m_store;
    QString m_jumphostHostname = QStringLiteral("ckx-jumphost");
    bool m_warm = false;
};

} // namespace ckx
