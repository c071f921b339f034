#include "ui/startprogresspage.h"

#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ckx {

namespace {

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

StartProgressPage::StartProgressPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    m_title->setFont(tf);
    m_stage = new QLabel(this);
    m_elapsed = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 100);
    m_stages = new QListWidget(this);
    m_stages->setObjectName(QStringLiteral("startStages"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("startError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop starting and remove everything created so far (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_retry = new QPushButton(tr("Retry"), this);
    m_cleanUp = new QPushButton(tr("Clean up"), this);
    m_cleanUp->setToolTip(tr("Remove whatever the failed start left on the Docker engine"));
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("startAction"));
    m_action->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cleanUp);
    buttons->addWidget(m_action);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    auto *box = new QWidget(this);
    box->setMaximumWidth(820);
    auto *bl = new QVBoxLayout(box);
    bl->addWidget(m_title);
    auto *row = new QHBoxLayout;
    row->addWidget(m_stage, 1);
    row->addWidget(m_elapsed);
    bl->addLayout(row);
    bl->addWidget(m_bar);
    bl->addWidget(m_stages, 1);
    bl->addWidget(m_error);
    bl->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 4);
    layout->addStretch(1);

    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, &StartProgressPage::tick);
    connect(m_cancel, &QPushButton::clicked, this, &StartProgressPage::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &StartProgressPage::retryRequested);
    connect(m_cleanUp, &QPushButton::clicked, this, &StartProgressPage::cleanUpRequested);
    connect(m_action, &QPushButton::clicked, this, &StartProgressPage::actionRequested);
}

void StartProgressPage::begin(const QString &labName)
{
    m_title->setText(tr("Starting %1").arg(labName));
    m_stages->clear();
    m_error->hide();
    m_retry->hide();
    m_cleanUp->hide();
    m_action->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
    m_bar->setValue(0);
    m_clock.start();
    m_stageStart = 0;
    setStage(tr("Preparing"), 0);
    m_tick.start();
}

void StartProgressPage::setStage(const QString &stage, int percent)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_stages->count() > 0) {
        QListWidgetItem *last = m_stages->item(m_stages->count() - 1);
        if (last->text().startsWith(QStringLiteral("… ")))
            last->setText(QStringLiteral("✓ %1  (%2)").arg(last->data(Qt::UserRole).toString(),
                                                          seconds(now - m_stageStart)));
    }
    auto *item = new QListWidgetItem(QStringLiteral("… %1").arg(stage), m_stages);
    item->setData(Qt::UserRole, stage);
    m_stages->scrollToBottom();
    m_stageStart = now;
    m_stage->setText(stage);
    if (percent >= 0)
        m_bar->setValue(qBound(0, percent, 100));
}

void StartProgressPage::setFailed(const QString &message)
{
    m_tick.stop();
    if (m_stages->count() > 0) {
        QListWidgetItem *last = m_stages->item(m_stages->count() - 1);
        last->setText(QStringLiteral("✗ %1").arg(last->data(Qt::UserRole).toString()));
    }
    m_stage->setText(tr("Starting failed"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::color(Theme::Tone::Bad).name()));
    m_error->setText(message);
    m_error->show();
    m_retry->show();
    m_cleanUp->show();
    m_cancel->setText(tr("Back to the catalog"));
}

void StartProgressPage::setRefused(const QString &message, const QString &action)
{
    setFailed(message);
    m_cleanUp->hide(); // nothing was created on the engine
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
}

void StartProgressPage::setCancelling()
{
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling: removing what was created…"));
}

void StartProgressPage::tick()
{
    m_elapsed->setText(tr("Elapsed %1").arg(seconds(m_clock.elapsed())));
}

} // namespace ckx
