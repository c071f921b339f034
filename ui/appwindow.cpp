#include "ui/appwindow.h"
#include "ui/plural.h"

#include "core/accountclient.h"
#include "core/resultsync.h"
#include "ui/accountpage.h"
#include "ui/serveraccount.h"
#include "ui/answerspage.h"
#include "ui/catalogpage.h"
#include "ui/examflow.h"
#include "ui/historypage.h"
#include "ui/prerequisitespage.h"
#include "ui/questionpanel.h"
#include "ui/resultspage.h"
#include "ui/startprogresspage.h"
#include "ui/startupprobe.h"
#include "ui/workspacepage.h"
#include "ui/settingspage.h"
#include "ui/shortcutsdialog.h"
#include "ui/theme.h"
#include "ui/warmpoolscheduler.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QJsonArray>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

Q_LOGGING_CATEGORY(lcAppWindow, "ckx.ui.app")

namespace ckx {

AppWindow::AppWindow(QWidget *parent)
    : QMainWindow(parent), m_config(std::make_unique<Config>()), m_store(std::make_unique<ExamStore>())
{
    setWindowTitle(tr("CKX Desktop"));
    setObjectName(QStringLiteral("appWindow"));
    Theme::apply(m_config->getString(Config::Key::Theme));

    if (auto opened = m_store->openDefault(); !opened) {
        // The app still shows the catalog; what needs the store says why it cannot work.
        m_storeError = opened.error().message;
        qCWarning(lcAppWindow) << "store:" << m_storeError;
    }

    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    createPages();
    createActions();
    connect(m_config.get(), &Config::changed, this, &AppWindow::onConfigChanged);

    resize(1280, 800);
    restoreLayout();
    reloadCatalog();
    applyFontSizes();
    if (StartupProbe::enabled())
        new StartupProbe(m_catalogPage->table()->viewport());
    if (m_config->getBool(Config::Key::FirstRunDone)) {
        showPage(Page::Catalog);
    } else {
        showPage(Page::Prerequisites);
        m_prerequisitesPage->recheck();
    }
    m_flow->resumeAtStartup();
    startWarmPool();
    if (!m_storeError.isEmpty())
        statusBar()->showMessage(tr("History and exams are unavailable: %1").arg(m_storeError));
}

AppWindow::~AppWindow()
{
    // Pages are deleted by QWidget after our members, the store among them: let the workspace write what is
    // pending and forget the store while it still exists.
    m_workspacePage->questions()->clear();
}

void AppWindow::createPages()
{
    m_prerequisitesPage = new PrerequisitesPage(this);
    m_prerequisitesPage->setDockerHost(m_config->getString(Config::Key::DockerHost));
    m_catalogPage = new CatalogPage(this);
    m_progressPage = new StartProgressPage(this);
    m_workspacePage = new WorkspacePage(this);
    m_resultsPage = new ResultsPage(this);
    m_answersPage = new AnswersPage(this);
    m_historyPage = new HistoryPage(this);
    m_settingsPage = new SettingsPage(m_config.get(), this);
    // The index of each page in the stack is its Page value.
    for (int p = 0; p <= int(Page::Settings); ++p) {
        QWidget *w = nullptr;
        switch (Page(p)) {
        case Page::Prerequisites: w = m_prerequisitesPage; break;
        case Page::Catalog: w = m_catalogPage; break;
        case Page::Progress: w = m_progressPage; break;
        case Page::Workspace: w = m_workspacePage; break;
        case Page::Results: w = m_resultsPage; break;
        case Page::Answers: w = m_answersPage; break;
        case Page::History: w = m_historyPage; break;
        case Page::Settings: w = m_settingsPage; break;
        default: w = new QWidget(this); break;
        }
        m_stack->addWidget(w);
    }
    // Account (issue 12): after Settings in the stack, as in Page.
    m_account = new ServerAccount(m_config.get(), m_store.get(), this);
    m_accountPage = new AccountPage(m_account->client(), this);
    m_stack->addWidget(m_accountPage);
    connect(m_account, &ServerAccount::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m); });
    // What the server holds changes with the account and with every result sent.
    connect(m_account->client(), &AccountClient::signedIn, this, [this] {
        if (currentPage() == Page::History)
            refreshServerHistory();
    });
    connect(m_account->client(), &AccountClient::signedOut, this, [this] {
        m_historyPage->setServerHistory({});
        if (currentPage() == Page::History)
            m_historyPage->reload(m_store.get(), m_catalog);
    });
    connect(m_account->sync(), &ResultSync::sent, this, [this] {
        if (currentPage() == Page::History)
            refreshServerHistory();
    });
    connect(m_accountPage, &AccountPage::accessChanged, this, [this](const api::AccessStatus &s) {
        m_catalogPage->setAccess(s.hasActivePass, s.remainingSeconds);
    });
    if (!m_account->configError().isEmpty())
        statusBar()->showMessage(tr("Accounts are off: %1").arg(m_account->configError()));
    m_flow = new ExamFlow(this);
    m_workspacePage->setSplitterState(m_config->get(Config::Key::WorkspaceSplitter).toByteArray());
    m_catalogPage->setDefaultMode(m_config->getString(Config::Key::DefaultExamMode));
    const auto showMessage = [this](const QString &t) { statusBar()->showMessage(t, 8000); };
    const auto copied = [this](const QString &t) {
        statusBar()->showMessage(tr("Copied: %1").arg(t.section(QLatin1Char('\n'), 0, 0).left(80)), 3000);
    };
    connect(m_prerequisitesPage, &PrerequisitesPage::continueRequested, this, [this] {
        m_config->set(Config::Key::FirstRunDone, true);
        showPage(Page::Catalog);
    });
    connect(m_catalogPage, &CatalogPage::answersRequested, this, [this](const QString &id) { showAnswers(id); });
    connect(m_catalogPage, &CatalogPage::startRequested, m_flow, &ExamFlow::start);
    connect(m_answersPage, &AnswersPage::backRequested, this, [this] {
        showPage(m_answersBack);
    });
    connect(m_answersPage, &AnswersPage::copied, this, copied);
    connect(m_workspacePage->questions(), &QuestionPanel::copied, this, copied);
    connect(m_workspacePage->questions(), &QuestionPanel::saveFailed, this, showMessage);
    connect(m_workspacePage, &WorkspacePage::message, this, showMessage);
    connect(m_flow, &ExamFlow::message, this, showMessage);
    connect(m_flow, &ExamFlow::attemptFinished, this, [this] {
        refreshLastScores();
        updateNavigation();
    });
    connect(m_resultsPage, &ResultsPage::answerRequested, this, [this](const QString &lab, const QString &q) {
        showAnswers(lab, q, m_resultsParameters);
    });
    connect(m_resultsPage, &ResultsPage::backRequested, this, [this] { showPage(Page::Catalog); });
    connect(m_resultsPage, &ResultsPage::retakeRequested, this, [this](const QString &lab) {
        m_catalogPage->selectLab(lab);
        showPage(Page::Catalog);
    });
    connect(m_historyPage, &HistoryPage::attemptActivated, this, [this](const QString &id, const QString &) {
        showResults(id);
    });
}

