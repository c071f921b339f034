#pragma once
// ExamEndpoints: how a front-end reaches one attempt's environment (the SSH shell on the jumphost and the VNC
// desktop). The runtime records them in the attempt's runtimeInfo when the stack is up; the app and ckxctl read
// them back through fromRuntimeInfo(), the only place that knows the stored keys. A missing or malformed field is
// an error naming the field ("ssh.port"), never a default.

#include "core/result.h"
#include "runtime/remote/sshshellsession.h"
#include "runtime/remote/vncsession.h"

#include <QJsonObject>
#include <QString>

namespace ckx {

struct ExamEndpoints
{
    /// host, port, user, identityFile and pinnedHostKey are set; the terminal fields keep their defaults.
    SshShellSession::Config ssh;
    /// host and port are set; the password stays in vncPasswordFile until vncConfig() reads it.
    VncSessionConfig vnc;
    QString vncPasswordFile;

    /// Error "exam.endpoints" naming the first field that is missing or has the wrong type.
    static Result<ExamEndpoints> fromRuntimeInfo(const QJsonObject &runtimeInfo);
    /// Writes the "ssh" and "vnc" records into `runtimeInfo` (replacing them), as fromRuntimeInfo() reads them.
    void writeTo(QJsonObject &runtimeInfo) const;
    /// Whether `runtimeInfo` records endpoints at all (an attempt still provisioning, or one that never got that
    /// far, has none).
    static bool isRecorded(const QJsonObject &runtimeInfo);

    /// The desktop's session config with the password read from vncPasswordFile.
    Result<VncSessionConfig> vncConfig() const;
};

} // namespace ckx
