#pragma once
// Speaks Stripe's REST API (form-encoded POSTs, Bearer secret key) for Checkout Sessions. STRIPE_API_BASE points it
// at Stripe or, in tests, at the local stand-in. Every POST carries an Idempotency-Key. Lives in one worker thread.

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ckx::server {

class StripeClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QJsonObject>)>;

    /// `testMode` (ckx-server --test-checkout): sessions are kept by TestCheckout instead of at Stripe.
    StripeClient(QString apiBase, QString secretKey, bool testMode = false, QObject *parent = nullptr);

    bool isConfigured() const { return m_testMode || !m_secretKey.isEmpty(); }
    bool isTestMode() const { return m_testMode; }

    void createCheckoutSession(const QList<QPair<QString, QString>> &form, const QString &idempotencyKey, Callback done);
    void retrieveCheckoutSession(const QString &id, Callback done);

private:
    void finish(QNetworkReply *reply, const Callback &done);

    QString m_apiBase;
    QString m_secretKey;
    QNetworkAccessManager *m_nam;
    bool m_testMode = false;
};

} // namespace ckx::server
