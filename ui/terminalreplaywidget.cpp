#include "ui/terminalreplaywidget.h"

#include "runtime/remote/terminalsurface.h"
#include "ui/terminalview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ckx {

namespace {

QString clock(double seconds)
{
    const qint64 s = qint64(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TerminalReplayWidget::TerminalReplayWidget(QWidget *parent) : QWidget(parent)
{
    m_screenBox = new QVBoxLayout;
    m_screenBox->setContentsMargins(0, 0, 0, 0);
    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("replayPlay"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setToolTip(tr("Play / pause"));
    m_speedBox = new QComboBox(this);
    m_speedBox->setObjectName(QStringLiteral("replaySpeed"));
    for (double f : {1.0, 2.0, 8.0})
        m_speedBox->addItem(QStringLiteral("%1×").arg(f), f);
    m_idleBox = new QCheckBox(tr("Skip idle time"), this);
    m_idleBox->setObjectName(QStringLiteral("replaySkipIdle"));
    m_idleBox->setToolTip(tr("Pauses longer than %1 s are shortened to %1 s").arg(kIdleLimitSeconds));
    m_idleBox->setChecked(m_compressIdle);
    m_timeline = new QSlider(Qt::Horizontal, this);
    m_timeline->setObjectName(QStringLiteral("replayTimeline"));
    m_timeLabel = new QLabel(this);
    m_markerBox = new QComboBox(this);
    m_markerBox->setObjectName(QStringLiteral("replayMarkers"));
    m_markerBox->setToolTip(tr("Jump to the moment a question was opened or checked"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_speedBox);
    controls->addWidget(m_timeline, 1);
    controls->addWidget(m_timeLabel);
    controls->addWidget(m_idleBox);
    controls->addWidget(m_markerBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_screenBox, 1);
    layout->addLayout(controls);

    m_ticker.setInterval(30);
    connect(&m_ticker, &QTimer::timeout, this, &TerminalReplayWidget::tick);
    connect(m_playButton, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this] { m_speed = m_speedBox->currentData().toDouble(); });
    connect(m_idleBox, &QCheckBox::toggled, this, &TerminalReplayWidget::setIdleCompression);
    connect(m_timeline, &QSlider::valueChanged, this, [this](int ms) {
        // The slider counts whole milliseconds: its end is the recording's end, not the millisecond before the
        // last event (which would leave the last output off the screen).
        if (!m_settingSlider)
            seek(ms >= m_timeline->maximum() ? duration() : ms / 1000.0);
    });
    connect(m_markerBox, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            seek(m_markerBox->itemData(i).toDouble());
    });
    resetScreen();
    showPosition();
}

TerminalReplayWidget::~TerminalReplayWidget()
{
    delete m_view; // before the surface it paints
}

Result<void> TerminalReplayWidget::load(const QString &path)
{
    auto rec = TerminalRecording::load(path);
    if (!rec)
        return rec.error();
    pause();
    m_recording = std::move(*rec);
    rebuildTimeline();
    resetScreen();
    m_position = 0;
    showPosition();
    return {};
}

void TerminalReplayWidget::clear()
{
    pause();
    m_recording = TerminalRecording();
    m_times.clear();
    m_markerBox->clear();
    resetScreen();
    m_position = 0;
    showPosition();
}

void TerminalReplayWidget::rebuildTimeline()
{
    const auto &events = m_recording.events();
    m_times.resize(events.size());
    double prev = 0, t = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        const double gap = events[i].time - prev;
        prev = events[i].time;
        t += m_compressIdle ? std::min(gap, kIdleLimitSeconds) : gap;
        m_times[i] = t;
    }
    m_settingSlider = true;
    m_timeline->setRange(0, int(duration() * 1000));
    m_settingSlider = false;
    m_markerBox->clear();
    m_markerBox->addItem(tr("Jump to…"));
    for (const Marker &m : markers())
        m_markerBox->addItem(QStringLiteral("%1  %2").arg(clock(m.position), m.label), m.position);
}

double TerminalReplayWidget::duration() const
{
    return m_times.empty() ? 0.0 : m_times.back();
}

QList<TerminalReplayWidget::Marker> TerminalReplayWidget::markers() const
{
    QList<Marker> out;
    const auto &events = m_recording.events();
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].type == 'm')
            out.append(Marker{m_times[i], QString::fromUtf8(events[i].data)});
    }
    return out;
}

