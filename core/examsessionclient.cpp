#include "core/examsessionclient.h"

#include "core/accountclient.h"
#include "core/grantverifier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>

#include <limits>

namespace ckx {

Q_LOGGING_CATEGORY(lcExamSession, "ckx.core.examsession")

namespace {

QString sessionPath(const QString &id)
{
    return QStringLiteral("exam-sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

ExamSessionClient::ExamSessionClient(AccountClient *client, GrantVerifier *verifier, QObject *parent)
    : QObject(parent), m_client(client), m_verifier(verifier)
{
}

ExamSessionClient::~ExamSessionClient() = default;

void ExamSessionClient::start(const QString &labId, QObject *context, std::function<void(Result<ExamGrant>)> done)
{
    QPointer<QObject> guard(context);
    m_client->call("POST", QStringLiteral("exam-sessions"), {{QStringLiteral("labId"), labId}}, this,
                   [this, guard, done, labId](Result<QJsonValue> r) {
        if (!r) {
            const Error e = r.error();
            if (e.code == QStringLiteral("access.pass_required")) {
                if (guard)
                    done(makeError(e.code, QStringLiteral("Lab %1 is a full exam and needs an active pass: buy or "
                                                          "activate one on the Account page.")
                                               .arg(labId)));
                return;
            }
            if (e.code != QStringLiteral("exam.already_active")) {
                if (guard)
                    done(e);
                return;
            }
            // Which exam, and since when: the server's current session.
            m_client->call("GET", QStringLiteral("exam-sessions/current"), {}, this, [this, guard, done, e](Result<QJsonValue> cur) {
                m_active = {};
                if (cur && cur->isObject()) {
                    const QJsonObject o = cur->toObject();
                    m_active.sessionId = o.value(QStringLiteral("id")).toString();
                    m_active.labId = o.value(QStringLiteral("labId")).toString();
                    m_active.startedAt = o.value(QStringLiteral("startedAt")).toInteger();
                }
                if (!guard)
                    return;
                if (m_active.sessionId.isEmpty()) {
                    done(e);
                    return;
                }
                done(makeError(e.code, QStringLiteral("An exam of lab %1 has been running since %2 (perhaps on another "
                                                      "computer). End that exam to start this one, or cancel.")
                                           .arg(m_active.labId,
                                                QDateTime::fromSecsSinceEpoch(m_active.startedAt)
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
            });
            return;
        }
        const QJsonObject o = r->toObject();
        const QString grant = o.value(QStringLiteral("grant")).toString();
        const QString sessionId = o.value(QStringLiteral("id")).toString();
        m_verifier->verify(grant, labId, this, [this, guard, done, sessionId](Result<ExamGrant> g) {
            if (!g) {
                qCWarning(lcExamSession) << "grant refused:" << g.error().message;
                // The server holds a session we will not use: end it so it does not block the next start.
                m_client->call("DELETE", sessionPath(sessionId), {}, this, [](Result<QJsonValue>) {});
                if (guard)
                    done(g.error());
                return;
            }
            watchExpiry(*g);
            if (guard)
                done(*g);
        });
    });
}

void ExamSessionClient::watchExpiry(const ExamGrant &grant)
{
    const QString sessionId = grant.examSessionId;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const qint64 ms = qMax<qint64>(0, (grant.expiresAt - QDateTime::currentSecsSinceEpoch()) * 1000);
    connect(timer, &QTimer::timeout, this, [this, sessionId] {
        qCInfo(lcExamSession) << "grant of" << sessionId << "expired";
        Q_EMIT grantExpired(sessionId);
    });
    timer->start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    delete m_expiry.value(sessionId);
    m_expiry.insert(sessionId, timer);
}

Result<ExamGrant> ExamSessionClient::resume(const QString &grant, const QString &labId)
{
    const QByteArray key = m_verifier->pinnedKey();
    if (key.isEmpty())
        return makeError(QStringLiteral("grant.key"),
                         QStringLiteral("no exam-grant key of the server at %1 is pinned on this computer, so the grant "
                                        "of the running exam cannot be checked")
                             .arg(m_client->serverUrl()));
    // No leeway: the exam ends when the grant does, as it would have had the app stayed open.
    auto g = ExamGrant::verify(grant, key, QDateTime::currentSecsSinceEpoch(), 0);
    if (!g)
        return g;
    if (g->labId != labId)
        return makeError(QStringLiteral("grant.lab"),
                         QStringLiteral("the stored grant is for lab %1, not for %2").arg(g->labId, labId));
    watchExpiry(*g);
    return g;
}

void ExamSessionClient::endActiveElsewhere(QObject *context, std::function<void(Result<void>)> done)
{
    if (m_active.sessionId.isEmpty()) {
        done(makeError(QStringLiteral("exam.none"), QStringLiteral("No other exam is known to be running.")));
        return;
    }
    abandon(m_active.sessionId, context, std::move(done));
}

void ExamSessionClient::abandon(const QString &sessionId, QObject *context, std::function<void(Result<void>)> done)
{
    QPointer<QObject> guard(context);
    delete m_expiry.take(sessionId);
    m_client->call("DELETE", sessionPath(sessionId), {}, this, [this, guard, done, sessionId](Result<QJsonValue> r) {
        if (r && sessionId == m_active.sessionId)
            m_active = {};
        if (!guard)
            return;
        if (!r)
            done(r.error());
        else
            done({});
    });
}

void ExamSessionClient::complete(const QString &sessionId)
{
    delete m_expiry.take(sessionId);
    tryComplete(sessionId, 0);
}

void ExamSessionClient::tryComplete(const QString &sessionId, int tries)
{
    m_client->call("POST", sessionPath(sessionId) + QStringLiteral("/complete"), {}, this,
                   [this, sessionId, tries](Result<QJsonValue> r) {
        // Done when the server has it; an exam that already ended otherwise (expired, ended elsewhere) is also final.
        if (r || r.error().code == QStringLiteral("exam.already_ended") || r.error().code == QStringLiteral("exam.not_found")) {
            Q_EMIT completed(sessionId);
            return;
        }
        const int wait = qMin(300, 2 << qMin(tries, 7));
        qCInfo(lcExamSession) << "complete" << sessionId << "not sent, retry in" << wait << "s:" << r.error().message;
        QTimer::singleShot(wait * 1000, this, [this, sessionId, tries] { tryComplete(sessionId, tries + 1); });
    });
}

} // namespace ckx
