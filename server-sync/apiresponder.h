#pragma once
// The one-shot answer channel of a request. Copyable; the first send() wins, later ones are logged and dropped, and
// if every copy dies without an answer the client gets a 500 instead of hanging. Safe after the client has gone
// (the socket is watched, not owned).

#include "server-sync/apiresponse.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace ckx::server {

class ApiServer;

class ApiResponder
{
public:
    void send(ApiResponse response) const;
    bool isSent() const;

private:
    friend class ApiServer;
    struct State
    {
        QPointer<ApiServer> server;
        QPointer<QTcpSocket> socket;
        quint64 sequence = 0; ///< the request's place in its connection's order of answers
        QString method;
        QString path;
        QString requestId;
        QString remote;
        qint64 startMs = 0;
        bool closeAfter = false;
        bool sent = false;
        ~State();
    };
    std::shared_ptr<State> m_state;
};

} // namespace ckx::server
