// ckxctl account ... against the real ckx-server binary and the real gnome-keyring (scripts/test-env.sh): register,
// the errors a learner sees, passes and activate, logout, an unreachable server, and no keychain at all.

#include "fixtures/ckxctlprocess.h"
#include "fixtures/serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ckx::test;

namespace {

using Run = CkxctlRun;

class TestCkxctlAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registerPassesActivateLogout();
    void errorsSayWhatWasWrong();
    void unreachableServer();
    void noKeychainKeepsTheSessionInMemoryOnly();

private:
    Run ckxctl(const QStringList &args, const QByteArray &stdinText = {}, const QProcessEnvironment &extra = {});

    QTemporaryDir m_data;
    ServerFixture m_server;
};

void TestCkxctlAccount::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({}, QStringLiteral("http://127.0.0.1:9")), qPrintable(m_server.errorString()));
}

Run TestCkxctlAccount::ckxctl(const QStringList &args, const QByteArray &stdinText, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = extra;
    env.insert(QStringLiteral("CKX_DATA_DIR"), m_data.path());
    QStringList all = args;
    if (!args.contains(QStringLiteral("--server")))
        all << QStringLiteral("--server") << m_server.baseUrl();
    return runCkxctl(all, env, {}, stdinText);
}

void TestCkxctlAccount::registerPassesActivateLogout()
{
    const QString email = QStringLiteral("cli-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    Run reg = ckxctl({QStringLiteral("account"), QStringLiteral("register"), email, QStringLiteral("--name"), QStringLiteral("Ada")},
                     "correct horse battery\n");
    QCOMPARE(reg.exitCode, 0);
    QCOMPARE(reg.out.trimmed(), QStringLiteral("signed in to %1 as %2").arg(m_server.baseUrl(), email));

    Run status = ckxctl({QStringLiteral("account"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QStringLiteral("as %1").arg(email)) && status.out.contains(QStringLiteral("no active pass (0 bought")),
             qPrintable(status.out + status.err));

    const QString passId = m_server.grantPurchasedPass(email);
    QVERIFY(!passId.isEmpty());
    Run list = ckxctl({QStringLiteral("account"), QStringLiteral("passes"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray passes = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("passes")).toArray();
    QCOMPARE(passes.size(), 1);
    QCOMPARE(passes.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("purchased"));

    Run act = ckxctl({QStringLiteral("account"), QStringLiteral("activate"), passId});
    QCOMPARE(act.exitCode, 0);
    QVERIFY2(act.out.contains(QStringLiteral("pass %1 active: 1d 1").arg(passId)), qPrintable(act.out + act.err));
    Run active = ckxctl({QStringLiteral("account"), QStringLiteral("status")});
    QVERIFY2(active.out.contains(QStringLiteral("active pass: 1d 1")), qPrintable(active.out + active.err));

    Run out = ckxctl({QStringLiteral("account"), QStringLiteral("logout")});
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.out.trimmed(), QStringLiteral("signed out %1").arg(email));
    Run after = ckxctl({QStringLiteral("account"), QStringLiteral("status")});
    QCOMPARE(after.exitCode, 1);
    QVERIFY2(after.err.contains(QStringLiteral("Not signed in to %1").arg(m_server.baseUrl())), qPrintable(after.err));

    Run login = ckxctl({QStringLiteral("account"), QStringLiteral("login"), email}, "correct horse battery\n");
    QCOMPARE(login.exitCode, 0);
    Run again = ckxctl({QStringLiteral("account"), QStringLiteral("passes")});
    QVERIFY2(again.out.contains(passId) && again.out.contains(QStringLiteral("active")), qPrintable(again.out + again.err));
}

void TestCkxctlAccount::errorsSayWhatWasWrong()
{
    const QString email = QStringLiteral("clierr-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QCOMPARE(ckxctl({QStringLiteral("account"), QStringLiteral("register"), email}, "correct horse battery\n").exitCode, 0);
    Run taken = ckxctl({QStringLiteral("account"), QStringLiteral("register"), email}, "another password\n");
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains(QStringLiteral("already exists")), qPrintable(taken.err));
    Run weak = ckxctl({QStringLiteral("account"), QStringLiteral("register"), QStringLiteral("x") + email}, "short\n");
    QCOMPARE(weak.exitCode, 1);
    QVERIFY2(weak.err.contains(QStringLiteral("too weak: use at least 8")), qPrintable(weak.err));
    Run wrong = ckxctl({QStringLiteral("account"), QStringLiteral("login"), email}, "not the password\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("Wrong email or password.")), qPrintable(wrong.err));
    Run http = ckxctl({QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--server"), QStringLiteral("http://ckx.example")});
    QCOMPARE(http.exitCode, 1);
    QVERIFY2(http.err.contains(QStringLiteral("must use https")), qPrintable(http.err));
    Run usage = ckxctl({QStringLiteral("account"), QStringLiteral("activate")});
    QCOMPARE(usage.exitCode, 2);
}

void TestCkxctlAccount::unreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    Run r = ckxctl({QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("a@example.test"), QStringLiteral("--server"), url},
                   "whatever-long\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot reach the CKX server at %1").arg(url)), qPrintable(r.err));
}

void TestCkxctlAccount::noKeychainKeepsTheSessionInMemoryOnly()
{
    QProcessEnvironment noBus; // no Secret Service: the session bus address leads nowhere
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/ckx-no-bus"));
    const QString email = QStringLiteral("nokc-%1@example.test").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    Run reg = ckxctl({QStringLiteral("account"), QStringLiteral("register"), email}, "correct horse battery\n", noBus);
    QCOMPARE(reg.exitCode, 0);
    QVERIFY2(reg.out.contains(QStringLiteral("(not saved: no keychain)")), qPrintable(reg.out));
    QVERIFY2(reg.err.contains(QStringLiteral("you stay signed in only until CKX closes")), qPrintable(reg.err));
    Run status = ckxctl({QStringLiteral("account"), QStringLiteral("status")}, {}, noBus);
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains(QStringLiteral("Not signed in")) || status.err.contains(QStringLiteral("keychain")),
             qPrintable(status.err));
}

} // namespace

QTEST_GUILESS_MAIN(TestCkxctlAccount)
#include "tst_ckxctl_account.moc"
