#include "core/grantverifier.h"

#include "core/accountclient.h"
#include "core/datapaths.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QUrl>

namespace ckx {

Q_LOGGING_CATEGORY(lcGrant, "ckx.core.grant")

namespace {

QString pinKey(const QString &server)
{
    return QStringLiteral("pins/") + QString::fromLatin1(QUrl::toPercentEncoding(server));
}

QString fingerprint(const QByteArray &key)
{
    return QString::fromLatin1(key.toBase64().left(12)) + QStringLiteral("…");
}

} // namespace

GrantVerifier::GrantVerifier(AccountClient *client, const QString &pinFile, QObject *parent)
    : QObject(parent), m_client(client), m_pinFile(pinFile)
{
}

QString GrantVerifier::defaultPinFile()
{
    return dataDir() + QStringLiteral("/server-keys.ini");
}

void GrantVerifier::serverKey(QObject *context, std::function<void(Result<QByteArray>)> done)
{
    if (!m_key.isEmpty()) {
        done(m_key);
        return;
    }
    QPointer<QObject> guard(context);
    const QString server = m_client->serverUrl();
    m_client->callPublic("GET", QStringLiteral("keys"), {}, this, [this, guard, done, server](Result<QJsonValue> r) {
        if (!guard)
            return;
        if (!r) {
            done(r.error());
            return;
        }
        QByteArray key;
        for (const QJsonValue &v : r->toObject().value(QStringLiteral("keys")).toArray()) {
            const QJsonObject k = v.toObject();
            if (k.value(QStringLiteral("use")).toString() == QStringLiteral("exam-grant")
                && k.value(QStringLiteral("alg")).toString() == QStringLiteral("Ed25519"))
                key = QByteArray::fromBase64(k.value(QStringLiteral("publicKey")).toString().toLatin1());
        }
        if (key.size() != 32) {
            done(makeError(QStringLiteral("grant.key"),
                           QStringLiteral("the server at %1 lists no Ed25519 exam-grant key in GET /api/v1/keys").arg(server)));
            return;
        }
        QSettings pins(m_pinFile, QSettings::IniFormat);
        const QByteArray pinned = QByteArray::fromBase64(pins.value(pinKey(server)).toByteArray());
        if (pinned.isEmpty()) {
            pins.setValue(pinKey(server), key.toBase64());
            pins.sync();
            qCInfo(lcGrant) << "pinned the grant key of" << server << fingerprint(key);
        } else if (pinned != key) {
            qCWarning(lcGrant) << "grant key of" << server << "changed from" << fingerprint(pinned) << "to" << fingerprint(key);
            done(makeError(QStringLiteral("grant.key_changed"),
                           QStringLiteral("The server at %1 now signs exam grants with a different key (%2) than the one "
                                          "this computer pinned on first use (%3). Full exams are refused until this is "
                                          "explained: if the vendor announced a new key, remove the entry for this server "
                                          "from %4.")
                               .arg(server, fingerprint(key), fingerprint(pinned), m_pinFile)));
            return;
        }
        m_key = key;
        done(key);
    });
}

QByteArray GrantVerifier::pinnedKey() const
{
    if (!m_key.isEmpty())
        return m_key;
    return QByteArray::fromBase64(QSettings(m_pinFile, QSettings::IniFormat).value(pinKey(m_client->serverUrl())).toByteArray());
}

void GrantVerifier::verify(const QString &grant, const QString &labId, QObject *context,
                           std::function<void(Result<ExamGrant>)> done)
{
    const QString userId = m_client->user().id;
    serverKey(context, [grant, labId, userId, done](Result<QByteArray> key) {
        if (!key) {
            done(key.error());
            return;
        }
        done(check(grant, *key, labId, userId, QDateTime::currentSecsSinceEpoch()));
    });
}

Result<ExamGrant> GrantVerifier::check(const QString &grant, const QByteArray &publicKey, const QString &labId,
                                       const QString &userId, qint64 nowSecs)
{
    auto g = ExamGrant::verify(grant, publicKey, nowSecs);
    if (!g)
        return g;
    if (g->labId != labId)
        return makeError(QStringLiteral("grant.lab"),
                         QStringLiteral("the server's grant is for lab %1, not for %2: not starting").arg(g->labId, labId));
    if (userId.isEmpty() || g->userId != userId)
        return makeError(QStringLiteral("grant.user"),
                         QStringLiteral("the server's grant was issued to another account (%1), not to the one signed in "
                                        "here: not starting")
                             .arg(g->userId));
    return g;
}

} // namespace ckx
