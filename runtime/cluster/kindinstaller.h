#pragma once
// "Get kind": the pinned kind release for this OS and architecture, downloaded into the app's data folder
// (dataDir()/bin/kind) and checked against its pinned SHA-256 before anything is written there. A kind on PATH of
// the pinned version is used as is; the installed one wins over any other.
//
// Blocking (a download): call from a worker thread.

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace ckx {

struct KindRelease
{
    QString version;   ///< "v0.26.0"
    QString platform;  ///< "linux-amd64"
    QString url;
    QByteArray sha256; ///< hex, lowercase
};

class KindInstaller
{
public:
    static QString pinnedVersion() { return QStringLiteral("v0.26.0"); }
    /// The pinned release for this machine; error when kind publishes none for it. CKX_KIND_DOWNLOAD_BASE
    /// replaces the download site (a mirror, or a local server in tests); the checksum stays the pinned one.
    static Result<KindRelease> pinned();
    /// dataDir()/bin/kind (may not exist).
    static QString installedPath();
    /// The version a kind binary reports ("v0.26.0"), empty when it cannot be run.
    static QString versionOf(const QString &program);
    /// Whether a kind of the pinned version is ready: the installed one, or one on PATH.
    static bool pinnedAvailable();

    /// Downloads `release`, verifies its SHA-256 and installs it at installedPath() (written aside, made
    /// executable, then renamed: never half-installed). `progress(received, total)`; `cancelled` polled.
    /// Errors: "kind.download" (offline, HTTP error: names the URL), "kind.checksum" (both sums), "kind.install".
    static Result<QString> install(const KindRelease &release,
                                   const std::function<void(qint64, qint64)> &progress = {},
                                   const std::function<bool()> &cancelled = {});
};

} // namespace ckx