QAction *AppWindow::addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                              const QString &group)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    if (!keys.isEmpty())
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                    keys.first().toString(QKeySequence::NativeText)));
    QMainWindow::addAction(a);
    m_actions.append({group, a});
    return a;
}

void AppWindow::createActions()
{
    const QString nav = tr("Navigation"), app = tr("Application"), catalog = tr("Catalog");
    m_nav = new QActionGroup(this);
    const auto navAction = [&](const QString &name, const QString &text, QKeySequence key, Page page) {
        QAction *a = addAction(name, text, {key}, nav);
        a->setCheckable(true);
        a->setData(int(page));
        m_nav->addAction(a);
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
        return a;
    };
    navAction(QStringLiteral("navCatalog"), tr("Catalog"), QKeySequence(Qt::CTRL | Qt::Key_1), Page::Catalog);
    navAction(QStringLiteral("navExam"), tr("Exam"), QKeySequence(Qt::CTRL | Qt::Key_2), Page::Workspace);
    navAction(QStringLiteral("navHistory"), tr("History"), QKeySequence(Qt::CTRL | Qt::Key_3), Page::History);
    navAction(QStringLiteral("navSettings"), tr("Settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma), Page::Settings);

    QAction *search = addAction(QStringLiteral("searchCatalog"), tr("Search the catalog"),
                                {QKeySequence(QKeySequence::Find)}, catalog);
    connect(search, &QAction::triggered, this, [this] {
        showPage(Page::Catalog);
        m_catalogPage->focusSearch();
    });
    QAction *start = addAction(QStringLiteral("startLab"), tr("Start the selected lab"),
                               {QKeySequence(Qt::CTRL | Qt::Key_Return)}, catalog);
    connect(start, &QAction::triggered, this, [this] {
        if (currentPage() == Page::Catalog)
            m_catalogPage->startSelected();
    });
    QAction *reload = addAction(QStringLiteral("reloadCatalog"), tr("Reload lab packs"),
                                {QKeySequence(QKeySequence::Refresh)}, catalog);
    connect(reload, &QAction::triggered, this, &AppWindow::reloadCatalog);

    const QString exam = tr("Exam workspace");
    const auto examAction = [&](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                                auto slot) {
        QAction *a = addAction(name, text, keys, exam);
        connect(a, &QAction::triggered, this, [this, slot] {
            if (currentPage() == Page::Workspace && !m_workspacePage->attemptId().isEmpty())
                slot();
        });
        return a;
    };
    QuestionPanel *qp = m_workspacePage->questions();
    WorkspacePage *ws = m_workspacePage;
    examAction(QStringLiteral("nextQuestion"), tr("Next question"), {QKeySequence(Qt::ALT | Qt::Key_Right)},
               [qp] { qp->next(); });
    examAction(QStringLiteral("previousQuestion"), tr("Previous question"), {QKeySequence(Qt::ALT | Qt::Key_Left)},
               [qp] { qp->previous(); });
    examAction(QStringLiteral("flagQuestion"), tr("Flag / unflag the question"), {QKeySequence(Qt::ALT | Qt::Key_F)},
               [qp] { qp->toggleFlag(); });
    examAction(QStringLiteral("answeredQuestion"), tr("Mark the question answered"),
               {QKeySequence(Qt::ALT | Qt::Key_A)}, [qp] { qp->toggleAnswered(); });
    examAction(QStringLiteral("noteQuestion"), tr("Write a note"), {QKeySequence(Qt::ALT | Qt::Key_N)},
               [qp] { qp->focusNote(); });
    examAction(QStringLiteral("terminalTab"), tr("Terminal"), {QKeySequence(Qt::ALT | Qt::Key_1)},
               [ws] { ws->showTab(WorkspacePage::TerminalTab); });
    examAction(QStringLiteral("desktopTab"), tr("Remote desktop"), {QKeySequence(Qt::ALT | Qt::Key_2)},
               [ws] { ws->showTab(WorkspacePage::DesktopTab); });
    examAction(QStringLiteral("docsTab"), tr("Documentation"), {QKeySequence(Qt::ALT | Qt::Key_3)},
               [ws] { ws->showTab(WorkspacePage::DocsTab); });
    examAction(QStringLiteral("hint"), tr("Show a hint (practice)"), {QKeySequence(Qt::ALT | Qt::Key_H)},
               [qp] { qp->showNextHint(); });
    examAction(QStringLiteral("checkQuestion"), tr("Check this question (practice)"),
               {QKeySequence(Qt::ALT | Qt::Key_C)}, [ws] { ws->requestCheck(); });
    examAction(QStringLiteral("pauseExam"), tr("Pause / resume (practice)"), {QKeySequence(Qt::ALT | Qt::Key_P)},
               [ws] { ws->togglePause(); });
    examAction(QStringLiteral("submitExam"), tr("Submit the exam (press twice)"),
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)}, [ws] { ws->requestSubmit(); });

    QAction *prereq = addAction(QStringLiteral("prerequisites"), tr("Check prerequisites"),
                                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, app);
    connect(prereq, &QAction::triggered, this, [this] {
        showPage(Page::Prerequisites);
        m_prerequisitesPage->recheck();
    });
    QAction *help = addAction(QStringLiteral("showShortcuts"), tr("Keyboard shortcuts"),
                              {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)}, app);
    connect(help, &QAction::triggered, this, &AppWindow::showShortcuts);
    QAction *theme = addAction(QStringLiteral("toggleTheme"), tr("Light / dark theme"),
                               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, app);
    connect(theme, &QAction::triggered, this, &AppWindow::toggleTheme);
    QAction *bigger = addAction(QStringLiteral("fontBigger"), tr("Larger question text"),
                                {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)}, app);
    connect(bigger, &QAction::triggered, this, [this] {
        m_config->set(Config::Key::QuestionFontPt, qMin(32, m_config->getInt(Config::Key::QuestionFontPt) + 1));
    });
    QAction *smaller = addAction(QStringLiteral("fontSmaller"), tr("Smaller question text"),
                                 {QKeySequence(QKeySequence::ZoomOut)}, app);
    connect(smaller, &QAction::triggered, this, [this] {
        m_config->set(Config::Key::QuestionFontPt, qMax(8, m_config->getInt(Config::Key::QuestionFontPt) - 1));
    });
    QAction *full = addAction(QStringLiteral("fullScreen"), tr("Full screen"), {QKeySequence(Qt::Key_F11)}, app);
    connect(full, &QAction::triggered, this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    QAction *quit = addAction(QStringLiteral("quit"), tr("Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, app);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : m_nav->actions())
        bar->addAction(a);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    // The compact account button: who is signed in, or "Sign in"; opens the Account page.
    auto *accountButton = new QToolButton(bar);
    accountButton->setObjectName(QStringLiteral("accountButton"));
    accountButton->setText(tr("Sign in"));
    connect(accountButton, &QToolButton::clicked, this, [this] { showPage(Page::Account); });
    connect(m_account->client(), &AccountClient::signedIn, accountButton,
            [accountButton](const api::UserProfile &u) { accountButton->setText(u.email); });
    connect(m_account->client(), &AccountClient::signedOut, accountButton,
            [this, accountButton] { accountButton->setText(tr("Sign in")); });
    bar->addWidget(accountButton);
    bar->addAction(prereq);
    bar->addAction(theme);
    bar->addAction(help);
}

QAction *AppWindow::action(const QString &objectName) const
{
    for (const auto &[group, a] : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

QList<QAction *> AppWindow::allActions() const
{
    QList<QAction *> out;
    for (const auto &[group, a] : m_actions)
        out << a;
    return out;
}

void AppWindow::showPage(Page page)
{
    if (page == Page::Workspace && m_workspacePage->attemptId().isEmpty())
        page = m_flow->isStarting() ? Page::Progress : Page::Catalog;
    m_stack->setCurrentIndex(int(page));
    if (page == Page::Settings)
        m_settingsPage->reload();
    if (page == Page::History) {
        m_historyPage->reload(m_store.get(), m_catalog);
        refreshServerHistory();
    }
    updateNavigation();
}

void AppWindow::openLink(const QUrl &link)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (link.host() == QLatin1String("checkout") && link.path() == QLatin1String("/success")) {
        showPage(Page::Account);
        m_accountPage->pollCheckout();
        m_accountPage->refresh(); // a checkout of an earlier run of the app: its pass shows up all the same
        statusBar()->showMessage(tr("Back from checkout: looking for your new pass…"), 8000);
    } else if (link.host() == QLatin1String("checkout") && link.path() == QLatin1String("/cancel")) {
        showPage(Page::Account);
        statusBar()->showMessage(tr("Checkout cancelled: nothing was paid."), 8000);
    } else {
        statusBar()->showMessage(tr("Opened from %1 (not a link CKX knows what to do with)").arg(link.toDisplayString()), 8000);
    }
}

void AppWindow::refreshServerHistory()
{
    AccountClient *client = m_account->client();
    if (!client->isSignedIn()) {
        m_historyPage->setServerHistory({});
        return;
    }
    client->call("GET", QStringLiteral("users/me/history?limit=500"), {}, this, [this](Result<QJsonValue> r) {
        QList<api::AttemptResult> attempts;
        QString note;
        if (!r) {
            note = tr("Attempts from your other computers cannot be shown now: %1").arg(r.error().message);
        } else {
            for (const QJsonValue &v : r->toArray())
                if (auto a = api::AttemptResult::fromJson(v.toObject()))
                    attempts.append(*a);
        }
        m_historyPage->setServerHistory(attempts, note);
        if (currentPage() == Page::History)
            m_historyPage->reload(m_store.get(), m_catalog);
    });
}

AppWindow::Page AppWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void AppWindow::updateNavigation()
{
    for (QAction *a : m_nav->actions())
        a->setChecked(a->data().toInt() == int(currentPage()));
}

void AppWindow::reloadCatalog()
{
    m_catalog = LabCatalog::load(LabCatalog::defaultRoots());
    m_catalogPage->setCatalog(m_catalog);
    if (m_warmPool)
        m_warmPool->setCatalog(m_catalog);
    refreshLastScores();
    m_status->setText(plural(m_catalog.labs().size(), tr("%1 lab"), tr("%1 labs"))
                      + (m_catalog.problems().isEmpty()
                             ? QString()
                             : plural(m_catalog.problems().size(), tr(", %1 problem in lab packs"), tr(", %1 problems in lab packs"))));
}

int AppWindow::warmPoolSize() const
{
    // CKX_WARM_POOL overrides Settings (0 = off), for tests and machines that must not prepare anything.
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("CKX_WARM_POOL", &ok);
    return ok ? env : m_config->getInt(Config::Key::WarmPoolSize);
}

void AppWindow::startWarmPool()
{
    m_warmPool = new WarmPoolScheduler(m_catalog, m_config->getString(Config::Key::DockerHost), this);
    m_warmPool->setSize(warmPoolSize());
    // The lab the learner is most likely to start: the last one used, else the one selected in the catalog.
    const auto likelyLab = [this] {
        if (m_store->isOpen())
            if (auto all = m_store->attempts(); all && !all->isEmpty())
                return all->first().labId;
        return m_catalogPage->selectedLabId();
    };
    connect(m_catalogPage, &CatalogPage::startRequested, m_warmPool, &WarmPoolScheduler::pause);
    connect(m_flow, &ExamFlow::attemptFinished, m_warmPool, [this, likelyLab] { m_warmPool->prepare(likelyLab()); });
    // After the catalog is up and the start-up recovery has had its turn.
    QTimer::singleShot(3000, m_warmPool, [this, likelyLab] {
        if (!m_flow->isStarting() && m_flow->activeAttemptId().isEmpty())
            m_warmPool->prepare(likelyLab());
    });
}

void AppWindow::refreshLastScores()
{
    if (!m_store->isOpen())
        return;
    QHash<QString, double> last;
    if (auto graded = m_store->gradedAttempts(); graded) {
        for (const auto &a : *graded) // newest first: keep the first seen per lab
            if (!last.contains(a.labId) && a.maxScore.value_or(0) > 0)
                last.insert(a.labId, 100.0 * a.score.value_or(0) / *a.maxScore);
    }
    m_catalogPage->setLastScores(last);
}

void AppWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups;
    for (const auto &[group, a] : m_actions) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.title == group; });
        if (it == groups.end()) {
            groups.append({group, {}});
            it = groups.end() - 1;
        }
        it->actions << a;
    }
    // Window-modal and asynchronous (open, not exec): no nested event loop.
    auto *dialog = new ShortcutsDialog(groups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->open();
}

