#pragma once
// The few cryptographic building blocks the server uses, in one place so each is implemented once:
// HMAC-SHA256 and SHA-256 (OpenSSL), constant-time comparison (CRYPTO_memcmp), random tokens (libsodium).

#include <QByteArray>
#include <QString>

namespace ckx::server {

class CryptoPrimitives
{
public:
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
    static QByteArray sha256(const QByteArray &data);
    static QString sha256Hex(const QByteArray &data);
    /// Constant-time for equal lengths; different lengths compare unequal without looking at the bytes.
    static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
    /// `bytes` random bytes, base64url without padding.
    static QString randomToken(int bytes = 32);
    /// A random RFC 4122 version-4 UUID without braces.
    static QString uuid();
};

} // namespace ckx::server
