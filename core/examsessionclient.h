#pragma once
// A full exam's life on the companion server: POST exam-sessions and the grant checked by GrantVerifier before
// anything starts, the "one exam at a time" conflict (which lab, since when, and ending that exam), completion
// retried until the server has it, ending without grading, and the grant's expiry enforced on a local timer (so
// an exam is graded when its grant runs out, even offline).

#include "core/api/grant.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace ckx {

class AccountClient;
class GrantVerifier;

class ExamSessionClient : public QObject
{
    Q_OBJECT
public:
    /// The exam the server says is already running for this account (perhaps on another computer).
    struct ActiveElsewhere
    {
        QString sessionId;
        QString labId;
        qint64 startedAt = 0;
    };

    ExamSessionClient(AccountClient *client, GrantVerifier *verifier, QObject *parent = nullptr);
    ~ExamSessionClient() override;

    /// Asks for a session on `labId` and verifies its grant. Errors: "access.pass_required" (offer the Account
    /// page), "exam.already_active" (activeElsewhere() says which; offer endActiveElsewhere()), "server.unreachable",
    /// "account.signed_out", and the grant's own refusals ("grant.*").
    void start(const QString &labId, QObject *context, std::function<void(Result<ExamGrant>)> done);
    ActiveElsewhere activeElsewhere() const { return m_active; }
    /// DELETE the exam found by the last "exam.already_active" ("end that exam").
    void endActiveElsewhere(QObject *context, std::function<void(Result<void>)> done);
    /// An exam that was running when the app closed: its stored grant is checked again (signature with the key
    /// pinned for this server, lab, expiry; offline too) and its expiry watched. "grant.expired" means: grade now.
    Result<ExamGrant> resume(const QString &grant, const QString &labId);
    /// Submit: POST complete, retried with backoff until the server answers (idempotent; `completed` when it has).
    void complete(const QString &sessionId);
    /// End without grading: DELETE.
    void abandon(const QString &sessionId, QObject *context, std::function<void(Result<void>)> done);

Q_SIGNALS:
    /// The grant of `sessionId` ran out (local clock): grade now.
    void grantExpired(const QString &sessionId);
    void completed(const QString &sessionId);

private:
    void watchExpiry(const ExamGrant &grant);
    void tryComplete(const QString &sessionId, int tries);

    AccountClient *m_client;
    GrantVerifier *m_verifier;
    ActiveElsewhere m_active;
    QHash<QString, QTimer *> m_expiry; ///< per granted session, owned by this
};

} // namespace ckx
