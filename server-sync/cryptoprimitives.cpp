#include "server-sync/cryptoprimitives.h"

#include <QCryptographicHash>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

namespace ckx::server {

QByteArray CryptoPrimitives::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()), out,
         &outLen);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(outLen));
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
