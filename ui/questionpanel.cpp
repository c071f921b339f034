#include "ui/questionpanel.h"
#include "ui/theme.h"

#include "core/examstore.h"
#include "ui/markdownview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcQuestionPanel, "ckx.ui.workspace")

namespace ckx {

namespace {

const QString Flag = QStringLiteral("⚑");
const QString Tick = QStringLiteral("✓");

} // namespace

QuestionPanel::QuestionPanel(QWidget *parent) : QWidget(parent)
{
    m_strip = new QListWidget(this);
    m_strip->setObjectName(QStringLiteral("questionStrip"));
    m_strip->setFlow(QListView::LeftToRight);
    m_strip->setWrapping(true);
    m_strip->setResizeMode(QListView::Adjust);
    m_strip->setUniformItemSizes(true);
    m_strip->setSpacing(2);
    m_strip->setMaximumHeight(64);
    m_strip->setToolTip(tr("Questions: %1 answered, %2 flagged").arg(Tick, Flag));

    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.2);
    m_heading->setFont(hf);
    m_flag = new QToolButton(this);
    m_flag->setObjectName(QStringLiteral("flagButton"));
    m_flag->setCheckable(true);
    m_flag->setText(tr("%1 Flag").arg(Flag));
    m_flag->setToolTip(tr("Flag this question to come back to it (Alt+F)"));
    m_answered = new QToolButton(this);
    m_answered->setObjectName(QStringLiteral("answeredButton"));
    m_answered->setCheckable(true);
    m_answered->setText(tr("%1 Answered").arg(Tick));
    m_answered->setToolTip(tr("Mark this question as answered (Alt+A)"));

    m_context = new QLabel(this);
    m_context->setObjectName(QStringLiteral("questionContext"));
    m_context->setTextFormat(Qt::RichText);
    m_context->setWordWrap(true);
    m_context->setToolTip(tr("Click to copy"));

    m_view = new MarkdownView(this);
    m_view->setObjectName(QStringLiteral("questionView"));

    m_hintButton = new QPushButton(tr("Show a hint"), this);
    m_hintButton->setToolTip(tr("Practice mode: reveal the next hint (Alt+H)"));
    m_hints = new QLabel(this);
    m_hints->setObjectName(QStringLiteral("hints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::RichText);
    m_checkResult = new QLabel(this);
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextFormat(Qt::RichText);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Your notes for this question (saved as you type; Alt+N)"));
    m_note->setMaximumHeight(80);

    m_prev = new QPushButton(tr("◀ Previous"), this);
    m_prev->setToolTip(tr("Previous question (Alt+Left)"));
    m_next = new QPushButton(tr("Next ▶"), this);
    m_next->setToolTip(tr("Next question (Alt+Right)"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_answered);
    head->addWidget(m_flag);
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_hintButton);
    hintRow->addStretch(1);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_prev);
    nav->addStretch(1);
    nav->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_strip);
    layout->addLayout(head);
    layout->addWidget(m_context);
    layout->addWidget(m_view, 1);
    layout->addLayout(hintRow);
    layout->addWidget(m_hints);
    layout->addWidget(m_checkResult);
    layout->addWidget(m_note);
    layout->addLayout(nav);

    m_noteDebounce.setSingleShot(true);
    m_noteDebounce.setInterval(300);
    connect(&m_noteDebounce, &QTimer::timeout, this, &QuestionPanel::saveNote);
    m_timeSave.setInterval(15'000);
    connect(&m_timeSave, &QTimer::timeout, this, [this] {
        accountTime();
        if (!m_attemptId.isEmpty())
            saveProgress();
    });

    connect(m_strip, &QListWidget::currentRowChanged, this, &QuestionPanel::showQuestion);
    connect(m_flag, &QToolButton::clicked, this, &QuestionPanel::toggleFlag);
    connect(m_answered, &QToolButton::clicked, this, &QuestionPanel::toggleAnswered);
    connect(m_prev, &QPushButton::clicked, this, &QuestionPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &QuestionPanel::next);
    connect(m_hintButton, &QPushButton::clicked, this, &QuestionPanel::showNextHint);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_noteDebounce.start(); });
    connect(m_view, &MarkdownView::copied, this, &QuestionPanel::copied);
    connect(m_view, &MarkdownView::linkActivated, this, &QuestionPanel::linkActivated);
    connect(m_context, &QLabel::linkActivated, this, [this](const QString &text) {
        QGuiApplication::clipboard()->setText(text);
        Q_EMIT copied(text);
    });
    clear();
}

