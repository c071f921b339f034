// ckxctl exam warm LAB: prepares one environment for LAB in the warm start pool, the lab's setup included, so the
// next `ckxctl exam start LAB` (or Start in the app) only claims it. The member outlives this command until a start
// claims it or `ckxctl gc` removes it (its owner, this command, has exited by then).

#include "app/ckxctl/command.h"
#include "app/ckxctl/runtimecontext.h"
#include "runtime/stack/warmpool.h"

#include <QJsonDocument>

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

int warm(QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (args.size() != 1) {
        err(u"usage: ckxctl exam warm LAB [--json]"_s);
        return Usage;
    }
    auto ctx = openRuntimeContext();
    if (!ctx) {
        err(u"ckxctl: "_s + ctx.error().message);
        return Failure;
    }
    const LabPack *pack = (*ctx)->runtime->catalog().find(args.first());
    if (!pack) {
        err(u"ckxctl: there is no lab '%1' in the catalog; 'ckxctl labs list' shows the labs"_s.arg(args.first()));
        return Failure;
    }
    WarmPoolPolicy policy;
    policy.minAvailableBytes = 0; // asked for explicitly: the memory bound is the app's background policy
    auto id = WarmPool((*ctx)->runtime->docker(), ExamRuntime::storeTag((*ctx)->store->path())).fill(*pack, policy);
    if (!id) {
        err(u"ckxctl: "_s + id.error().message);
        return Failure;
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"session"_s, *id}, {u"lab"_s, pack->info.id}})
                                  .toJson(QJsonDocument::Indented)));
    else
        out(u"an environment for %1 waits in the warm pool (session %2)"_s.arg(pack->info.id, *id));
    return Success;
}

CommandRegistration reg({u"exam warm"_s, u"ckxctl exam warm LAB [--json]"_s,
                         u"Prepares an environment for LAB ahead of time (its setup scripts included); the next start of LAB takes it."_s, warm});

} // namespace

} // namespace ckx::cli
