// ckxctl gc: removes what interrupted or finished exams left on the Docker engine.

#include "app/ckxctl/command.h"
#include "app/ckxctl/runtimecontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ckx::cli {

namespace {

using namespace Qt::StringLiterals;

int gc(QStringList args)
{
    const bool json = takeFlag(args, u"--json"_s);
    if (!args.isEmpty()) {
        err(u"usage: ckxctl gc [--json]"_s);
        return Usage;
    }
    auto ctx = openRuntimeContext();
    if (!ctx) {
        err(u"ckxctl: "_s + ctx.error().message);
        return Failure;
    }
    auto report = (*ctx)->runtime->collectGarbage();
    if (!report) {
        err(u"ckxctl: "_s + report.error().message);
        return Failure;
    }
    if (json) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"removedResources"_s, report->removedResources},
                                                          {u"sessions"_s, QJsonArray::fromStringList(report->sessions)},
                                                          {u"interruptedExams"_s, QJsonArray::fromStringList(report->failedAttempts)}})
                                  .toJson(QJsonDocument::Indented)));
    } else {
        for (const QString &id : report->failedAttempts)
            out(u"exam %1: its start was interrupted; marked failed"_s.arg(id));
        out(u"removed %1 resource(s) of %2 session(s)"_s.arg(report->removedResources).arg(report->sessions.size()));
    }
    return Success;
}

CommandRegistration reg({u"gc"_s, u"ckxctl gc [--json]"_s,
                         u"Removes containers, networks, volumes and kind clusters that belong to no live exam."_s, gc});

} // namespace

} // namespace ckx::cli
