#include "runtime/stack/sessionsecrets.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <libssh/libssh.h>

#include <memory>

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;

struct KeyPair
{
    QByteArray priv, pub;
    QString fingerprint;
};

Result<KeyPair> makeKey(const char *comment)
{
    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK)
        return makeError(u"secrets.keygen"_s, u"could not generate an ed25519 key (libssh)"_s);
    KeyPtr key(raw);
    char *b64 = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &b64) != SSH_OK)
        return makeError(u"secrets.keygen"_s, u"could not export the generated private key"_s);
    KeyPair kp;
    kp.priv = QByteArray(b64);
    ssh_string_free_char(b64);
    char *pub = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &pub) != SSH_OK)
        return makeError(u"secrets.keygen"_s, u"could not export the generated public key"_s);
    kp.pub = "ssh-ed25519 " + QByteArray(pub) + ' ' + comment + '\n';
    ssh_string_free_char(pub);
    unsigned char *hash = nullptr;
    size_t hlen = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hlen) == SSH_OK) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hlen);
        kp.fingerprint = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    return kp;
}

Result<void> writeSecret(const QString &path, const QByteArray &data, QFile::Permissions perms)
{
    QFile f(path);
    // Create with the final permissions before any byte is written.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, perms))
        return makeError(u"secrets.write"_s, u"cannot write %1: %2"_s.arg(path, f.errorString()));
    f.setPermissions(perms);
    if (f.write(data) != data.size() || !f.flush())
        return makeError(u"secrets.write"_s, u"cannot write %1: %2"_s.arg(path, f.errorString()));
    return {};
}

} // namespace

Result<SessionSecrets> SessionSecrets::generate()
{
    SessionSecrets s;
    auto client = makeKey("ckx-candidate");
    if (!client)
        return client.error();
    auto host = makeKey("ckx-jumphost");
    if (!host)
        return host.error();
    s.clientPrivateKey = client->priv;
    s.clientPublicKey = client->pub;
    s.hostPrivateKey = host->priv;
    s.hostPublicKey = host->pub;
    s.hostKeyFingerprint = host->fingerprint;
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 8; ++i)
        s.vncPassword.append(alphabet[rng->bounded(int(sizeof alphabet) - 1)]);
    return s;
}

QString SessionSecrets::clientKeyFile(const QString &dir) { return dir + u"/ssh_key"_s; }
QString SessionSecrets::vncPasswordFile(const QString &dir) { return dir + u"/vnc_password"_s; }

Result<void> SessionSecrets::save(const QString &dir) const
{
    if (!QDir().mkpath(dir))
        return makeError(u"secrets.write"_s, u"cannot create the session folder %1"_s.arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto secret = QFile::ReadOwner | QFile::WriteOwner;
    const auto pub = secret | QFile::ReadGroup | QFile::ReadOther;
    for (auto r : {writeSecret(clientKeyFile(dir), clientPrivateKey, secret),
                   writeSecret(dir + u"/ssh_key.pub"_s, clientPublicKey, pub),
                   writeSecret(dir + u"/host_key.pub"_s, hostPublicKey, pub),
                   writeSecret(vncPasswordFile(dir), vncPassword, secret)})
        if (!r)
            return r;
    return {};
}

} // namespace ckx
