#include "runtime/docker/runtimeimages.h"

#include "core/version.h"
#include "runtime/docker/tarwriter.h"

#include "ckxpaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

static void initRuntimeImageResources()
{
    Q_INIT_RESOURCE(runtimeimages);
}

Q_DECLARE_LOGGING_CATEGORY(lcDocker)

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kContentLabel = "io.ckx.content";

QString contentHash(const QByteArray &context, const QString &baseId, const QMap<QString, QString> &args)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(context);
    h.addData(baseId.toUtf8());
    for (auto it = args.begin(); it != args.end(); ++it)
        h.addData((it.key() + u'=' + it.value() + u'\n').toUtf8());
    return QString::fromLatin1(h.result().toHex().left(32));
}

} // namespace

RuntimeImages::RuntimeImages(DockerClient client) : m_docker(std::move(client)) {}

QStringList RuntimeImages::names()
{
    return {u"dind"_s, u"jumphost"_s, u"desktop"_s};
}

QString RuntimeImages::tagFor(const QString &name)
{
    const QString tag = qEnvironmentVariable("CKX_IMAGE_TAG", ckx::version());
    return u"ckx/%1:%2"_s.arg(name, tag);
}

QString RuntimeImages::requestedBaseImage() const
{
    if (!m_base.isEmpty())
        return m_base;
    return qEnvironmentVariable("CKX_BASE_IMAGE", QLatin1String(kDefaultBase));
}

Result<QString> RuntimeImages::resolveBaseImage(const DockerProgressFn &progress) const
{
    const QString wanted = requestedBaseImage();
    if (m_docker.inspectImage(wanted))
        return wanted;
    if (wanted == QLatin1String(kDefaultBase) && m_docker.inspectImage(QLatin1String(kLocalBase))) {
        qCInfo(lcDocker) << "base image" << wanted << "missing; using the local" << kLocalBase;
        return QString::fromLatin1(kLocalBase);
    }
    auto pulled = m_docker.pullImage(wanted, progress);
    if (pulled)
        return wanted;
    return makeError(u"images.base"_s,
                     u"The base image %1 is not on this Docker engine and could not be pulled (%2). Without a registry, "
                     "make a local one with scripts/base-image.sh (debootstrap, about a minute) and build again; it is "
                     "used automatically, or pass --base %3"_s.arg(wanted, pulled.error().message, QLatin1String(kLocalBase)));
}

Result<QByteArray> RuntimeImages::contextTar(const QString &name)
{
    initRuntimeImageResources();
    if (!names().contains(name) && name != u"kind-node"_s) // kind-node is built on demand, from kindest/node
        return makeError(u"images.unknown"_s, u"there is no runtime image called '%1'; expected one of %2, kind-node"_s.arg(name, names().join(u", "_s)));
    // The sources on disk when there are any (installed: <bin>/../share/ckx/images; a build: the source tree), so an
    // edited Dockerfile takes effect without a rebuild; else the copy compiled in. Same files, same content label.
    QString root = u":/ckx/images/"_s + name;
    const QStringList onDisk = {QCoreApplication::applicationDirPath() + u"/../share/ckx/images/"_s + name,
                                QStringLiteral(CKX_SOURCE_DIR "/runtime/images/") + name};
    for (const QString &dir : onDisk) {
        if (QFileInfo(dir + u"/Dockerfile"_s).isFile()) {
            root = QDir::cleanPath(dir);
            break;
        }
    }
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    TarWriter tar;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(u"images.context"_s, u"cannot read the image source file %1"_s.arg(f));
        const QString rel = f.mid(root.size() + 1);
        tar.addFile(rel, file.readAll(), rel.endsWith(u".sh"_s) ? 0755 : 0644);
    }
    return tar.finish();
}

QMap<QString, QString> RuntimeImages::buildArgs(const QString &base) const
{
    QMap<QString, QString> args{{u"BASE_IMAGE"_s, base}};
    if (m_tools != u"debian")
        args.insert(u"TOOLS_SOURCE"_s, m_tools);
    for (const char *k : {"KUBECTL_SHA256", "HELM_SHA256", "KUBECTL_VERSION", "HELM_VERSION"})
        if (qEnvironmentVariableIsSet(k))
            args.insert(QLatin1String(k), qEnvironmentVariable(k));
    return args;
}

Result<QList<ImageStatus>> RuntimeImages::list() const
{
    QList<ImageStatus> out;
    QString baseId;
    const QString base = requestedBaseImage();
    QString usedBase = base;
    auto b = m_docker.inspectImage(base);
    if (!b && base == QLatin1String(kDefaultBase)) {
        usedBase = QString::fromLatin1(kLocalBase);
        b = m_docker.inspectImage(usedBase);
    }
    if (b)
        baseId = b->value(u"Id"_s).toString();
    for (const QString &name : names()) {
        ImageStatus s{name, tagFor(name)};
        auto img = m_docker.inspectImage(s.tag);
        if (img) {
            s.present = true;
            s.id = img->value(u"Id"_s).toString();
            s.size = qint64(img->value(u"Size"_s).toDouble());
            auto ctx = contextTar(name);
            if (!ctx)
                return ctx.error();
            const QString label = img->value(u"Config"_s).toObject().value(u"Labels"_s).toObject().value(QLatin1String(kContentLabel)).toString();
            s.upToDate = !baseId.isEmpty() && label == contentHash(*ctx, baseId, buildArgs(usedBase));
        } else if (img.error().code != u"docker.image-missing") {
            return img.error();
        }
        out << s;
    }
    return out;
}

