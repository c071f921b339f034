#include "server-sync/passwordhasher.h"

#include <QByteArray>
#include <QtConcurrent/QtConcurrentRun>

#include <argon2.h>
#include <sodium.h>

namespace ckx::server {

namespace {
constexpr quint32 kParallelism = 1;
constexpr size_t kSaltLen = 16;
constexpr size_t kHashLen = 32;

QString argonHash(const QByteArray &password, quint32 memoryKiB, quint32 iterations)
{
    unsigned char salt[kSaltLen];
    randombytes_buf(salt, sizeof salt);
    const size_t encodedLen = argon2_encodedlen(iterations, memoryKiB, kParallelism, kSaltLen, kHashLen, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLen), '\0');
    const int rc = argon2id_hash_encoded(iterations, memoryKiB, kParallelism, password.constData(),
                                         static_cast<size_t>(password.size()), salt, sizeof salt, kHashLen,
                                         encoded.data(), encodedLen);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // NUL-terminated inside the buffer
}
} // namespace

PasswordHasher::PasswordHasher(int maxConcurrent, int maxQueued, quint32 memoryKiB, quint32 iterations)
    : m_maxQueued(maxQueued), m_memoryKiB(memoryKiB), m_iterations(iterations)
{
    m_pool.setMaxThreadCount(maxConcurrent);
}

PasswordHasher::~PasswordHasher()
{
    m_pool.waitForDone();
}

bool PasswordHasher::reserve()
{
    if (m_pending.fetchAndAddOrdered(1) >= m_maxQueued) {
        m_pending.fetchAndSubOrdered(1);
        return false;
    }
    return true;
}

std::optional<QFuture<QString>> PasswordHasher::hash(const QString &password)
{
    if (!reserve())
        return std::nullopt;
    return QtConcurrent::run(&m_pool, [this, pw = password.toUtf8()] {
        QString h = argonHash(pw, m_memoryKiB, m_iterations);
        m_pending.fetchAndSubOrdered(1);
        return h;
    });
}

std::optional<QFuture<bool>> PasswordHasher::verify(const QString &encoded, const QString &password)
{
    if (!reserve())
        return std::nullopt;
    return QtConcurrent::run(&m_pool, [this, enc = encoded.toLatin1(), pw = password.toUtf8()] {
        const bool ok = argon2id_verify(enc.constData(), pw.constData(), static_cast<size_t>(pw.size())) == ARGON2_OK;
        m_pending.fetchAndSubOrdered(1);
        return ok;
    });
}

QString PasswordHasher::hashNow(const QString &password) const
{
    return argonHash(password.toUtf8(), m_memoryKiB, m_iterations);
}

void PasswordHasher::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace ckx::server
