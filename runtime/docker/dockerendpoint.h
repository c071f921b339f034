#pragma once
// Where the Docker engine is: a unix socket (default /var/run/docker.sock) or tcp:// with optional TLS client
// certificates, read the way the docker CLI reads them (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH).

#include "core/result.h"

#include <QProcessEnvironment>
#include <QString>

namespace ckx {

struct DockerEndpoint
{
    QString socketPath; ///< set for unix:// endpoints
    QString baseUrl;    ///< "http://localhost" for sockets, "http(s)://host:port" for tcp
    bool tls = false;
    bool verifyPeer = false; ///< DOCKER_TLS_VERIFY: check the engine's certificate against ca.pem
    QString caFile, certFile, keyFile;

    /// "unix:///var/run/docker.sock" or "tcp://host:2376 (TLS)": for messages.
    QString describe() const;

    /// Parses DOCKER_HOST and friends from `env` (the process environment by default).
    static Result<DockerEndpoint> fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// Parses one DOCKER_HOST value ("unix:///path", "tcp://host:port"); TLS settings from `env`.
    static Result<DockerEndpoint> parse(const QString &host, const QProcessEnvironment &env);
};

} // namespace ckx
