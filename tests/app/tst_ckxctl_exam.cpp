// ckxctl exam against a store whose attempt has a damaged environment record: the command says which field is
// wrong (never "port 0" or user "candidate" made up from a default), and the listing still shows every exam.
// Needs the Docker engine only to open the runtime context; no container is started.

#include "core/datapaths.h"
#include "core/examstore.h"
#include "fixtures/ckxctlprocess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using namespace Qt::StringLiterals;

namespace {

using ckx::test::CkxctlRun;

CkxctlRun ckxctl(const QStringList &args, const QString &dataDir)
{
    QProcessEnvironment env;
    env.insert(u"CKX_DATA_DIR"_s, dataDir);
    return ckx::test::runCkxctl(args, env);
}

QJsonObject endpointsWithout(const QString &section, const QString &key)
{
    QJsonObject info{
        {u"session"_s, u"x"_s},
        {u"ssh"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, 32768}, {u"user"_s, u"candidate"_s},
                              {u"keyFile"_s, u"/tmp/x/client_key"_s}, {u"hostKeyFingerprint"_s, u"SHA256:abc"_s}}},
        {u"vnc"_s, QJsonObject{{u"host"_s, u"127.0.0.1"_s}, {u"port"_s, 32769}, {u"passwordFile"_s, u"/tmp/x/vnc"_s}}},
    };
    QJsonObject inner = info.value(section).toObject();
    inner.remove(key);
    info[section] = inner;
    return info;
}

} // namespace

class TestCkxctlExam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    QString readyAttempt(const QJsonObject &info)
    {
        ExamStore store;
        if (!store.open(storePath()))
            return {};
        ExamAttempt a;
        a.labId = u"docker-basics-001"_s;
        auto created = store.createAttempt(a);
        if (!created || !store.updateRuntimeInfo(created->id, info) || !store.setState(created->id, ExamState::Ready))
            return {};
        return created->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(ckx::test::ckxctlBinDir() + u"/ckxctl"_s).isExecutable(),
                 qPrintable(u"build ckxctl first: %1/ckxctl"_s.arg(ckx::test::ckxctlBinDir())));
        QVERIFY(m_data.isValid());
        // The file ckxctl opens under CKX_DATA_DIR.
        qputenv("CKX_DATA_DIR", m_data.path().toUtf8());
        QCOMPARE(storePath(), m_data.path() + u"/ckx.sqlite"_s);
    }

    void statusNamesTheMissingField_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::newRow("ssh.port") << u"ssh"_s << u"port"_s;
        QTest::newRow("ssh.user") << u"ssh"_s << u"user"_s;
        QTest::newRow("vnc.port") << u"vnc"_s << u"port"_s;
    }

    void statusNamesTheMissingField()
    {
        QFETCH(QString, section);
        QFETCH(QString, key);
        const QString id = readyAttempt(endpointsWithout(section, key));
        QVERIFY(!id.isEmpty());
        const QString field = section + u'.' + key;
        for (const QStringList &args : {QStringList{u"exam"_s, u"status"_s, id}, QStringList{u"exam"_s, u"status"_s, id, u"--json"_s}}) {
            const CkxctlRun r = ckxctl(args, m_data.path());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(field) && r.err.contains(id), qPrintable(r.err));
            QVERIFY2(!r.out.contains(u"port 0"_s) && !r.out.contains(u":0 "_s), qPrintable(r.out));
        }
        // The listing keeps every exam and marks the damaged one.
        const CkxctlRun list = ckxctl({u"exam"_s, u"list"_s, u"--json"_s}, m_data.path());
        QCOMPARE(list.exitCode, 0);
        bool seen = false;
        for (const auto &v : list.json().value(u"exams"_s).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(u"id"_s).toString() != id)
                continue;
            seen = true;
            QVERIFY2(e.value(u"endpointsError"_s).toString().contains(field), QJsonDocument(e).toJson().constData());
            QVERIFY(!e.contains(u"ssh"_s));
        }
        QVERIFY(seen);
    }

    void statusShowsAGoodRecord()
    {
        const QString id = readyAttempt(endpointsWithout(u"ssh"_s, u"unused"_s));
        QVERIFY(!id.isEmpty());
        const CkxctlRun r = ckxctl({u"exam"_s, u"status"_s, id}, m_data.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"ssh -i /tmp/x/client_key -p 32768 candidate@127.0.0.1"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"127.0.0.1:32769"_s), qPrintable(r.out));
        const CkxctlRun j = ckxctl({u"exam"_s, u"status"_s, id, u"--json"_s}, m_data.path());
        QCOMPARE(j.exitCode, 0);
        QCOMPARE(j.json().value(u"ssh"_s).toObject().value(u"port"_s).toInt(), 32768);
        QCOMPARE(j.json().value(u"vnc"_s).toObject().value(u"passwordFile"_s).toString(), u"/tmp/x/vnc"_s);
    }
};

QTEST_GUILESS_MAIN(TestCkxctlExam)
#include "tst_ckxctl_exam.moc"
