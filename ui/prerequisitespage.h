#pragma once
// First run: can this machine run exams? The Docker engine, kind (for Kubernetes labs), memory and CPUs, and the
// exam images, each with the fix in plain words (for Docker: not installed, not running or not permitted, and the one
// command that fixes it, re-checked every few seconds until it works); a Re-check button; and building the images
// with progress per image (build steps). Building is resumable by nature: images already built are skipped.

#include <QFutureWatcher>
#include <QMap>
#include <QMutex>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ckx {

class DockerClient;

class PrerequisitesPage : public QWidget
{
    Q_OBJECT
public:
    struct Finding
    {
        QString level; ///< "ok" | "warning" | "error"
        QString what;
        QString fix;
        QString image; ///< set for image findings: the image's short name
        QString action; ///< "get-kind": the Get kind button fixes it
    };

    explicit PrerequisitesPage(QWidget *parent = nullptr);
    ~PrerequisitesPage() override;

    /// Runs every check on a worker thread; findingsReady when done.
    void recheck();
    /// Blocking: what recheck() runs (public for tests and ckx --screenshot-tour). `dockerHost` as in Settings.
    static QList<Finding> runChecks(const QString &dockerHost = {});
    /// The Docker host set in Settings (empty: DOCKER_HOST or the local socket): checks and builds go there.
    void setDockerHost(const QString &dockerHost) { m_dockerHost = dockerHost; }
    void showFindings(const QList<Finding> &findings);
    QTreeWidget *tree() const { return m_tree; }
    bool isReady() const { return m_ready; }
    /// While an error finding stands (Docker missing, stopped, not permitted), checks run again this often.
    static constexpr int kAutoRecheckMs = 3000;
    bool autoRecheckActive() const { return m_autoRecheck.isActive(); }
    /// One progress bar per runtime image ("dind", "jumphost", "desktop"), following its build steps.
    QProgressBar *buildBar(const QString &image) const { return m_bars.value(image); }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *cancelBuildButton() const { return m_cancelBuild; }
    /// Downloads the pinned kind (KindInstaller); shown while kind of the pinned version is missing.
    QPushButton *getKindButton() const { return m_getKind; }
    QLabel *buildStatus() const { return m_buildStatus; }

Q_SIGNALS:
    void findingsReady();
    void continueRequested();
    void imageProgress(const QString &image, const QString &status, qint64 current, qint64 total);
    void kindProgress(qint64 received, qint64 total);

public Q_SLOTS:
    void buildImages();
    /// Stops the build in progress within about a second; images finished so far are kept.
    void cancelBuild();
    /// "Get kind": downloads and installs the pinned kind on a worker thread, then re-checks.
    void getKind();

private:
    void showBuildProgress(const QString &tag, const QString &status);

    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_buildStatus;
    QWidget *m_buildRows;
    QMap<QString, QProgressBar *> m_bars; ///< by short image name
    QPushButton *m_recheck;
    QPushButton *m_build;
    QPushButton *m_cancelBuild;
    /// What a build shares with the page; the build holds it too, so the page can close without waiting.
    struct BuildControl
    {
        QMutex lock; ///< guards client and kindNodeNote, set on the build thread, cancelled from the UI thread
        std::unique_ptr<DockerClient> client;
        std::atomic_bool cancelled{false};
        QString kindNodeNote; ///< why the kind node image was not built (set by the build, under lock)
    };
    bool buildCancelled() const { return m_buildControl && m_buildControl->cancelled; }
    std::shared_ptr<BuildControl> m_buildControl;
    QPushButton *m_continue;
    QPushButton *m_getKind;
    QFutureWatcher<QString> m_kindDownload;
    std::atomic_bool m_closing{false};
    QFutureWatcher<QList<Finding>> m_checks;
    QTimer m_autoRecheck;
    QFutureWatcher<QString> m_builds;
    bool m_ready = false;
    QString m_dockerHost;
};

} // namespace ckx
