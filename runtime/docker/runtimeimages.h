#pragma once
// The images CKX runs (jumphost, desktop, dind) and the images lab packs declare: what exists on the engine, what
// is out of date, and building what is missing. An image carries the label io.ckx.content = hash of its build
// context, base image and build arguments, so "ensure" is a no-op when nothing changed.

#include "core/labpack.h"
#include "core/result.h"
#include "runtime/docker/dockerclient.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ckx {

struct ImageStatus
{
    QString name;     ///< "jumphost", or a lab image's name
    QString tag;      ///< "ckx/jumphost:0.1.0"
    bool present = false;
    bool upToDate = false; ///< present and built from the current context/base/arguments
    QString id;
    qint64 size = 0;
};

class RuntimeImages
{
public:
    explicit RuntimeImages(DockerClient client);

    /// "dind", "jumphost", "desktop": in build order.
    static QStringList names();
    /// "ckx/<name>:<CKX version>". CKX_IMAGE_TAG overrides the tag part (tests, pinned installs).
    static QString tagFor(const QString &name);
    static constexpr const char *kDefaultBase = "debian:bookworm-slim";
    static constexpr const char *kLocalBase = "ckx/base:bookworm"; ///< made by scripts/base-image.sh

    /// The base image asked for: setBaseImage(), else CKX_BASE_IMAGE, else debian:bookworm-slim.
    QString requestedBaseImage() const;
    void setBaseImage(const QString &image) { m_base = image; }
    /// "debian" (default: kubectl from Debian, no helm; builds offline) or "upstream" (pinned kubectl + helm).
    void setToolsSource(const QString &source) { m_tools = source; }

    /// The base image to build FROM, present on the engine: the requested one; when the default is missing and
    /// ckx/base:bookworm exists it is used instead (no registry needed); otherwise a pull of the default.
    Result<QString> resolveBaseImage(const DockerProgressFn &progress = {}) const;

    /// Status of the runtime images (names()).
    Result<QList<ImageStatus>> list() const;
    /// Builds each of `names` that is missing or out of date (all of them with `force`).
    Result<QList<ImageStatus>> ensure(const QStringList &names, bool force = false, const DockerProgressFn &progress = {}) const;
    /// Builds each image the lab declares that is missing or out of date, from the pack's folders.
    Result<void> ensureLabImages(const LabPack &pack, const DockerProgressFn &progress = {}) const;

    /// The build context of a runtime image as a tar: from <bin>/../share/ckx/images/<name> (installed), else the
    /// source tree's runtime/images/<name> (a build folder), else the copy compiled into the binary.
    static Result<QByteArray> contextTar(const QString &name);

    /// The kind node image with sshd (runtime/images/kind-node): "ckx/kind-node:<Kubernetes version>".
    static QString kindNodeTagFor(const QString &kindestImage);
    /// Builds kindNodeTagFor(kindestImage) FROM `kindestImage` (pulled first when missing) unless it is up to
    /// date; cached like the other runtime images. Returns the tag.
    Result<QString> ensureKindNode(const QString &kindestImage, const DockerProgressFn &progress = {}) const;

private:
    Result<ImageStatus> ensureOne(const QString &name, const QString &tag, const QByteArray &context,
                                  const QMap<QString, QString> &args, const QString &baseId, bool force,
                                  const DockerProgressFn &progress) const;
    QMap<QString, QString> buildArgs(const QString &base) const;

    DockerClient m_docker;
    QString m_base;
    QString m_tools = QStringLiteral("debian");
};

} // namespace ckx
