#include "server-sync/serverkeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace ckx::server {

namespace {

// Reads a key file, or creates it with `make()` (mode 0600, written atomically) when it does not exist.
template<typename Make>
Result<QByteArray> readOrCreate(const QString &path, qsizetype expectedSize, Make make)
{
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("keys.read"),
                             QStringLiteral("%1: cannot read the key file (%2)").arg(path, f.errorString()));
        const auto decoded = QByteArray::fromBase64Encoding(f.readAll().trimmed());
        if (!decoded || decoded.decoded.size() != expectedSize)
            return makeError(QStringLiteral("keys.read"),
                             QStringLiteral("%1: expected the base64 of %2 bytes; delete the file to generate a new "
                                            "key (this signs everyone out / invalidates issued grants)")
                                 .arg(path)
                                 .arg(expectedSize));
        if (f.permissions() & (QFile::ReadOther | QFile::ReadGroup))
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return decoded.decoded;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("keys.write"),
                         QStringLiteral("%1: cannot create the data folder").arg(QFileInfo(path).absolutePath()));
    const QByteArray key = make();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("keys.write"), QStringLiteral("%1: cannot write (%2)").arg(path, out.errorString()));
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(key.toBase64() + '\n');
    if (!out.commit())
        return makeError(QStringLiteral("keys.write"), QStringLiteral("%1: cannot write (%2)").arg(path, out.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return key;
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, '\0');
    randombytes_buf(b.data(), static_cast<size_t>(n));
    return b;
}

} // namespace

Result<ServerKeys> ServerKeys::load(const ServerConfig &config)
{
    if (sodium_init() < 0)
        return makeError(QStringLiteral("keys.sodium"), QStringLiteral("libsodium failed to initialise"));
    ServerKeys k;
    if (!config.jwtSecret.isEmpty()) {
        k.jwtSecret = config.jwtSecret;
    } else {
        auto secret = readOrCreate(config.dataDir + QStringLiteral("/jwt.key"), 32, [] { return randomBytes(32); });
        if (!secret)
            return secret.error();
        k.jwtSecret = *secret;
    }
    QByteArray seed = config.grantKeySeed;
    if (seed.isEmpty()) {
        auto s = readOrCreate(config.dataDir + QStringLiteral("/grant-ed25519.key"), crypto_sign_SEEDBYTES,
                              [] { return randomBytes(crypto_sign_SEEDBYTES); });
        if (!s)
            return s.error();
        seed = *s;
    }
    k.grantPublicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.grantSecretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(k.grantPublicKey.data()),
                             reinterpret_cast<unsigned char *>(k.grantSecretKey.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    k.grantKeyId = QString::fromLatin1(
        QCryptographicHash::hash(k.grantPublicKey, QCryptographicHash::Sha256).toHex().left(16));
    return k;
}

} // namespace ckx::server
