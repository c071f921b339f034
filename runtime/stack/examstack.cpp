#include "runtime/stack/examstack.h"

#include "runtime/cluster/kindcluster.h"
#include "runtime/cluster/nodeaccess.h"
#include "runtime/cluster/sessionclusters.h"
#include "runtime/docker/dockerstreamdecoder.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/docker/tarwriter.h"
#include "runtime/stack/sessionsecrets.h"
#include "runtime/stack/startcancellation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>

#include <future>
#include <mutex>

Q_LOGGING_CATEGORY(lcStack, "ckx.runtime.stack", QtWarningMsg)

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

constexpr int kReadyTimeoutMs = 60000;

QString candidateImage(const QString &name)
{
    return RuntimeImages::tagFor(name);
}

} // namespace

ExamStack::ExamStack(DockerClient docker, StackBlueprint blueprint, QString sessionDir)
    : m_docker(std::move(docker)), m_bp(std::move(blueprint)), m_sessionDir(std::move(sessionDir))
{
}

Result<ExamStack> ExamStack::attach(DockerClient docker, const QJsonObject &info)
{
    const QString session = info.value(u"session"_s).toString();
    if (session.isEmpty() || info.value(u"containers"_s).toObject().value(u"jumphost"_s).toString().isEmpty())
        return makeError(u"stack.info"_s, u"this attempt has no environment recorded (it was never provisioned)"_s);
    StackBlueprint bp(session, info.value(u"lab"_s).toString(), info.value(u"store"_s).toString());
    bp.setJumphostHostname(info.value(u"hostname"_s).toString(u"ckx-jumphost"_s));
    ExamStack s(std::move(docker), std::move(bp), info.value(u"sessionDir"_s).toString());
    s.m_runtime = info.value(u"runtime"_s).toString(u"docker"_s);
    s.m_info = info;
    return s;
}

Result<ExamEndpoints> ExamStack::endpoints() const
{
    return ExamEndpoints::fromRuntimeInfo(m_info);
}

QStringList ExamStack::labEnvironment() const
{
    if (m_runtime == u"kind")
        return {}; // KUBECONFIG default (~/.kube/config, every context): the candidate's use-context must write it
    return {u"DOCKER_HOST=unix://"_s + StackBlueprint::dindSocketPath()};
}

Result<QString> ExamStack::startContainer(const QString &name, const QJsonObject &spec, const QByteArray &files)
{
    QElapsedTimer t;
    t.start();
    auto id = m_docker.createContainer(name, spec);
    if (!id)
        return id.error();
    qCInfo(lcStack).noquote() << name.section(u'-', 1, 1) << "created in" << t.elapsed() << "ms";
    // Files (keys, password, scripts, preloaded images) go in before start, so nothing runs without them.
    if (!files.isEmpty())
        if (auto r = m_docker.putArchive(*id, u"/"_s, files); !r)
            return r.error();
    if (auto r = m_docker.startContainer(*id); !r)
        return r.error();
    qCInfo(lcStack).noquote() << name.section(u'-', 1, 1) << "started after" << t.elapsed() << "ms";
    return *id;
}

Result<int> ExamStack::publishedPort(const QString &id, int containerPort) const
{
    auto info = m_docker.inspectContainer(id);
    if (!info)
        return info.error();
    const QJsonArray bindings = info->value(u"NetworkSettings"_s).toObject().value(u"Ports"_s).toObject()
                                    .value(u"%1/tcp"_s.arg(containerPort)).toArray();
    for (const auto &b : bindings) {
        const QJsonObject o = b.toObject();
        if (o.value(u"HostIp"_s).toString() != u"127.0.0.1")
            return makeError(u"stack.port"_s, u"container %1 publishes port %2 on %3 instead of 127.0.0.1 only"_s
                                                  .arg(id.left(12)).arg(containerPort).arg(o.value(u"HostIp"_s).toString()));
        return o.value(u"HostPort"_s).toString().toInt();
    }
    return makeError(u"stack.port"_s, u"Docker did not publish port %1 of container %2"_s.arg(containerPort).arg(id.left(12)));
}

