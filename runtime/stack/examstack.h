#pragma once
// One exam session's environment on the Docker engine: a network, the jumphost, the desktop and either a dind
// sidecar (Docker labs) or a kind cluster (Kubernetes labs), all labelled with the session. Provisioning runs the
// containers' creation, file delivery, start and readiness checks in parallel; teardown removes everything that
// carries the session label, so it also cleans up after a crash half-way through.
//
// Calls block: run them on a worker thread (ExamRuntime does, the CLI simply waits).

#include "core/labpack.h"
#include "core/result.h"
#include "runtime/docker/dockerclient.h"
#include "runtime/stack/examendpoints.h"
#include "runtime/stack/stackblueprint.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ckx {

class StartCancellation;

/// Progress of provisioning: a stage for people ("Starting the desktop") and a rough percentage.
using StackProgressFn = std::function<void(const QString &stage, int percent)>;

class ExamStack
{
public:
    ExamStack(DockerClient docker, StackBlueprint blueprint, QString sessionDir);
    /// Re-attaches to a provisioned stack from its runtimeInfo (as stored in the attempt).
    static Result<ExamStack> attach(DockerClient docker, const QJsonObject &runtimeInfo);

    /// Creates and starts everything for `pack` and waits until the jumphost answers SSH, the desktop answers VNC
    /// and the lab's engine (dind) or cluster is ready. On failure the caller tears down (resources are labelled).
    Result<void> provision(const LabPack &pack, const StackProgressFn &progress = {});
    /// Makes provision() give up (error code "exam.cancelled") as soon as `cancel` is cancelled, also while it
    /// waits for a service to answer.
    void setCancellation(std::shared_ptr<const StartCancellation> cancel) { m_cancel = std::move(cancel); }

    /// Ports, names, key and password file paths, host-key fingerprint and stage timings (ms), for the store.
    QJsonObject runtimeInfo() const { return m_info; }
    const StackBlueprint &blueprint() const { return m_bp; }
    const DockerClient &docker() const { return m_docker; }
    /// How the front-ends reach the jumphost's shell and the desktop (after provision(), or from the record).
    Result<ExamEndpoints> endpoints() const;

    /// The environment of the candidate and the lab scripts (DOCKER_HOST or KUBECONFIG).
    QStringList labEnvironment() const;
    /// Runs `cmd` in the jumphost as root (cwd /root) or as the candidate (cwd /home/candidate), with
    /// labEnvironment() plus `extraEnv`.
    Result<ExecResult> execInJumphost(const QStringList &cmd, bool asCandidate, const QStringList &extraEnv = {},
                                      qint64 outputLimit = 64 * 1024) const;

    /// Whether the jumphost (and the dind / cluster) still run.
    bool isAlive() const;
    /// Removes every container, network, volume and cluster of the session. Idempotent.
    Result<void> teardown() const;
    /// The same, for a session known only by its id (garbage collection). Returns how many resources went.
    static Result<int> removeSessionResources(const DockerClient &docker, const QString &sessionId,
                                              const QString &clusterName = {});

private:
    Result<QString> startContainer(const QString &name, const QJsonObject &spec, const QByteArray &files);
    Result<int> publishedPort(const QString &id, int containerPort) const;
    Result<void> waitForBanner(const QString &containerId, int port, const QByteArray &prefix, int timeoutMs) const;
    Result<void> waitForDind(const QString &containerId, int timeoutMs) const;

    DockerClient m_docker;
    StackBlueprint m_bp;
    QString m_sessionDir;
    QString m_runtime = QStringLiteral("docker"); ///< "docker" | "kind"
    QJsonObject m_info;
    std::shared_ptr<const StartCancellation> m_cancel;
};

} // namespace ckx