void AppWindow::toggleTheme()
{
    m_config->set(Config::Key::Theme, Theme::isDark(m_config->getString(Config::Key::Theme)) ? QStringLiteral("light")
                                                                                           : QStringLiteral("dark"));
}

void AppWindow::showResults(const QString &attemptId)
{
    auto attempt = m_store->attempt(attemptId);
    const LabPack *lab = attempt ? m_catalog.find(attempt->labId) : nullptr;
    if (!lab) {
        statusBar()->showMessage(attempt ? tr("The lab %1 is no longer in the catalog.").arg(attempt->labId)
                                         : attempt.error().message,
                                 8000);
        return;
    }
    m_resultsParameters = attempt->parameters;
    if (auto r = m_resultsPage->showAttempt(m_store.get(), labparameters::applied(*lab, attempt->parameters), attemptId); !r) {
        statusBar()->showMessage(r.error().message, 8000);
        return;
    }
    showPage(Page::Results);
}

void AppWindow::showAnswers(const QString &labId, const QString &questionId, const ParameterValues &parameters)
{
    const LabPack *lab = m_catalog.find(labId);
    if (!lab)
        return;
    m_answersBack = currentPage() == Page::Answers ? m_answersBack : currentPage();
    m_answersPage->showLab(*lab, questionId, parameters);
    showPage(Page::Answers);
}

