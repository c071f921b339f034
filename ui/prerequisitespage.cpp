#include "ui/prerequisitespage.h"

#include "runtime/cluster/kindcluster.h"
#include "runtime/cluster/kindinstaller.h"
#include "runtime/docker/dockeraccess.h"
#include "runtime/docker/dockerclient.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/examworker.h"
#include "runtime/stack/warmpool.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QFile>
#include <QGridLayout>
#include <QRegularExpression>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ckx {

namespace {

qint64 availableMemoryMb()
{
    const qint64 bytes = WarmPool::availableMemory();
    return bytes < 0 ? -1 : bytes >> 20;
}

const QString kKindNode = QStringLiteral("kind-node");

} // namespace

PrerequisitesPage::PrerequisitesPage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Before your first exam"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    auto *intro = new QLabel(tr("CKX runs each exam in containers on your own Docker engine. This page checks what "
                                "that needs and says how to fix what is missing."),
                             this);
    intro->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("prerequisites"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Check"), tr("What to do")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_buildStatus = new QLabel(this);
    m_buildStatus->setWordWrap(true);
    m_buildRows = new QWidget(this);
    auto *rows = new QGridLayout(m_buildRows);
    rows->setContentsMargins(0, 0, 0, 0);
    for (const QString &name : RuntimeImages::names() + QStringList{kKindNode}) {
        auto *bar = new QProgressBar(m_buildRows);
        bar->setObjectName(QStringLiteral("build-") + name);
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(tr("waiting"));
        const int row = rows->rowCount();
        rows->addWidget(new QLabel(name, m_buildRows), row, 0);
        rows->addWidget(bar, row, 1);
        m_bars.insert(name, bar);
    }
    m_buildRows->hide();
    m_recheck = new QPushButton(tr("Re-check"), this);
    m_build = new QPushButton(tr("Build the exam images"), this);
    m_build->setToolTip(tr("Builds what is missing; images already built are kept, so an interrupted build resumes"));
    m_cancelBuild = new QPushButton(tr("Cancel building"), this);
    m_cancelBuild->hide();
    m_getKind = new QPushButton(tr("Get kind"), this);
    m_getKind->setToolTip(tr("Downloads kind %1 for this computer, checks its SHA-256 and keeps it in CKX's data "
                             "folder (no administrator rights needed)").arg(KindInstaller::pinnedVersion()));
    m_getKind->hide();
    m_continue = new QPushButton(tr("Continue to the catalog"), this);
    m_continue->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_build);
    buttons->addWidget(m_cancelBuild);
    buttons->addWidget(m_getKind);
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buildStatus);
    layout->addWidget(m_buildRows);
    layout->addLayout(buttons);

    connect(m_recheck, &QPushButton::clicked, this, &PrerequisitesPage::recheck);
    connect(m_build, &QPushButton::clicked, this, &PrerequisitesPage::buildImages);
    connect(m_cancelBuild, &QPushButton::clicked, this, &PrerequisitesPage::cancelBuild);
    connect(m_continue, &QPushButton::clicked, this, &PrerequisitesPage::continueRequested);
    // While Docker is not usable, look again every few seconds: the learner fixes it in a terminal and comes back.
    m_autoRecheck.setInterval(kAutoRecheckMs);
    connect(&m_autoRecheck, &QTimer::timeout, this, [this] {
        if (isVisible())
            recheck();
    });
    connect(m_getKind, &QPushButton::clicked, this, &PrerequisitesPage::getKind);
    connect(this, &PrerequisitesPage::kindProgress, this, [this](qint64 received, qint64 total) {
        m_buildStatus->setText(total > 0 ? tr("Downloading kind: %1 of %2 MB").arg(received >> 20).arg(total >> 20)
                                         : tr("Downloading kind…"));
    });
    connect(&m_kindDownload, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_kindDownload.result();
        m_getKind->setEnabled(true);
        m_buildStatus->setText(error.isEmpty() ? tr("kind %1 is installed.").arg(KindInstaller::pinnedVersion()) : error);
        recheck();
    });
    connect(&m_checks, &QFutureWatcher<QList<Finding>>::finished, this, [this] {
        showFindings(m_checks.result());
        m_recheck->setEnabled(true);
        Q_EMIT findingsReady();
    });
    connect(this, &PrerequisitesPage::imageProgress, this,
            [this](const QString &image, const QString &status, qint64, qint64) { showBuildProgress(image, status); });
    connect(&m_builds, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_builds.result();
        m_cancelBuild->hide();
        m_build->setEnabled(true);
        if (buildCancelled())
            m_buildStatus->setText(tr("Building cancelled. Images finished so far are kept: Build again continues "
                                      "with the rest."));
        else
            m_buildStatus->setText(error.isEmpty() ? tr("Images built.") : tr("Building failed: %1").arg(error));
        const bool allBuilt = error.isEmpty() && !buildCancelled(); // up-to-date images report no steps
        QString kindNodeNote;
        if (m_buildControl) {
            QMutexLocker lock(&m_buildControl->lock);
            kindNodeNote = m_buildControl->kindNodeNote;
        }
        for (QProgressBar *bar : std::as_const(m_bars)) {
            if (bar == m_bars.value(kKindNode) && !kindNodeNote.isEmpty()) {
                bar->setRange(0, 1);
                bar->setValue(0);
                bar->setFormat(kindNodeNote);
                continue;
            }
            if (!allBuilt && bar->value() == bar->maximum() && bar->format() == tr("built"))
                continue;
            bar->setRange(0, 1);
            bar->setValue(allBuilt ? 1 : 0);
            bar->setFormat(allBuilt ? tr("ready") : buildCancelled() ? tr("cancelled") : tr("not built"));
        }
        recheck();
    });
}

