// ckxctl doctor: can this machine run exams? Each finding says what to do about it.

#include "app/ckxctl/command.h"
#include "core/labcatalog.h"
#include "runtime/cluster/kindcluster.h"
#include "runtime/docker/dockeraccess.h"
#include "runtime/cluster/kindinstaller.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/warmpool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

struct Finding
{
    QString level; ///< "ok" | "warning" | "error"
    QString what;
    QString fix;
};

/// The images the catalog's labs declare that this engine lacks (K8S-FORMAT.md "images"), one finding per lab.
void labImageFindings(const DockerClient &docker, QList<Finding> &f)
{
    const LabCatalog catalog = LabCatalog::load(LabCatalog::defaultRoots());
    for (const LabPack &pack : catalog.labs()) {
        QStringList missing, buildable;
        for (const LabImage &i : pack.images)
            if (!docker.inspectImage(i.name))
                (i.buildContext.isEmpty() ? missing : buildable) << i.name;
        if (!buildable.isEmpty())
            f << Finding{u"warning"_s, u"lab %1: image(s) %2 not built yet"_s.arg(pack.info.id, buildable.join(u", "_s)),
                         u"the lab's first start builds them from its folder (offline), or: ckxctl exam warm %1"_s.arg(pack.info.id)};
        if (!missing.isEmpty())
            f << Finding{u"warning"_s, u"lab %1: image(s) %2 missing"_s.arg(pack.info.id, missing.join(u", "_s)),
                         u"they are pulled once when online (docker pull %1); until then the lab cannot start"_s.arg(missing.first())};
        if (!pack.images.isEmpty() && missing.isEmpty() && buildable.isEmpty())
            f << Finding{u"ok"_s, u"lab %1: its %2 image(s) present"_s.arg(pack.info.id).arg(pack.images.size()), {}};
    }
}

int doctor(QStringList args)
{
    const bool json = args.removeAll(u"--json"_s) > 0;
    QList<Finding> f;
    auto docker = DockerClient::connect();
    if (!docker) {
        // Not installed, not running, not permitted: say which, with the one command that fixes it.
        const auto endpoint = DockerEndpoint::fromEnvironment();
        const DockerAccess access = endpoint ? DockerAccess::check(*endpoint) : DockerAccess{};
        if (access.state != DockerAccess::State::Usable)
            f << Finding{u"error"_s, access.what, access.fix};
        else
            f << Finding{u"error"_s, u"Docker engine: "_s + docker.error().message, u"start Docker, then run ckxctl doctor again"_s};
    } else {
        const DockerVersion &v = docker->version();
        f << Finding{u"ok"_s, u"Docker engine %1 at %2 (API %3, speaking %4)"_s.arg(v.engineVersion, docker->endpoint().describe(),
                                                                                    v.maxApiVersion, v.apiVersion), {}};
        auto images = RuntimeImages(*docker).list();
        if (!images) {
            f << Finding{u"error"_s, images.error().message, {}};
        } else {
            for (const ImageStatus &s : *images) {
                if (s.upToDate)
                    f << Finding{u"ok"_s, u"image %1 present"_s.arg(s.tag), {}};
                else
                    f << Finding{u"warning"_s, u"image %1 %2"_s.arg(s.tag, s.present ? u"is out of date"_s : u"is missing"_s),
                                 u"ckxctl images build (the first exam builds it too; the desktop takes a few minutes)"_s};
            }
        }
        labImageFindings(*docker, f);
        if (KindCluster::kindAvailable()) {
            const QString node = RuntimeImages::kindNodeTagFor(KindCluster::defaultNodeImage());
            if (docker->inspectImage(node))
                f << Finding{u"ok"_s, u"kind node image %1 present"_s.arg(node), {}};
            else
                f << Finding{u"warning"_s, u"kind node image %1 (with sshd) is missing"_s.arg(node),
                             u"built from %1 on the first Kubernetes lab start (needs to be online once)"_s.arg(KindCluster::defaultNodeImage())};
        }
        RuntimeImages ri(*docker);
        if (!docker->inspectImage(ri.requestedBaseImage()) && !docker->inspectImage(QLatin1String(RuntimeImages::kLocalBase)))
            f << Finding{u"warning"_s, u"no base image to build from (%1 or %2)"_s.arg(ri.requestedBaseImage(), QLatin1String(RuntimeImages::kLocalBase)),
                         u"with a registry: docker pull debian:bookworm-slim; without: scripts/base-image.sh"_s};
    }
    if (KindInstaller::pinnedAvailable())
        f << Finding{u"ok"_s, u"kind %1 found (Kubernetes labs use node image %2)"_s.arg(KindInstaller::pinnedVersion(), KindCluster::defaultNodeImage()), {}};
    else if (KindCluster::kindAvailable())
        f << Finding{u"warning"_s, u"kind %1 found; CKX is tested with %2"_s.arg(KindInstaller::versionOf(KindCluster::program()), KindInstaller::pinnedVersion()),
                     u"ckxctl kind install"_s};
    else
        f << Finding{u"warning"_s, u"kind CLI not found: Kubernetes labs cannot start (Docker labs can)"_s,
                     u"ckxctl kind install (or install kind from https://kind.sigs.k8s.io/docs/user/quick-start/#installation)"_s};
    const qint64 mem = WarmPool::availableMemory();
    if (mem >= 0)
        f << Finding{mem >= (4LL << 30) ? u"ok"_s : u"warning"_s, u"%1 GiB of memory available"_s.arg(double(mem) / double(1LL << 30), 0, 'f', 1),
                     mem >= (4LL << 30) ? QString() : u"close other programs: an exam needs about 2 GiB, a Kubernetes lab 4 GiB"_s};
    const int cpus = QThread::idealThreadCount();
    f << Finding{cpus >= 2 ? u"ok"_s : u"warning"_s, u"%1 CPU core(s)"_s.arg(cpus), cpus >= 2 ? QString() : u"exams need at least 2 cores"_s};

    bool error = false;
    QJsonArray a;
    for (const Finding &x : f) {
        error = error || x.level == u"error";
        if (json)
            a.append(QJsonObject{{u"level"_s, x.level}, {u"what"_s, x.what}, {u"fix"_s, x.fix}});
        else
            out(u"[%1] %2%3"_s.arg(x.level.leftJustified(7), x.what, x.fix.isEmpty() ? QString() : u"\n          fix: "_s + x.fix));
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"findings"_s, a}}).toJson(QJsonDocument::Indented)));
    return error ? Failure : Success;
}

CommandRegistration reg({u"doctor"_s, u"ckxctl doctor [--json]"_s,
                         u"Checks Docker, kind, memory, CPU, the runtime images and the labs' images, and says how to fix what is missing."_s, doctor});

} // namespace

} // namespace ckx::cli
