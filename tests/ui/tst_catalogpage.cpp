// The catalog a learner sees lists every lab that loaded, and shows (not hides) why a broken pack is missing.

#include "core/labcatalog.h"
#include "fixtures/labpackfixture.h"
#include "ui/catalogpage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>

using ckx::test::LabPackFixture;

class TestCatalogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenPackIsReportedAndTheRestStillListed()
    {
        const QString data = LabPackFixture::dataDir();
        ckx::CatalogPage page;
        page.setCatalog(ckx::LabCatalog::load(
            {data + QStringLiteral("/clean"), data + QStringLiteral("/broken/missing-config")}));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QCOMPARE(page.visibleCount(), 2);
        auto *problems = page.findChild<QLabel *>(QStringLiteral("labProblems"));
        QVERIFY(problems);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("missing-config/fixture-docker/config.json: file not found")),
                 qPrintable(problems->text()));
    }

    void cleanCatalogShowsNoProblemPanel()
    {
        ckx::CatalogPage page;
        page.setCatalog(ckx::LabCatalog::load({LabPackFixture::dataDir() + QStringLiteral("/clean")}));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.visibleCount(), 2);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("labProblems"))->isVisible());
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
