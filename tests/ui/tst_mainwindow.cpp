// The first window a learner sees lists the catalog, and shows (not hides) why a broken pack is missing.

#include "core/labcatalog.h"
#include "fixtures/labpackfixture.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using ckx::test::LabPackFixture;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data; // the learner's data folder, so the test never reads or writes the real one

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
    }

    void listsLabsAndBrokenPacks()
    {
        const QString data = LabPackFixture::dataDir();
        qputenv("CKX_LABS_DIRS",
                (data + QStringLiteral("/clean:") + data + QStringLiteral("/broken/missing-config")).toUtf8());
        ckx::MainWindow window;
        qunsetenv("CKX_LABS_DIRS");
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *labs = window.findChild<QTreeWidget *>();
        QVERIFY(labs);
        QCOMPARE(labs->topLevelItemCount(), 2);
        const QTreeWidgetItem *docker = labs->topLevelItem(0);
        QCOMPARE(docker->text(0), QStringLiteral("Docker Fixture Lab"));
        QCOMPARE(docker->text(1), QStringLiteral("Docker"));
        QCOMPARE(docker->text(2), QStringLiteral("Docker"));
        QCOMPARE(docker->text(3), QStringLiteral("Easy"));
        QCOMPARE(docker->text(4), QStringLiteral("30 min"));
        QCOMPARE(docker->text(5), QStringLiteral("2"));
        QCOMPARE(docker->text(6), QStringLiteral("Free"));
        const QTreeWidgetItem *ckad = labs->topLevelItem(1);
        QCOMPARE(ckad->text(2), QStringLiteral("Kubernetes (kind)"));
        QVERIFY(ckad->text(6).startsWith(QStringLiteral("Locked")));

        auto *problems = window.findChild<QPlainTextEdit *>();
        QVERIFY(problems);
        QVERIFY(problems->isVisible());
        QVERIFY(problems->toPlainText().contains(
            QStringLiteral("missing-config/fixture-docker/config.json: file not found")));
    }

    void noProblemsNoProblemPanel()
    {
        ckx::MainWindow window;
        window.showCatalog(ckx::LabCatalog::load({LabPackFixture::dataDir() + QStringLiteral("/clean")}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QTreeWidget *>()->topLevelItemCount(), 2);
        QVERIFY(!window.findChild<QPlainTextEdit *>()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
