#include "ui/examflow.h"

#include "core/accountclient.h"
#include "core/datapaths.h"
#include "core/examsessionclient.h"
#include "core/examstore.h"
#include "core/resultsync.h"
#include "runtime/remote/vncsession.h"
#include "runtime/stack/examendpoints.h"
#include "runtime/stack/examworker.h"
#include "runtime/stack/startcancellation.h"
#include "ui/appwindow.h"
#include "ui/catalogpage.h"
#include "ui/historypage.h"
#include "ui/plural.h"
#include "ui/questionpanel.h"
#include "ui/recordingmarks.h"
#include "ui/resultspage.h"
#include "ui/serveraccount.h"
#include "ui/startprogresspage.h"
#include "ui/terminalwindow.h"
#include "ui/vncview.h"
#include "ui/workspacepage.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcExamFlow, "ckx.ui.exam")

namespace ckx {

ExamFlow::ExamFlow(AppWindow *window) : QObject(window), m_window(window)
{
    WorkspacePage *ws = m_window->workspacePage();
    connect(ws, &WorkspacePage::submitRequested, this, &ExamFlow::submit);
    connect(ws, &WorkspacePage::checkQuestionRequested, this, &ExamFlow::checkQuestion);
    connect(ws, &WorkspacePage::endRequested, this, &ExamFlow::endWithoutGrading);
    connect(ws, &WorkspacePage::deadlineMoved, this, [this](const QDateTime &deadline) {
        if (m_attempt.id.isEmpty())
            return;
        if (auto r = m_window->store()->setTimes(m_attempt.id, m_attempt.startedAt, deadline); !r)
            Q_EMIT message(tr("The new deadline could not be saved: %1").arg(r.error().message));
    });
    connect(ws, &WorkspacePage::pausedChanged, this, [this](bool paused, qint64 remaining) {
        if (m_attempt.id.isEmpty())
            return;
        if (auto r = m_window->store()->setPausedRemaining(m_attempt.id, paused ? std::optional<qint64>(remaining)
                                                                                  : std::nullopt);
            !r)
            Q_EMIT message(tr("The paused timer could not be saved: %1").arg(r.error().message));
    });
    StartProgressPage *progress = m_window->progressPage();
    connect(progress, &StartProgressPage::cancelRequested, this, &ExamFlow::cancelStart);
    connect(progress, &StartProgressPage::retryRequested, this, &ExamFlow::retryStart);
    connect(progress, &StartProgressPage::cleanUpRequested, this, &ExamFlow::cleanUp);
    connect(progress, &StartProgressPage::actionRequested, this, &ExamFlow::onRefusalAction);
    connect(examSessions(), &ExamSessionClient::grantExpired, this, &ExamFlow::onGrantExpired);
}

ExamSessionClient *ExamFlow::examSessions() const
{
    return m_window->serverAccount()->examSessions();
}

ExamFlow::~ExamFlow()
{
    if (m_thread) {
        // A start in progress is cut off and cleans up after itself; whatever is left is labelled and gc'd later.
        if (m_startCancel)
            m_startCancel->cancel();
        m_thread->quit();
        if (!m_thread->wait(10'000)) {
            qCWarning(lcExamFlow) << "runtime thread still busy at exit; leaving it to the OS";
            m_thread->setParent(nullptr);
            m_worker = nullptr;
            m_thread = nullptr;
        }
    }
}

void ExamFlow::ensureWorker()
{
    if (m_worker)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("ckx-runtime"));
    m_worker = new ExamWorker(m_window->catalog(), m_window->config()->getString(Config::Key::DockerHost));
    m_worker->moveToThread(m_thread);
    // Graded attempts go into the signed-in account's results outbox in the grade's own transaction.
    AccountClient *account = m_window->serverAccount()->client();
    const auto syncTarget = [this, account] {
        if (account->isSignedIn() && !account->user().id.isEmpty())
            m_worker->setResultSyncTarget(account->serverUrl(), account->user().id);
        else
            m_worker->setResultSyncTarget({}, {});
    };
    syncTarget();
    connect(account, &AccountClient::signedIn, this, syncTarget);
    connect(account, &AccountClient::signedOut, this, syncTarget);
    // The worker (and its store connection) is deleted in its own thread when the thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ExamWorker::progress, this, [this](const QString &stage, int percent) {
        if (m_starting && m_abandonedStarts == 0) // not the stages of a start already cancelled
            m_window->progressPage()->setStage(stage, percent);
    });
    connect(m_worker, &ExamWorker::started, this, &ExamFlow::onStarted);
    connect(m_worker, &ExamWorker::startFailed, this, &ExamFlow::onStartFailed);
    connect(m_worker, &ExamWorker::graded, this, &ExamFlow::onGraded);
    connect(m_worker, &ExamWorker::gradeFailed, this, [this](const QString &, const QString &message) {
        m_grading = false;
        m_window->workspacePage()->setBusy({});
        m_window->workspacePage()->showAlert(tr("Grading failed: %1. Submit again to retry.").arg(message), true);
    });
    connect(m_worker, &ExamWorker::checked, this, [this](const QString &qid, const QList<CheckResult> &results) {
        m_window->workspacePage()->setBusy({});
        m_window->workspacePage()->questions()->showCheckResults(qid, results);
    });
    connect(m_worker, &ExamWorker::checkFailed, this, [this](const QString &, const QString &message) {
        m_window->workspacePage()->setBusy({});
        Q_EMIT this->message(tr("Checking failed: %1").arg(message));
    });
    connect(m_worker, &ExamWorker::stopped, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT message(tr("Removing the exam environment failed: %1").arg(error));
    });
    connect(m_worker, &ExamWorker::resumed, this, &ExamFlow::onResumed);
    connect(m_window->config(), &Config::changed, this, [this](Config::Key key) {
        if (key == Config::Key::DockerHost && m_worker)
            m_worker->setDockerHost(m_window->config()->getString(Config::Key::DockerHost));
    });
    connect(m_worker, &ExamWorker::garbageCollected, this, [this](int removed, const QString &error) {
        Q_EMIT message(error.isEmpty() ? plural(removed, tr("Removed %1 leftover resource."), tr("Removed %1 leftover resources."))
                                       : error);
    });
    m_thread->start();
}