PrerequisitesPage::~PrerequisitesPage()
{
    // A download in progress stops within a chunk once m_closing is set (it reports to the page, so it is waited
    // for). Nothing else waits: the checks touch nothing of the page, and a build in progress is cut off and keeps
    // what it shares with the page (BuildControl) alive until it returns.
    m_closing = true;
    m_kindDownload.waitForFinished();
    cancelBuild();
}

QList<PrerequisitesPage::Finding> PrerequisitesPage::runChecks(const QString &dockerHost)
{
    QList<Finding> f;
    auto docker = ExamWorker::connectDocker(dockerHost);
    if (!docker) {
        // Say which of the usual first-run states this is (not installed, not running, not permitted) and the one
        // command that fixes it; anything else gets the engine's own message.
        const auto env = QProcessEnvironment::systemEnvironment();
        const auto endpoint =
            dockerHost.isEmpty() ? DockerEndpoint::fromEnvironment(env) : DockerEndpoint::parse(dockerHost, env);
        const DockerAccess access = endpoint ? DockerAccess::check(*endpoint, env) : DockerAccess{};
        if (access.state != DockerAccess::State::Usable)
            f << Finding{QStringLiteral("error"), access.what, access.fix, {}};
        else
            f << Finding{QStringLiteral("error"), tr("Docker engine: %1").arg(docker.error().message),
                         dockerHost.isEmpty() ? tr("Check that the Docker engine runs: sudo systemctl status docker")
                                              : tr("Check the Docker host in Settings, or clear it to use the local engine."),
                         {}};
    } else {
        const DockerVersion &v = docker->version();
        f << Finding{QStringLiteral("ok"), tr("Docker engine %1 (API %2)").arg(v.engineVersion, v.apiVersion), {}, {}};
        if (auto images = RuntimeImages(*docker).list(); images) {
            for (const ImageStatus &s : *images)
                f << Finding{s.upToDate ? QStringLiteral("ok") : QStringLiteral("warning"),
                             s.upToDate ? tr("Image %1 is ready").arg(s.tag)
                                        : tr("Image %1 %2").arg(s.tag, s.present ? tr("is out of date") : tr("is missing")),
                             s.upToDate ? QString()
                                        : tr("Click \"Build the exam images\" (the desktop image takes a few minutes)."),
                             s.name};
        } else {
            f << Finding{QStringLiteral("error"), images.error().message, {}, {}};
        }
    }
    if (KindInstaller::pinnedAvailable())
        f << Finding{QStringLiteral("ok"), tr("kind %1 is installed (Kubernetes labs)").arg(KindInstaller::pinnedVersion()), {}, {}};
    else if (KindCluster::kindAvailable())
        f << Finding{QStringLiteral("warning"), tr("kind %1 is installed; CKX is tested with %2")
                                                    .arg(KindInstaller::versionOf(KindCluster::program()), KindInstaller::pinnedVersion()),
                     tr("Click Get kind to use the tested version (kept in CKX's data folder)."), {}, QStringLiteral("get-kind")};
    else
        f << Finding{QStringLiteral("warning"), tr("kind is not installed: Kubernetes labs cannot start"),
                     tr("Click Get kind, or install kind from https://kind.sigs.k8s.io (Docker labs work without it)."),
                     {}, QStringLiteral("get-kind")};
    const qint64 mem = availableMemoryMb();
    const int cpus = QThread::idealThreadCount();
    f << Finding{mem >= 4096 || mem < 0 ? QStringLiteral("ok") : QStringLiteral("warning"),
                 tr("%1 MB of memory available, %2 CPUs").arg(mem).arg(cpus),
                 mem >= 4096 || mem < 0 ? QString()
                                        : tr("Close other programs: a Kubernetes exam wants about 4 GB free."),
                 {}};
    return f;
}

