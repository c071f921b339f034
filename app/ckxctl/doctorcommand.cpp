// ckxctl doctor: can this machine run exams? Each finding says what to do about it.

#include "app/ckxctl/command.h"
#include "runtime/cluster/kindcluster.h"
#include "runtime/docker/dockeraccess.h"
#include "runtime/docker/runtimeimages.h"

#include <QFile>
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

qint64 availableMemoryBytes()
{
    QFile f(u"/proc/meminfo"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("MemAvailable:"))
            return line.simplified().split(' ').value(1).toLongLong() * 1024;
    return -1;
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
        RuntimeImages ri(*docker);
        if (!docker->inspectImage(ri.requestedBaseImage()) && !docker->inspectImage(QLatin1String(RuntimeImages::kLocalBase)))
            f << Finding{u"warning"_s, u"no base image to build from (%1 or %2)"_s.arg(ri.requestedBaseImage(), QLatin1String(RuntimeImages::kLocalBase)),
                         u"with a registry: docker pull debian:bookworm-slim; without: scripts/base-image.sh"_s};
    }
    if (KindCluster::kindAvailable())
        f << Finding{u"ok"_s, u"kind CLI found (Kubernetes labs use node image %1)"_s.arg(KindCluster::defaultNodeImage()), {}};
    else
        f << Finding{u"warning"_s, u"kind CLI not found: Kubernetes labs cannot start (Docker labs can)"_s,
                     u"install kind from https://kind.sigs.k8s.io/docs/user/quick-start/#installation"_s};
    const qint64 mem = availableMemoryBytes();
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
                         u"Checks Docker, kind, memory, CPU and the runtime images, and says how to fix what is missing."_s, doctor});

} // namespace

} // namespace ckx::cli