void ExamFlow::start(const QString &labId, const QString &mode)
{
    const LabPack *lab = m_window->catalog().find(labId);
    if (!lab || m_starting)
        return;
    if (!m_attempt.id.isEmpty()) {
        Q_EMIT message(tr("An exam is already running: submit or end it first."));
        m_window->showPage(AppWindow::Page::Workspace);
        return;
    }
    ensureWorker();
    m_lastLab = labId;
    m_lastMode = mode;
    m_starting = true;
    m_startCancel = std::make_shared<StartCancellation>();
    m_refusalCode.clear();
    m_window->progressPage()->begin(lab->info.name);
    m_window->showPage(AppWindow::Page::Progress);
    if (lab->info.type == QLatin1String("full")) {
        requestGrant(labId, mode);
        return;
    }
    m_runtimeStarting = true;
    m_worker->start(labId, mode, m_startCancel);
}

void ExamFlow::requestGrant(const QString &labId, const QString &mode)
{
    m_window->progressPage()->setStage(tr("Asking the CKX server for this full exam"), 2);
    const auto cancel = m_startCancel;
    examSessions()->start(labId, this, [this, cancel, labId, mode](Result<ExamGrant> grant) {
        if (cancel->isCancelled()) {
            // Cancelled while the server answered: do not leave a session on it that would block the next start.
            if (grant)
                examSessions()->abandon(grant->examSessionId, this, [](Result<void>) {});
            return;
        }
        if (!grant) {
            onGrantRefused(grant.error());
            return;
        }
        m_pendingGrant = *grant;
        m_window->progressPage()->setStage(tr("Exam grant verified"), 4);
        m_runtimeStarting = true;
        m_worker->start(labId, mode, m_startCancel, grant->token);
    });
}