Result<void> ExamStack::waitForBanner(const QString &containerId, int port, const QByteArray &prefix, int timeoutMs) const
{
    // docker-proxy accepts TCP before the service listens: only the service's own greeting counts.
    QElapsedTimer t;
    t.start();
    int attempt = 0;
    while (t.elapsed() < timeoutMs) {
        if (m_cancel && m_cancel->isCancelled())
            return makeError(u"exam.cancelled"_s, u"Starting the exam was cancelled"_s);
        QTcpSocket s;
        s.connectToHost(u"127.0.0.1"_s, quint16(port));
        if (s.waitForConnected(1000)) {
            QByteArray got;
            while (got.size() < prefix.size() && s.waitForReadyRead(1000))
                got += s.readAll();
            if (got.startsWith(prefix))
                return {};
        }
        if (++attempt % 10 == 0) {
            auto info = m_docker.inspectContainer(containerId);
            if (info && !info->value(u"State"_s).toObject().value(u"Running"_s).toBool()) {
                auto log = m_docker.logs(containerId, 20);
                return makeError(u"stack.exited"_s, u"container %1 stopped while starting: %2"_s
                                                        .arg(info->value(u"Name"_s).toString().mid(1),
                                                             log ? QString::fromUtf8(*log).trimmed() : QString()));
            }
        }
        QThread::msleep(25);
    }
    return makeError(u"stack.timeout"_s, u"nothing answered on 127.0.0.1:%1 with \"%2\" within %3 s"_s
                                             .arg(port).arg(QString::fromLatin1(prefix.trimmed())).arg(timeoutMs / 1000));
}

Result<void> ExamStack::waitForDind(const QString &id, int timeoutMs) const
{
    // Follow the engine's log until its entrypoint says "ready": one request, no polling load on the daemon.
    QByteArray log;
    bool ready = false, exited = false;
    DockerStreamDecoder dec(DockerStreamDecoder::Mode::Multiplexed);
    dec.onFrame = [&](int, QByteArrayView data) {
        log.append(data.data(), data.size());
        ready = ready || log.contains("ckx-dind: ready");
        exited = exited || log.contains("ckx-dind: dockerd exited") || log.contains("ckx-dind: could not load");
    };
    const std::function<bool(const char *, size_t)> sink = [&](const char *p, size_t n) {
        dec.feed(QByteArrayView(p, qsizetype(n)));
        return !ready && !exited;
    };
    auto r = m_docker.request("GET", u"/containers/%1/logs?follow=1&stdout=1&stderr=1"_s.arg(id), {}, {}, sink, timeoutMs);
    if (ready)
        return {};
    if (exited || (r && !log.isEmpty()))
        return makeError(u"stack.exited"_s, u"the lab's Docker engine stopped while starting: %1"_s.arg(QString::fromUtf8(log.right(1500)).trimmed()));
    if (!r && r.error().code == u"docker.timeout")
        return makeError(u"stack.timeout"_s, u"the lab's Docker engine was not ready within %1 s"_s.arg(timeoutMs / 1000));
    return r ? makeError(u"stack.exited"_s, u"the lab's Docker engine stopped while starting"_s) : r.error();
}

