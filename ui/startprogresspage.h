#pragma once
// Starting an exam: the stages the runtime reports with their times, the elapsed time, and on failure what
// failed with Retry and Clean up (or, when the companion server refused a full exam, what to do about it).
// Cancel tears the environment down.

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace ckx {

class StartProgressPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartProgressPage(QWidget *parent = nullptr);

    void begin(const QString &labName);
    void setStage(const QString &stage, int percent);
    void setFailed(const QString &message);
    /// The companion server refused a full exam before anything was created: no Clean up; `action` (when not
    /// empty) is offered as a button that emits actionRequested (open the Account page, end the other exam).
    void setRefused(const QString &message, const QString &action);
    QPushButton *actionButton() const { return m_action; }
    void setCancelling();
    QListWidget *stages() const { return m_stages; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();
    void cleanUpRequested();
    void actionRequested();

private:
    void tick();

    QLabel *m_title;
    QLabel *m_stage;
    QLabel *m_elapsed;
    QProgressBar *m_bar;
    QListWidget *m_stages;
    QLabel *m_error;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_cleanUp;
    QPushButton *m_action;
    QElapsedTimer m_clock;
    qint64 m_stageStart = 0;
    QTimer m_tick;
};

} // namespace ckx
