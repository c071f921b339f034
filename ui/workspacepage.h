#pragma once
// The exam workspace: the question panel beside the terminal, the remote desktop and the docs (tabs), under a bar
// with the timer, the mode and the exam actions. Exam mode is strict; practice mode adds pause, hints and
// "check this question".

#include "core/examsession.h"
#include "core/examtimer.h"
#include "core/labpack.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace ckx {

class DocsWidget;
class ExamStore;
class QuestionPanel;

class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { TerminalTab, DesktopTab, DocsTab };

    explicit WorkspacePage(QWidget *parent = nullptr);

    /// Opens `attempt` of `lab`: questions, flags and notes from `store`, the timer counting to the attempt's
    /// wall-clock deadline (or paused, for a paused practice attempt).
    void openAttempt(const LabPack &lab, ExamStore *store, const ExamAttempt &attempt);
    void closeAttempt();
    QString attemptId() const { return m_attempt.id; }
    bool isPractice() const { return m_attempt.mode == QLatin1String("practice"); }

    /// The terminal and desktop views (owned by the caller's session objects; the page only shows them). A
    /// TerminalWindow's recorder is watched: when its recording stops (size limit, disk error) the bar says so.
    void setTerminalWidget(QWidget *widget);
    /// The learner's terminal text size; kept for terminals attached later (0 keeps the view's default).
    void setTerminalFontPointSize(qreal points);
    void setDesktopWidget(QWidget *widget);
    void setDocsAllowed(const QStringList &prefixes);
    void setBusy(const QString &message); ///< grading / checking: buttons off, message shown; empty clears
    /// Shows `text` in the bar for 20 s (and as a message); `symbol` says what it is about (the clock by default).
    void showAlert(const QString &text, bool critical, const QString &symbol = QStringLiteral("⏰"));
    void setSplitterState(const QByteArray &state);
    QByteArray splitterState() const;

    QuestionPanel *questions() const { return m_questions; }
    ExamTimer *timer() const { return m_timer; }
    QLabel *timerLabel() const { return m_timerLabel; }
    QLabel *alertLabel() const { return m_alert; }
    QTabWidget *tabs() const { return m_tabs; }
    DocsWidget *docs() const { return m_docs; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *checkButton() const { return m_check; }

public Q_SLOTS:
    void showTab(int tab);
    void togglePause();
    void requestCheck();
    void requestSubmit();

Q_SIGNALS:
    /// The learner asked to submit (confirm already given), or time ran out (`timeUp`).
    void submitRequested(bool timeUp);
    void checkQuestionRequested(const QString &questionId);
    void endRequested();
    void deadlineMoved(const QDateTime &deadline);
    void pausedChanged(bool paused, qint64 remainingMs);
    void message(const QString &text);

protected:
    /// Lets the few workspace shortcuts that no shell needs (Alt+Left/Right, Alt+1..3, F1, Ctrl+Shift+Return)
    /// through the terminal and desktop views, which otherwise take every key.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTimerLabel(qint64 remainingMs);
    void passExamShortcuts(QWidget *view);
    /// Puts `widget` (or, while it is null, a placeholder saying `waiting`) in tab `index`, deleting what was there.
    void replaceTab(int index, QWidget *widget, const QString &waiting, const QString &title, const QString &shortcut);

    ExamAttempt m_attempt;
    ExamTimer *m_timer;
    QuestionPanel *m_questions;
    QTabWidget *m_tabs;
    QPointer<QWidget> m_terminal;
    qreal m_terminalFontPt = 0; ///< 0: the view's own default
    QPointer<QWidget> m_desktop;
    DocsWidget *m_docs;
    QSplitter *m_split;
    QLabel *m_title;
    QLabel *m_mode;
    QLabel *m_timerLabel;
    QLabel *m_alert;
    QLabel *m_busy;
    QPushButton *m_pause;
    QPushButton *m_check;
    QPushButton *m_submit;
    QPushButton *m_end;
    QTimer *m_alertHide;
    bool m_confirmingSubmit = false;
};

} // namespace ckx
