// Building the exam images from the first-run page: one progress bar per image following its build steps, and a
// Cancel button that really stops the build on the engine (against the real dockerd, with a throwaway image tag).
// And the Docker finding: a stopped engine (a socket nobody listens on) shows its one fix, and the page re-checks on
// its own until the engine answers. The other first-run states are in tests/app/tst_ckxctl_firstrun.cpp.

#include "runtime/docker/dockerclient.h"
#include "runtime/docker/runtimeimages.h"
#include "ui/prerequisitespage.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <optional>

using namespace ckx;

class TestPrerequisitesPage : public QObject
{
    Q_OBJECT

    static QString freshTag()
    {
        return QStringLiteral("uitest-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    }

    std::optional<DockerClient> m_docker;
    QStringList m_madeTags;

private Q_SLOTS:
    void initTestCase()
    {
        auto docker = DockerClient::connect();
        if (!docker)
            QSKIP("dockerd is not reachable (scripts/services.sh starts it)");
        m_docker = *docker;
    }

    // Each image gets its own bar, fed by its own build's "Step N/M" lines and marked built when it is tagged.
    void eachImageHasItsOwnProgress()
    {
        const QString tag = freshTag(); // no image has it, so the page really builds (from the layer cache)
        qputenv("CKX_IMAGE_TAG", tag.toUtf8());
        for (const QString &name : RuntimeImages::names())
            m_madeTags << RuntimeImages::tagFor(name); // removed at the end even if a check fails
        PrerequisitesPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy progress(&page, &PrerequisitesPage::imageProgress);
        QTest::mouseClick(page.buildButton(), Qt::LeftButton);
        QVERIFY(page.cancelBuildButton()->isVisible());
        QVERIFY(!page.buildButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page.buildButton()->isEnabled(), 600000); // minutes only if nothing is cached
        qunsetenv("CKX_IMAGE_TAG");
        QVERIFY2(page.buildStatus()->text() == QStringLiteral("Images built."), qPrintable(page.buildStatus()->text()));
        for (const QString &name : RuntimeImages::names()) {
            QProgressBar *bar = page.buildBar(name);
            QVERIFY2(bar, qPrintable(name));
            QCOMPARE(bar->format(), QStringLiteral("ready"));
            bool sawStep = false;
            for (const auto &args : std::as_const(progress))
                sawStep |= args.at(0).toString() == QStringLiteral("ckx/%1:%2").arg(name, tag)
                           && args.at(1).toString().startsWith(QStringLiteral("Step 1/"));
            QVERIFY2(sawStep, qPrintable(name + QStringLiteral(": its build steps never reached the page")));
        }
        QVERIFY(!page.cancelBuildButton()->isVisible());
    }

    void cancelStopsTheBuildAndSaysSo()
    {
        const QString tag = freshTag();
        for (const QString &name : RuntimeImages::names())
            m_madeTags << QStringLiteral("ckx/%1:%2").arg(name, tag); // removed at the end even if a check fails
        qputenv("CKX_IMAGE_TAG", tag.toUtf8());
        PrerequisitesPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(page.buildButton(), Qt::LeftButton);
        QTest::mouseClick(page.cancelBuildButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.buildButton()->isEnabled(), 20000);
        qunsetenv("CKX_IMAGE_TAG");
        QVERIFY2(page.buildStatus()->text().contains(QStringLiteral("cancelled")), qPrintable(page.buildStatus()->text()));
        QCOMPARE(page.buildBar(QStringLiteral("desktop"))->format(), QStringLiteral("cancelled"));
        QVERIFY(!page.cancelBuildButton()->isVisible());
        QVERIFY2(!m_docker->inspectImage(QStringLiteral("ckx/desktop:") + tag), "a cancelled build still made the last image");
    }

    void stoppedEngineShowsTheFixAndRechecksByItself()
    {
        QTemporaryDir dir;
        const QString sock = dir.filePath(QStringLiteral("docker.sock"));
        { // bound, never listening: what a stopped daemon leaves behind
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            qstrncpy(addr.sun_path, QFile::encodeName(sock).constData(), sizeof(addr.sun_path));
            QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0);
            ::close(fd);
        }
        const QByteArray oldHost = qgetenv("DOCKER_HOST");
        qputenv("DOCKER_HOST", "unix://" + QFile::encodeName(sock));
        PrerequisitesPage page;
        page.show();
        QSignalSpy ready(&page, &PrerequisitesPage::findingsReady);
        page.recheck();
        QVERIFY(ready.wait(20000));
        QTreeWidgetItem *dockerRow = page.tree()->topLevelItem(0);
        QVERIFY2(dockerRow->text(0).contains(QStringLiteral("No Docker engine answers at unix://") + sock),
                 qPrintable(dockerRow->text(0)));
        QCOMPARE(dockerRow->text(1), QStringLiteral("Start the engine behind that socket, or unset DOCKER_HOST to use the local one"));
        QVERIFY(page.autoRecheckActive());
        // The learner fixes it (here: the engine is at the usual socket again) and the page notices unprompted.
        qputenv("DOCKER_HOST", "unix:///var/run/docker.sock");
        QTRY_VERIFY_WITH_TIMEOUT(page.tree()->topLevelItem(0)->text(0).contains(QStringLiteral("(API ")),
                                 PrerequisitesPage::kAutoRecheckMs * 4);
        QTRY_VERIFY(!page.autoRecheckActive());
        if (oldHost.isEmpty())
            qunsetenv("DOCKER_HOST");
        else
            qputenv("DOCKER_HOST", oldHost);
    }

    // "Get kind" shows when a finding asks for it; offline it says so and installs nothing. (The download itself,
    // checksum included, is tested against a local HTTP server in tst_runtime_kindinstaller.)
    void getKindOfflineSaysSoAndInstallsNothing()
    {
        QTemporaryDir data;
        const QByteArray oldData = qgetenv("CKX_DATA_DIR");
        qputenv("CKX_DATA_DIR", data.path().toUtf8());
        QTcpServer closed; // a port nobody listens on any more: "offline"
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        qputenv("CKX_KIND_DOWNLOAD_BASE", QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()).toUtf8());
        closed.close();
        PrerequisitesPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.buildBar(QStringLiteral("kind-node"))); // the node image has its row
        page.showFindings({{QStringLiteral("ok"), QStringLiteral("Docker"), {}, {}}});
        QVERIFY(!page.getKindButton()->isVisible());
        page.showFindings({{QStringLiteral("warning"), QStringLiteral("kind is not installed"), {}, {}, QStringLiteral("get-kind")}});
        QVERIFY(page.getKindButton()->isVisible());
        QTest::mouseClick(page.getKindButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.getKindButton()->isEnabled() && page.buildStatus()->text().contains(QStringLiteral("online")), 30000);
        QVERIFY2(page.buildStatus()->text().contains(QStringLiteral("Nothing was installed")), qPrintable(page.buildStatus()->text()));
        QVERIFY(!QFile::exists(data.path() + QStringLiteral("/bin/kind")));
        qunsetenv("CKX_KIND_DOWNLOAD_BASE");
        qputenv("CKX_DATA_DIR", oldData);
    }

    void cleanupTestCase()
    {
        if (m_docker)
            for (const QString &t : std::as_const(m_madeTags))
                (void)m_docker->removeImage(t, true); // tags only: the layers stay, shared with the real images
    }
};

QTEST_MAIN(TestPrerequisitesPage)
#include "tst_prerequisitespage.moc"
