#pragma once
// The server's signing keys: the HS256 secret for access tokens and the Ed25519 key pair for exam grants.
// Taken from the configuration (environment) when given, otherwise read from, or generated into, the data folder
// with mode 0600. Several instances behind a load balancer must be given the same keys.

#include "server-sync/serverconfig.h"

#include <QByteArray>

namespace ckx::server {

struct ServerKeys
{
    QByteArray jwtSecret;      ///< >= 32 bytes
    QByteArray grantSecretKey; ///< 64 bytes (libsodium layout: seed || public key)
    QByteArray grantPublicKey; ///< 32 bytes
    QString grantKeyId;        ///< first 16 hex digits of SHA-256(public key)

    static Result<ServerKeys> load(const ServerConfig &config);
};

} // namespace ckx::server
