#include "core/examtimer.h"

namespace ckx {

ExamTimer::ExamTimer(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &ExamTimer::poll);
}

void ExamTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ExamTimer::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_poll.stop();
        m_poll.setInterval(0);
        return;
    }
    m_poll.setInterval(ms);
    if (m_running && !m_paused)
        m_poll.start();
}

QDateTime ExamTimer::now() const
{
    return m_clock();
}

void ExamTimer::markPassedAlerts(qint64 remaining)
{
    for (size_t i = 0; i < AlertMinutes.size(); ++i)
        m_alerted[i] = remaining <= qint64(AlertMinutes[i]) * 60'000;
}

void ExamTimer::start(const QDateTime &deadline)
{
    m_deadline = deadline;
    m_running = true;
    m_paused = false;
    m_expired = false;
    m_critical = false;
    markPassedAlerts(remainingMs());
    if (m_poll.interval() > 0)
        m_poll.start();
    poll();
}

void ExamTimer::startPaused(qint64 remainingMs)
{
    start(now().addMSecs(remainingMs));
    if (!m_expired)
        pause();
}

void ExamTimer::stop()
{
    m_running = false;
    m_poll.stop();
}

void ExamTimer::pause()
{
    if (!m_running || m_paused || m_expired)
        return;
    m_pausedRemaining = remainingMs();
    m_paused = true;
    m_poll.stop();
    Q_EMIT pausedChanged(true);
}

void ExamTimer::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_deadline = now().addMSecs(m_pausedRemaining);
    Q_EMIT deadlineChanged(m_deadline);
    Q_EMIT pausedChanged(false);
    if (m_poll.interval() > 0)
        m_poll.start();
    poll();
}

qint64 ExamTimer::remainingMs() const
{
    if (m_paused)
        return m_pausedRemaining;
    if (!m_deadline.isValid())
        return 0;
    return qMax<qint64>(0, now().msecsTo(m_deadline));
}

bool ExamTimer::isCritical() const
{
    return m_running && remainingMs() < qint64(CriticalMinutes) * 60'000;
}

void ExamTimer::poll()
{
    if (!m_running || m_paused || m_expired)
        return;
    const qint64 left = remainingMs();
    Q_EMIT ticked(left);

    const bool critical = left < qint64(CriticalMinutes) * 60'000;
    if (critical != m_critical) {
        m_critical = critical;
        Q_EMIT criticalChanged(critical);
    }
    // Only the smallest threshold crossed is announced when several pass at once (a laptop waking from sleep).
    int announce = -1;
    for (size_t i = 0; i < AlertMinutes.size(); ++i) {
        if (!m_alerted[i] && left <= qint64(AlertMinutes[i]) * 60'000) {
            m_alerted[i] = true;
            announce = AlertMinutes[i];
        }
    }
    if (announce > 0 && left > 0)
        Q_EMIT alert(announce);

    if (left == 0) {
        m_expired = true;
        m_poll.stop();
        Q_EMIT expired();
    }
}

QString ExamTimer::format(qint64 ms)
{
    // Round up, so the display reaches 00:00 exactly when time is up.
    const qint64 total = (qMax<qint64>(0, ms) + 999) / 1000;
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s));
    return QStringLiteral("%1:%2").arg(two(m), two(s));
}

} // namespace ckx
