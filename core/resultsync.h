#pragma once
// Sends the results outbox (ExamStore) to the companion server: PUT results/{attemptId} (idempotent: the server
// keeps one row per user and attempt), one at a time, oldest first. A failed send is retried with exponential
// backoff (2 s doubling up to 5 minutes); results graded offline go out when the server answers again.

#include <QObject>
#include <QString>
#include <QTimer>

namespace ckx {

class AccountClient;
class ExamStore;

class ResultSync : public QObject
{
    Q_OBJECT
public:
    ResultSync(ExamStore *store, AccountClient *client, QObject *parent = nullptr);

    /// Sends what is due now (after a grade, at sign-in, when the network is back). Safe to call at any time.
    void kick();
    /// Seconds of the n-th retry's wait (n ≥ 1): 2, 4, 8, ... capped at 300.
    static int backoffSeconds(int tries);

Q_SIGNALS:
    void sent(const QString &attemptId);
    void failed(const QString &attemptId, const QString &message);

private:
    void sendNext();

    ExamStore *m_store;
    AccountClient *m_client;
    QTimer m_retry;
    bool m_sending = false;
};

} // namespace ckx
