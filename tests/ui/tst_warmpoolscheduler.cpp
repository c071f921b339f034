// The app's side of the warm pool on the real dockerd: asked to prepare the likely lab it fills one environment in
// the background, a Start (pause) cancels a fill in progress and leaves nothing, and quitting (the scheduler's
// destruction) removes what it prepared: nothing labelled with the store is left.

#include "core/datapaths.h"
#include "core/labcatalog.h"
#include "fixtures/dockerlabpack.h"
#include "fixtures/dockertestenv.h"
#include "runtime/docker/runtimeimages.h"
#include "runtime/stack/examruntime.h"
#include "runtime/stack/stackblueprint.h"
#include "runtime/stack/warmpool.h"
#include "ui/warmpoolscheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;

class TestWarmPoolScheduler : public QObject
{
    Q_OBJECT

private:
    test::DockerTestEnv m_env;
    QTemporaryDir m_dir;
    QString m_tag;
    LabCatalog m_catalog;

    QString storeFilter() const { return QLatin1String(StackBlueprint::kStoreLabel) + u'=' + m_tag; }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_env.available())
            QSKIP(qPrintable(m_env.skipReason()));
        qputenv("CKX_DATA_DIR", (m_dir.path() + u"/data"_s).toUtf8());
        m_catalog = LabCatalog::load({test::writeDockerLabPack(m_dir.path() + u"/labs"_s)});
        QVERIFY(m_catalog.find(u"test-docker-lab"_s));
        auto docker = DockerClient::connect();
        QVERIFY(docker);
        QVERIFY(RuntimeImages(*docker).ensure(RuntimeImages::names()));
        m_tag = ExamRuntime::storeTag(storePath());
    }

    void preparesInTheBackgroundAndQuittingLeavesNothing()
    {
        {
            WarmPoolScheduler scheduler(m_catalog, {});
            QSignalSpy prepared(&scheduler, &WarmPoolScheduler::prepared);
            QSignalSpy skipped(&scheduler, &WarmPoolScheduler::skipped);
            scheduler.prepare(u"test-docker-lab"_s);
            QTRY_VERIFY_WITH_TIMEOUT(prepared.count() + skipped.count() == 1, 120000);
            QVERIFY2(skipped.isEmpty(), skipped.isEmpty() ? "" : qPrintable(skipped.first().at(1).toString()));
            QCOMPARE(prepared.first().at(0).toString(), u"test-docker-lab"_s);
            auto docker = DockerClient::connect();
            QVERIFY(docker);
            QCOMPARE(WarmPool(*docker, m_tag).members().size(), 1);
            QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()) > 0, true);
        } // the app quits
        QCOMPARE(test::DockerTestEnv::countLabelled(storeFilter()), 0);
    }

    void startCancelsAFillInProgress()
    {
        WarmPoolScheduler scheduler(m_catalog, {});
        QSignalSpy skipped(&scheduler, &WarmPoolScheduler::skipped);
        scheduler.prepare(u"test-docker-lab"_s);
        QTRY_VERIFY_WITH_TIMEOUT(test::DockerTestEnv::countLabelled(storeFilter()) >= 1, 60000);
        scheduler.pause(); // the learner pressed Start
        QTRY_COMPARE_WITH_TIMEOUT(skipped.count(), 1, 30000);
        QVERIFY2(skipped.first().at(1).toString().contains(u"cancelled"_s, Qt::CaseInsensitive), qPrintable(skipped.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(test::DockerTestEnv::countLabelled(storeFilter()), 0, 10000);
    }

    void cleanupTestCase()
    {
        if (!m_tag.isEmpty())
            test::DockerTestEnv::removeLabelled(storeFilter());
    }
};

QTEST_MAIN(TestWarmPoolScheduler)
#include "tst_warmpoolscheduler.moc"
