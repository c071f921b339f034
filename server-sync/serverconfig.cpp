#include "server-sync/serverconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

namespace ckx::server {

namespace {

Error configError(const QString &message)
{
    return makeError(QStringLiteral("config"), message);
}

// A secret from VAR, or from the file named by VAR_FILE (trailing newline trimmed).
Result<QByteArray> secretFromEnv(const QProcessEnvironment &env, const QString &var)
{
    if (env.contains(var))
        return env.value(var).toUtf8();
    const QString fileVar = var + QStringLiteral("_FILE");
    if (!env.contains(fileVar))
        return QByteArray();
    QFile f(env.value(fileVar));
    if (!f.open(QIODevice::ReadOnly))
        return configError(QStringLiteral("%1=%2: cannot read the file (%3)").arg(fileVar, f.fileName(), f.errorString()));
    return f.readAll().trimmed();
}

Result<int> positiveInt(const QString &name, const QString &value, int min, int max)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return configError(QStringLiteral("%1: expected a whole number from %2 to %3, got \"%4\"")
                               .arg(name)
                               .arg(min)
                               .arg(max)
                               .arg(value));
    return n;
}

Result<void> parseListen(const QString &value, ServerConfig &c)
{
    const int colon = value.lastIndexOf(u':');
    if (colon < 0)
        return configError(QStringLiteral("--listen / CKX_LISTEN: expected ADDR:PORT (e.g. 127.0.0.1:8080), got \"%1\"")
                               .arg(value));
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress addr;
    if (host.isEmpty() || host == QStringLiteral("*"))
        addr = QHostAddress::Any;
    else if (host == QStringLiteral("localhost"))
        addr = QHostAddress::LocalHost;
    else if (!addr.setAddress(host))
        return configError(QStringLiteral("--listen / CKX_LISTEN: \"%1\" is not an IP address").arg(host));
    auto port = positiveInt(QStringLiteral("--listen / CKX_LISTEN port"), value.mid(colon + 1), 0, 65535);
    if (!port)
        return port.error();
    c.listenAddress = addr;
    c.listenPort = static_cast<quint16>(*port);
    return {};
}

Result<QList<api::PassType>> parsePassTypes(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        return configError(QStringLiteral("CKX_PASS_TYPES: expected a JSON array of {id, name, durationSeconds, "
                                          "priceCents, currency}"));
    QList<api::PassType> out;
    const QJsonArray arr = doc.array();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        auto p = api::PassType::fromJson(arr.at(i).toObject());
        if (!p)
            return configError(QStringLiteral("CKX_PASS_TYPES[%1]: %2").arg(i).arg(p.error().message));
        out.append(*p);
    }
    if (out.isEmpty())
        return configError(QStringLiteral("CKX_PASS_TYPES: the list is empty; leave it unset for the defaults"));
    return out;
}

} // namespace

QList<api::PassType> ServerConfig::defaultPassTypes()
{
    return {api::PassType{QStringLiteral("38h"), QStringLiteral("38 hours"), 38 * 3600, 499, QStringLiteral("usd")},
            api::PassType{QStringLiteral("1w"), QStringLiteral("1 week"), 7 * 24 * 3600, 1999, QStringLiteral("usd")},
            api::PassType{QStringLiteral("2w"), QStringLiteral("2 weeks"), 14 * 24 * 3600, 2999, QStringLiteral("usd")}};
}

