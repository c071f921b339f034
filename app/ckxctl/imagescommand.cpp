// ckxctl images build|list: the runtime images (jumphost, desktop, dind), built from the Dockerfiles in the binary.

#include "app/ckxctl/command.h"
#include "runtime/docker/runtimeimages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

int build(QStringList args)
{
    bool force = args.removeAll(u"--force"_s) > 0;
    QString base, tools;
    for (const QString &opt : {u"--base"_s, u"--tools"_s}) {
        const qsizetype i = args.indexOf(opt);
        if (i >= 0) {
            if (i + 1 >= args.size()) {
                err(u"ckxctl images build: %1 needs a value"_s.arg(opt));
                return Usage;
            }
            (opt == u"--base" ? base : tools) = args.at(i + 1);
            args.remove(i, 2);
        }
    }
    if (!tools.isEmpty() && tools != u"debian" && tools != u"upstream") {
        err(u"ckxctl images build: --tools must be 'debian' (offline: kubectl from Debian, no helm) or 'upstream' (pinned kubectl and helm)"_s);
        return Usage;
    }
    for (const QString &a : args)
        if (!RuntimeImages::names().contains(a)) {
            err(u"ckxctl images build: unknown image '%1'; expected %2"_s.arg(a, RuntimeImages::names().join(u", "_s)));
            return Usage;
        }
    auto docker = DockerClient::connect();
    if (!docker) {
        err(u"ckxctl: "_s + docker.error().message);
        return Failure;
    }
    RuntimeImages images(*docker);
    if (!base.isEmpty())
        images.setBaseImage(base);
    if (!tools.isEmpty())
        images.setToolsSource(tools);
    auto built = images.ensure(args.isEmpty() ? RuntimeImages::names() : args, force, [](const DockerProgress &p) {
        if (p.total > 0)
            err(u"%1 %2 %3/%4 bytes"_s.arg(p.id, p.status).arg(p.current).arg(p.total));
        else
            err(u"%1: %2"_s.arg(p.image, p.status));
    });
    if (!built) {
        err(u"ckxctl: "_s + built.error().message);
        return Failure;
    }
    for (const ImageStatus &s : *built)
        out(u"%1  %2  %3"_s.arg(s.tag.leftJustified(28), s.id.mid(7, 12)).arg(u"%1 MB"_s.arg(s.size / 1000000)));
    return Success;
}

int list(QStringList args)
{
    const bool json = args.removeAll(u"--json"_s) > 0;
    auto docker = DockerClient::connect();
    if (!docker) {
        err(u"ckxctl: "_s + docker.error().message);
        return Failure;
    }
    auto l = RuntimeImages(*docker).list();
    if (!l) {
        err(u"ckxctl: "_s + l.error().message);
        return Failure;
    }
    QJsonArray a;
    bool allGood = true;
    for (const ImageStatus &s : *l) {
        allGood = allGood && s.upToDate;
        const QString state = !s.present ? u"missing"_s : s.upToDate ? u"up to date"_s : u"out of date"_s;
        if (json)
            a.append(QJsonObject{{u"name"_s, s.name}, {u"tag"_s, s.tag}, {u"present"_s, s.present}, {u"upToDate"_s, s.upToDate},
                                 {u"id"_s, s.id}, {u"size"_s, double(s.size)}});
        else
            out(u"%1  %2  %3"_s.arg(s.tag.leftJustified(28), state.leftJustified(12),
                                    s.present ? u"%1 MB"_s.arg(s.size / 1000000) : QString()));
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"images"_s, a}}).toJson(QJsonDocument::Indented)));
    else if (!allGood)
        out(u"build what is missing or out of date with: ckxctl images build"_s);
    return Success;
}

const QString groupUsage = u"ckxctl images build|list ..."_s;

CommandRegistration regGroup({u"images"_s, groupUsage, u"The runtime images: see the sub-commands below."_s, [](const QStringList &a) {
                                  err(a.isEmpty() ? u"usage: "_s + groupUsage : u"ckxctl images: unknown sub-command '%1'"_s.arg(a.first()));
                                  return int(Usage);
                              }});
CommandRegistration regBuild({u"images build"_s, u"ckxctl images build [--force] [--base IMAGE] [--tools debian|upstream] [NAME...]"_s,
                              u"Builds the jumphost, desktop and dind images that are missing or out of date."_s, build});
CommandRegistration regList({u"images list"_s, u"ckxctl images list [--json]"_s, u"Shows whether each runtime image is present and up to date."_s, list});

} // namespace

} // namespace ckx::cli