bool TerminalReplayWidget::jumpToMarker(const QString &label)
{
    const QList<Marker> all = markers();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).label == label) {
            seek(all.at(i).position);
            m_markerBox->setCurrentIndex(int(i) + 1); // the box says where the replay is ("Jump to…" is item 0)
            return true;
        }
    }
    return false;
}

void TerminalReplayWidget::resetScreen()
{
    delete m_view;
    const QSize size = m_recording.initialSize().isValid() ? m_recording.initialSize() : QSize(80, 24);
    m_surface = std::make_unique<TerminalSurface>(size);
    m_surface->setWriter([](const QByteArray &) {}); // a replay answers nothing and sends nothing
    m_view = new TerminalView(m_surface.get(), this);
    m_view->setObjectName(QStringLiteral("replayView"));
    m_view->setSurfaceFollowsView(false);
    m_screenBox->addWidget(m_view);
    m_next = 0;
}

void TerminalReplayWidget::applyUpTo(double seconds)
{
    const auto &events = m_recording.events();
    // Consecutive output is fed in one piece: a seek over an hour of output parses it once, paints once.
    QByteArray batch;
    auto flush = [&] {
        if (!batch.isEmpty())
            m_surface->feed(batch);
        batch.clear();
    };
    while (m_next < events.size() && m_times[m_next] <= seconds) {
        const auto &e = events[m_next];
        if (e.type == 'o') {
            batch += e.data;
        } else if (e.type == 'r') {
            flush();
            if (const QSize s = TerminalRecording::parseSize(e.data); s.isValid())
                m_surface->resize(s);
        }
        ++m_next;
    }
    flush();
}

void TerminalReplayWidget::seek(double seconds)
{
    seconds = std::clamp(seconds, 0.0, duration());
    if (m_next > 0 && m_times[m_next - 1] > seconds)
        resetScreen();
    applyUpTo(seconds);
    m_position = seconds;
    showPosition();
}

void TerminalReplayWidget::play()
{
    if (m_times.empty())
        return;
    if (m_position >= duration())
        seek(0);
    m_sinceTick.start();
    m_ticker.start();
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
}

void TerminalReplayWidget::pause()
{
    m_ticker.stop();
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void TerminalReplayWidget::setSpeed(double factor)
{
    const int i = m_speedBox->findData(factor);
    if (i >= 0)
        m_speedBox->setCurrentIndex(i);
    m_speed = factor;
}

void TerminalReplayWidget::setIdleCompression(bool on)
{
    if (on == m_compressIdle)
        return;
    // Stay at the same event: the timeline changes length, the moment shown does not.
    const size_t at = m_next;
    m_compressIdle = on;
    const QSignalBlocker block(m_idleBox);
    m_idleBox->setChecked(on);
    rebuildTimeline();
    m_position = at == 0 ? 0.0 : m_times[at - 1];
    showPosition();
}

void TerminalReplayWidget::tick()
{
    const double elapsed = double(m_sinceTick.restart()) / 1000.0;
    const double to = std::min(m_position + elapsed * m_speed, duration());
    applyUpTo(to);
    m_position = to;
    showPosition();
    if (to >= duration())
        pause();
}

void TerminalReplayWidget::showPosition()
{
    m_settingSlider = true;
    m_timeline->setValue(int(m_position * 1000));
    m_settingSlider = false;
    m_timeLabel->setText(QStringLiteral("%1 / %2").arg(clock(m_position), clock(duration())));
    Q_EMIT positionChanged(m_position);
}

} // namespace ckx