Result<QList<QPair<QHostAddress, int>>> ServerConfig::parseCidrList(const QString &name, const QString &value)
{
    QList<QPair<QHostAddress, int>> out;
    for (const QString &raw : value.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet = entry.contains(u'/') ? QHostAddress::parseSubnet(entry) : QPair<QHostAddress, int>{};
        if (!entry.contains(u'/')) {
            QHostAddress a;
            if (a.setAddress(entry))
                subnet = {a, a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull() || subnet.second < 0)
            return configError(QStringLiteral("%1: \"%2\" is not an address or CIDR (e.g. 10.0.0.0/8, 127.0.0.1/32, fd00::/8)")
                                   .arg(name, entry));
        out.append(subnet);
    }
    return out;
}

QString ServerConfig::helpText()
{
    return QStringLiteral(
        "Usage: ckx-server [options]\n"
        "The CKX companion server: accounts, passes, Stripe Checkout, exam grants, result sync.\n"
        "\n"
        "Options (each also from the environment variable shown):\n"
        "  --listen ADDR:PORT     CKX_LISTEN            address to serve on (default 127.0.0.1:8080; port 0 = any)\n"
        "  --database URL         CKX_DATABASE_URL      sqlite:///path/file.db (default <data dir>/ckx-server.db)\n"
        "                                               or postgresql://user[:password]@host:port/dbname\n"
        "  --data-dir DIR         CKX_SERVER_DATA_DIR   keys and the default database (default: the platform's\n"
        "                                               app data folder, e.g. ~/.local/share/ckx-server)\n"
        "  --labs DIR[:DIR...]    CKX_LABS_DIRS         lab-pack roots (default: the bundled resources/labs)\n"
        "  --threads N            CKX_THREADS           HTTP worker threads sharing the port (default: CPU count)\n"
        "  --max-hashes N         CKX_MAX_HASHES        Argon2id hashes computed at once (default 2, 19 MiB each)\n"
        "  --max-body BYTES       CKX_MAX_BODY          largest request accepted, in bytes (default 1048576)\n"
        "  --idle-timeout SECS    CKX_IDLE_TIMEOUT      close a connection idle this long between requests (default 30)\n"
        "  --request-timeout SECS CKX_REQUEST_TIMEOUT   a request's headers and body must all arrive within this\n"
        "                                               time of its first byte, else 408 and close (default 10)\n"
        "  --max-connections-per-address N\n"
        "                         CKX_MAX_CONNECTIONS_PER_ADDRESS\n"
        "                                               open connections from one client address; more get 429 and\n"
        "                                               are closed (default 512; 0 = no cap; trusted proxies exempt)\n"
        "  --trusted-proxies CIDR[,CIDR...]\n"
        "                         CKX_TRUSTED_PROXIES   load balancers whose X-Forwarded-For gives the client address\n"
        "                                               (right-most entry not itself trusted) for the login limit and\n"
        "                                               the logs; from any other peer the header is ignored (default none)\n"
        "  --test-checkout        CKX_TEST_CHECKOUT=1   TEST MODE: billing/checkout opens a local checkout page that\n"
        "                                               takes Stripe's test card 4242 4242 4242 4242 (refused with\n"
        "                                               STRIPE_SECRET_KEY set; no money moves)\n"
        "  --help, --version\n"
        "\n"
        "Secrets and settings from the environment only:\n"
        "  STRIPE_SECRET_KEY[_FILE]      Stripe API key used for Checkout Sessions\n"
        "  STRIPE_WEBHOOK_SECRET[_FILE]  whsec_... used to verify Stripe-Signature\n"
        "  STRIPE_API_BASE               default https://api.stripe.com\n"
        "  CKX_CHECKOUT_SUCCESS_URL      where Stripe sends the buyer after paying ({CHECKOUT_SESSION_ID} is filled)\n"
        "  CKX_CHECKOUT_CANCEL_URL       where Stripe sends the buyer after cancelling\n"
        "  CKX_JWT_SECRET[_FILE]         HS256 access-token key (default: generated into <data dir>/jwt.key, 0600)\n"
        "  CKX_GRANT_KEY[_FILE]          base64 32-byte Ed25519 seed for exam grants (default: generated into\n"
        "                                <data dir>/grant-ed25519.key, 0600); all instances must share both keys\n"
        "  CKX_HMAC_KEYS[_FILE]          keyid:secret,... for /internal/v1 (service-to-service HMAC)\n"
        "  CKX_PASS_TYPES                JSON array of {id,name,durationSeconds,priceCents,currency}\n"
        "  CKX_EXAM_GRACE_MINUTES        added to a lab's duration for a session's expiry (default 15)\n"
        "  CKX_ACCESS_TOKEN_SECONDS      lifetime of an access token (default 900; short values are for tests)\n");
}

Result<ServerConfig> ServerConfig::parse(const QStringList &args, const QProcessEnvironment &env, bool *helpRequested,
                                         bool *versionRequested)
{
    ServerConfig c;
    c.workerThreads = qBound(1, QThread::idealThreadCount(), 16);
    QHash<QString, QString> opt;
    static const QStringList valued{QStringLiteral("--listen"),  QStringLiteral("--database"),
                                    QStringLiteral("--data-dir"), QStringLiteral("--labs"),
                                    QStringLiteral("--threads"), QStringLiteral("--max-hashes"),
                                    QStringLiteral("--max-body"), QStringLiteral("--idle-timeout"),
                                    QStringLiteral("--request-timeout"), QStringLiteral("--max-connections-per-address"),
                                    QStringLiteral("--trusted-proxies")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            if (helpRequested)
                *helpRequested = true;
            return c;
        }
        if (a == QStringLiteral("--version")) {
            if (versionRequested)
                *versionRequested = true;
            return c;
        }
        if (a == QStringLiteral("--test-checkout")) {
            c.testCheckout = true;
            continue;
        }
        QString value;
        const int eq = a.indexOf(u'=');
        if (eq > 0) {
            value = a.mid(eq + 1);
            a = a.left(eq);
        } else if (valued.contains(a)) {
            if (i + 1 >= args.size())
                return configError(QStringLiteral("%1 needs a value (see --help)").arg(a));
            value = args.at(++i);
        }
        if (!valued.contains(a))
            return configError(QStringLiteral("unknown option \"%1\" (see --help; secrets are read from the "
                                              "environment, never from flags)")
                                   .arg(args.at(i)));
        opt.insert(a, value);
    }
    auto pick = [&](const QString &flag, const QString &var) { return opt.value(flag, env.value(var)); };

    if (const QString listen = pick(QStringLiteral("--listen"), QStringLiteral("CKX_LISTEN")); !listen.isEmpty()) {
        if (auto r = parseListen(listen, c); !r)
            return r.error();
    }
    c.dataDir = pick(QStringLiteral("--data-dir"), QStringLiteral("CKX_SERVER_DATA_DIR"));
    if (c.dataDir.isEmpty()) {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        c.dataDir = base + QStringLiteral("/ckx-server");
    }
    c.dataDir = QDir(c.dataDir).absolutePath();
    c.databaseUrl = pick(QStringLiteral("--database"), QStringLiteral("CKX_DATABASE_URL"));
    if (c.databaseUrl.isEmpty())
        c.databaseUrl = QStringLiteral("sqlite://") + c.dataDir + QStringLiteral("/ckx-server.db");
    if (!c.databaseUrl.startsWith(QStringLiteral("sqlite://")) && !c.databaseUrl.startsWith(QStringLiteral("postgresql://"))
        && !c.databaseUrl.startsWith(QStringLiteral("postgres://")))
        return configError(QStringLiteral("--database / CKX_DATABASE_URL: expected sqlite:///path/file.db or "
                                          "postgresql://user@host:port/db, got \"%1\"")
                               .arg(c.databaseUrl.section(u'@', -1)));
    if (const QString labs = pick(QStringLiteral("--labs"), QStringLiteral("CKX_LABS_DIRS")); !labs.isEmpty())
        c.labRoots = labs.split(u':', Qt::SkipEmptyParts);

    struct IntOpt { QString flag, var; int *target; int min, max; };
    int maxBody = static_cast<int>(c.maxBodyBytes);
    int grace = c.examGraceMinutes;
    int accessSecs = static_cast<int>(c.accessTokenSecs);
    const QList<IntOpt> ints{
        {QStringLiteral("--threads"), QStringLiteral("CKX_THREADS"), &c.workerThreads, 1, 64},
        {QStringLiteral("--max-hashes"), QStringLiteral("CKX_MAX_HASHES"), &c.maxConcurrentHashes, 1, 64},
        {QStringLiteral("--max-body"), QStringLiteral("CKX_MAX_BODY"), &maxBody, 1024, 64 << 20},
        {QStringLiteral("--idle-timeout"), QStringLiteral("CKX_IDLE_TIMEOUT"), &c.idleTimeoutSecs, 1, 3600},
        {QStringLiteral("--request-timeout"), QStringLiteral("CKX_REQUEST_TIMEOUT"), &c.requestTimeoutSecs, 1, 3600},
        {QStringLiteral("--max-connections-per-address"), QStringLiteral("CKX_MAX_CONNECTIONS_PER_ADDRESS"),
         &c.maxConnectionsPerAddress, 0, 1000000},
        {QString(), QStringLiteral("CKX_EXAM_GRACE_MINUTES"), &grace, 0, 24 * 60},
        {QString(), QStringLiteral("CKX_ACCESS_TOKEN_SECONDS"), &accessSecs, 2, 24 * 3600},
    };
    for (const IntOpt &o : ints) {
        const QString v = o.flag.isEmpty() ? env.value(o.var) : pick(o.flag, o.var);
        if (v.isEmpty())
            continue;
        auto n = positiveInt(o.flag.isEmpty() ? o.var : o.flag + QStringLiteral(" / ") + o.var, v, o.min, o.max);
        if (!n)
            return n.error();
        *o.target = *n;
    }
    c.maxBodyBytes = maxBody;
    if (const QString proxies = pick(QStringLiteral("--trusted-proxies"), QStringLiteral("CKX_TRUSTED_PROXIES"));
        !proxies.isEmpty()) {
        auto list = parseCidrList(QStringLiteral("--trusted-proxies / CKX_TRUSTED_PROXIES"), proxies);
        if (!list)
            return list.error();
        c.trustedProxies = *list;
    }
    c.examGraceMinutes = grace;
    c.accessTokenSecs = accessSecs;

    c.stripeApiBase = env.value(QStringLiteral("STRIPE_API_BASE"), c.stripeApiBase);
    while (c.stripeApiBase.endsWith(u'/'))
        c.stripeApiBase.chop(1);
    c.checkoutSuccessUrl = env.value(QStringLiteral("CKX_CHECKOUT_SUCCESS_URL"), c.checkoutSuccessUrl);
    c.checkoutCancelUrl = env.value(QStringLiteral("CKX_CHECKOUT_CANCEL_URL"), c.checkoutCancelUrl);

    auto stripeKey = secretFromEnv(env, QStringLiteral("STRIPE_SECRET_KEY"));
    auto webhookSecret = secretFromEnv(env, QStringLiteral("STRIPE_WEBHOOK_SECRET"));
    auto jwt = secretFromEnv(env, QStringLiteral("CKX_JWT_SECRET"));
    auto grant = secretFromEnv(env, QStringLiteral("CKX_GRANT_KEY"));
    auto hmac = secretFromEnv(env, QStringLiteral("CKX_HMAC_KEYS"));
    for (const auto *r : {&stripeKey, &webhookSecret, &jwt, &grant, &hmac}) {
        if (!*r)
            return r->error();
    }
    c.stripeSecretKey = QString::fromUtf8(*stripeKey);
    c.stripeWebhookSecret = QString::fromUtf8(*webhookSecret);
    if (env.value(QStringLiteral("CKX_TEST_CHECKOUT")) == QStringLiteral("1"))
        c.testCheckout = true;
    if (c.testCheckout) {
        if (!c.stripeSecretKey.isEmpty())
            return configError(QStringLiteral("--test-checkout cannot be used while STRIPE_SECRET_KEY is set: test mode "
                                              "would take the place of real payments; unset one of them"));
        // The test page signs its events like Stripe; without a configured secret one is made for this run.
        if (c.stripeWebhookSecret.isEmpty())
            c.stripeWebhookSecret = QStringLiteral("whsec_test_")
                                    + QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                                                          + QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    }
    c.jwtSecret = *jwt;
    if (!c.jwtSecret.isEmpty() && c.jwtSecret.size() < 32)
        return configError(QStringLiteral("CKX_JWT_SECRET: at least 32 bytes are needed for HS256, got %1")
                               .arg(c.jwtSecret.size()));
    if (!grant->isEmpty()) {
        const auto seed = QByteArray::fromBase64Encoding(*grant);
        if (!seed || seed.decoded.size() != 32)
            return configError(QStringLiteral("CKX_GRANT_KEY: expected the base64 of a 32-byte Ed25519 seed"));
        c.grantKeySeed = seed.decoded;
    }
    for (const QByteArray &pair : hmac->split(',')) {
        if (pair.trimmed().isEmpty())
            continue;
        const int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.size() - 1)
            return configError(QStringLiteral("CKX_HMAC_KEYS: expected keyid:secret pairs separated by commas"));
        c.hmacKeys.insert(QString::fromUtf8(pair.left(colon).trimmed()), pair.mid(colon + 1).trimmed());
    }
    c.passTypes = defaultPassTypes();
    if (env.contains(QStringLiteral("CKX_PASS_TYPES"))) {
        auto types = parsePassTypes(env.value(QStringLiteral("CKX_PASS_TYPES")).toUtf8());
        if (!types)
            return types.error();
        c.passTypes = *types;
    }
    return c;
}

} // namespace ckx::server
