#include "ui/screenshottour.h"

#include "runtime/remote/vncsession.h"
#include "core/accountclient.h"
#include "ui/accountpage.h"
#include "ui/answerspage.h"
#include "ui/appwindow.h"
#include "ui/catalogpage.h"
#include "ui/prerequisitespage.h"
#include "ui/questionpanel.h"
#include "ui/resultspage.h"
#include "ui/serveraccount.h"
#include "ui/terminalreplaywidget.h"
#include "runtime/remote/terminalsurface.h"
#include "ui/terminalwindow.h"
#include "ui/vncview.h"
#include "ui/workspacepage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTreeWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>

Q_LOGGING_CATEGORY(lcTour, "ckx.ui.tour")

namespace ckx {

namespace {

const QString Lab = QStringLiteral("docker-basics-001");
const QString FullLab = QStringLiteral("docker-images-001");

/// A step's condition: true once `ms` have passed since it was first asked.
std::function<bool()> after(int ms)
{
    auto clock = std::make_shared<QElapsedTimer>();
    return [clock, ms] {
        if (!clock->isValid())
            clock->start();
        return clock->elapsed() >= ms;
    };
}

} // namespace

ScreenshotTour::ScreenshotTour(AppWindow *window, QString dir) : QObject(window), m_window(window), m_dir(std::move(dir))
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotTour::poll);
    AppWindow *w = m_window;
    auto term = [w] {
        return qobject_cast<TerminalWindow *>(w->workspacePage()->tabs()->widget(WorkspacePage::TerminalTab));
    };
    auto type = [term](const QString &text) {
        if (TerminalWindow *t = term()) // as if typed: the same path keystrokes take
            t->surface()->sendText(text + QLatin1Char('\r'));
    };
    auto page = [w](AppWindow::Page p) { return [w, p] { return w->currentPage() == p; }; };
    // The desktop tab's view once the server has resized the desktop to it (one desktop pixel per view pixel).
    auto desktopFits = [w] {
        QWidget *tab = w->workspacePage()->tabs()->widget(WorkspacePage::DesktopTab);
        auto *view = tab ? tab->findChild<VncView *>() : nullptr;
        auto *session = tab ? tab->findChild<VncSession *>() : nullptr;
        return view && session && session->frameSize() == view->viewport()->size() * view->devicePixelRatioF();
    };

    m_steps = {
        {QStringLiteral("first run"), [w] { return w->prerequisitesPage()->tree()->topLevelItemCount() > 0; },
         [this, w] {
             shoot(QStringLiteral("01-first-run.png"));
             w->showPage(AppWindow::Page::Catalog);
             w->catalogPage()->selectLab(Lab);
         },
         30'000},
        {QStringLiteral("catalog"), after(500), [this] { shoot(QStringLiteral("02-catalog.png")); }},
        {QStringLiteral("start"), after(100),
         [w] {
             auto *mode = w->catalogPage()->findChildren<QComboBox *>().last();
             mode->setCurrentIndex(mode->findData(QStringLiteral("practice")));
             w->catalogPage()->startSelected();
         }},
        {QStringLiteral("progress"), after(1800), [this] { shoot(QStringLiteral("03-progress.png")); }},
        {QStringLiteral("workspace"), page(AppWindow::Page::Workspace), [] {}, 240'000},
        {QStringLiteral("terminal connected"),
         [term] { return term() && term()->session()->status().state == SshShellSession::State::Connected; },
         [w, type] {
             w->workspacePage()->questions()->showQuestion(0);
             type(QStringLiteral("docker run -d --name api-worker --label tier=backend -e APP_MODE=production "
                                 "--restart unless-stopped ckx-lab/busybox:1 sleep 86400"));
             type(QStringLiteral("docker ps"));
         },
         30'000},
        {QStringLiteral("terminal shot"), after(2500),
         [this, w] {
             w->workspacePage()->questions()->toggleAnswered();
             shoot(QStringLiteral("04-workspace-terminal.png"));
             w->workspacePage()->showTab(WorkspacePage::DesktopTab);
         }},
        // The desktop follows the panel: a narrower question panel, a wider desktop (12), then back for 05.
        {QStringLiteral("desktop fitted"), [desktopFits, wait = after(4000)] { return wait() && desktopFits(); },
         [this, w] {
             if (auto *split = w->workspacePage()->findChild<QSplitter *>()) {
                 m_splitState = split->saveState();
                 const int total = split->sizes().value(0) + split->sizes().value(1);
                 split->setSizes({total / 4, total - total / 4});
             }
         },
         30'000},
        {QStringLiteral("wider desktop"), [desktopFits, wait = after(1500)] { return wait() && desktopFits(); },
         [this, w] {
             shoot(QStringLiteral("12-workspace-desktop-wider.png"));
             if (auto *split = w->workspacePage()->findChild<QSplitter *>())
                 split->restoreState(m_splitState);
         },
         30'000},
        {QStringLiteral("desktop shot"), [desktopFits, wait = after(6000)] { return wait() && desktopFits(); },
         [this, w] {
             shoot(QStringLiteral("05-workspace-desktop.png"));
             w->workspacePage()->showTab(WorkspacePage::TerminalTab);
             QuestionPanel *qp = w->workspacePage()->questions();
             qp->showQuestion(1);
             qp->toggleFlag();
             qp->noteEdit()->setPlainText(QStringLiteral("publish on 127.0.0.1 only?"));
             w->workspacePage()->requestCheck();
         },
         30'000},
        {QStringLiteral("practice check"),
         [w] { return !w->workspacePage()->questions()->checkResultLabel()->text().isEmpty(); },
         [this, w] {
             shoot(QStringLiteral("06-workspace-practice-check.png"));
             w->workspacePage()->requestSubmit();
             w->workspacePage()->requestSubmit();
         },
         120'000},
        {QStringLiteral("results"), page(AppWindow::Page::Results),
         [this, w] {
             shoot(QStringLiteral("07-results.png"));
             w->showAnswers(Lab, QStringLiteral("2"));
         },
         240'000},
        {QStringLiteral("answers"), after(500),
         [this, w] {
             shoot(QStringLiteral("08-answers.png"));
             w->showPage(AppWindow::Page::History);
         }},
        {QStringLiteral("history"), after(800),
         [this, w] {
             shoot(QStringLiteral("09-history.png"));
             w->showPage(AppWindow::Page::Settings);
         }},
        {QStringLiteral("settings"), after(500), [this] { shoot(QStringLiteral("10-settings.png")); }},
        // The attempt's terminal replay under its results, at the moment question 2 was opened.
        {QStringLiteral("results replay"), after(100),
         [this, w] {
             w->showPage(AppWindow::Page::Results);
             if (auto shown = w->resultsPage()->showReplay(); !shown) {
                 qCWarning(lcTour) << "no replay:" << shown.error().message;
                 ++m_failures;
             } else if (!w->resultsPage()->replay()->jumpToMarker(QStringLiteral("Question 2"))) {
                 qCWarning(lcTour) << "the replay has no \"Question 2\" marker";
                 ++m_failures;
             }
         }},
        {QStringLiteral("results replay shot"), after(800),
         [this] { shoot(QStringLiteral("11-results-replay.png")); }},
    };
    addAccountSteps();
}

void ScreenshotTour::addAccountSteps()
{
    // The paid path on the app's own local server (no Server URL: test-mode checkout). The tour plays the browser:
    // it posts the checkout page's form with Stripe's test card.
    AppWindow *w = m_window;
    auto checkout = std::make_shared<QUrl>();
    auto paid = std::make_shared<bool>(false);
    auto *nam = new QNetworkAccessManager(this);
    auto button = [w](const QString &name) { return w->accountPage()->findChild<QPushButton *>(name); };
    m_steps += {
        {QStringLiteral("server"), [w] { return w->serverAccount()->serverKnown(); },
         [w] {
             w->showPage(AppWindow::Page::Catalog);
             w->catalogPage()->selectLab(FullLab);
         },
         30'000},
        {QStringLiteral("catalog locked"), after(600),
         [this, w] {
             shoot(QStringLiteral("14-catalog-locked.png"));
             w->showPage(AppWindow::Page::Account);
             w->accountPage()->findChild<QLineEdit *>(QStringLiteral("accountEmail"))->setText(QStringLiteral("learner@example.test"));
             w->accountPage()->findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(QStringLiteral("correct horse battery"));
             w->accountPage()->findChild<QPushButton *>(QStringLiteral("accountCreate"))->click();
         }},
        {QStringLiteral("signed in"), [w, button] { return w->serverAccount()->client()->isSignedIn() && button(QStringLiteral("buy-38h")); },
         [w, checkout, button] {
             w->accountPage()->setUrlOpener([checkout](const QUrl &u) { *checkout = u; });
             button(QStringLiteral("buy-38h"))->click();
         },
         20'000},
        {QStringLiteral("checkout page"), [checkout] { return !checkout->isEmpty(); },
         [nam, checkout, paid] {
             QNetworkRequest pay(*checkout);
             pay.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
             QNetworkReply *reply = nam->post(pay, QByteArrayLiteral("card=4242+4242+4242+4242&exp=12%2F34&cvc=123"));
             QObject::connect(reply, &QNetworkReply::finished, reply, [reply, paid] {
                 *paid = reply->error() == QNetworkReply::NoError;
                 reply->deleteLater();
             });
         }},
        {QStringLiteral("paid"), [paid] { return *paid; }, [w] { w->accountPage()->pollCheckout(); }},
        {QStringLiteral("pass bought"),
         [w] { return w->accountPage()->findChild<QTreeWidget *>(QStringLiteral("accountPasses"))->topLevelItemCount() > 0; },
         [w, button] {
             auto *passes = w->accountPage()->findChild<QTreeWidget *>(QStringLiteral("accountPasses"));
             passes->setCurrentItem(passes->topLevelItem(0));
             button(QStringLiteral("accountActivate"))->click();
         },
         20'000},
        {QStringLiteral("pass active"), [w] { return w->accountPage()->access().hasActivePass; }, [] {}, 10'000},
        {QStringLiteral("account shot"), after(1500),
         [this, w] {
             shoot(QStringLiteral("13-account.png"));
             w->showPage(AppWindow::Page::Catalog);
             w->catalogPage()->selectLab(FullLab);
         }},
        {QStringLiteral("catalog unlocked"), after(600), [this] { shoot(QStringLiteral("15-catalog-unlocked.png")); }},
    };
}

int ScreenshotTour::run(const QString &dir)
{
    QDir().mkpath(dir);
    AppWindow window;
    window.resize(1280, 800);
    window.show();
    auto *tour = new ScreenshotTour(&window, dir);
    int code = 0;
    QObject::connect(tour, &ScreenshotTour::finished, qApp, [&code](int c) {
        code = c;
        QApplication::quit();
    });
    tour->begin();
    QApplication::exec();
    return code;
}

void ScreenshotTour::begin()
{
    m_index = 0;
    m_stepClock.start();
    m_timer.start();
}

void ScreenshotTour::poll()
{
    if (m_index >= m_steps.size()) {
        m_timer.stop();
        Q_EMIT finished(m_failures ? 1 : 0);
        return;
    }
    Step &step = m_steps[m_index];
    const bool ready = step.ready();
    if (!ready && m_stepClock.elapsed() < step.timeoutMs)
        return;
    if (!ready) {
        qCWarning(lcTour) << "step" << step.name << "timed out; taking it anyway";
        ++m_failures;
    }
    step.action();
    ++m_index;
    m_stepClock.restart();
}

void ScreenshotTour::shoot(const QString &file)
{
    const QString path = m_dir + QLatin1Char('/') + file;
    if (m_window->size() != QSize(1280, 800))
        m_window->resize(1280, 800);
    // A step's condition can turn true in the same turn that changed a widget (a label's new text); lay out what
    // is pending first, or the picture shows the old geometry (a one-line label clipping its new lines).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!m_window->grab().save(path)) {
        qCWarning(lcTour) << "cannot write" << path;
        ++m_failures;
        return;
    }
    qCInfo(lcTour) << "saved" << path;
}

} // namespace ckx
