#include "runtime/docker/dockerendpoint.h"

#include <QDir>
#include <QFile>
#include <QUrl>

namespace ckx {

using namespace Qt::StringLiterals;

QString DockerEndpoint::describe() const
{
    if (!socketPath.isEmpty())
        return u"unix://"_s + socketPath;
    return baseUrl + (tls ? (verifyPeer ? u" (TLS, verified)"_s : u" (TLS)"_s) : QString());
}

Result<DockerEndpoint> DockerEndpoint::fromEnvironment(const QProcessEnvironment &env)
{
    return parse(env.value(QStringLiteral("DOCKER_HOST")), env);
}

Result<DockerEndpoint> DockerEndpoint::parse(const QString &hostIn, const QProcessEnvironment &env)
{
    DockerEndpoint e;
    const QString host = hostIn.trimmed().isEmpty() ? QStringLiteral("unix:///var/run/docker.sock") : hostIn.trimmed();
    if (host.startsWith(u"unix://")) {
        e.socketPath = host.mid(7);
        e.baseUrl = QStringLiteral("http://localhost");
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
