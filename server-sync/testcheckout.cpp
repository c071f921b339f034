#include "server-sync/testcheckout.h"

#include "server-sync/cryptoprimitives.h"

#include <QHash>
#include <QMutex>

namespace ckx::server {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, QJsonObject> sessions;
    QHash<QString, QString> byIdempotencyKey;
};

Registry &registry()
{
    static Registry r; // shared by the worker threads of this one process
    return r;
}

QString formValue(const QList<QPair<QString, QString>> &form, const QString &key)
{
    for (const auto &[k, v] : form)
        if (k == key)
            return v;
    return {};
}

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QJsonObject TestCheckout::create(const QList<QPair<QString, QString>> &form, const QString &idempotencyKey)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (const QString existing = r.byIdempotencyKey.value(idempotencyKey); !existing.isEmpty())
        return r.sessions.value(existing);
    const QString id = QStringLiteral("cs_test_local_") + CryptoPrimitives::uuid().remove(u'-');
    const QJsonObject session{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("url"), pagePath(id)},
        {QStringLiteral("mode"), QStringLiteral("payment")},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("payment_status"), QStringLiteral("unpaid")},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("client_reference_id"), formValue(form, QStringLiteral("client_reference_id"))},
        {QStringLiteral("amount_total"), formValue(form, QStringLiteral("line_items[0][price_data][unit_amount]")).toLongLong()},
        {QStringLiteral("currency"), formValue(form, QStringLiteral("line_items[0][price_data][currency]"))},
        {QStringLiteral("success_url"), formValue(form, QStringLiteral("success_url"))},
        {QStringLiteral("product"), formValue(form, QStringLiteral("line_items[0][price_data][product_data][name]"))},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), formValue(form, QStringLiteral("metadata[user_id]"))},
                                                 {QStringLiteral("pass_type_id"), formValue(form, QStringLiteral("metadata[pass_type_id]"))}}},
    };
    r.sessions.insert(id, session);
    r.byIdempotencyKey.insert(idempotencyKey, id);
    return session;
}

std::optional<QJsonObject> TestCheckout::session(const QString &id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto it = r.sessions.constFind(id);
    if (it == r.sessions.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QJsonObject> TestCheckout::markPaid(const QString &id)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto it = r.sessions.find(id);
    if (it == r.sessions.end())
        return std::nullopt;
    it->insert(QStringLiteral("payment_status"), QStringLiteral("paid"));
    it->insert(QStringLiteral("status"), QStringLiteral("complete"));
    return *it;
}

QString TestCheckout::pagePath(const QString &id)
{
    return QStringLiteral("/test-checkout/") + id;
}

bool TestCheckout::isSuccessCard(const QString &number)
{
    QString digits = number;
    digits.remove(u' ').remove(u'-');
    return digits == QStringLiteral("4242424242424242");
}

ApiResponse TestCheckout::page(const QJsonObject &session, const QString &message, bool done, int status)
{
    const qint64 cents = session.value(QStringLiteral("amount_total")).toInteger();
    const QString price = QStringLiteral("%1.%2 %3")
                              .arg(cents / 100)
                              .arg(cents % 100, 2, 10, QLatin1Char('0'))
                              .arg(session.value(QStringLiteral("currency")).toString().toUpper());
    const QString id = session.value(QStringLiteral("id")).toString();
    QString body = QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>CKX checkout (test mode)</title>"
        "<style>body{font-family:sans-serif;background:#f6f9fc;margin:0}main{max-width:26em;margin:3em auto;background:#fff;"
        "padding:2em;border-radius:8px;box-shadow:0 2px 8px #0002}.badge{background:#ffde92;color:#6a4b00;padding:.2em .6em;"
        "border-radius:4px;font-weight:bold}label{display:block;margin-top:1em}input{width:100%;padding:.5em;font-size:1em;"
        "box-sizing:border-box}button{margin-top:1.5em;width:100%;padding:.7em;font-size:1.1em;background:#635bff;color:#fff;"
        "border:0;border-radius:4px}.msg{margin-top:1em;padding:.7em;border-radius:4px;background:#fde2e2}.ok{background:#dff5e1}"
        "</style></head><body><main><p><span class=\"badge\">TEST MODE</span> No real payment is made.</p>");
    body += QStringLiteral("<h1>%1</h1><p class=\"price\">%2</p>").arg(html(session.value(QStringLiteral("product")).toString()), html(price));
    if (!message.isEmpty())
        body += QStringLiteral("<p class=\"msg%1\">%2</p>").arg(done ? QStringLiteral(" ok") : QString(), html(message));
    // Like Stripe's redirect after payment: back to the success URL (ckx://checkout/success for the app's own
    // server, which its ckx:// handler takes to the Account page), with the session id filled in.
    if (const QString back = session.value(QStringLiteral("success_url")).toString(); done && !back.isEmpty()) {
        const QString url = QString(back).replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), id);
        body += QStringLiteral("<p><a id=\"return\" href=\"%1\">Return to CKX Desktop</a></p>").arg(html(url));
    }
    if (!done) {
        body += QStringLiteral("<form method=\"post\" action=\"%1\"><label>Card number <input name=\"card\" "
                               "autocomplete=\"off\" placeholder=\"4242 4242 4242 4242\"></label>"
                               "<label>Expiry <input name=\"exp\" placeholder=\"12/34\"></label>"
                               "<label>CVC <input name=\"cvc\" placeholder=\"123\"></label>"
                               "<button type=\"submit\">Pay %2 (test mode)</button></form>"
                               "<p><small>Use Stripe's test card 4242 4242 4242 4242 with any future date and CVC.</small></p>")
                    .arg(html(pagePath(id)), html(price));
    }
    body += QStringLiteral("</main></body></html>");
    return ApiResponse::raw(status, QByteArrayLiteral("text/html; charset=utf-8"), body.toUtf8());
}

} // namespace ckx::server
