#pragma once
// `ckx --screenshot-tour DIR`: walks the real app through a Docker lab (first run, catalog, start progress,
// workspace with terminal and desktop, results, answers, history, settings, then the account and a pass) and saves a 1280×800 PNG of each
// page into DIR. Used by scripts/screenshots.sh for docs/user-guide.md; needs dockerd and the exam images.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ckx {

class AppWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(AppWindow *window, QString dir);

    /// Creates the window, runs the tour in the application's event loop, returns the exit code.
    static int run(const QString &dir);
    void begin();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Step
    {
        QString name;
        std::function<bool()> ready; ///< polled until true (or the step times out)
        std::function<void()> action;
        int timeoutMs = 10'000;
    };
    /// Account page, locked and unlocked catalog: sign up, buy (test-mode checkout) and activate a pass.
    void addAccountSteps();
    void poll();
    void shoot(const QString &file);

    AppWindow *m_window;
    QString m_dir;
    QList<Step> m_steps;
    int m_index = 0;
    QElapsedTimer m_stepClock;
    QTimer m_timer;
    int m_failures = 0;
    QByteArray m_splitState; ///< the workspace's splitter while the tour widens the desktop
};

} // namespace ckx
