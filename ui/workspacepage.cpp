#include "ui/workspacepage.h"
#include "ui/theme.h"
#include "ui/plural.h"

#include "core/examstore.h"
#include "ui/docswidget.h"
#include "ui/questionpanel.h"
#include "ui/terminalview.h"
#include "ui/terminalwindow.h"
#include "runtime/remote/terminalrecorder.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ckx {

namespace {

QLabel *placeholder(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    return l;
}

} // namespace

WorkspacePage::WorkspacePage(QWidget *parent) : QWidget(parent), m_timer(new ExamTimer(this))
{
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_mode = new QLabel(this);
    m_timerLabel = new QLabel(QStringLiteral("--:--"), this);
    m_timerLabel->setObjectName(QStringLiteral("timerLabel"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(tf.pointSizeF() * 1.5);
    mono.setBold(true);
    m_timerLabel->setFont(mono);
    m_timerLabel->setToolTip(tr("Time left (wall clock, like the real exam)"));
    m_alert = new QLabel(this);
    m_alert->setObjectName(QStringLiteral("timeAlert"));
    m_alert->hide();
    m_busy = new QLabel(this);
    m_busy->hide();
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setToolTip(tr("Practice mode: stop the clock (Alt+P)"));
    m_check = new QPushButton(tr("Check this question"), this);
    m_check->setToolTip(tr("Practice mode: run this question's checks now (Alt+C)"));
    m_submit = new QPushButton(tr("Submit exam"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setToolTip(tr("Grade every question and end the exam (Ctrl+Shift+Return)"));
    m_end = new QPushButton(tr("End without grading"), this);
    m_end->setToolTip(tr("Tear the environment down; nothing is graded"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_mode);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    bar->addWidget(m_alert);
    bar->addWidget(m_timerLabel);
    bar->addSpacing(12);
    bar->addWidget(m_pause);
    bar->addWidget(m_check);
    bar->addWidget(m_end);
    bar->addWidget(m_submit);

    m_questions = new QuestionPanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->addTab(placeholder(tr("Terminal: connecting…"), m_tabs), tr("Terminal"));
    m_tabs->addTab(placeholder(tr("Desktop: connecting…"), m_tabs), tr("Desktop"));
    m_docs = new DocsWidget(m_tabs);
    m_tabs->addTab(m_docs, tr("Docs"));
    m_tabs->setTabToolTip(TerminalTab, tr("Alt+1"));
    m_tabs->setTabToolTip(DesktopTab, tr("Alt+2"));
    m_tabs->setTabToolTip(DocsTab, tr("Alt+3: only the documentation the exam allows"));

    m_split = new QSplitter(this);
    m_split->setObjectName(QStringLiteral("workspaceSplitter"));
    m_split->addWidget(m_questions);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setSizes({480, 780});
    m_split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);

    m_alertHide = new QTimer(this);
    m_alertHide->setSingleShot(true);
    m_alertHide->setInterval(20'000);
    connect(m_alertHide, &QTimer::timeout, m_alert, &QLabel::hide);

    connect(m_timer, &ExamTimer::ticked, this, &WorkspacePage::updateTimerLabel);
    connect(m_timer, &ExamTimer::criticalChanged, this, [this] { updateTimerLabel(m_timer->remainingMs()); });
    connect(m_timer, &ExamTimer::alert, this, [this](int minutes) {
        showAlert(plural(minutes, tr("%1 minute left"), tr("%1 minutes left")), minutes <= ExamTimer::CriticalMinutes);
    });
    connect(m_timer, &ExamTimer::expired, this, [this] {
        updateTimerLabel(0);
        showAlert(tr("Time is up: grading your answers"), true);
        m_questions->flush();
        Q_EMIT submitRequested(true);
    });
    connect(m_timer, &ExamTimer::deadlineChanged, this, &WorkspacePage::deadlineMoved);
    connect(m_timer, &ExamTimer::pausedChanged, this, [this](bool paused) {
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
        m_split->setEnabled(!paused);
        updateTimerLabel(m_timer->remainingMs());
        Q_EMIT pausedChanged(paused, m_timer->remainingMs());
    });
    connect(m_pause, &QPushButton::clicked, this, &WorkspacePage::togglePause);
    connect(m_check, &QPushButton::clicked, this, &WorkspacePage::requestCheck);
    connect(m_submit, &QPushButton::clicked, this, &WorkspacePage::requestSubmit);
    connect(m_end, &QPushButton::clicked, this, &WorkspacePage::endRequested);
    connect(m_questions, &QuestionPanel::linkActivated, this, [this](const QUrl &url) {
        showTab(DocsTab);
        m_docs->open(url);
    });
}

void WorkspacePage::openAttempt(const LabPack &lab, ExamStore *store, const ExamAttempt &attempt)
{
    m_attempt = attempt;
    const bool practice = isPractice();
    m_title->setText(lab.info.name);
    m_mode->setText(practice ? tr("· Practice mode") : tr("· Exam mode"));
    m_pause->setVisible(practice);
    m_check->setVisible(practice);
    // The attempt's drawn parameters replace the {{NAME}} placeholders of its questions, hints and checks.
    m_questions->setExam(labparameters::applied(lab, attempt.parameters), store, attempt.id, practice, attempt.currentQuestion);
    m_alert->hide();
    setBusy({});
    m_confirmingSubmit = false;
    m_submit->setText(tr("Submit exam"));
    if (attempt.pausedRemainingMs >= 0 && practice)
        m_timer->startPaused(attempt.pausedRemainingMs);
    else if (attempt.deadline.isValid())
        m_timer->start(attempt.deadline);
    else
        m_timerLabel->setText(QStringLiteral("--:--"));
}

void WorkspacePage::closeAttempt()
{
    m_questions->flush();
    m_timer->stop();
    m_questions->clear();
    m_attempt = {};
    setTerminalWidget(nullptr);
    setDesktopWidget(nullptr);
}

void WorkspacePage::replaceTab(int index, QWidget *widget, const QString &waiting, const QString &title, const QString &shortcut)
{
    const int current = m_tabs->currentIndex();
    QWidget *old = m_tabs->widget(index);
    m_tabs->removeTab(index);
    if (old)
        old->deleteLater(); // a placeholder, or the previous attempt's view with its session
    passExamShortcuts(widget);
    m_tabs->insertTab(index, widget ? widget : placeholder(waiting, m_tabs), title);
    m_tabs->setTabToolTip(index, shortcut);
    m_tabs->setCurrentIndex(qMax(0, current));
}

void WorkspacePage::setTerminalWidget(QWidget *widget)
{
    m_terminal = widget;
    if (auto *t = qobject_cast<TerminalWindow *>(widget)) {
        // Told while it happens, not only in the replay afterwards: the learner may want to know that what they
        // type from now on will not be in the replay.
        TerminalRecorder *recorder = t->recorder();
        connect(recorder, &TerminalRecorder::stopped, this, [this, recorder] {
            const QString size = QLocale::c().formattedDataSize(recorder->maxBytes(), 0,
                                                                QLocale::DataSizeTraditionalFormat);
            showAlert(tr("Terminal recording stopped at its size limit (%1): the terminal keeps working, but "
                         "what follows will not be in the replay.")
                          .arg(size),
                      false, QStringLiteral("⏺"));
        });
        connect(recorder, &TerminalRecorder::failed, this,
                [this](const QString &message) { showAlert(message, false, QStringLiteral("⏺")); });
    }
    setTerminalFontPointSize(m_terminalFontPt);
    replaceTab(TerminalTab, widget, tr("Terminal: connecting…"), tr("Terminal"), tr("Alt+1"));
}

void WorkspacePage::setTerminalFontPointSize(qreal points)
{
    m_terminalFontPt = points;
    if (auto *t = qobject_cast<TerminalWindow *>(m_terminal.data()); t && points > 0)
        t->view()->setBaseFontPointSize(points);
}

void WorkspacePage::setDesktopWidget(QWidget *widget)
{
    m_desktop = widget;
    replaceTab(DesktopTab, widget, tr("Desktop: connecting…"), tr("Desktop"), tr("Alt+2"));
}

void WorkspacePage::setDocsAllowed(const QStringList &prefixes)
{
    m_docs->setAllowedPrefixes(prefixes);
}

void WorkspacePage::setBusy(const QString &message)
{
    m_busy->setText(message);
    m_busy->setVisible(!message.isEmpty());
    const bool idle = message.isEmpty();
    m_submit->setEnabled(idle);
    m_check->setEnabled(idle);
    m_end->setEnabled(idle);
    m_pause->setEnabled(idle);
}

void WorkspacePage::showAlert(const QString &text, bool critical, const QString &symbol)
{
    m_alert->setText(QStringLiteral(" %1 %2 ").arg(symbol, text));
    m_alert->setStyleSheet(critical ? QStringLiteral("QLabel { background:#c62828; color:white; border-radius:4px; }")
                                    : QStringLiteral("QLabel { background:#f9a825; color:black; border-radius:4px; }"));
    m_alert->show();
    m_alertHide->start();
    Q_EMIT message(text);
}

void WorkspacePage::setSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_split->restoreState(state);
}

QByteArray WorkspacePage::splitterState() const
{
    return m_split->saveState();
}

void WorkspacePage::showTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
    if (QWidget *w = m_tabs->currentWidget())
        w->setFocus();
}

void WorkspacePage::togglePause()
{
    if (!isPractice())
        return;
    m_timer->isPaused() ? m_timer->resume() : m_timer->pause();
}

void WorkspacePage::requestCheck()
{
    if (!isPractice() || !m_check->isEnabled())
        return;
    m_questions->flush();
    Q_EMIT checkQuestionRequested(m_questions->currentQuestionId());
}

void WorkspacePage::requestSubmit()
{
    if (!m_submit->isEnabled())
        return;
    // Two clicks, no modal dialog: the first arms the button for a few seconds.
    if (!m_confirmingSubmit) {
        m_confirmingSubmit = true;
        m_submit->setText(tr("Click again to submit"));
        QTimer::singleShot(5000, this, [this] {
            m_confirmingSubmit = false;
            m_submit->setText(tr("Submit exam"));
        });
        return;
    }
    m_confirmingSubmit = false;
    m_submit->setText(tr("Submit exam"));
    m_questions->flush();
    m_timer->stop();
    Q_EMIT submitRequested(false);
}

void WorkspacePage::passExamShortcuts(QWidget *view)
{
    if (!view)
        return;
    view->installEventFilter(this);
    for (QWidget *child : view->findChildren<QWidget *>())
        child->installEventFilter(this);
}

bool WorkspacePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        const int k = key->key();
        const bool exam = (mods == Qt::AltModifier
                           && (k == Qt::Key_Left || k == Qt::Key_Right || k == Qt::Key_1 || k == Qt::Key_2
                               || k == Qt::Key_3))
                       || (mods == Qt::NoModifier && (k == Qt::Key_F1 || k == Qt::Key_F11))
                       || (mods == (Qt::ControlModifier | Qt::ShiftModifier)
                           && (k == Qt::Key_Return || k == Qt::Key_Enter));
        if (exam) {
            event->ignore(); // not taken by the view: the window's shortcut fires
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorkspacePage::updateTimerLabel(qint64 remainingMs)
{
    QString text = ExamTimer::format(remainingMs);
    if (m_timer->isPaused())
        text += tr(" (paused)");
    m_timerLabel->setText(text);
    const bool critical = remainingMs < qint64(ExamTimer::CriticalMinutes) * 60'000;
    m_timerLabel->setProperty("critical", critical);
    m_timerLabel->setStyleSheet(critical ? QStringLiteral("QLabel { color: %1; }").arg(Theme::color(Theme::Tone::Bad).name())
                                         : QString());
}

} // namespace ckx
