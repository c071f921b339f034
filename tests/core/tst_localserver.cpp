// The embedded ckx-server the app starts when Settings has no server URL: the real binary on loopback with a
// random port, its database in the data folder, test-mode checkout; an account made there works. The next start
// comes back on the same port (the sign-in and pinned key are kept under the server's address), or on another
// one when that port is taken meanwhile.
#include "core/accountclient.h"
#include "core/credentialstore.h"
#include "core/localserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrl>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ckx;

class TestLocalServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndServes();
    void keepsItsPortAcrossStarts();
};

void TestLocalServer::startsAndServes()
{
    QTemporaryDir data;
    qputenv("CKX_DATA_DIR", data.path().toUtf8());
    LocalServer server;
    QSignalSpy ready(&server, &LocalServer::ready);
    QSignalSpy failed(&server, &LocalServer::failed);
    server.start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(server.url().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(QFile::exists(data.path() + QStringLiteral("/server/ckx-server.db")));

    CredentialStore keychain(QStringLiteral("ckx-test-localserver"));
    AccountClient client(server.url(), &keychain, data.path() + QStringLiteral("/account.ini"));
    std::optional<Result<api::UserProfile>> u;
    client.registerAccount(QStringLiteral("local@example.test"), QStringLiteral("correct horse battery"), {}, this,
                           [&](Result<api::UserProfile> p) { u.emplace(p); });
    QTRY_VERIFY_WITH_TIMEOUT(u.has_value(), 20000);
    QVERIFY(*u);
    std::optional<Result<QJsonValue>> checkout;
    client.call("POST", QStringLiteral("billing/checkout"), {{QStringLiteral("passTypeId"), QStringLiteral("38h")}}, this,
                [&](Result<QJsonValue> r) { checkout.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(checkout.has_value(), 10000);
    QVERIFY(*checkout);
    QVERIFY(checkout->value().toObject().value(QStringLiteral("url")).toString().startsWith(server.url() + QStringLiteral("/test-checkout/")));
    std::optional<Result<void>> out;
    client.logout(this, [&](Result<void> r) { out.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
}

void TestLocalServer::keepsItsPortAcrossStarts()
{
    QTemporaryDir data;
    qputenv("CKX_DATA_DIR", data.path().toUtf8());
    const auto startOnce = [](LocalServer &server) {
        QSignalSpy ready(&server, &LocalServer::ready);
        QSignalSpy failed(&server, &LocalServer::failed);
        server.start();
        return QTest::qWaitFor([&] { return ready.count() == 1 || failed.count() == 1; }, 20000) && failed.isEmpty();
    };
    QString first;
    {
        LocalServer server;
        QVERIFY(startOnce(server));
        first = server.url();
    }
    {
        LocalServer server;
        QVERIFY(startOnce(server));
        QCOMPARE(server.url(), first); // the learner stays signed in across app starts
    }
    // Another program took the port meanwhile: the server comes up elsewhere instead of failing.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(QUrl(first).port())));
    LocalServer server;
    QVERIFY(startOnce(server));
    QVERIFY(server.url().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(server.url() != first);
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
