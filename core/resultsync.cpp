#include "core/resultsync.h"

#include "core/accountclient.h"
#include "core/examstore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUrl>

namespace ckx {

Q_LOGGING_CATEGORY(lcSync, "ckx.core.sync")

ResultSync::ResultSync(ExamStore *store, AccountClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
    m_retry.setSingleShot(true);
    // A retry only sends: what kick() queues was queued by the kick before it.
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!m_sending)
            sendNext();
    });
    connect(m_client, &AccountClient::signedIn, this, [this](const api::UserProfile &user) {
        m_store->setResultSyncTarget(m_client->serverUrl(), user.id);
        kick();
    });
    connect(m_client, &AccountClient::signedOut, this, [this] {
        m_store->setResultSyncTarget({}, {});
        m_retry.stop();
    });
}

int ResultSync::backoffSeconds(int tries)
{
    return tries >= 8 ? 300 : qMin(300, 1 << qMax(1, tries));
}

void ResultSync::kick()
{
    if (m_client->isSignedIn() && !m_client->user().id.isEmpty()) {
        // A full exam graded before the app knew the account (the sign-in still being restored when time ran out,
        // say) is this user's by its grant.
        if (auto queued = m_store->queueUnsentFullExams(); !queued)
            qCWarning(lcSync) << "cannot queue full exams graded before sign-in:" << queued.error().message;
        else if (*queued > 0)
            qCInfo(lcSync) << *queued << "full exam(s) graded before sign-in queued for sending";
    }
    if (!m_sending)
        sendNext();
}

void ResultSync::sendNext()
{
    if (!m_client->isSignedIn() || m_client->user().id.isEmpty())
        return;
    const QString server = m_client->serverUrl();
    const QString user = m_client->user().id;
    auto all = m_store->outbox(server, user);
    if (!all) {
        qCWarning(lcSync) << "cannot read the results outbox:" << all.error().message;
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ExamStore::OutboxEntry *due = nullptr;
    QDateTime earliest;
    for (const auto &e : *all) {
        if (e.nextTryAt <= now) {
            due = &e;
            break;
        }
        if (!earliest.isValid() || e.nextTryAt < earliest)
            earliest = e.nextTryAt;
    }
    if (!due) {
        if (earliest.isValid())
            m_retry.start(int(qBound(qint64(100), now.msecsTo(earliest), qint64(300000))));
        return;
    }
    m_sending = true;
    const ExamStore::OutboxEntry entry = *due;
    m_client->call("PUT", QStringLiteral("results/") + QString::fromLatin1(QUrl::toPercentEncoding(entry.attemptId)),
                   entry.body, this, [this, entry](Result<QJsonValue> r) {
                       m_sending = false;
                       if (r) {
                           if (auto s = m_store->markResultSent(entry.attemptId); !s)
                               qCWarning(lcSync) << "sent, but could not mark" << entry.attemptId << s.error().message;
                           Q_EMIT sent(entry.attemptId);
                           sendNext();
                           return;
                       }
                       const int wait = backoffSeconds(entry.tries + 1);
                       qCInfo(lcSync) << "result" << entry.attemptId << "not sent, retry in" << wait << "s:"
                                      << r.error().message;
                       (void)m_store->markResultFailed(entry.attemptId, r.error().message,
                                                       QDateTime::currentDateTimeUtc().addSecs(wait));
                       Q_EMIT failed(entry.attemptId, r.error().message);
                       m_retry.start(wait * 1000);
                   });
}

} // namespace ckx
