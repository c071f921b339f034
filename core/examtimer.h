#pragma once
// The exam timer. Like the real exam it runs on the wall clock: the deadline is a point in time, so closing the app
// and reopening it later shows the time that is really left. The clock is replaceable so tests can move time.

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <array>
#include <functional>

namespace ckx {

class ExamTimer : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    /// Minutes left at which `alert` fires, once each, largest first.
    static constexpr std::array<int, 3> AlertMinutes{30, 15, 5};
    /// Under this many minutes the timer is "critical" (shown in red).
    static constexpr int CriticalMinutes = 5;

    explicit ExamTimer(QObject *parent = nullptr);

    /// Replaces the wall clock (tests). The default is QDateTime::currentDateTimeUtc.
    void setClock(Clock clock);
    /// How often the timer re-reads the clock while running (default 250 ms); 0 stops the internal polling.
    void setPollInterval(int ms);

    /// Starts (or restarts) counting down to `deadline`. Alerts whose threshold already lies in the past are
    /// considered given, so resuming an exam with 20 minutes left does not announce "30 minutes left".
    void start(const QDateTime &deadline);
    /// Starts paused with `remainingMs` left (a paused practice attempt being resumed).
    void startPaused(qint64 remainingMs);
    void stop();

    /// Practice mode only: freezes the remaining time; resume() moves the deadline by the paused duration.
    void pause();
    void resume();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isExpired() const { return m_expired; }
    bool isCritical() const;
    QDateTime deadline() const { return m_deadline; }
    qint64 remainingMs() const;

    /// "1:05:09" above an hour, "05:09" below.
    static QString format(qint64 ms);

public Q_SLOTS:
    /// Re-reads the clock and emits what changed. Called by the internal timer; tests call it after moving time.
    void poll();

Q_SIGNALS:
    void ticked(qint64 remainingMs);
    void alert(int minutesLeft);
    void criticalChanged(bool critical);
    /// The deadline moved (after a pause): the caller persists it so a restart sees the same time left.
    void deadlineChanged(const QDateTime &deadline);
    void pausedChanged(bool paused);
    /// Time is up. Emitted once per start().
    void expired();

private:
    QDateTime now() const;
    void markPassedAlerts(qint64 remaining);

    Clock m_clock;
    QTimer m_poll;
    QDateTime m_deadline;
    qint64 m_pausedRemaining = 0;
    std::array<bool, AlertMinutes.size()> m_alerted{};
    bool m_running = false;
    bool m_paused = false;
    bool m_expired = false;
    bool m_critical = false;
};

} // namespace ckx
