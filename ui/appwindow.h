#pragma once
// The application window: a stack of pages (first run, catalog, start progress, exam workspace, results,
// answers, history, settings), the navigation toolbar, the keyboard shortcuts and their help screen.

#include "core/config.h"
#include "core/examstore.h"
#include "core/labcatalog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace ckx {

class AccountPage;
class AnswersPage;
class ServerAccount;
class CatalogPage;
class ExamFlow;
class WarmPoolScheduler;
class HistoryPage;
class ResultsPage;
class SettingsPage;
class StartProgressPage;
class WorkspacePage;
class PrerequisitesPage;

class AppWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Prerequisites, Catalog, Progress, Workspace, Results, Answers, History, Settings, Account };
    Q_ENUM(Page)

    /// `config` and `store` may be null: the window then opens its own (settings.ini and the store in the data
    /// folder). `catalog` null means LabCatalog::load(LabCatalog::defaultRoots()).
    explicit AppWindow(QWidget *parent = nullptr);
    ~AppWindow() override;

    void showPage(Page page);
    Page currentPage() const;

    Config *config() const { return m_config.get(); }
    ExamStore *store() const { return m_store.get(); }
    const LabCatalog &catalog() const { return m_catalog; }
    CatalogPage *catalogPage() const { return m_catalogPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    AccountPage *accountPage() const { return m_accountPage; }
    AnswersPage *answersPage() const { return m_answersPage; }
    HistoryPage *historyPage() const { return m_historyPage; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    WorkspacePage *workspacePage() const { return m_workspacePage; }
    StartProgressPage *progressPage() const { return m_progressPage; }
    PrerequisitesPage *prerequisitesPage() const { return m_prerequisitesPage; }
    ExamFlow *examFlow() const { return m_flow; }
    ServerAccount *serverAccount() const { return m_account; }
    QAction *action(const QString &objectName) const;
    QList<QAction *> allActions() const;

public Q_SLOTS:
    void reloadCatalog();
    void showShortcuts();
    void toggleTheme();
    /// Shows the results of a graded attempt.
    void showResults(const QString &attemptId);
    /// `parameters`: the drawn values of the attempt the answers are for (none from the catalog).
    void showAnswers(const QString &labId, const QString &questionId = {}, const ParameterValues &parameters = {});
    /// A ckx:// link (the checkout redirect): ckx://checkout/success shows the Account page and asks the server
    /// about the payment at once; ckx://checkout/cancel says nothing was paid. The window comes to the front.
    void openLink(const QUrl &link);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void restoreLayout();
    void refreshLastScores();
    /// GET users/me/history for the History page (attempts from the learner's other computers).
    void refreshServerHistory();
    int warmPoolSize() const;
    void startWarmPool();
    void applyFontSizes();
    void onConfigChanged(Config::Key key);
    QAction *addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       const QString &group);
    void updateNavigation();

    std::unique_ptr<Config> m_config;
    std::unique_ptr<ExamStore> m_store;
    QString m_storeError;
    LabCatalog m_catalog;

    QStackedWidget *m_stack = nullptr;
    PrerequisitesPage *m_prerequisitesPage = nullptr;
    CatalogPage *m_catalogPage = nullptr;
    StartProgressPage *m_progressPage = nullptr;
    WorkspacePage *m_workspacePage = nullptr;
    ResultsPage *m_resultsPage = nullptr;
    AnswersPage *m_answersPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    ServerAccount *m_account = nullptr;
    AccountPage *m_accountPage = nullptr;
    ExamFlow *m_flow = nullptr;
    WarmPoolScheduler *m_warmPool = nullptr;

    QActionGroup *m_nav = nullptr;
    QList<QPair<QString, QAction *>> m_actions; ///< group title, action (in menu order)
    QLabel *m_status = nullptr;
    Page m_answersBack = Page::Catalog; ///< where "Back" on the answers page returns
    ParameterValues m_resultsParameters; ///< the drawn parameters of the attempt the results page shows
};

} // namespace ckx
