#pragma once
// Argon2id password hashing off the HTTP threads. At most `maxConcurrent` hashes run at once (each holds
// memoryKiB of RAM), so a login storm is bounded in memory; beyond `maxQueued` waiting requests the caller is told
// to answer 503 instead of queueing without end.

#include <QAtomicInt>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <optional>

namespace ckx::server {

class PasswordHasher
{
public:
    PasswordHasher(int maxConcurrent, int maxQueued, quint32 memoryKiB, quint32 iterations);
    ~PasswordHasher();

    /// An encoded Argon2id hash ($argon2id$v=19$m=...), or nullopt when the queue is full.
    std::optional<QFuture<QString>> hash(const QString &password);
    /// Whether `password` matches `encoded`; nullopt when the queue is full.
    std::optional<QFuture<bool>> verify(const QString &encoded, const QString &password);

    /// Runs synchronously on the calling thread (start-up and tests only).
    QString hashNow(const QString &password) const;

    void waitForDone();

private:
    bool reserve();

    QThreadPool m_pool;
    QAtomicInt m_pending;
    int m_maxQueued;
    quint32 m_memoryKiB;
    quint32 m_iterations;
};

} // namespace ckx::server