Result<void> ExamStack::provision(const LabPack &pack, const StackProgressFn &progress)
{
    QElapsedTimer total;
    total.start();
    std::mutex progressMutex;
    auto report = [&](const QString &stage, int pct) {
        std::lock_guard lock(progressMutex);
        qCInfo(lcStack).noquote() << total.elapsed() << "ms" << m_bp.sessionId().left(8) << stage;
        if (progress)
            progress(stage, pct);
    };
    m_runtime = pack.info.runtime == u"kind" ? u"kind"_s : u"docker"_s;
    const bool dockerLab = m_runtime == u"docker";
    if (!pack.questions.isEmpty() && !pack.questions.first().machineHostname.isEmpty())
        m_bp.setJumphostHostname(pack.questions.first().machineHostname);

    m_info = QJsonObject{{u"session"_s, m_bp.sessionId()}, {u"lab"_s, m_bp.labId()}, {u"store"_s, m_bp.storeTag()},
                         {u"runtime"_s, m_runtime}, {u"sessionDir"_s, m_sessionDir}, {u"network"_s, m_bp.networkName()},
                         {u"hostname"_s, m_bp.jumphostHostname()}, {u"ownerPid"_s, QCoreApplication::applicationPid()}};

    report(u"Generating keys"_s, 5);
    auto secrets = SessionSecrets::generate();
    if (!secrets)
        return secrets.error();
    if (auto r = secrets->save(m_sessionDir); !r)
        return r;

    // Exported while the network is being made: the lab's images, to preload into its own engine.
    std::future<Result<QByteArray>> preload;
    if (dockerLab && !pack.images.isEmpty()) {
        QStringList names;
        for (const LabImage &i : pack.images)
            names << i.name;
        preload = std::async(std::launch::async, [this, names] { return m_docker.saveImages(names); });
    }

    QElapsedTimer stage;
    stage.start();
    report(u"Creating the session network"_s, 10);
    auto net = m_docker.createNetwork(m_bp.networkName(), m_bp.labels());
    if (!net)
        return net.error();
    QJsonObject timings{{u"networkMs"_s, stage.elapsed()}};

    TarWriter jumpFiles;
    jumpFiles.setModificationTime(QDateTime::currentSecsSinceEpoch());
    jumpFiles.addFile(u"etc/ssh/ssh_host_ed25519_key"_s, secrets->hostPrivateKey, 0600);
    jumpFiles.addFile(u"etc/ssh/ssh_host_ed25519_key.pub"_s, secrets->hostPublicKey, 0644);
    jumpFiles.addDirectory(u"home/candidate/.ssh"_s, 0700, 1000, 1000);
    jumpFiles.addFile(u"home/candidate/.ssh/authorized_keys"_s, secrets->clientPublicKey, 0600, 1000, 1000);
    QString err;
    if (QDir(pack.assetDir + u"/scripts"_s).exists() && !jumpFiles.addDirectoryTree(pack.assetDir + u"/scripts"_s, u"opt/ckx/lab/scripts"_s, &err))
        return makeError(u"stack.scripts"_s, err);

    TarWriter deskFiles;
    deskFiles.addDirectory(u"run/ckx-secrets"_s, 0700);
    deskFiles.addFile(u"run/ckx-secrets/vnc-password"_s, secrets->vncPassword, 0600);

    QJsonObject containers;
    std::mutex infoMutex;
    auto record = [&](const QString &key, const QString &name, qint64 ms) {
        std::lock_guard lock(infoMutex);
        containers[key] = name;
        timings[key + u"ReadyMs"_s] = ms;
    };
    int sshPortFound = 0, vncPortFound = 0;

    auto jump = std::async(std::launch::async, [&]() -> Result<void> {
        QElapsedTimer t;
        t.start();
        report(u"Starting the jumphost"_s, 20);
        auto id = startContainer(m_bp.jumphostName(), m_bp.jumphostSpec(candidateImage(u"jumphost"_s), labEnvironment(), dockerLab),
                                 jumpFiles.finish());
        if (!id)
            return id.error();
        auto port = publishedPort(*id, StackBlueprint::kSshPort);
        if (!port)
            return port.error();
        sshPortFound = *port;
        if (auto r = waitForBanner(*id, *port, "SSH-2.0", kReadyTimeoutMs); !r)
            return r;
        record(u"jumphost"_s, m_bp.jumphostName(), t.elapsed());
        report(u"The jumphost accepts SSH"_s, 60);
        return {};
    });
    auto desk = std::async(std::launch::async, [&]() -> Result<void> {
        QElapsedTimer t;
        t.start();
        report(u"Starting the desktop"_s, 20);
        auto id = startContainer(m_bp.desktopName(), m_bp.desktopSpec(candidateImage(u"desktop"_s)), deskFiles.finish());
        if (!id)
            return id.error();
        auto port = publishedPort(*id, StackBlueprint::kVncPort);
        if (!port)
            return port.error();
        vncPortFound = *port;
        if (auto r = waitForBanner(*id, *port, "RFB ", kReadyTimeoutMs); !r)
            return r;
        record(u"desktop"_s, m_bp.desktopName(), t.elapsed());
        report(u"The desktop answers VNC"_s, 60);
        return {};
    });
    std::future<Result<void>> engine;
    QByteArray nodeFiles; ///< k8s labs: ssh config and key for `ssh <node alias>` in the jumphost
    if (dockerLab) {
        engine = std::async(std::launch::async, [&]() -> Result<void> {
            QElapsedTimer t;
            t.start();
            report(u"Starting the lab's Docker engine"_s, 20);
            TarWriter files;
            files.addDirectory(u"var/lib/ckx-preload"_s, 0700);
            if (preload.valid()) {
                auto images = preload.get();
                if (!images)
                    return images.error();
                files.addFile(u"var/lib/ckx-preload/lab-images.tar"_s, *images, 0600);
            }
            auto id = startContainer(m_bp.dindName(), m_bp.dindSpec(candidateImage(u"dind"_s)), files.finish());
            if (!id)
                return id.error();
            if (auto r = waitForDind(*id, kReadyTimeoutMs); !r)
                return r;
            record(u"dind"_s, m_bp.dindName(), t.elapsed());
            report(u"The lab's Docker engine is ready"_s, 70);
            return {};
        });
    } else {
        engine = std::async(std::launch::async, [&]() -> Result<void> {
            QElapsedTimer t;
            t.start();
            report(u"Preparing the Kubernetes node image"_s, 15);
            auto nodeImage = RuntimeImages(m_docker).ensureKindNode(KindCluster::defaultNodeImage(pack.info.kubernetesVersion));
            if (!nodeImage)
                return nodeImage.error();
            const QList<LabCluster> declared = pack.clusters.isEmpty()
                ? QList<LabCluster>{LabCluster{u"cluster1"_s, u"cluster1"_s, pack.workerNodes}} : pack.clusters;
            SessionClusters clusters(m_bp.clusterName(), m_bp.networkName(), m_sessionDir, *nodeImage, declared);
            {
                std::lock_guard lock(infoMutex);
                m_info[u"cluster"_s] = m_bp.clusterName(); // every cluster of the session starts with it
                m_info[u"clusters"_s] = QJsonArray::fromStringList(clusters.kindNames());
            }
            report(u"Creating the Kubernetes cluster(s) (kind)"_s, 20);
            if (auto r = clusters.create([this] { return m_cancel && m_cancel->isCancelled(); }); !r)
                return r;
            auto cfg = clusters.jumphostKubeconfig();
            if (!cfg)
                return cfg.error();
            if (auto r = clusters.installNodeKey(m_docker, secrets->clientPublicKey); !r)
                return r;
            if (!pack.images.isEmpty()) {
                report(u"Loading the lab's images into the nodes"_s, 60);
                QStringList names;
                for (const LabImage &i : pack.images)
                    names << i.name;
                auto tar = m_docker.saveImages(names);
                if (!tar)
                    return tar.error();
                if (auto r = clusters.loadImages(m_docker, *tar); !r)
                    return r;
            }
            record(u"cluster"_s, m_bp.clusterName(), t.elapsed());
            std::lock_guard lock(infoMutex);
            m_info[u"kubeconfigInNetwork"_s] = QString::fromUtf8(*cfg);
            m_info[u"contexts"_s] = [&] {
                QJsonArray a;
                for (const LabCluster &c : declared)
                    a.append(c.context);
                return a;
            }();
            nodeFiles = NodeAccess::jumphostFiles(clusters.nodes(), secrets->clientPrivateKey);
            return {};
        });
    }

    Result<void> results[] = {jump.get(), desk.get(), engine.get()};
    for (const auto &r : results)
        if (!r)
            return r;

    if (!dockerLab) {
        // The cluster is up and the jumphost runs: hand it the kubeconfig and wait for every node to be Ready.
        TarWriter kube;
        const QByteArray kubeconfig = m_info.take(u"kubeconfigInNetwork"_s).toString().toUtf8();
        kube.addDirectory(u"root/.kube"_s, 0700);
        kube.addFile(u"root/.kube/config"_s, kubeconfig, 0600);
        kube.addDirectory(u"home/candidate/.kube"_s, 0700, 1000, 1000);
        kube.addFile(u"home/candidate/.kube/config"_s, kubeconfig, 0600, 1000, 1000);
        if (auto r = m_docker.putArchive(m_bp.jumphostName(), u"/"_s, kube.finish()); !r)
            return r;
        if (auto r = m_docker.putArchive(m_bp.jumphostName(), u"/"_s, nodeFiles); !r)
            return r;
        QStringList wait;
        for (const auto &c : m_info.value(u"contexts"_s).toArray())
            wait << u"kubectl --context '%1' wait --for=condition=Ready nodes --all --timeout=300s"_s.arg(c.toString());
        auto ready = m_docker.exec(m_bp.jumphostName(), {u"sh"_s, u"-c"_s, wait.join(u" && "_s)}, ExecOptions{{}, labEnvironment()});
        if (!ready || ready->exitCode != 0)
            return makeError(u"stack.cluster"_s, u"the cluster's nodes did not become Ready: %1"_s
                                                     .arg(ready ? QString::fromUtf8(ready->output) : ready.error().message));
    }

    timings[u"totalMs"_s] = total.elapsed();
    m_info[u"containers"_s] = containers;
    ExamEndpoints endpoints; // Docker publishes on loopback only (publishedPort checks it)
    endpoints.ssh.host = u"127.0.0.1"_s;
    endpoints.ssh.port = quint16(sshPortFound);
    endpoints.ssh.user = u"candidate"_s;
    endpoints.ssh.identityFile = SessionSecrets::clientKeyFile(m_sessionDir);
    endpoints.ssh.pinnedHostKey = secrets->hostKeyFingerprint;
    endpoints.vnc.host = u"127.0.0.1"_s;
    endpoints.vnc.port = quint16(vncPortFound);
    endpoints.vncPasswordFile = SessionSecrets::vncPasswordFile(m_sessionDir);
    endpoints.writeTo(m_info);
    m_info[u"timings"_s] = timings;
    report(u"Environment ready"_s, 80);
    return {};
}

