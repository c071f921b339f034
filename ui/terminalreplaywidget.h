#pragma once
// TerminalReplayWidget: plays an attempt's terminal recording (asciicast v2) in a TerminalView: play/pause, speed
// 1×/2×/8×, idle-time compression, a timeline to drag, and the exam's markers ("Question 3", "Check: Question 3")
// to jump to. Seeking back rebuilds the screen from the start (a fresh TerminalSurface fed up to that moment).

#include "core/result.h"
#include "runtime/remote/terminalrecording.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace ckx {

class TerminalSurface;
class TerminalView;

class TerminalReplayWidget : public QWidget
{
    Q_OBJECT
public:
    /// Pauses longer than this are shortened to it while "Skip idle time" is on (asciinema's -i).
    static constexpr double kIdleLimitSeconds = 1.0;

    explicit TerminalReplayWidget(QWidget *parent = nullptr);
    ~TerminalReplayWidget() override;

    Result<void> load(const QString &path);
    void clear();

    void play();
    void pause();
    bool isPlaying() const { return m_ticker.isActive(); }
    void setSpeed(double factor);
    double speed() const { return m_speed; }
    void setIdleCompression(bool on);
    bool idleCompression() const { return m_compressIdle; }

    /// Timeline seconds (shortened pauses when idle compression is on).
    double position() const { return m_position; }
    double duration() const;
    void seek(double seconds);

    struct Marker
    {
        double position; ///< on the timeline
        QString label;
    };
    QList<Marker> markers() const;
    /// Jumps to the first marker with this label; false when there is none.
    bool jumpToMarker(const QString &label);

    TerminalSurface *surface() const { return m_surface.get(); }
    TerminalView *view() const { return m_view; }
    QSlider *timeline() const { return m_timeline; }

Q_SIGNALS:
    void positionChanged(double seconds);

private:
    void rebuildTimeline();
    void resetScreen();
    void applyUpTo(double seconds);
    void tick();
    void showPosition();

    TerminalRecording m_recording;
    std::vector<double> m_times; ///< timeline time of each event
    size_t m_next = 0;           ///< first event not applied yet
    double m_position = 0;
    double m_speed = 1;
    bool m_compressIdle = true;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;

    std::unique_ptr<TerminalSurface> m_surface;
    TerminalView *m_view = nullptr;
    QVBoxLayout *m_screenBox;
    QToolButton *m_playButton;
    QComboBox *m_speedBox;
    QCheckBox *m_idleBox;
    QSlider *m_timeline;
    QComboBox *m_markerBox;
    QLabel *m_timeLabel;
    bool m_settingSlider = false;
};

} // namespace ckx
