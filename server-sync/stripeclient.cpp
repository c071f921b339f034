#include "server-sync/stripeclient.h"

#include "server-sync/testcheckout.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ckx::server {

StripeClient::StripeClient(QString apiBase, QString secretKey, bool testMode, QObject *parent)
    : QObject(parent), m_apiBase(std::move(apiBase)), m_secretKey(std::move(secretKey)), m_nam(new QNetworkAccessManager(this)),
      m_testMode(testMode)
{
}

void StripeClient::createCheckoutSession(const QList<QPair<QString, QString>> &form, const QString &idempotencyKey,
                                         Callback done)
{
    if (m_testMode)
        return done(TestCheckout::create(form, idempotencyKey));
    QNetworkRequest req(QUrl(m_apiBase + QStringLiteral("/v1/checkout/sessions")));
    req.setRawHeader("Authorization", "Bearer " + m_secretKey.toUtf8());
    req.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    req.setTransferTimeout(15000);
    // application/x-www-form-urlencoded by hand: QUrlQuery leaves '+' as is, which a form decoder reads as a space.
    QByteArray encoded;
    for (const auto &[key, value] : form) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    auto *reply = m_nam->post(req, encoded);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] { finish(reply, done); });
}

void StripeClient::retrieveCheckoutSession(const QString &id, Callback done)
{
    if (m_testMode) {
        if (auto session = TestCheckout::session(id))
            return done(*session);
        return done(makeError(QStringLiteral("stripe.error"),
                              QStringLiteral("test mode: no Checkout Session %1 in this server run").arg(id)));
    }
    QNetworkRequest req(QUrl(m_apiBase + QStringLiteral("/v1/checkout/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id))));
    req.setRawHeader("Authorization", "Bearer " + m_secretKey.toUtf8());
    req.setTransferTimeout(15000);
    auto *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] { finish(reply, done); });
}

void StripeClient::finish(QNetworkReply *reply, const Callback &done)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status == 0)
        return done(makeError(QStringLiteral("stripe.unreachable"),
                              QStringLiteral("Stripe (%1) could not be reached: %2").arg(m_apiBase, reply->errorString())));
    if (status >= 400) {
        const QString message = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        return done(makeError(QStringLiteral("stripe.error"),
                              QStringLiteral("Stripe refused the request (HTTP %1): %2").arg(status).arg(message.isEmpty() ? QStringLiteral("no message") : message)));
    }
    if (json.isEmpty())
        return done(makeError(QStringLiteral("stripe.response"), QStringLiteral("Stripe answered without a JSON object")));
    done(json);
}

} // namespace ckx::server
