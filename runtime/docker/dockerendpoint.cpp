#include "runtime/docker/dockerendpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

// The host of the docker CLI's context `name` (DOCKER_CONTEXT or config.json's currentContext), or an error that
// names the file that was wrong. An empty host: the default context, i.e. no setting.
Result<QString> contextHost(const QProcessEnvironment &env, QString *name)
{
    QString configDir = env.value(u"DOCKER_CONFIG"_s);
    if (configDir.isEmpty()) {
        const QString home = env.value(u"HOME"_s, QDir::homePath());
        configDir = home + u"/.docker"_s;
    }
    *name = env.value(u"DOCKER_CONTEXT"_s);
    if (name->isEmpty()) {
        QFile config(configDir + u"/config.json"_s);
        if (!config.open(QIODevice::ReadOnly))
            return QString(); // no CLI configuration: the default context
        *name = QJsonDocument::fromJson(config.readAll()).object().value(u"currentContext"_s).toString();
    }
    if (name->isEmpty() || *name == u"default")
        return QString();
    // The CLI stores each context under the SHA-256 of its name.
    const QString id = QString::fromLatin1(QCryptographicHash::hash(name->toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString metaPath = configDir + u"/contexts/meta/"_s + id + u"/meta.json"_s;
    QFile meta(metaPath);
    if (!meta.open(QIODevice::ReadOnly))
        return makeError(u"docker.context"_s, u"The Docker context '%1' is selected, but %2 cannot be read: run "
                                               "'docker context use default' or create the context again"_s
                                                  .arg(*name, metaPath));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(meta.readAll(), &parseError);
    const QString host =
        doc.object().value(u"Endpoints"_s).toObject().value(u"docker"_s).toObject().value(u"Host"_s).toString();
    if (parseError.error != QJsonParseError::NoError || host.isEmpty())
        return makeError(u"docker.context"_s, u"The Docker context '%1' in %2 names no Endpoints.docker.Host"_s
                                                  .arg(*name, metaPath));
    return host;
}

} // namespace

QString DockerEndpoint::describe() const
{
    if (!socketPath.isEmpty())
        return u"unix://"_s + socketPath;
    return baseUrl + (tls ? (verifyPeer ? u" (TLS, verified)"_s : u" (TLS)"_s) : QString());
}

Result<DockerEndpoint> DockerEndpoint::fromEnvironment(const QProcessEnvironment &env)
{
    const auto withOrigin = [](Result<DockerEndpoint> e, const QString &origin) {
        if (e)
            e->origin = origin;
        return e;
    };
    if (const QString host = env.value(u"DOCKER_HOST"_s); !host.trimmed().isEmpty())
        return withOrigin(parse(host, env), u"DOCKER_HOST"_s);
    QString contextName;
    auto context = contextHost(env, &contextName);
    if (!context)
        return context.error();
    if (!context->isEmpty())
        return withOrigin(parse(*context, env), u"Docker context '%1'"_s.arg(contextName));
    const QString runtimeDir = env.value(u"XDG_RUNTIME_DIR"_s);
    const QString rootlessSocket = runtimeDir + u"/docker.sock"_s;
    if (!QFile::exists(QLatin1String(kSystemSocket)) && !runtimeDir.isEmpty() && QFile::exists(rootlessSocket)) {
        auto e = withOrigin(parse(u"unix://"_s + rootlessSocket, env), u"rootless Docker"_s);
        if (e)
            e->rootless = true;
        return e;
    }
    return withOrigin(parse({}, env), u"the system socket"_s);
}

Result<DockerEndpoint> DockerEndpoint::parse(const QString &hostIn, const QProcessEnvironment &env)
{
    DockerEndpoint e;
    const QString host = hostIn.trimmed().isEmpty() ? u"unix://"_s + QLatin1String(kSystemSocket) : hostIn.trimmed();
    if (host.startsWith(u"unix://")) {
        e.socketPath = host.mid(7);
        e.baseUrl = QStringLiteral("http://localhost");
        e.systemSocket = e.socketPath == QLatin1String(kSystemSocket) || e.socketPath == u"/run/docker.sock";
        if (e.socketPath.isEmpty())
            return makeError(u"docker.host"_s, u"DOCKER_HOST '%1' names no socket path; expected unix:///path/to/docker.sock"_s.arg(host));
        return e;
    }
    if (!host.startsWith(u"tcp://"))
        return makeError(u"docker.host"_s,
                         u"DOCKER_HOST '%1' is not supported; expected unix:///path or tcp://host:port"_s.arg(host));
    const QUrl url(host);
    if (!url.isValid() || url.host().isEmpty())
        return makeError(u"docker.host"_s, u"DOCKER_HOST '%1' is not a valid tcp://host:port address"_s.arg(host));
    const QString verify = env.value(QStringLiteral("DOCKER_TLS_VERIFY"));
    e.verifyPeer = !verify.isEmpty() && verify != u"0";
    e.tls = e.verifyPeer || !env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    const int port = url.port(e.tls ? 2376 : 2375);
    e.baseUrl = u"%1://%2:%3"_s.arg(e.tls ? u"https"_s : u"http"_s, url.host()).arg(port);
    if (e.tls) {
        QString dir = env.value(QStringLiteral("DOCKER_CERT_PATH"));
        if (dir.isEmpty())
            dir = QDir::homePath() + u"/.docker"_s;
        e.caFile = dir + u"/ca.pem"_s;
        e.certFile = dir + u"/cert.pem"_s;
        e.keyFile = dir + u"/key.pem"_s;
        for (const QString &f : {e.certFile, e.keyFile})
            if (!QFile::exists(f))
                return makeError(u"docker.tls"_s,
                                 u"TLS client certificate file %1 is missing; set DOCKER_CERT_PATH to the folder "
                                 "holding ca.pem, cert.pem and key.pem"_s.arg(f));
        if (e.verifyPeer && !QFile::exists(e.caFile))
            return makeError(u"docker.tls"_s,
                             u"DOCKER_TLS_VERIFY is set but %1 is missing; put the engine's CA certificate there"_s.arg(e.caFile));
    }
    return e;
}

} // namespace ckx