void PrerequisitesPage::recheck()
{
    if (m_checks.isRunning())
        return;
    m_recheck->setEnabled(false);
    m_summary->setText(tr("Checking…"));
    m_checks.setFuture(QtConcurrent::run(&PrerequisitesPage::runChecks, m_dockerHost));
}

void PrerequisitesPage::showFindings(const QList<Finding> &findings)
{
    m_tree->clear();
    int errors = 0, warnings = 0, missingImages = 0;
    bool dockerBlocked = false;
    bool offerKind = false;
    for (const auto &f : findings) {
        offerKind = offerKind || f.action == QLatin1String("get-kind");
        const QString mark = f.level == QLatin1String("ok") ? QStringLiteral("✓")
                             : f.level == QLatin1String("warning") ? QStringLiteral("⚠")
                                                                   : QStringLiteral("✗");
        auto *item = new QTreeWidgetItem(m_tree, {mark + QLatin1Char(' ') + f.what, f.fix});
        item->setForeground(0, Theme::color(f.level == QLatin1String("ok")        ? Theme::Tone::Good
                                            : f.level == QLatin1String("warning") ? Theme::Tone::Warning
                                                                                  : Theme::Tone::Bad));
        errors += f.level == QLatin1String("error");
        dockerBlocked = dockerBlocked || (f.level == QLatin1String("error") && f.image.isEmpty());
        warnings += f.level == QLatin1String("warning");
        missingImages += !f.image.isEmpty() && f.level != QLatin1String("ok");
    }
    m_ready = errors == 0 && missingImages == 0;
    if (dockerBlocked)
        m_autoRecheck.start();
    else
        m_autoRecheck.stop();
    m_getKind->setVisible(offerKind);
    m_build->setEnabled(errors == 0 && !m_builds.isRunning());
    m_summary->setText(errors ? tr("Some things must be fixed before an exam can start.")
                       : missingImages ? tr("Docker works. The exam images still need to be built once.")
                       : warnings      ? tr("Ready for Docker labs; see the warnings for the rest.")
                                       : tr("Everything is ready."));
}

