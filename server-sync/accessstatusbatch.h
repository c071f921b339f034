#pragma once
// GET access/status is the request every app start and every access check makes, so it is the server's hottest
// read. Answering it one statement per request costs a database round trip each, which on PostgreSQL is most of
// the request (two context switches and a statement in another process). This batcher collects the status requests
// that arrive in one turn of the worker's event loop and answers them all from one statement
// (`user_id = ANY(...)`), read after every one of them arrived: nothing is cached, so an answer is never older
// than its request. Under light load a batch holds one request and costs what the single statement did.

#include "server-sync/apiresponder.h"
#include "server-sync/apiresponse.h"

#include <QList>
#include <QPointer>
#include <QString>

namespace ckx::server {

class ServerStore;

class AccessStatusBatch
{
public:
    /// `context` is an object of the worker thread; the batch is flushed by a call queued to it, so a batch dies
    /// with the worker (the pending requests then get the responder's "no answer" 500, never a hang).
    AccessStatusBatch(ServerStore &store, QObject *context);

    /// Queues the status read of `userId` for `requestId`; the answer goes to `responder` when the batch runs.
    void enqueue(const QString &userId, const QString &requestId, ApiResponder responder);

    /// Reads the status of every queued user with one statement per kMaxUsers users and answers every request.
    void flush();

    static constexpr int kMaxUsers = 256;

private:
    struct Pending
    {
        QString userId;
        QString requestId;
        ApiResponder responder;
    };
    void answer(QList<Pending> batch);

    ServerStore &m_store;
    QPointer<QObject> m_context;
    QList<Pending> m_pending;
};

} // namespace ckx::server
