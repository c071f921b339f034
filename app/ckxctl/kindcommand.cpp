// ckxctl kind install: "Get kind" from the command line: the pinned kind release for this machine, checked
// against its pinned SHA-256 and kept in CKX's data folder.

#include "app/ckxctl/command.h"
#include "runtime/cluster/kindinstaller.h"

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

int install(const QStringList &args)
{
    if (!args.isEmpty()) {
        err(u"usage: ckxctl kind install"_s);
        return Usage;
    }
    auto release = KindInstaller::pinned();
    if (!release) {
        err(u"ckxctl: "_s + release.error().message);
        return Failure;
    }
    err(u"downloading kind %1 from %2"_s.arg(release->version, release->url));
    auto installed = KindInstaller::install(*release);
    if (!installed) {
        err(u"ckxctl: "_s + installed.error().message);
        return Failure;
    }
    out(u"kind %1 installed at %2 (SHA-256 verified)"_s.arg(release->version, *installed));
    return Success;
}

CommandRegistration reg({u"kind install"_s, u"ckxctl kind install"_s,
                         u"Downloads the pinned kind release, verifies its SHA-256 and keeps it in CKX's data folder."_s, install});
CommandRegistration regGroup({u"kind"_s, u"ckxctl kind install"_s, u"kind for Kubernetes labs: see the sub-command."_s,
                              [](const QStringList &) {
                                  err(u"usage: ckxctl kind install"_s);
                                  return int(Usage);
                              }});

} // namespace

} // namespace ckx::cli