Result<ExecResult> ExamStack::execInJumphost(const QStringList &cmd, bool asCandidate, const QStringList &extraEnv,
                                             qint64 outputLimit) const
{
    ExecOptions o;
    o.outputLimit = outputLimit;
    o.env = labEnvironment() + extraEnv;
    if (asCandidate) {
        o.user = u"candidate"_s;
        o.workingDir = u"/home/candidate"_s;
        o.env << u"HOME=/home/candidate"_s << u"USER=candidate"_s << u"LOGNAME=candidate"_s;
    } else {
        o.workingDir = u"/root"_s;
        o.env << u"HOME=/root"_s;
    }
    const QString container = m_info.value(u"containers"_s).toObject().value(u"jumphost"_s).toString(m_bp.jumphostName());
    return m_docker.exec(container, cmd, o);
}

bool ExamStack::isAlive() const
{
    const QJsonObject containers = m_info.value(u"containers"_s).toObject();
    for (auto it = containers.begin(); it != containers.end(); ++it) {
        if (it.key() == u"cluster")
            continue;
        auto info = m_docker.inspectContainer(it.value().toString());
        if (!info || !info->value(u"State"_s).toObject().value(u"Running"_s).toBool())
            return false;
    }
    return !containers.isEmpty();
}

Result<void> ExamStack::teardown() const
{
    auto r = removeSessionResources(m_docker, m_bp.sessionId(), m_info.value(u"cluster"_s).toString());
    if (!r)
        return r.error();
    return {};
}

