#include "server-sync/cryptoprimitives.h"

#include <QCryptographicHash>
#include <QUuid>

#include <openssl/crypto.h>
#include <sodium.h>

namespace ckx::server {

QByteArray CryptoPrimitives::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    // libsodium rather than OpenSSL 3's HMAC(), which fetches the algorithm from its provider registry (taking a
    // global lock) on every call: that showed up as the cost of every authenticated request.
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    QByteArray out(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(out.data()));
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray CryptoPrimitives::sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QString CryptoPrimitives::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

bool CryptoPrimitives::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString CryptoPrimitives::randomToken(int bytes)
{
    QByteArray b(bytes, '\0');
    randombytes_buf(b.data(), static_cast<size_t>(bytes));
    return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString CryptoPrimitives::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ckx::server
