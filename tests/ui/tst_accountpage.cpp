// The Account page against the real ckx-server in test-checkout mode (its local page stands in for Stripe's; this
// test plays the browser) and the real gnome-keyring: create an account, pass types with prices, a double Buy that
// opens one checkout, the pass showing up after payment (poll on focus), Activate and the live countdown, and the
// messages a learner gets for a wrong password and an unreachable server.
#include "core/accountclient.h"
#include "core/credentialstore.h"
#include "fixtures/rawsqlite.h"
#include "fixtures/serverfixture.h"
#include "ui/accountpage.h"
#include "ui/catalogpage.h"
#include "core/labcatalog.h"
#include "ckxpaths.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace ckx;
using namespace ckx::test;

class TestAccountPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unreachableServerSaysMockExamsWork();
    void createBuyActivate();
    void wrongPasswordIsSaid();
    void catalogLocksFullLabsWithoutAPass();

private:
    QTemporaryDir m_data;
    ServerFixture m_server;
    CredentialStore m_keychain{QStringLiteral("ckx-test-accountpage")};
    QString m_email;
};

void TestAccountPage::initTestCase()
{
    qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
    QProcessEnvironment env;
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QString());
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9"), env, {QStringLiteral("--test-checkout")}),
             qPrintable(m_server.errorString()));
    m_email = QStringLiteral("page-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

void TestAccountPage::unreachableServerSaysMockExamsWork()
{
    QTcpServer closed; // a port that was free a moment ago: nothing listens there now
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    AccountClient client(QStringLiteral("http://127.0.0.1:%1").arg(port), &m_keychain, AccountClient::defaultAccountFile());
    AccountPage page(&client);
    page.show();
    page.findChild<QLineEdit *>(QStringLiteral("accountEmail"))->setText(m_email);
    page.findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(QStringLiteral("correct horse battery"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("accountSignIn")), Qt::LeftButton);
    auto *message = page.findChild<QLabel *>(QStringLiteral("accountMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("Cannot reach the CKX server")), 20000);
    QVERIFY(message->text().contains(QStringLiteral("Mock exams are still available")));
}

void TestAccountPage::createBuyActivate()
{
    AccountClient client(m_server.baseUrl(), &m_keychain, AccountClient::defaultAccountFile());
    AccountPage page(&client);
    QList<QUrl> opened;
    page.setUrlOpener([&](const QUrl &u) { opened.append(u); });
    page.show();
    page.findChild<QLineEdit *>(QStringLiteral("accountEmail"))->setText(m_email);
    page.findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(QStringLiteral("correct horse battery"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("accountCreate")), Qt::LeftButton);
    auto *user = page.findChild<QLabel *>(QStringLiteral("accountUser"));
    QTRY_VERIFY_WITH_TIMEOUT(user->text().contains(m_email), 20000);

    auto *types = page.findChild<QTreeWidget *>(QStringLiteral("accountPassTypes"));
    QTRY_COMPARE_WITH_TIMEOUT(types->topLevelItemCount(), 3, 10000);
    QCOMPARE(types->topLevelItem(0)->text(2), QStringLiteral("$4.99"));

    // A double click on Buy: one checkout session, one browser tab.
    auto *buy = page.findChild<QPushButton *>(QStringLiteral("buy-38h"));
    QVERIFY(buy);
    QTest::mouseClick(buy, Qt::LeftButton);
    QTest::mouseClick(buy, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QTest::mouseClick(buy, Qt::LeftButton); // and once more after the answer: the same session again
    QTest::qWait(500);
    QCOMPARE(opened.size(), 1);
    {
        RawSqlite db(m_server.sqlitePath());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM checkout_sessions")).toInt(), 1);
    }
    QVERIFY(!page.pendingCheckout().isEmpty());
    QVERIFY(opened.at(0).toString().startsWith(m_server.baseUrl() + QStringLiteral("/test-checkout/")));

    // The learner pays in the browser (here: the form post a browser makes), then comes back to the window.
    const HttpResult paid = m_server.call("POST", opened.at(0).path(), "card=4242+4242+4242+4242&exp=12%2F34&cvc=123",
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(paid.status, 200);
    page.pollCheckout();
    auto *passes = page.findChild<QTreeWidget *>(QStringLiteral("accountPasses"));
    QTRY_COMPARE_WITH_TIMEOUT(passes->topLevelItemCount(), 1, 10000);
    QCOMPARE(passes->topLevelItem(0)->text(1), QStringLiteral("purchased"));
    QVERIFY(page.pendingCheckout().isEmpty());

    auto *activate = page.findChild<QPushButton *>(QStringLiteral("accountActivate"));
    QVERIFY(!activate->isEnabled());
    passes->setCurrentItem(passes->topLevelItem(0));
    QVERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(passes->topLevelItem(0)->text(1), QStringLiteral("active"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page.access().hasActivePass, 10000);
    const QString before = passes->topLevelItem(0)->text(2);
    QVERIFY2((before.startsWith(QStringLiteral("1d 13h 59m")) || before.startsWith(QStringLiteral("1d 14h 0m")))
                 && before.endsWith(QStringLiteral("s left")),
             qPrintable(before));
    QTRY_VERIFY_WITH_TIMEOUT(passes->topLevelItem(0)->text(2) != before, 3000); // the countdown runs
    QVERIFY(page.access().remainingSeconds > 37 * 3600);

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("accountSignOut")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!client.isSignedIn(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page.findChild<QLabel *>(QStringLiteral("accountMessage"))->text(), QStringLiteral("Signed out."), 10000);
}

void TestAccountPage::wrongPasswordIsSaid()
{
    AccountClient client(m_server.baseUrl(), &m_keychain, AccountClient::defaultAccountFile());
    AccountPage page(&client);
    page.show();
    page.findChild<QLineEdit *>(QStringLiteral("accountEmail"))->setText(m_email);
    page.findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(QStringLiteral("wrong password"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("accountSignIn")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.findChild<QLabel *>(QStringLiteral("accountMessage"))->text(),
                              QStringLiteral("Wrong email or password."), 20000);
    QVERIFY(!client.isSignedIn());
}

void TestAccountPage::catalogLocksFullLabsWithoutAPass()
{
    CatalogPage catalog;
    catalog.setCatalog(LabCatalog::load({QStringLiteral(CKX_SOURCE_DIR "/tests/server-sync/labs")}));
    catalog.show();
    catalog.selectLab(QStringLiteral("ckx-test-full-001"));
    QCOMPARE(catalog.selectedLabId(), QStringLiteral("ckx-test-full-001"));
    auto *header = catalog.findChild<QLabel *>(QStringLiteral("catalogPass"));
    catalog.setAccess(false, 0);
    QCOMPARE(header->text(), QStringLiteral("No active pass: full labs locked"));
    QVERIFY(!catalog.startButton()->isEnabled());
    catalog.setAccess(true, 37 * 3600 + 61);
    QCOMPARE(header->text(), QStringLiteral("Pass: 37h 1m left"));
    QVERIFY(catalog.startButton()->isEnabled());
}

QTEST_MAIN(TestAccountPage)
#include "tst_accountpage.moc"