void ExamFlow::onGrantRefused(const Error &error)
{
    m_starting = false;
    m_startCancel.reset();
    m_refusalCode = error.code;
    QString action;
    QString text = error.message;
    if (error.code == QLatin1String("access.pass_required")) {
        action = tr("Open the Account page");
    } else if (error.code == QLatin1String("exam.already_active")) {
        action = tr("End that exam and start this one");
    } else if (error.code == QLatin1String("account.signed_out") || error.code == QLatin1String("auth.required")) {
        text = tr("Full exams need you to be signed in to your CKX account. Mock exams work without one.");
        action = tr("Sign in");
    } else if (error.code == QLatin1String("server.unreachable")) {
        text = tr("%1\nA full exam starts only with a grant from the CKX server.").arg(error.message);
    } else if (error.code.startsWith(QLatin1String("grant."))) {
        text = tr("The CKX server's exam grant was refused: %1").arg(error.message);
    }
    m_window->progressPage()->setRefused(text, action);
}

void ExamFlow::onRefusalAction()
{
    if (m_refusalCode == QLatin1String("exam.already_active")) {
        const LabPack *lab = m_window->catalog().find(m_lastLab);
        m_window->progressPage()->begin(lab ? lab->info.name : m_lastLab);
        m_window->progressPage()->setStage(tr("Ending the exam that is running elsewhere"), 1);
        m_refusalCode.clear();
        examSessions()->endActiveElsewhere(this, [this](Result<void> r) {
            if (!r) {
                m_window->progressPage()->setRefused(tr("The other exam could not be ended: %1").arg(r.error().message),
                                                     {});
                return;
            }
            Q_EMIT message(tr("The exam that was running elsewhere has ended."));
            start(m_lastLab, m_lastMode);
        });
        return;
    }
    m_refusalCode.clear();
    m_window->showPage(AppWindow::Page::Account);
}

void ExamFlow::abandonPendingGrant()
{
    if (m_pendingGrant.examSessionId.isEmpty())
        return;
    examSessions()->abandon(m_pendingGrant.examSessionId, this, [](Result<void>) {});
    m_pendingGrant = {};
}

void ExamFlow::onGrantExpired(const QString &sessionId)
{
    if (sessionId != m_grantSession || m_attempt.id.isEmpty() || m_grading)
        return;
    m_window->workspacePage()->showAlert(tr("The exam grant from the CKX server has run out: grading your answers."),
                                         true);
    submit(true);
}

void ExamFlow::cancelStart()
{
    if (!m_starting) {
        m_window->showPage(AppWindow::Page::Catalog); // after a failure, Cancel reads "Back to the catalog"
        return;
    }
    // The Docker call in flight is cut off on the worker thread, which then removes what was created; the
    // learner is back in the catalog at once and may start again (the worker takes starts in order).
    m_startCancel->cancel();
    m_startCancel.reset();
    m_starting = false;
    abandonPendingGrant(); // a grant still on its way sees the cancelled token and ends its own session
    if (m_runtimeStarting) { // else it was still waiting for the server: the worker has nothing to answer
        m_runtimeStarting = false;
        ++m_abandonedStarts;
    }
    m_window->progressPage()->setCancelling();
    m_window->showPage(AppWindow::Page::Catalog);
    Q_EMIT message(tr("Start cancelled; the environment is being removed."));
}

bool ExamFlow::settleAbandonedStart(const QString &attemptId)
{
    if (m_abandonedStarts == 0)
        return false;
    --m_abandonedStarts;
    // Finished (or failed) just before the cancel reached it: remove it like any other unwanted exam.
    if (!attemptId.isEmpty())
        m_worker->stop(attemptId);
    return true;
}

void ExamFlow::retryStart()
{
    if (!m_failedAttempt.isEmpty())
        m_worker->stop(m_failedAttempt);
    m_failedAttempt.clear();
    start(m_lastLab, m_lastMode);
}

void ExamFlow::cleanUp()
{
    ensureWorker();
    if (!m_failedAttempt.isEmpty())
        m_worker->stop(m_failedAttempt);
    m_worker->collectGarbage();
    m_failedAttempt.clear();
    m_window->showPage(AppWindow::Page::Catalog);
}