void AppWindow::applyFontSizes()
{
    m_answersPage->setFontPointSize(m_config->getInt(Config::Key::QuestionFontPt));
    m_workspacePage->questions()->setFontPointSize(m_config->getInt(Config::Key::QuestionFontPt));
    m_workspacePage->setTerminalFontPointSize(m_config->getInt(Config::Key::TerminalFontPt));
}

void AppWindow::onConfigChanged(Config::Key key)
{
    switch (key) {
    case Config::Key::Theme:
        Theme::apply(m_config->getString(Config::Key::Theme));
        break;
    case Config::Key::QuestionFontPt:
    case Config::Key::TerminalFontPt:
        applyFontSizes();
        break;
    case Config::Key::DefaultExamMode:
        m_catalogPage->setDefaultMode(m_config->getString(Config::Key::DefaultExamMode));
        break;
    case Config::Key::DockerHost: // the exam runtime follows it through ExamFlow
        m_prerequisitesPage->setDockerHost(m_config->getString(Config::Key::DockerHost));
        if (m_warmPool)
            m_warmPool->setDockerHost(m_config->getString(Config::Key::DockerHost));
        break;
    case Config::Key::WarmPoolSize:
        if (m_warmPool)
            m_warmPool->setSize(warmPoolSize());
        break;
    default:
        break;
    }
}

void AppWindow::restoreLayout()
{
    const QByteArray geometry = m_config->get(Config::Key::WindowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_config->get(Config::Key::WindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
}

void AppWindow::closeEvent(QCloseEvent *event)
{
    m_config->set(Config::Key::WindowGeometry, saveGeometry());
    m_config->set(Config::Key::WindowState, saveState());
    m_config->set(Config::Key::WorkspaceSplitter, m_workspacePage->splitterState());
    m_workspacePage->questions()->flush();
    QMainWindow::closeEvent(event);
}

} // namespace ckx
