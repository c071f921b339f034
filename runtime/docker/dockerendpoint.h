#pragma once
// Where the Docker engine is: a unix socket (default /var/run/docker.sock) or tcp:// with optional TLS client
// certificates, read the way the docker CLI reads them (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, the CLI's
// current context), plus rootless Docker's socket when the system one does not exist.

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
    /// Where the address came from, for messages: "DOCKER_HOST", "Docker context 'x'", "rootless Docker",
    /// "the system socket".
    QString origin;
    bool rootless = false;  ///< the rootless engine's socket ($XDG_RUNTIME_DIR/docker.sock)
    bool systemSocket = false; ///< /var/run/docker.sock, the one `systemctl start docker` starts

    static constexpr const char *kSystemSocket = "/var/run/docker.sock";

    /// "unix:///var/run/docker.sock" or "tcp://host:2376 (TLS)": for messages.
    QString describe() const;

    /// The engine the docker CLI would use, in its order: DOCKER_HOST; else the context named by DOCKER_CONTEXT or
    /// by currentContext in $DOCKER_CONFIG/config.json (~/.docker), read from contexts/meta/<sha256 of name>/meta.json;
    /// else /var/run/docker.sock when it exists; else rootless Docker's $XDG_RUNTIME_DIR/docker.sock when that
    /// exists; else /var/run/docker.sock (so the message names the usual place).
    static Result<DockerEndpoint> fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    /// Parses one DOCKER_HOST value ("unix:///path", "tcp://host:port"); TLS settings from `env`.
    static Result<DockerEndpoint> parse(const QString &host, const QProcessEnvironment &env);
};

} // namespace ckx
