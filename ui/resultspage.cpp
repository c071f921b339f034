#include "ui/resultspage.h"

#include "core/attemptprogress.h"
#include "core/datapaths.h"
#include "core/examstore.h"
#include "core/scoring.h"
#include "ui/terminalreplaywidget.h"
#include "ui/theme.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSplitter>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ckx {

namespace {

QString minutes(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("–");
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString bandText(const QString &band)
{
    if (band == QLatin1String("high"))
        return ResultsPage::tr("High score");
    if (band == QLatin1String("pass"))
        return ResultsPage::tr("Pass");
    if (band == QLatin1String("medium"))
        return ResultsPage::tr("Close to passing");
    return ResultsPage::tr("Low");
}

} // namespace

ResultsPage::ResultsPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    m_title->setFont(tf);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("resultsTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Question / check"), tr("Score"), tr("Time"), QString()});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false); // the question text takes the width, not the button column
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    auto *back = new QPushButton(tr("Back to the catalog"), this);
    auto *retake = new QPushButton(tr("Take it again"), this);
    m_replayButton = new QPushButton(tr("Replay terminal"), this);
    m_replayButton->setObjectName(QStringLiteral("replayTerminal"));
    m_replayButton->setCheckable(true);
    m_exportButton = new QPushButton(tr("Export recording…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportRecording"));
    m_replay = new TerminalReplayWidget(this);
    m_replay->setObjectName(QStringLiteral("terminalReplay"));
    m_replay->hide();
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_replayButton);
    head->addWidget(m_exportButton);
    head->addWidget(retake);
    head->addWidget(back);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_replay);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    connect(m_replayButton, &QPushButton::toggled, this, [this](bool on) {
        if (!on) {
            m_replay->pause();
            m_replay->hide();
        } else if (auto r = showReplay(); !r) {
            m_replayButton->setChecked(false);
            m_summary->setText(m_summary->text() + QStringLiteral("<br>") + r.error().message.toHtmlEscaped());
        }
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString target =
            QFileDialog::getSaveFileName(this, tr("Export the terminal recording"),
                                         QFileInfo(m_recordingPath).fileName(), tr("asciicast recordings (*.cast)"));
        if (target.isEmpty())
            return;
        if (auto r = exportRecording(target); !r)
            m_summary->setText(m_summary->text() + QStringLiteral("<br>") + r.error().message.toHtmlEscaped());
    });
    connect(back, &QPushButton::clicked, this, &ResultsPage::backRequested);
    connect(retake, &QPushButton::clicked, this, [this] { Q_EMIT retakeRequested(m_labId); });
}