Result<ImageStatus> RuntimeImages::ensureOne(const QString &name, const QString &tag, const QByteArray &context,
                                             const QMap<QString, QString> &args, const QString &baseId, bool force,
                                             const DockerProgressFn &progress) const
{
    const QString hash = contentHash(context, baseId, args);
    ImageStatus s{name, tag};
    auto img = m_docker.inspectImage(tag);
    if (img && !force
        && img->value(u"Config"_s).toObject().value(u"Labels"_s).toObject().value(QLatin1String(kContentLabel)).toString() == hash) {
        s.present = s.upToDate = true;
        s.id = img->value(u"Id"_s).toString();
        s.size = qint64(img->value(u"Size"_s).toDouble());
        return s;
    }
    if (!img && img.error().code != u"docker.image-missing")
        return img.error();
    qCInfo(lcDocker) << "building image" << tag;
    if (progress)
        progress(DockerProgress{tag, {}, u"Building %1"_s.arg(tag), 0, 0});
    auto id = m_docker.buildImage(context, tag, args, {{QLatin1String(kContentLabel), hash}, {u"io.ckx.image"_s, name}}, progress);
    if (!id)
        return id.error();
    s.present = s.upToDate = true;
    s.id = *id;
    // The image this build replaced would linger as <none>: remove it unless a container still uses it.
    // Safe to ignore a failure: Docker refuses while a container still uses the old image, which then stays as
    // <none> until `docker image prune`; the build itself succeeded.
    if (img && img->value(u"Id"_s).toString() != *id)
        (void)m_docker.removeImage(img->value(u"Id"_s).toString(), false);
    if (auto built = m_docker.inspectImage(tag))
        s.size = qint64(built->value(u"Size"_s).toDouble());
    return s;
}

Result<QList<ImageStatus>> RuntimeImages::ensure(const QStringList &wanted, bool force, const DockerProgressFn &progress) const
{
    auto base = resolveBaseImage(progress);
    if (!base)
        return base.error();
    auto baseImg = m_docker.inspectImage(*base);
    if (!baseImg)
        return baseImg.error();
    const QString baseId = baseImg->value(u"Id"_s).toString();
    QList<ImageStatus> out;
    for (const QString &name : names()) {
        if (!wanted.contains(name))
            continue;
        auto ctx = contextTar(name);
        if (!ctx)
            return ctx.error();
        auto s = ensureOne(name, tagFor(name), *ctx, buildArgs(*base), baseId, force, progress);
        if (!s)
            return s.error();
        out << *s;
    }
    for (const QString &name : wanted)
        if (!names().contains(name))
            return makeError(u"images.unknown"_s, u"there is no runtime image called '%1'; expected one of %2"_s.arg(name, names().join(u", "_s)));
    return out;
}

QString RuntimeImages::kindNodeTagFor(const QString &kindestImage)
{
    const QString version = kindestImage.section(u':', -1);
    return u"ckx/kind-node:"_s + (version.isEmpty() || version == kindestImage ? u"latest"_s : version);
}

Result<QString> RuntimeImages::ensureKindNode(const QString &kindestImage, const DockerProgressFn &progress) const
{
    auto base = m_docker.inspectImage(kindestImage);
    if (!base) {
        if (auto pulled = m_docker.pullImage(kindestImage, progress); !pulled)
            return makeError(u"images.kind-node"_s, u"the kind node image %1 is not on this Docker engine and could not be "
                                                   "pulled (%2); Kubernetes labs need it once, online"_s
                                                       .arg(kindestImage, pulled.error().message));
        base = m_docker.inspectImage(kindestImage);
        if (!base)
            return base.error();
    }
    auto ctx = contextTar(u"kind-node"_s);
    if (!ctx)
        return ctx.error();
    const QString tag = kindNodeTagFor(kindestImage);
    auto s = ensureOne(u"kind-node"_s, tag, *ctx, {{u"BASE_IMAGE"_s, kindestImage}}, base->value(u"Id"_s).toString(), false, progress);
    if (!s)
        return s.error();
    return tag;
}

Result<void> RuntimeImages::ensureLabImages(const LabPack &pack, const DockerProgressFn &progress) const
{
    if (pack.images.isEmpty())
        return {};
    // Lab images need a base only when their Dockerfile uses one; resolving it is cheap when present.
    auto base = resolveBaseImage(progress);
    if (!base)
        return base.error();
    auto baseImg = m_docker.inspectImage(*base);
    if (!baseImg)
        return baseImg.error();
    const QString baseId = baseImg->value(u"Id"_s).toString();
    for (const LabImage &li : pack.images) {
        if (li.buildContext.isEmpty()) {
            if (m_docker.inspectImage(li.name))
                continue;
            // No build folder: pulled once, online; afterwards the lab works offline.
            auto pulled = m_docker.pullImage(li.name, progress);
            if (pulled)
                continue;
            return makeError(u"images.lab"_s, u"the lab %1 needs the image %2, which is not on this Docker engine and could "
                                                "not be pulled (%3); connect once to fetch it, or give it a \"build\" folder in "
                                                "%4/config.json"_s.arg(pack.info.id, li.name, pulled.error().message, pack.assetDir));
        }
        const QString dir = QDir(pack.assetDir).absoluteFilePath(li.buildContext);
        if (!QFile::exists(dir + u"/Dockerfile"_s))
            return makeError(u"images.lab"_s, u"%1/config.json: images[].build \"%2\" has no Dockerfile (looked in %3)"_s
                                                  .arg(pack.assetDir, li.buildContext, dir));
        TarWriter tar;
        QString err;
        if (!tar.addDirectoryTree(dir, {}, &err))
            return makeError(u"images.lab"_s, err);
        auto s = ensureOne(li.name, li.name, tar.finish(), {{u"BASE_IMAGE"_s, *base}}, baseId, false, progress);
        if (!s)
            return s.error();
    }
    return {};
}

} // namespace ckx
