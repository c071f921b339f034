#pragma once
// ckx-server's configuration: flags, then environment, then defaults. Secrets come only from the environment or
// from files named in it, never from flags (flags show up in `ps`).

#include "core/api/types.h"
#include "core/result.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ckx::server {

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString databaseUrl;   ///< sqlite:///path/file.db or postgresql://user[:pw]@host:port/db
    QString dataDir;       ///< keys and the default SQLite file live here
    QStringList labRoots;  ///< --labs / CKX_LABS_DIRS; empty means LabCatalog::defaultRoots()
    int workerThreads = 2; ///< HTTP event loops sharing the port (SO_REUSEPORT)
    int maxConcurrentHashes = 2; ///< Argon2id computations at once (each holds argon2MemoryKiB)
    int maxQueuedHashes = 64;    ///< beyond this a login/register gets 503 + Retry-After
    quint32 argon2MemoryKiB = 19456;
    quint32 argon2Iterations = 2;
    qint64 maxBodyBytes = 1 << 20;
    int idleTimeoutSecs = 30;
    int requestTimeoutSecs = 10; ///< first byte of a request to its last (headers + body), else 408
    int maxConnectionsPerAddress = 512; ///< open connections from one peer address, all workers together; 0 = no cap
    /// Peers (load balancers) whose X-Forwarded-For is believed; empty = nobody's.
    QList<QPair<QHostAddress, int>> trustedProxies;
    int shutdownGraceSecs = 10;
    int examGraceMinutes = 15; ///< added to a lab's duration for the grant's and session's expiry
    qint64 accessTokenSecs = 15 * 60;
    qint64 refreshTokenSecs = 7 * 24 * 3600;
    int loginFailureLimit = 10;
    int loginFailureWindowSecs = 300;

    /// --test-checkout: a local checkout page stands in for Stripe (no STRIPE_SECRET_KEY allowed); for trying the
    /// whole purchase on one machine.
    bool testCheckout = false;

    QString stripeSecretKey;
    QString stripeWebhookSecret;
    QString stripeApiBase = QStringLiteral("https://api.stripe.com");
    QString checkoutSuccessUrl = QStringLiteral("https://ckx.example/checkout/success?session_id={CHECKOUT_SESSION_ID}");
    QString checkoutCancelUrl = QStringLiteral("https://ckx.example/checkout/cancel");

    QByteArray jwtSecret;     ///< CKX_JWT_SECRET(_FILE); generated into dataDir when absent
    QByteArray grantKeySeed;  ///< CKX_GRANT_KEY(_FILE), 32-byte Ed25519 seed; generated when absent
    QHash<QString, QByteArray> hmacKeys; ///< CKX_HMAC_KEYS "keyid:secret,..."
    QList<api::PassType> passTypes;

    bool isPostgres() const { return databaseUrl.startsWith(QStringLiteral("postgres")); }

    /// Parses argv (without argv[0]) and the environment. `--help` and `--version` are reported through
    /// `helpRequested` / `versionRequested`, not as errors.
    static Result<ServerConfig> parse(const QStringList &args, const QProcessEnvironment &env,
                                      bool *helpRequested = nullptr, bool *versionRequested = nullptr);
    static QString helpText();
    static QList<api::PassType> defaultPassTypes();
    /// "10.0.0.0/8,127.0.0.1" (a bare address is a /32 or /128), or an error naming the entry that is not a CIDR.
    static Result<QList<QPair<QHostAddress, int>>> parseCidrList(const QString &name, const QString &value);
};

} // namespace ckx::server