QuestionPanel::~QuestionPanel()
{
    flush();
}

void QuestionPanel::clear()
{
    flush();
    m_lab = {};
    m_attemptId.clear();
    m_store = nullptr;
    m_marks.clear();
    m_progress = {};
    m_index = -1;
    m_timeSave.stop();
    const QSignalBlocker b(m_strip);
    m_strip->clear();
    m_view->setMarkdownText({});
    m_heading->clear();
    m_context->clear();
    m_hints->clear();
    m_checkResult->clear();
    const QSignalBlocker n(m_note);
    m_note->clear();
    m_noteQuestion.clear();
}

void QuestionPanel::setExam(const LabPack &lab, ExamStore *store, const QString &attemptId, bool practice,
                            const QString &questionId)
{
    clear();
    m_lab = lab;
    m_store = store;
    m_attemptId = attemptId;
    m_practice = practice;
    if (m_store && m_store->isOpen()) {
        if (auto marks = m_store->questionMarks(attemptId); marks)
            m_marks = *marks;
        else
            Q_EMIT saveFailed(marks.error().message);
    }
    m_progress = {};
    if (m_store && m_store->isOpen()) {
        if (auto progress = AttemptProgress::load(m_store, attemptId))
            m_progress = *progress;
        else
            Q_EMIT saveFailed(progress.error().message);
    }
    {
        const QSignalBlocker b(m_strip);
        for (int i = 0; i < m_lab.questions.size(); ++i) {
            auto *item = new QListWidgetItem(m_strip);
            item->setTextAlignment(Qt::AlignCenter);
            item->setSizeHint(QSize(54, 26));
        }
    }
    refreshStrip();
    m_hintButton->setVisible(practice);
    m_hints->setVisible(practice);
    int start = 0;
    for (int i = 0; i < m_lab.questions.size(); ++i)
        if (m_lab.questions.at(i).id == questionId)
            start = i;
    m_timeSave.start();
    if (!m_lab.questions.isEmpty())
        showQuestion(start);
}

QString QuestionPanel::currentQuestionId() const
{
    return m_index >= 0 && m_index < m_lab.questions.size() ? m_lab.questions.at(m_index).id : QString();
}

bool QuestionPanel::isFlagged(int index) const
{
    return index >= 0 && index < m_lab.questions.size() && m_marks.value(m_lab.questions.at(index).id).flagged;
}

bool QuestionPanel::isAnswered(int index) const
{
    return index >= 0 && index < m_lab.questions.size() && m_progress.isAnswered(m_lab.questions.at(index).id);
}

QString QuestionPanel::stripText(int index) const
{
    QString text = QString::number(index + 1);
    if (isAnswered(index))
        text += Tick;
    if (isFlagged(index))
        text += Flag;
    return text;
}

QHash<QString, qint64> QuestionPanel::timeSpent() const
{
    QHash<QString, qint64> out = m_progress.timeSpent();
    if (m_onQuestion.isValid() && !currentQuestionId().isEmpty())
        out[currentQuestionId()] += m_onQuestion.elapsed();
    return out;
}

void QuestionPanel::setFontPointSize(int pt)
{
    m_view->setBaseFontPointSize(pt);
}

