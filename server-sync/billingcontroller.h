#pragma once
// POST /api/v1/billing/checkout, POST billing/webhook, GET billing/verify/{checkoutSessionId}.
// Fulfilment is exactly-once by construction: stripe_events.id and passes.checkout_session_id are unique, and the
// pass is inserted with ON CONFLICT DO NOTHING inside the same transaction that records the event, so duplicate,
// reordered or late deliveries, and the redirect path racing the webhook, all end with one pass. A paid session
// whose amount or currency differs from the price recorded at checkout grants nothing.

#include "server-sync/apiserver.h"
#include "server-sync/servercontext.h"

namespace ckx::server {

class ServerStore;
class StripeClient;

class BillingController
{
public:
    BillingController(const ServerContext &context, ServerStore &store, StripeClient &stripe);
    void registerRoutes(ApiServer &server);

private:
    void checkout(const ApiRequest &request, ApiResponder responder);
    ApiResponse webhook(const ApiRequest &request);
    void verify(const ApiRequest &request, ApiResponder responder);
    /// --test-checkout only: the local checkout page and its submit (server-sync/testcheckout.h).
    ApiResponse testCheckoutPage(const ApiRequest &request);
    ApiResponse testCheckoutPay(const ApiRequest &request);

    /// Grants the pass of a paid Checkout Session (Stripe's session object) unless it was granted already.
    /// Returns the pass id and whether this call created it. Runs inside the caller's transaction.
    /// "billing.amount_mismatch" (logged, nothing written) when amount_total/currency differ from the price
    /// recorded at checkout; `eventId` (empty on the redirect path) only goes to that log line.
    Result<std::pair<QString, bool>> fulfil(const QJsonObject &session, const ApiRequest &request, const QString &eventId);

    const ServerContext &m_ctx;
    ServerStore &m_store;
    StripeClient &m_stripe;
};

} // namespace ckx::server
