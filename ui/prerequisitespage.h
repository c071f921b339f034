#pragma once
// First run: can this machine run exams? The Docker engine, kind (for Kubernetes labs), memory and CPUs, and the
// exam images, each with the fix in plain words; a Re-check button; and building the images with progress per
// image (build steps). Building is resumable by nature: images already built are skipped.

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ckx {

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
    };

    explicit PrerequisitesPage(QWidget *parent = nullptr);
    ~PrerequisitesPage() override;

    /// Runs every check on a worker thread; findingsReady when done.
    void recheck();
    /// Blocking: what recheck() runs (public for tests and ckx --screenshot-tour).
    static QList<Finding> runChecks();
    void showFindings(const QList<Finding> &findings);
    QTreeWidget *tree() const { return m_tree; }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void findingsReady();
    void continueRequested();
    void imageProgress(const QString &image, const QString &status, qint64 current, qint64 total);

private:
    void buildImages();

    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_buildStatus;
    QProgressBar *m_buildBar;
    QPushButton *m_recheck;
    QPushButton *m_build;
    QPushButton *m_continue;
    QFutureWatcher<QList<Finding>> m_checks;
    QFutureWatcher<QString> m_builds;
    bool m_ready = false;
};

} // namespace ckx