void PrerequisitesPage::buildImages()
{
    if (m_builds.isRunning())
        return;
    m_build->setEnabled(false);
    m_buildControl = std::make_shared<BuildControl>();
    m_cancelBuild->setEnabled(true);
    m_cancelBuild->show();
    m_buildRows->show();
    for (QProgressBar *bar : std::as_const(m_bars)) {
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(tr("waiting"));
    }
    m_buildStatus->setText(tr("Building the exam images (the first time takes several minutes)…"));
    // The progress callback runs on the build thread; the queued signal carries values to the UI.
    // The page is reached only on the GUI thread, through a guard: it may close while the build runs.
    m_builds.setFuture(QtConcurrent::run([control = m_buildControl, page = QPointer<PrerequisitesPage>(this),
                                          host = m_dockerHost]() -> QString {
        auto docker = ExamWorker::connectDocker(host);
        if (!docker)
            return docker.error().message;
        {
            QMutexLocker lock(&control->lock);
            control->client = std::make_unique<DockerClient>(*docker); // shares the cancel flag with *docker
            if (control->cancelled)
                control->client->cancelTransfers();
        }
        const DockerProgressFn progress = [page](const DockerProgress &p) {
            QMetaObject::invokeMethod(
                qApp, [page, p] {
                    if (page)
                        Q_EMIT page->imageProgress(p.image, p.status, p.current, p.total);
                },
                Qt::QueuedConnection);
        };
        auto built = RuntimeImages(*docker).ensure(RuntimeImages::names(), false, progress);
        // The kind node image needs kindest/node, which only a machine online can fetch: its absence never
        // fails the build (Docker labs do not need it); the row says why.
        QString kindNodeNote;
        if (built && !control->cancelled) {
            if (!KindCluster::kindAvailable())
                kindNodeNote = tr("not built: Kubernetes labs need kind first (Get kind)");
            else if (auto node = RuntimeImages(*docker).ensureKindNode(KindCluster::defaultNodeImage(), progress); !node)
                kindNodeNote = tr("not built: needs %1 (online once)").arg(KindCluster::defaultNodeImage());
        }
        QMutexLocker lock(&control->lock);
        control->client.reset();
        control->kindNodeNote = kindNodeNote;
        return built ? QString() : built.error().message;
    }));
}

void PrerequisitesPage::cancelBuild()
{
    if (!m_builds.isRunning() || !m_buildControl)
        return;
    m_buildControl->cancelled = true;
    m_cancelBuild->setEnabled(false);
    m_buildStatus->setText(tr("Cancelling…"));
    QMutexLocker lock(&m_buildControl->lock);
    if (m_buildControl->client)
        m_buildControl->client->cancelTransfers();
}

void PrerequisitesPage::showBuildProgress(const QString &tag, const QString &status)
{
    QProgressBar *bar = nullptr;
    QString name;
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it)
        if ((it.key() == kKindNode ? RuntimeImages::kindNodeTagFor(KindCluster::defaultNodeImage()) : RuntimeImages::tagFor(it.key())) == tag)
            name = it.key(), bar = it.value();
    m_buildStatus->setText(tr("%1: %2").arg(name.isEmpty() ? tag : name, status.left(140)));
    if (!bar)
        return;
    // The classic builder reports "Step 3/9 : RUN ..."; a finished image ends with "Successfully tagged".
    static const QRegularExpression step(QStringLiteral("^Step (\\d+)/(\\d+)"));
    if (const auto m = step.match(status); m.hasMatch()) {
        bar->setRange(0, m.captured(2).toInt());
        bar->setValue(m.captured(1).toInt() - 1);
        bar->setFormat(tr("step %1 of %2").arg(m.captured(1), m.captured(2)));
    } else if (status.startsWith(QLatin1String("Successfully tagged"))) {
        bar->setRange(0, 1);
        bar->setValue(1);
        bar->setFormat(tr("built"));
    }
}

void PrerequisitesPage::getKind()
{
    if (m_kindDownload.isRunning())
        return;
    auto release = KindInstaller::pinned();
    if (!release) {
        m_buildStatus->setText(release.error().message);
        return;
    }
    m_getKind->setEnabled(false);
    m_buildStatus->setText(tr("Downloading kind %1 from %2…").arg(release->version, release->url));
    m_kindDownload.setFuture(QtConcurrent::run([this, r = *release]() -> QString {
        auto installed = KindInstaller::install(r, [this](qint64 now, qint64 total) { Q_EMIT kindProgress(now, total); },
                                                [this] { return m_closing.load(); });
        return installed ? QString() : installed.error().message;
    }));
}

} // namespace ckx