void QuestionPanel::refreshStrip()
{
    for (int i = 0; i < m_strip->count(); ++i) {
        QListWidgetItem *item = m_strip->item(i);
        item->setText(stripText(i));
        QFont f = item->font();
        f.setBold(i == m_index);
        item->setFont(f);
        item->setForeground(isFlagged(i) ? QBrush(Theme::color(Theme::Tone::Warning))
                                         : (isAnswered(i) ? QBrush(Theme::color(Theme::Tone::Good)) : QBrush()));
        item->setToolTip(tr("Question %1%2%3")
                             .arg(i + 1)
                             .arg(isAnswered(i) ? tr(", answered") : QString(),
                                  isFlagged(i) ? tr(", flagged") : QString()));
    }
}

void QuestionPanel::refreshHeader()
{
    if (m_index < 0)
        return;
    const Question &q = m_lab.questions.at(m_index);
    m_heading->setText(tr("Question %1 of %2").arg(m_index + 1).arg(m_lab.questions.size()));
    QStringList ctx;
    const auto chip = [](const QString &label, const QString &value) {
        return QStringLiteral("%1 <a href=\"%2\" style=\"text-decoration:none\"><code>%2</code></a>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (!q.context.isEmpty()) {
        // The cluster the task is on: the candidate switches with the command, copied by a click.
        const QString use = QStringLiteral("kubectl config use-context ") + q.context;
        ctx << QStringLiteral("%1 <b>%2</b> <a href=\"%3\" style=\"text-decoration:none\"><code>%3</code></a>")
                   .arg(tr("Context:").toHtmlEscaped(), q.context.toHtmlEscaped(), use.toHtmlEscaped());
    }
    if (!q.machineHostname.isEmpty())
        ctx << chip(tr("Host:"), q.machineHostname);
    if (!q.nameSpace.isEmpty())
        ctx << chip(tr("Namespace:"), q.nameSpace);
    ctx << tr("Weight: %1").arg(q.maxScore());
    m_context->setText(ctx.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    {
        const QSignalBlocker b(m_flag);
        m_flag->setChecked(isFlagged(m_index));
    }
    {
        const QSignalBlocker b(m_answered);
        m_answered->setChecked(isAnswered(m_index));
    }
    m_prev->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_lab.questions.size());
}

void QuestionPanel::accountTime()
{
    if (m_onQuestion.isValid() && !currentQuestionId().isEmpty())
        m_progress.addTime(currentQuestionId(), m_onQuestion.restart());
}

void QuestionPanel::showQuestion(int index)
{
    if (index < 0 || index >= m_lab.questions.size())
        return;
    if (index == m_index && m_strip->currentRow() == index)
        return;
    flush();
    m_index = index;
    m_onQuestion.start();
    const Question &q = m_lab.questions.at(index);
    m_view->setMarkdownText(q.markdown);
    {
        const QSignalBlocker b(m_note);
        m_note->setPlainText(m_marks.value(q.id).note);
        m_noteQuestion = q.id;
    }
    m_hintsShown = 0;
    m_hints->clear();
    m_hintButton->setEnabled(!q.hints.isEmpty());
    m_hintButton->setText(q.hints.isEmpty() ? tr("No hints for this question") : tr("Show a hint"));
    m_checkResult->clear();
    {
        const QSignalBlocker b(m_strip);
        m_strip->setCurrentRow(index);
    }
    refreshHeader();
    refreshStrip();
    if (m_store && m_store->isOpen() && !m_attemptId.isEmpty())
        if (auto r = m_store->setCurrentQuestion(m_attemptId, q.id); !r)
            Q_EMIT saveFailed(r.error().message);
    Q_EMIT currentQuestionChanged(q.id);
}

void QuestionPanel::next()
{
    showQuestion(m_index + 1);
}

void QuestionPanel::previous()
{
    showQuestion(m_index - 1);
}

void QuestionPanel::toggleFlag()
{
    const QString id = currentQuestionId();
    if (id.isEmpty())
        return;
    const bool flagged = !m_marks.value(id).flagged;
    if (m_store && m_store->isOpen()) {
        if (auto r = m_store->setFlagged(m_attemptId, id, flagged); !r) {
            Q_EMIT saveFailed(r.error().message);
            refreshHeader(); // the button goes back to what is stored
            return;
        }
    }
    m_marks[id].questionId = id;
    m_marks[id].flagged = flagged;
    refreshHeader();
    refreshStrip();
}

void QuestionPanel::toggleAnswered()
{
    const QString id = currentQuestionId();
    if (id.isEmpty())
        return;
    accountTime();
    if (auto r = m_progress.setAnswered(id, !m_progress.isAnswered(id)); !r && m_store)
        Q_EMIT saveFailed(r.error().message);
    refreshHeader();
    refreshStrip();
}

void QuestionPanel::focusNote()
{
    m_note->setFocus();
    m_note->moveCursor(QTextCursor::End);
}

void QuestionPanel::showNextHint()
{
    if (m_index < 0 || !m_practice)
        return;
    const QStringList &hints = m_lab.questions.at(m_index).hints;
    if (m_hintsShown >= hints.size())
        return;
    ++m_hintsShown;
    QString html;
    for (int i = 0; i < m_hintsShown; ++i)
        html += QStringLiteral("<p>💡 %1</p>").arg(hints.at(i).toHtmlEscaped());
    m_hints->setText(html);
    m_hintButton->setEnabled(m_hintsShown < hints.size());
    m_hintButton->setText(m_hintsShown < hints.size() ? tr("Show another hint (%1 left)").arg(hints.size() - m_hintsShown)
                                                      : tr("No more hints"));
}

void QuestionPanel::saveNote()
{
    m_noteDebounce.stop();
    if (m_noteQuestion.isEmpty())
        return;
    const QString text = m_note->toPlainText();
    if (m_marks.value(m_noteQuestion).note == text)
        return;
    if (m_store && m_store->isOpen()) {
        if (auto r = m_store->setNote(m_attemptId, m_noteQuestion, text); !r) {
            Q_EMIT saveFailed(r.error().message);
            return; // the text stays in the editor; the next change retries
        }
    }
    m_marks[m_noteQuestion].questionId = m_noteQuestion;
    m_marks[m_noteQuestion].note = text;
}

void QuestionPanel::flush()
{
    saveNote();
    accountTime();
    if (!m_attemptId.isEmpty())
        saveProgress();
}

void QuestionPanel::saveProgress()
{
    // Like a flag: a failed write is said, not swallowed (a store that is not open keeps nothing by design).
    if (!m_store || !m_store->isOpen())
        return;
    if (auto r = m_progress.save(); !r)
        Q_EMIT saveFailed(r.error().message);
}

void QuestionPanel::showCheckResults(const QString &questionId, const QList<CheckResult> &results)
{
    if (questionId != currentQuestionId())
        return;
    const Question &q = m_lab.questions.at(m_index);
    QString html = QStringLiteral("<b>%1</b><br>").arg(tr("Checks for this question:"));
    int passed = 0;
    for (const auto &check : q.checks) {
        const auto it = std::find_if(results.cbegin(), results.cend(),
                                     [&](const CheckResult &r) { return r.checkId == check.id; });
        const bool ok = it != results.cend() && it->passed;
        passed += ok ? 1 : 0;
        html += QStringLiteral("<span style=\"color:%1\">%2</span> %3<br>")
                    .arg(Theme::color(ok ? Theme::Tone::Good : Theme::Tone::Bad).name(), ok ? Tick : QStringLiteral("✗"),
                         check.description.toHtmlEscaped());
    }
    html += tr("%1 of %2 passed").arg(passed).arg(q.checks.size());
    m_checkResult->setText(html);
}

} // namespace ckx
