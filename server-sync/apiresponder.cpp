#include "server-sync/apiresponder.h"

#include "server-sync/apiserver.h"
#include "server-sync/jsonlog.h"

namespace ckx::server {

void ApiResponder::send(ApiResponse response) const
{
    if (!m_state)
        return;
    if (m_state->sent) {
        qCWarning(lcServer, "%s %s answered twice; the second answer (%d) is dropped", qUtf8Printable(m_state->method),
                  qUtf8Printable(m_state->path), response.status);
        return;
    }
    m_state->sent = true;
    if (m_state->server)
        m_state->server->finish(*m_state, response);
}

bool ApiResponder::isSent() const
{
    return m_state && m_state->sent;
}

ApiResponder::State::~State()
{
    if (sent || !server)
        return;
    sent = true;
    qCCritical(lcServer, "%s %s finished without an answer", qUtf8Printable(method), qUtf8Printable(path));
    server->finish(*this, ApiResponse::error(500, QStringLiteral("server.no_answer"),
                                             QStringLiteral("the server did not produce an answer for this request")));
}

} // namespace ckx::server
