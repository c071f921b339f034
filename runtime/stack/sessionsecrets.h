#pragma once
// The per-session secrets: the candidate's ed25519 key pair (the app logs in with it), the jumphost's ed25519 host
// key (so the app can pin it) and a random VNC password. Generated in-process (libssh), kept in the session folder
// with mode 0600, and copied into containers with put_archive: never in argv, env, logs or URLs.

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace ckx {

struct SessionSecrets
{
    QByteArray clientPrivateKey;   ///< OpenSSH PEM
    QByteArray clientPublicKey;    ///< "ssh-ed25519 AAAA... ckx-candidate" (authorized_keys line)
    QByteArray hostPrivateKey;
    QByteArray hostPublicKey;
    QString hostKeyFingerprint;    ///< "SHA256:..." as ssh prints it
    QByteArray vncPassword;        ///< 8 characters (VNC authentication uses no more)

    static Result<SessionSecrets> generate();

    /// Writes ssh_key, ssh_key.pub, vnc_password (0600) and host_key.pub into `dir` (created 0700).
    Result<void> save(const QString &dir) const;

    static QString clientKeyFile(const QString &dir);
    static QString vncPasswordFile(const QString &dir);
};

} // namespace ckx