Result<int> ExamStack::removeSessionResources(const DockerClient &docker, const QString &sessionId, const QString &clusterName)
{
    const QJsonObject filter = DockerClient::labelFilter({QLatin1String(StackBlueprint::kSessionLabel) + u'=' + sessionId});
    int removed = 0;
    if (!clusterName.isEmpty() && KindCluster::kindAvailable()) {
        // Every kind cluster of the session (a lab may declare several) carries the session's cluster name.
        auto known = KindCluster::list();
        for (const QString &name : known ? *known : QStringList{clusterName})
            if (SessionClusters::belongsToSession(name, clusterName) && KindCluster(KindOptions{name}).destroy())
                ++removed;
    }
    auto containers = docker.listContainers(filter, true);
    if (!containers)
        return containers.error();
    std::vector<std::future<Result<void>>> jobs;
    for (const auto &c : *containers) {
        const QString id = c.toObject().value(u"Id"_s).toString();
        jobs.push_back(std::async(std::launch::async, [&docker, id] { return docker.removeContainer(id, true); }));
    }
    for (auto &j : jobs) {
        auto r = j.get();
        if (!r)
            return r.error();
        ++removed;
    }
    auto networks = docker.listNetworks(filter);
    if (!networks)
        return networks.error();
    for (const auto &n : *networks) {
        if (auto r = docker.removeNetwork(n.toObject().value(u"Id"_s).toString()); !r)
            return r.error();
        ++removed;
    }
    auto volumes = docker.listVolumes(filter);
    if (!volumes)
        return volumes.error();
    for (const auto &v : *volumes) {
        if (auto r = docker.removeVolume(v.toObject().value(u"Name"_s).toString()); !r)
            return r.error();
        ++removed;
    }
    return removed;
}

} // namespace ckx
