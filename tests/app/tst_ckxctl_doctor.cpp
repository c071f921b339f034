// `ckxctl doctor` on the real dockerd says which images the labs declare are missing (K8S-FORMAT.md "images"):
// an image to pull is "missing", one with a build folder "not built yet", and a lab whose images are all present
// is fine. Runs the real binary with its own lab pack (a copy of the clean fixtures).

#include "fixtures/dockertestenv.h"
#include "fixtures/labpackfixture.h"
#include "ckxpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ckx::test::LabPackFixture;

class TestCkxctlDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheLabsMissingImages()
    {
        ckx::test::DockerTestEnv env;
        if (!env.available())
            QSKIP(qPrintable(env.skipReason()));
        QTemporaryDir dir;
        const QString root = dir.path() + u"/labs"_s;
        QVERIFY(LabPackFixture::copyTree(LabPackFixture::dataDir() + u"/clean"_s, root));
        // fixture-docker: one image to pull that nobody has, one present, one with a build folder never built.
        const QString config = root + u"/fixture-docker/config.json"_s;
        QJsonObject c = QJsonDocument::fromJson(LabPackFixture::readFile(config)).object();
        c[u"images"_s] = QJsonArray{QJsonObject{{u"name"_s, u"ckx-test/h13-absent:1"_s}},
                                    QJsonObject{{u"name"_s, ckx::test::DockerTestEnv::baseImage()}},
                                    QJsonObject{{u"name"_s, u"ckx-test/h13-unbuilt:1"_s}, {u"build"_s, u"images/busybox"_s}}};
        QVERIFY(LabPackFixture::writeFile(config, QJsonDocument(c).toJson()));

        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"CKX_LABS_DIRS"_s, root);
        e.insert(u"CKX_DATA_DIR"_s, dir.path() + u"/data"_s);
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("CKX_BIN_DIR", QStringLiteral(CKX_BIN_DIR)) + u"/ckxctl"_s, {u"doctor"_s, u"--json"_s});
        QVERIFY(p.waitForFinished(60000));
        const QJsonArray findings = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"findings"_s).toArray();
        QVERIFY(!findings.isEmpty());
        QStringList lab;
        for (const auto &f : findings)
            if (f.toObject().value(u"what"_s).toString().startsWith(u"lab fixture-docker:"_s))
                lab << f.toObject().value(u"level"_s).toString() + u' ' + f.toObject().value(u"what"_s).toString() + u" | "_s
                           + f.toObject().value(u"fix"_s).toString();
        const QString all = lab.join(u'\n');
        QCOMPARE(lab.size(), 2);
        QVERIFY2(all.contains(u"warning lab fixture-docker: image(s) ckx-test/h13-absent:1 missing | "_s)
                     && all.contains(u"pulled once when online"_s), qPrintable(all));
        QVERIFY2(all.contains(u"warning lab fixture-docker: image(s) ckx-test/h13-unbuilt:1 not built yet"_s), qPrintable(all));
        QVERIFY2(!all.contains(ckx::test::DockerTestEnv::baseImage()), "a present image is not reported");
    }
};

QTEST_GUILESS_MAIN(TestCkxctlDoctor)
#include "tst_ckxctl_doctor.moc"