Result<void> ResultsPage::showAttempt(ExamStore *store, const LabPack &lab, const QString &attemptId)
{
    m_tree->clear();
    m_labId = lab.info.id;
    m_recordingPath = recordingPath(attemptId);
    m_replayLoaded = false;
    m_replay->clear();
    m_replayButton->setChecked(false);
    const bool recorded = QFileInfo(m_recordingPath).size() > 0;
    m_replayButton->setEnabled(recorded);
    m_exportButton->setEnabled(recorded);
    const QString none = recorded ? QString() : tr("This attempt has no terminal recording.");
    m_replayButton->setToolTip(none);
    m_exportButton->setToolTip(recorded ? tr("Save the recording as an asciicast file (plays in asciinema)") : none);
    auto attempt = store->attempt(attemptId);
    if (!attempt)
        return attempt.error();
    auto results = store->checkResults(attemptId);
    if (!results)
        return results.error();
    const ScoreReport report = scoreAttempt(lab, *results);
    auto loaded = AttemptProgress::load(store, attemptId);
    if (!loaded)
        return loaded.error();
    const AttemptProgress &progress = *loaded;

    m_title->setText(tr("Results: %1").arg(lab.info.name));
    const QString colour = Theme::color(report.passed ? Theme::Tone::Good : Theme::Tone::Bad).name();
    qint64 total = 0;
    for (auto it = progress.timeSpent().cbegin(); it != progress.timeSpent().cend(); ++it)
        total += it.value();
    m_summary->setText(tr("<span style=\"font-size:x-large\"><b>%1 / %2</b> (%3%)</span> &nbsp; "
                          "<span style=\"color:%4;font-size:x-large\"><b>%5</b></span> &nbsp; %6 &nbsp;·&nbsp; "
                          "pass mark %7 &nbsp;·&nbsp; %8 mode &nbsp;·&nbsp; graded %9")
                           .arg(report.total)
                           .arg(report.maxScore)
                           .arg(report.percent)
                           .arg(colour, report.passed ? tr("PASSED") : tr("NOT PASSED"), bandText(report.band))
                           .arg(report.passScore)
                           .arg(attempt->mode, attempt->gradedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm"))));

    for (int i = 0; i < lab.questions.size(); ++i) {
        const Question &q = lab.questions.at(i);
        const QuestionScore qs = i < report.questions.size() ? report.questions.at(i) : QuestionScore{};
        QString firstLine = q.markdown.section(QLatin1Char('\n'), 0, 0);
        firstLine.remove(QLatin1Char('`')).remove(QLatin1Char('*'));
        if (firstLine.size() > 90)
            firstLine = firstLine.left(88) + QStringLiteral("…");
        auto *qi = new QTreeWidgetItem(m_tree, {tr("Question %1  %2").arg(i + 1).arg(firstLine),
                                                QStringLiteral("%1 / %2").arg(qs.score).arg(qs.maxScore),
                                                minutes(progress.timeSpentMs(q.id))});
        QFont bold = qi->font(0);
        bold.setBold(true);
        qi->setFont(0, bold);
        qi->setForeground(1, Theme::color(qs.checksPassed == qs.checksTotal && qs.checksTotal > 0 ? Theme::Tone::Good
                                                                                                  : Theme::Tone::Bad));
        qi->setData(0, Qt::UserRole, q.id);
        // In a cell of its own so the button keeps the size of its text whatever width the column gets.
        auto *cell = new QWidget(m_tree);
        auto *row = new QHBoxLayout(cell);
        row->setContentsMargins(4, 1, 4, 1);
        auto *show = new QPushButton(tr("Show answer"), cell);
        show->setObjectName(QStringLiteral("showAnswer"));
        show->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        row->addWidget(show);
        row->addStretch(1);
        connect(show, &QPushButton::clicked, this, [this, id = q.id] { Q_EMIT answerRequested(m_labId, id); });
        m_tree->setItemWidget(qi, 3, cell);
        for (const auto &check : q.checks) {
            const auto it = std::find_if(results->cbegin(), results->cend(), [&](const CheckResult &r) {
                return r.questionId == q.id && r.checkId == check.id;
            });
            const bool ok = it != results->cend() && it->passed;
            auto *ci = new QTreeWidgetItem(qi, {QStringLiteral("%1 %2").arg(ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                                                                           check.description),
                                                QString::number(check.weight)});
            ci->setForeground(0, Theme::color(ok ? Theme::Tone::Good : Theme::Tone::Bad));
            if (!ok) {
                QString out = it == results->cend() ? tr("(this check did not run)")
                                                    : tr("exit code %1, expected %2").arg(it->exitCode).arg(it->expectedExitCode);
                if (it != results->cend() && !it->output.trimmed().isEmpty())
                    out += QStringLiteral("\n") + it->output.trimmed().left(2000);
                auto *oi = new QTreeWidgetItem(ci, {out});
                QFont mono(QStringLiteral("monospace"));
                mono.setStyleHint(QFont::Monospace);
                oi->setFont(0, mono);
                oi->setData(0, Qt::UserRole, QStringLiteral("output"));
                ci->setExpanded(true);
            }
        }
        qi->setExpanded(qs.checksPassed < qs.checksTotal);
    }
    return {};
}

Result<void> ResultsPage::showReplay()
{
    if (!m_replayLoaded) {
        if (auto r = m_replay->load(m_recordingPath); !r)
            return r;
        m_replayLoaded = true;
    }
    m_replayButton->setChecked(true);
    m_replay->show();
    return {};
}

Result<void> ResultsPage::exportRecording(const QString &target) const
{
    if (!QFileInfo::exists(m_recordingPath))
        return makeError(QStringLiteral("results.export"),
                         tr("This attempt has no terminal recording (%1 is missing).").arg(m_recordingPath));
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return makeError(QStringLiteral("results.export"), tr("Cannot replace %1.").arg(target));
    if (!QFile::copy(m_recordingPath, target))
        return makeError(QStringLiteral("results.export"),
                         tr("Cannot write %1 (from %2).").arg(target, m_recordingPath));
    return {};
}

} // namespace ckx
