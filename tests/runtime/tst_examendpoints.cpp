// The typed record between the runtime and its front-ends: what provisioning writes reads back field for field, and
// a record with a field missing or of the wrong type is refused with an error naming that field.

#include "runtime/stack/examendpoints.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;

namespace {

QJsonObject goodRecord()
{
    return QJsonObject{
        {u"session"_s, u"s-1"_s},
        {u"ssh"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, 32768}, {u"user"_s, u"candidate"_s},
                              {u"keyFile"_s, u"/tmp/s-1/client_key"_s}, {u"hostKeyFingerprint"_s, u"SHA256:abc"_s}}},
        {u"vnc"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, 32769}, {u"passwordFile"_s, u"/tmp/s-1/vnc"_s}}},
    };
}

QJsonObject with(QJsonObject info, const QString &path, const QJsonValue &value)
{
    const QString top = path.section(u'.', 0, 0), key = path.section(u'.', 1);
    if (key.isEmpty()) {
        if (value.isUndefined())
            info.remove(top);
        else
            info[top] = value;
        return info;
    }
    QJsonObject inner = info.value(top).toObject();
    if (value.isUndefined())
        inner.remove(key);
    else
        inner[key] = value;
    info[top] = inner;
    return info;
}

} // namespace

class TestExamEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatProvisioningWrites()
    {
        auto e = ExamEndpoints::fromRuntimeInfo(goodRecord());
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(e->ssh.host, u"127.0.0.1"_s);
        QCOMPARE(e->ssh.port, quint16(32768));
        QCOMPARE(e->ssh.user, u"candidate"_s);
        QCOMPARE(e->ssh.identityFile, u"/tmp/s-1/client_key"_s);
        QCOMPARE(e->ssh.pinnedHostKey, u"SHA256:abc"_s);
        QCOMPARE(e->vnc.port, quint16(32769));
        QCOMPARE(e->vncPasswordFile, u"/tmp/s-1/vnc"_s);

        // The one serialisation: writing and reading again gives the same endpoints, other keys untouched.
        QJsonObject info{{u"session"_s, u"s-1"_s}};
        e->writeTo(info);
        QCOMPARE(info, goodRecord());
    }

    void damagedRecordNamesTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("named");
        const QJsonValue missing(QJsonValue::Undefined);
        QTest::newRow("no ssh") << u"ssh"_s << missing << u"ssh is missing"_s;
        QTest::newRow("no vnc") << u"vnc"_s << missing << u"vnc is missing"_s;
        QTest::newRow("ssh not an object") << u"ssh"_s << QJsonValue(u"127.0.0.1:22"_s) << u"ssh is missing"_s;
        QTest::newRow("no ssh.port") << u"ssh.port"_s << missing << u"ssh.port"_s;
        QTest::newRow("ssh.port a string") << u"ssh.port"_s << QJsonValue(u"22"_s) << u"ssh.port"_s;
        QTest::newRow("ssh.port 0") << u"ssh.port"_s << QJsonValue(0) << u"ssh.port"_s;
        QTest::newRow("ssh.port too big") << u"ssh.port"_s << QJsonValue(70000) << u"ssh.port"_s;
        QTest::newRow("no ssh.user") << u"ssh.user"_s << missing << u"ssh.user"_s;
        QTest::newRow("empty ssh.host") << u"ssh.host"_s << QJsonValue(u""_s) << u"ssh.host"_s;
        QTest::newRow("no ssh.keyFile") << u"ssh.keyFile"_s << missing << u"ssh.keyFile"_s;
        QTest::newRow("no host key") << u"ssh.hostKeyFingerprint"_s << missing << u"ssh.hostKeyFingerprint"_s;
        QTest::newRow("no vnc.port") << u"vnc.port"_s << missing << u"vnc.port"_s;
        QTest::newRow("vnc.port fractional") << u"vnc.port"_s << QJsonValue(5900.5) << u"vnc.port"_s;
        QTest::newRow("no vnc.passwordFile") << u"vnc.passwordFile"_s << missing << u"vnc.passwordFile"_s;
        QTest::newRow("vnc.host a number") << u"vnc.host"_s << QJsonValue(1) << u"vnc.host"_s;
    }

    void damagedRecordNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, named);
        auto e = ExamEndpoints::fromRuntimeInfo(with(goodRecord(), path, value));
        QVERIFY(!e);
        QCOMPARE(e.error().code, u"exam.endpoints"_s);
        QVERIFY2(e.error().message.contains(named), qPrintable(e.error().message));
    }

    void recordedOnlyOnceProvisioned()
    {
        QVERIFY(!ExamEndpoints::isRecorded(QJsonObject{{u"session"_s, u"s-1"_s}, {u"ownerPid"_s, 42}}));
        QVERIFY(ExamEndpoints::isRecorded(goodRecord()));
    }

    void vncPasswordComesFromItsFile()
    {
        QTemporaryDir dir;
        QJsonObject info = with(goodRecord(), u"vnc.passwordFile"_s, dir.filePath(u"vnc"_s));
        auto e = ExamEndpoints::fromRuntimeInfo(info);
        QVERIFY(e);
        auto none = e->vncConfig();
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(dir.filePath(u"vnc"_s)), qPrintable(none.error().message));
        QFile f(dir.filePath(u"vnc"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // as the runtime writes it
        auto vc = e->vncConfig();
        QVERIFY2(vc, vc ? "" : qPrintable(vc.error().message));
        QCOMPARE(vc->port, quint16(32769));
        QCOMPARE(vc->password, QByteArray("s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestExamEndpoints)
#include "tst_examendpoints.moc"
