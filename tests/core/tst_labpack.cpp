// The lab-pack reader and the catalog: CK-X packs load unchanged, our fields and unknown fields are kept, paths
// resolve the way CK-X lays packs out, and one broken pack never keeps the others out of the catalog.

#include "core/labcatalog.h"
#include "core/labjsonfile.h"
#include "core/labpackreader.h"
#include "fixtures/labpackfixture.h"
#include "ckxpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using ckx::test::LabPackFixture;

namespace {

QString data(const QString &rel)
{
    return LabPackFixture::dataDir() + u'/' + rel;
}

const QString ckxRoot = QStringLiteral("ckx/facilitator/assets/exams");

} // namespace

class TestLabPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ckxPackLoadsUnchanged()
    {
        QList<LabProblem> problems;
        const QList<LabPack> packs = readLabRoot(data(ckxRoot), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(packs.size(), 2);

        const LabPack &ckad = packs.at(0);
        QCOMPARE(ckad.info.id, QStringLiteral("ckad-001"));
        QCOMPARE(ckad.info.name, QStringLiteral("CKAD Practice Lab - Fixture"));
        QCOMPARE(ckad.info.track, QStringLiteral("CKAD")); // derived from category
        QCOMPARE(ckad.info.runtime, QStringLiteral("kind"));
        QCOMPARE(ckad.info.type, QStringLiteral("mock"));
        QVERIFY(ckad.info.isFree);
        QCOMPARE(ckad.info.examDurationMinutes, 120);
        QCOMPARE(ckad.info.warmUpSeconds, 260);
        // CK-X's assetPath is relative to facilitator/, two folders above labs.json.
        QCOMPARE(ckad.assetDir, QDir::cleanPath(data(QStringLiteral("ckx/facilitator/assets/exams/ckad/001"))));
        QCOMPARE(ckad.answersFile, ckad.assetDir + QStringLiteral("/answers.md"));
        QVERIFY(QFileInfo(ckad.answersFile).isFile());
        QCOMPARE(ckad.totalMarks, 100.0);
        QCOMPARE(ckad.lowScore, 40.0);
        QCOMPARE(ckad.mediumScore, 60.0);
        QCOMPARE(ckad.highScore, 90.0);
        QCOMPARE(ckad.workerNodes, 1);
        // CK-X's "clusters" ([{name, workerNodes}]) is read now (K8S-FORMAT.md), its context being the name.
        QCOMPARE(ckad.clusters.size(), 1);
        QCOMPARE(ckad.clusters.first().name, QStringLiteral("cluster1"));
        QCOMPARE(ckad.clusters.first().context, QStringLiteral("cluster1"));
        QCOMPARE(ckad.clusters.first().workerNodes, 1);

        QCOMPARE(ckad.questions.size(), 2);
        const Question &q1 = ckad.questions.at(0);
        QCOMPARE(q1.id, QStringLiteral("1"));
        QCOMPARE(q1.nameSpace, QStringLiteral("dev"));
        QCOMPARE(q1.machineHostname, QStringLiteral("ckad9999"));
        QVERIFY(q1.markdown.contains(QStringLiteral("`nginx-deployment`")));
        QCOMPARE(q1.concepts, (QStringList{QStringLiteral("deployments"), QStringLiteral("namespaces")}));
        QCOMPARE(q1.checks.size(), 2);
        QCOMPARE(q1.checks.at(0).weight, 1.0); // CK-X writes "weightage": "1"
        QCOMPARE(q1.checks.at(1).weight, 2.0);
        QCOMPARE(q1.checks.at(0).expectedExitCode(), 0);
        QCOMPARE(q1.maxScore(), 3.0);
        QCOMPARE(ckad.checkCount(), 3);

        const LabPack &docker = packs.at(1);
        QCOMPARE(docker.info.category, QStringLiteral("Other"));
        QCOMPARE(docker.info.track, QStringLiteral("Docker"));   // from the id prefix "docker-"
        QCOMPARE(docker.info.runtime, QStringLiteral("docker")); // a Docker lab needs an engine, not a cluster
    }

    void ourFieldsAndUnknownFieldsAreKept()
    {
        QList<LabProblem> problems;
        const QList<LabPack> packs = readLabRoot(data(QStringLiteral("clean")), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(packs.size(), 2);
        const LabPack &d = packs.at(0);
        QCOMPARE(d.info.runtime, QStringLiteral("docker"));
        QCOMPARE(d.info.extra.value(QStringLiteral("authorNote")).toString(), QStringLiteral("kept as extra"));
        QCOMPARE(d.images.size(), 1);
        QCOMPARE(d.images.at(0).name, QStringLiteral("ckx-lab/busybox:1"));
        QCOMPARE(d.images.at(0).buildContext, QStringLiteral("images/busybox"));
        QCOMPARE(d.questions.at(0).hints, QStringList{QStringLiteral("docker run -d --name ...")});
        QCOMPARE(d.questions.at(0).checks.at(1).expectedOutput, QStringLiteral("0")); // a JSON number 0
        QCOMPARE(d.questions.at(0).checks.at(1).weight, 1.5);
        QCOMPARE(d.questions.at(1).extra.value(QStringLiteral("difficultyNote")).toString(),
                 QStringLiteral("kept as extra"));

        const LabPack &k = packs.at(1);
        QCOMPARE(k.info.type, QStringLiteral("full"));
        QVERIFY(!k.info.isFree);
        QCOMPARE(k.info.kubernetesVersion, QStringLiteral("1.30"));
        QCOMPARE(k.info.track, QStringLiteral("CKAD"));
    }

    void scriptPaths()
    {
        QList<LabProblem> problems;
        const QList<LabPack> packs = readLabRoot(data(QStringLiteral("clean")), problems);
        QVERIFY(!packs.isEmpty());
        const LabPack &p = packs.at(0);
        const Question &q = p.questions.at(0);
        QCOMPARE(p.setupScriptPath(q), p.assetDir + QStringLiteral("/scripts/setup/q1_setup.sh"));
        QVERIFY(QFileInfo(p.setupScriptPath(q)).isFile());
        QCOMPARE(p.validationScriptPath(q.checks.at(0)),
                 p.assetDir + QStringLiteral("/scripts/validation/q1_s1_exists.sh"));
        QVERIFY(QFileInfo(p.validationScriptPath(q.checks.at(0))).isFile());
        QCOMPARE(p.solutionScriptPath(q), p.assetDir + QStringLiteral("/scripts/solution/q1_solution.sh"));
        QVERIFY(QFileInfo(p.solutionScriptPath(q)).isFile());
        // A question without a solution has no path; question 2 has no setup script (optional).
        Question none = q;
        none.solutionScriptFile.clear();
        QVERIFY(p.solutionScriptPath(none).isEmpty());
        QVERIFY(!QFileInfo(p.setupScriptPath(p.questions.at(1))).exists());
    }

    void bareArrayLabsJson()
    {
        QTemporaryDir tmp;
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("clean")), tmp.path()));
        const QByteArray labs = LabPackFixture::readFile(tmp.filePath(QStringLiteral("labs.json")));
        const QJsonArray entries = QJsonDocument::fromJson(labs).object().value(QStringLiteral("labs")).toArray();
        QVERIFY(LabPackFixture::writeFile(tmp.filePath(QStringLiteral("labs.json")), QJsonDocument(entries).toJson()));
        QList<LabProblem> problems;
        const QList<LabPack> packs = readLabRoot(tmp.path(), problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(packs.size(), 2);
    }

    void problemsNameFileAndJsonPath()
    {
        QList<LabProblem> problems;
        const QList<LabPack> packs = readLabRoot(data(QStringLiteral("broken/text-weight")), problems);
        QVERIFY(packs.isEmpty()); // its only pack has an error: left out
        QCOMPARE(problems.size(), 1);
        const LabProblem &p = problems.first();
        QCOMPARE(p.severity, LabProblem::Severity::Error);
        QVERIFY(p.file.endsWith(QStringLiteral("fixture-docker/assessment.json")));
        QCOMPARE(p.jsonPath, QStringLiteral("questions[0].verification[1].weightage"));
        QCOMPARE(p.line, 28);
        QCOMPARE(p.column, 24);
        QVERIFY(p.message.contains(QStringLiteral("\"heavy\"")));
        QVERIFY(p.message.contains(QStringLiteral("expected a number")));
    }

    void toString_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all parts") << "a/labs.json"
                                   << "labs[0].id" << 3 << 7 << false << "a/labs.json:3:7: labs[0].id: msg";
        QTest::newRow("no position") << "a/q1.sh"
                                     << "" << 0 << 0 << false << "a/q1.sh: msg";
        QTest::newRow("line only") << "a/q1.sh"
                                   << "" << 4 << 0 << false << "a/q1.sh:4: msg";
        QTest::newRow("warning") << "a/q1.sh"
                                 << "" << 1 << 1 << true << "a/q1.sh:1:1: warning: msg";
        QTest::newRow("no file") << ""
                                 << "" << 0 << 0 << false << "msg";
    }
    void toString()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, warning);
        QFETCH(QString, expected);
        LabProblem p;
        p.file = file;
        p.jsonPath = path;
        p.line = line;
        p.column = column;
        p.severity = warning ? LabProblem::Severity::Warning : LabProblem::Severity::Error;
        p.message = QStringLiteral("msg");
        QCOMPARE(p.toString(), expected);
    }

    void lineColumnCountsCharacters()
    {
        const QByteArray text = "{\n  \"n\": \"\xC3\xA9t\xC3\xA9\", x\n}";
        // "é" is two bytes but one column: the 'x' is at line 2, column 15 (byte column 17).
        QCOMPARE(LabJsonFile::lineColumn(text, text.indexOf('x')), std::make_pair(2, 15));
        QCOMPARE(LabJsonFile::lineColumn(text, 0), std::make_pair(1, 1));
        QCOMPARE(LabJsonFile::lineColumn(text, 10'000), std::make_pair(3, 2)); // clamped to the end
    }

    void byteOrderMarkIsAccepted()
    {
        QTemporaryDir tmp;
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("clean")), tmp.path()));
        const QString labs = tmp.filePath(QStringLiteral("labs.json"));
        QVERIFY(LabPackFixture::writeFile(labs, "\xEF\xBB\xBF" + LabPackFixture::readFile(labs)));
        QList<LabProblem> problems;
        QCOMPARE(readLabRoot(tmp.path(), problems).size(), 2);
        QVERIFY(problems.isEmpty());
    }

    void track_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("track");
        QTest::newRow("CKAD") << "CKAD"
                              << "CKAD";
        QTest::newRow("lower case") << "cka"
                                    << "CKA";
        QTest::newRow("CKS") << "CKS"
                             << "CKS";
        QTest::newRow("docker") << "docker"
                                << "Docker";
        QTest::newRow("HELM") << "HELM"
                              << "Helm";
        QTest::newRow("spaces") << " Helm "
                                << "Helm";
        QTest::newRow("prefix is not enough") << "CKAD-ish"
                                              << "";
        QTest::newRow("Other") << "Other"
                               << "";
    }
    void track()
    {
        QFETCH(QString, text);
        QFETCH(QString, track);
        QCOMPARE(LabPackReader::canonicalTrack(text), track);
    }

    void brokenPackNeverStopsTheRest()
    {
        const LabCatalog catalog = LabCatalog::load({data(QStringLiteral("broken/missing-config")),
                                                     data(QStringLiteral("broken/labs-invalid-json")),
                                                     data(QStringLiteral("clean")), data(ckxRoot)});
        QStringList ids;
        for (const auto &p : catalog.labs())
            ids.append(p.info.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("fixture-docker"), QStringLiteral("fixture-ckad"),
                                   QStringLiteral("ckad-001"), QStringLiteral("docker-001")}));
        QCOMPARE(catalog.problems().size(), 2);
        QVERIFY(
            catalog.problems().at(0).file.endsWith(QStringLiteral("broken/missing-config/fixture-docker/config.json")));
        QVERIFY(catalog.problems().at(1).file.endsWith(QStringLiteral("broken/labs-invalid-json/labs.json")));
        QVERIFY(catalog.problems().at(1).line > 0);
        QVERIFY(catalog.find(QStringLiteral("ckad-001")));
        QVERIFY(!catalog.find(QStringLiteral("nope")));
    }

    void duplicateIdAcrossRootsKeepsTheFirst()
    {
        QTemporaryDir tmp;
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("clean")), tmp.path()));
        const LabCatalog catalog = LabCatalog::load({data(QStringLiteral("clean")), tmp.path()});
        QCOMPARE(catalog.labs().size(), 2);
        QCOMPARE(catalog.labs().at(0).rootDir, QDir::cleanPath(data(QStringLiteral("clean"))));
        QCOMPARE(catalog.problems().size(), 2);
        QVERIFY(catalog.problems().at(0).message.contains(QStringLiteral("\"fixture-docker\" is already provided by")));
        QVERIFY(catalog.problems().at(0).file.startsWith(QDir(tmp.path()).canonicalPath()) ||
                catalog.problems().at(0).file.startsWith(tmp.path()));
    }

    void userDataFolderHoldsPacksSideBySide()
    {
        QTemporaryDir tmp;
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("clean")), tmp.filePath(QStringLiteral("labs/mine"))));
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("ckx")), tmp.filePath(QStringLiteral("labs/ckx-copy"))));
        // labs/ckx-copy is a CK-X checkout: its labs.json is four levels down, in facilitator/assets/exams.
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("labs/empty/a/b/c/d/e")))); // nothing there: no problem
        const LabCatalog catalog = LabCatalog::load({tmp.filePath(QStringLiteral("labs"))});
        QStringList ids;
        for (const auto &p : catalog.labs())
            ids.append(p.info.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("ckad-001"), QStringLiteral("docker-001"),
                                   QStringLiteral("fixture-docker"), QStringLiteral("fixture-ckad")}));
        QVERIFY(catalog.problems().isEmpty());
    }

    void missingRootIsReported()
    {
        const LabCatalog catalog = LabCatalog::load({QStringLiteral("/nonexistent/ckx-labs")});
        QVERIFY(catalog.labs().isEmpty());
        QCOMPARE(catalog.problems().size(), 1);
        QCOMPARE(catalog.problems().first().file, QStringLiteral("/nonexistent/ckx-labs"));
    }

    void defaultRootsHonourEnvironment()
    {
        qputenv("CKX_LABS_DIRS", "/a/labs:/b/labs");
        QCOMPARE(LabCatalog::defaultRoots(), (QStringList{QStringLiteral("/a/labs"), QStringLiteral("/b/labs")}));
        qunsetenv("CKX_LABS_DIRS");

        QTemporaryDir tmp;
        qputenv("CKX_DATA_DIR", tmp.path().toUtf8());
        const QStringList roots = LabCatalog::defaultRoots();
        qunsetenv("CKX_DATA_DIR");
        QVERIFY(!roots.isEmpty());
        QCOMPARE(roots.last(), QDir::cleanPath(tmp.filePath(QStringLiteral("labs"))));
        if (QFileInfo(QStringLiteral(CKX_SOURCE_DIR "/resources/labs/labs.json")).isFile()) {
            QCOMPARE(roots.size(), 2);
            QCOMPARE(roots.first(), QStringLiteral(CKX_SOURCE_DIR "/resources/labs"));
        } else {
            QCOMPARE(roots.size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestLabPack)
#include "tst_labpack.moc"
