#include "ui/appwindow.h"

#include "ui/answerspage.h"
#include "ui/catalogpage.h"
#include "ui/settingspage.h"
#include "ui/shortcutsdialog.h"
#include "ui/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

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
    showPage(Page::Catalog);
    if (!m_storeError.isEmpty())
        statusBar()->showMessage(tr("History and exams are unavailable: %1").arg(m_storeError));
}

AppWindow::~AppWindow() = default;

void AppWindow::createPages()
{
    m_catalogPage = new CatalogPage(this);
    m_answersPage = new AnswersPage(this);
    m_settingsPage = new SettingsPage(m_config.get(), this);
    // The index of each page in the stack is its Page value; pages not built yet hold an empty widget.
    for (int p = 0; p <= int(Page::Settings); ++p) {
        QWidget *w = nullptr;
        switch (Page(p)) {
        case Page::Catalog: w = m_catalogPage; break;
        case Page::Answers: w = m_answersPage; break;
        case Page::Settings: w = m_settingsPage; break;
        default: w = new QWidget(this); break;
        }
        m_stack->addWidget(w);
    }
    m_catalogPage->setDefaultMode(m_config->getString(Config::Key::DefaultExamMode));
    connect(m_catalogPage, &CatalogPage::answersRequested, this, [this](const QString &id) { showAnswers(id); });
    connect(m_answersPage, &AnswersPage::backRequested, this, [this] { showPage(Page::Catalog); });
    connect(m_answersPage, &AnswersPage::copied, this,
            [this](const QString &t) { statusBar()->showMessage(tr("Copied: %1").arg(t.left(80)), 3000); });
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
    m_stack->setCurrentIndex(int(page));
    if (page == Page::Settings)
        m_settingsPage->reload();
    updateNavigation();
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
    refreshLastScores();
    m_status->setText(tr("%n lab(s)", nullptr, int(m_catalog.labs().size()))
                      + (m_catalog.problems().isEmpty()
                             ? QString()
                             : tr(", %n problem(s) in lab packs", nullptr, int(m_catalog.problems().size()))));
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
    Q_UNUSED(attemptId);
    showPage(Page::Results);
}

void AppWindow::showAnswers(const QString &labId, const QString &questionId)
{
    const LabPack *lab = m_catalog.find(labId);
    if (!lab)
        return;
    m_answersPage->showLab(*lab, questionId);
    showPage(Page::Answers);
}

void AppWindow::applyFontSizes()
{
    m_answersPage->setFontPointSize(m_config->getInt(Config::Key::QuestionFontPt));
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
    QMainWindow::closeEvent(event);
}

} // namespace ckx