void ExamFlow::onStarted(const ExamAttempt &attempt, const QString &setupProblems)
{
    if (settleAbandonedStart(attempt.id))
        return;
    m_starting = false;
    m_runtimeStarting = false;
    m_startCancel.reset();
    m_pendingGrant = {};
    // The clock starts when the environment is ready, like the real exam's; a full exam also ends with its grant.
    const LabPack *lab = m_window->catalog().find(attempt.labId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime deadline = now.addSecs(qint64(lab ? lab->info.examDurationMinutes : 120) * 60);
    if (auto grant = ExamGrant::decodeUnverified(attempt.grant))
        deadline = qMin(deadline, QDateTime::fromSecsSinceEpoch(grant->expiresAt, QTimeZone::utc()));
    if (auto r = m_window->store()->setTimes(attempt.id, now, deadline); !r)
        Q_EMIT message(r.error().message);
    auto stored = m_window->store()->attempt(attempt.id);
    openWorkspace(stored ? *stored : attempt);
    if (!setupProblems.isEmpty())
        m_window->workspacePage()->showAlert(tr("Some setup scripts failed; questions may be affected:\n%1")
                                                 .arg(setupProblems.left(300)),
                                             false);
}

void ExamFlow::onStartFailed(const QString &message, const QString &attemptId, bool cancelled)
{
    if (settleAbandonedStart(cancelled ? QString() : attemptId))
        return;
    m_starting = false;
    m_runtimeStarting = false;
    m_startCancel.reset();
    abandonPendingGrant(); // the server's session would otherwise block the retry as "already active"
    m_failedAttempt = attemptId;
    m_window->progressPage()->setFailed(message);
}

void ExamFlow::openWorkspace(const ExamAttempt &attempt)
{
    const LabPack *lab = m_window->catalog().find(attempt.labId);
    if (!lab) {
        Q_EMIT message(tr("The lab %1 of the running exam is no longer in the catalog.").arg(attempt.labId));
        return;
    }
    m_attempt = attempt;
    m_grantSession.clear();
    if (!attempt.grant.isEmpty())
        if (auto grant = ExamGrant::decodeUnverified(attempt.grant))
            m_grantSession = grant->examSessionId;
    WorkspacePage *ws = m_window->workspacePage();
    ws->setDocsAllowed(m_window->config()->getStringList(Config::Key::DocsAllowedUrls));
    ws->openAttempt(*lab, m_window->store(), attempt);
    attachViews(attempt);
    m_window->catalogPage()->setActiveExam(lab->info.name);
    m_window->showPage(AppWindow::Page::Workspace);
}

void ExamFlow::attachViews(const ExamAttempt &attempt)
{
    WorkspacePage *ws = m_window->workspacePage();
    auto endpoints = ExamEndpoints::fromRuntimeInfo(attempt.runtimeInfo);
    if (!endpoints) {
        // The questions and notes still work; say which field is wrong so it can be reported.
        Q_EMIT message(tr("The terminal and desktop cannot connect: %1").arg(endpoints.error().message));
        ws->setTerminalWidget(nullptr);
        ws->setDesktopWidget(nullptr);
        return;
    }

    auto *terminal = new TerminalWindow;
    ws->setTerminalWidget(terminal);
    if (auto r = terminal->startRecording(recordingPath(attempt.id),
                                          m_window->config()->getBool(Config::Key::RecordKeystrokes), attempt.labId);
        !r)
        Q_EMIT message(tr("Terminal recording: %1").arg(r.error().message));
    markExamMoments(terminal->recorder(), ws, m_window->catalog().find(attempt.labId));
    if (auto r = terminal->start(endpoints->ssh); !r)
        Q_EMIT message(tr("Terminal: %1").arg(r.error().message));

    auto vc = endpoints->vncConfig();
    if (!vc) {
        Q_EMIT message(tr("Desktop: %1").arg(vc.error().message));
        ws->setDesktopWidget(nullptr);
    } else {
        // The holder owns both; the session is its first child so it is deleted (and says goodbye to the view)
        // while the view still exists.
        auto *holder = new QWidget;
        auto *session = new VncSession(*vc, holder);
        auto *view = new VncView(session, holder);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(view);
        holder->setFocusProxy(view);
        ws->setDesktopWidget(holder);
        session->start();
    }
    ws->showTab(WorkspacePage::TerminalTab);
}

void ExamFlow::submit(bool timeUp)
{
    if (m_attempt.id.isEmpty() || m_grading)
        return;
    ensureWorker();
    m_grading = true;
    m_window->workspacePage()->questions()->flush();
    m_window->workspacePage()->setBusy(timeUp ? tr("Time is up: grading…") : tr("Grading…"));
    m_worker->grade(m_attempt.id);
}

void ExamFlow::checkQuestion(const QString &questionId)
{
    if (m_attempt.id.isEmpty() || questionId.isEmpty())
        return;
    ensureWorker();
    m_window->workspacePage()->setBusy(tr("Checking this question…"));
    m_worker->checkQuestion(m_attempt.id, questionId);
}

void ExamFlow::onGraded(const QString &attemptId)
{
    m_grading = false;
    if (!m_grantSession.isEmpty())
        examSessions()->complete(m_grantSession); // retried until the server has it
    leaveWorkspace();
    // The grade put the result in the outbox: send it now rather than at the next minute's kick.
    m_window->serverAccount()->sync()->kick();
    m_worker->stop(attemptId);
    Q_EMIT attemptFinished(attemptId);
    m_window->showResults(attemptId);
}

void ExamFlow::endWithoutGrading()
{
    if (m_attempt.id.isEmpty())
        return;
    ensureWorker();
    const QString id = m_attempt.id;
    if (!m_grantSession.isEmpty())
        examSessions()->abandon(m_grantSession, this, [this](Result<void> r) {
            if (!r)
                Q_EMIT message(tr("The CKX server was not told that the exam ended: %1").arg(r.error().message));
        });
    leaveWorkspace();
    m_worker->stop(id);
    Q_EMIT message(tr("Exam ended without grading; the environment is being removed."));
    m_window->showPage(AppWindow::Page::Catalog);
}

void ExamFlow::leaveWorkspace()
{
    m_window->workspacePage()->closeAttempt();
    m_window->catalogPage()->setActiveExam({});
    m_attempt = {};
    m_grantSession.clear();
}

void ExamFlow::resumeAtStartup()
{
    ExamStore *store = m_window->store();
    if (!store->isOpen())
        return;
    auto active = store->activeAttempts();
    if (!active || active->isEmpty())
        return;
    ensureWorker();
    Q_EMIT message(tr("Reconnecting to the exam in progress…"));
    m_worker->resume();
}

void ExamFlow::onResumed(const QList<ExamAttempt> &alive, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT message(tr("Could not check the exam in progress: %1").arg(error));
        return;
    }
    for (const ExamAttempt &a : alive) {
        if (a.state == ExamState::Grading && m_attempt.id.isEmpty()) {
            // Closed while grading: finish the grading the learner asked for.
            auto stored = m_window->store()->attempt(a.id);
            openWorkspace(stored ? *stored : a);
            submit(true);
            return;
        }
        if (a.state != ExamState::Ready || !m_attempt.id.isEmpty())
            continue;
        // Re-read: the store holds the deadline and pause state the worker's copy may not.
        auto stored = m_window->store()->attempt(a.id);
        const ExamAttempt attempt = stored ? *stored : a;
        openWorkspace(attempt);
        if (!attempt.grant.isEmpty() && !m_grading) {
            // A full exam goes on only while its grant does (checked again offline with the pinned key).
            if (auto grant = examSessions()->resume(attempt.grant, attempt.labId); !grant) {
                m_window->workspacePage()->showAlert(
                    grant.error().code == QLatin1String("grant.expired")
                        ? tr("The exam grant ran out while CKX was closed: grading your answers.")
                        : tr("The grant of this full exam could not be checked again (%1): grading your answers.")
                              .arg(grant.error().message),
                    true);
                submit(true);
                return;
            }
        }
        if (m_grading) // the timer found the deadline already past and submitted
            m_window->workspacePage()->showAlert(tr("Your time ran out while CKX was closed: grading your answers."), true);
        else
            m_window->workspacePage()->showAlert(
                tr("Welcome back: your exam continues. End it with \"End without grading\" if you do not want to go on."),
                false);
        return;
    }
    if (alive.isEmpty())
        Q_EMIT message(tr("The environment of your previous exam is gone; it was marked as failed."));
}

} // namespace ckx
