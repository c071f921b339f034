// The linter: one broken pack per defect (tests/data/labs/broken/<row>), each a copy of the clean pack with one
// thing wrong. Each must produce exactly one finding that names the file, the JSON path, the position and what
// was expected; and the catalog must agree (a reader error keeps the pack out, a lint-only finding does not).

#include "core/labcatalog.h"
#include "core/lablinter.h"
#include "fixtures/labpackfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ckx;
using ckx::test::LabPackFixture;

namespace {

QString data(const QString &rel)
{
    return LabPackFixture::dataDir() + u'/' + rel;
}

QString dump(const QList<LabProblem> &problems)
{
    QStringList lines;
    for (const auto &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace

class TestLabLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPackHasNoFindings()
    {
        const QList<LabProblem> findings = LabLinter().lint({data(QStringLiteral("clean"))});
        QVERIFY2(findings.isEmpty(), qPrintable(dump(findings)));
    }

    void ckxPackHasNoErrors()
    {
        // CK-X writes some weights as strings: a warning, never an error, since CK-X packs must load unchanged.
        const QList<LabProblem> findings = LabLinter().lint({data(QStringLiteral("ckx/facilitator/assets/exams"))});
        // CK-X has no reference solutions: one warning per question with checks.
        QCOMPARE(LabLinter::count(findings, LabProblem::Severity::Error), 0);
        QStringList paths;
        for (const auto &p : findings)
            paths.append(QDir(data(QStringLiteral("ckx/facilitator/assets/exams"))).relativeFilePath(p.file) + u' ' +
                         p.jsonPath);
        QCOMPARE(paths, (QStringList{QStringLiteral("ckad/001/assessment.json questions[0]"),
                                     QStringLiteral("ckad/001/assessment.json questions[0].verification[0].weightage"),
                                     QStringLiteral("ckad/001/assessment.json questions[1]"),
                                     QStringLiteral("other/001/assessment.json questions[0]")}));
        QVERIFY(findings.first().message.contains(QStringLiteral("no solutionScriptFile")));
    }

    void defect_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("file"); // relative to the pack's root
        QTest::addColumn<QString>("jsonPath");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("labsLoaded"); // what the catalog makes of the same pack

        const QString labs = QStringLiteral("labs.json");
        const QString config = QStringLiteral("fixture-docker/config.json");
        const QString assessment = QStringLiteral("fixture-docker/assessment.json");
        auto row = [](const char *pack, bool isError, const QString &file, const char *path, int line, int column,
                      const char *says, int loaded) {
            QTest::newRow(pack) << QString::fromLatin1(pack) << isError << file << QString::fromLatin1(path) << line
                                << column << QString::fromLatin1(says) << loaded;
        };
        // invalid JSON, with line and column
        row("labs-invalid-json", true, labs, "", 3, 29, "invalid JSON", 0);
        row("assessment-invalid-json", true, assessment, "", 4, 5, "invalid JSON", 0);
        row("config-invalid-json", true, config, "", 2, 15, "invalid JSON", 0);
        // missing or wrong-typed fields, with the JSON path
        row("missing-name", true, labs, "labs[0].name", 3, 5, "required field is missing; expected a string", 0);
        row("wrong-type-duration", true, labs, "labs[0].examDurationInMinutes", 10, 32, "expected a number", 0);
        row("wrong-type-isfree", true, labs, "labs[0].isFree", 13, 17, "expected true or false", 0);
        row("bad-runtime", true, labs, "labs[0].runtime", 15, 18, "expected one of: kind, docker", 0);
        row("missing-totalmarks", true, config, "totalMarks", 1, 1, "required field is missing; expected a number", 0);
        row("wrong-type-verification", true, assessment, "questions[1].verification", 42, 23, "expected an array", 0);
        row("missing-script-field", true, assessment, "questions[0].verification[1].verificationScriptFile", 23, 9,
            "required field is missing", 0);
        row("bad-expected-output", true, assessment, "questions[0].verification[0].expectedOutput", 20, 29,
            "expected the script's exit code", 0);
        row("duplicate-json-key", false, config, "lowScore", 8, 15, "key appears more than once", 1);
        row("missing-config", true, config, "", 0, 0, "file not found", 0);
        row("missing-assessment", true, assessment, "", 0, 0, "file not found", 0);
        row("missing-asset-folder", true, labs, "labs[0].assetPath", 5, 20, "\"no-such-folder\" not found", 0);
        // duplicate ids
        row("duplicate-lab-id", true, labs, "labs[1].id", 19, 13, "duplicate lab id \"fixture-docker\"", 1);
        row("duplicate-question-id", true, assessment, "questions[1].id", 33, 13, "duplicate question id \"1\"", 0);
        row("duplicate-check-id", true, assessment, "questions[0].verification[1].id", 24, 17,
            "duplicate check id \"1\"", 0);
        // weights that are not positive numbers
        row("zero-weight", true, assessment, "questions[1].verification[0].weightage", 48, 24,
            "is 0; expected a positive number", 0);
        row("negative-weight", true, assessment, "questions[0].verification[1].weightage", 28, 24,
            "is -1; expected a positive number", 0);
        row("text-weight", true, assessment, "questions[0].verification[1].weightage", 28, 24,
            "found the string \"heavy\"; expected a number", 0);
        row("string-weight", false, assessment, "questions[0].verification[1].weightage", 28, 24,
            "is the string \"1.5\"; expected a JSON number without quotes", 1);
        // scripts: missing, outside their folder, not executable, no shebang, CRLF
        row("missing-validation-script", true, assessment, "questions[0].verification[1].verificationScriptFile", 26,
            37, "script scripts/validation/q1_s2_running.sh does not exist", 1);
        row("missing-solution-script", true, assessment, "questions[1].solutionScriptFile", 40, 29,
            "script scripts/solution/q2_solution.sh does not exist", 1);
        row("script-outside-folder", true, assessment, "questions[1].verification[0].verificationScriptFile", 46, 37,
            "points outside scripts/validation/", 1);
        row("non-executable-script", false, QStringLiteral("fixture-docker/scripts/validation/q2_s1_volume.sh"), "", 0,
            0, "not executable", 1);
        row("no-shebang", false, QStringLiteral("fixture-docker/scripts/setup/q1_setup.sh"), "", 1, 1, "no shebang", 1);
        row("crlf-script", true, QStringLiteral("fixture-docker/scripts/validation/q1_s1_exists.sh"), "", 1, 1,
            "(CRLF) line endings", 1);
        row("orphan-setup-script", false, QStringLiteral("fixture-docker/scripts/setup/q9_setup.sh"), "", 0, 0,
            "matches no question", 1);
        // thresholds out of order
        row("thresholds-out-of-order", true, config, "mediumScore", 8, 18,
            "is 1, below lowScore (2); expected lowScore <= mediumScore <= highScore <= totalMarks", 1);
        row("high-above-total", true, config, "totalMarks", 6, 17, "is 5, below highScore (6)", 1);
        // questions without checks, answers file missing, images without a Dockerfile
        row("question-without-checks", true, assessment, "questions[1].verification", 42, 23, "question has no checks",
            1);
        row("missing-answers", true, config, "answers", 4, 14, "answers file \"answers.md\" not found", 1);
        row("missing-dockerfile", true, config, "images[0].build", 13, 16, "no Dockerfile in \"images/busybox\"", 1);
        // what the scripts use against what the lab declares (docs/lab-format.md, "What scripts may use")
        const QString kindAssessment = QStringLiteral("fixture-ckad/assessment.json");
        const QString kindCheck = QStringLiteral("fixture-ckad/scripts/validation/q1_s1_pod.sh");
        const QString kindSolution = QStringLiteral("fixture-ckad/scripts/solution/q1_solution.sh");
        row("table-read", false, kindCheck, "", 3, 1,
            "check reads the table `kubectl get` prints and filters it as text; expected -o jsonpath=..., -o json or "
            "-o name",
            1);
        row("no-solution", false, assessment, "questions[1]", 32, 5, "question has checks but no solutionScriptFile",
            1);
        row("undeclared-image", true, QStringLiteral("fixture-docker/scripts/solution/q1_solution.sh"), "", 3, 30,
            "image \"ckx-lab/busybox:2\" is not declared; expected it in config.json \"images\"", 1);
        row("undeclared-node-alias", true, kindCheck, "", 3, 5,
            "node alias \"alpha-node02\" is not a node of this lab; expected one of: alpha-controlplane, alpha-node01",
            1);
        row("undeclared-context", true, kindAssessment, "questions[0].context", 21, 18,
            "context \"cluster2\" is not one of the lab's clusters; expected one of: cluster1 (config.json declares no \"clusters\")", 1);
        row("undeclared-script-context", true, kindSolution, "", 3, 19,
            "context \"cluster2\" is not a cluster context of this lab", 1);
        row("script-without-context", false, kindCheck, "", 2, 1,
            "`kubectl get` without a context in a script of question 1 (context \"cluster1\"); expected --context "
            "cluster1",
            1);
        row("missing-pack-file", true, kindSolution, "", 2, 7,
            "/opt/ckx/lab/scripts/charts/webapp is not in the pack; expected scripts/charts/webapp", 1);
        row("missing-question-context", true, kindAssessment, "questions[0]", 3, 5,
            "no \"context\"; the lab has 2 clusters, so every question names the one its task is on (one of: cluster1, cluster2)", 1);
    }

    void defect()
    {
        QFETCH(QString, pack);
        QFETCH(bool, isError);
        QFETCH(QString, file);
        QFETCH(QString, jsonPath);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        QFETCH(int, labsLoaded);

        const QString root = QDir::cleanPath(data(QStringLiteral("broken/") + pack));
        const QList<LabProblem> findings = LabLinter().lint({root});
        QVERIFY2(findings.size() == 1, qPrintable(dump(findings)));
        const LabProblem &p = findings.first();
        QCOMPARE(p.severity, isError ? LabProblem::Severity::Error : LabProblem::Severity::Warning);
        QCOMPARE(p.file, root + u'/' + file);
        QCOMPARE(p.jsonPath, jsonPath);
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
        QVERIFY2(p.message.contains(says), qPrintable(p.message));

        // The catalog reads with the same parser: reader errors keep the pack out with the same finding.
        const LabCatalog catalog = LabCatalog::load({root});
        QCOMPARE(catalog.labs().size(), labsLoaded);
        if (labsLoaded == 0) {
            QCOMPARE(catalog.problems().size(), 1);
            QCOMPARE(catalog.problems().first().toString(), p.toString());
        }
    }

    void everyBrokenPackIsReportedInOneRun()
    {
        // A folder of lab roots: every broken pack is linted, none stops the others.
        const QString broken = data(QStringLiteral("broken"));
        const QList<LabProblem> findings = LabLinter().lint({broken});
        QSet<QString> packsWithFindings;
        for (const auto &p : findings)
            packsWithFindings.insert(QDir(broken).relativeFilePath(p.file).section(u'/', 0, 0));
        const QStringList all = QDir(broken).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(packsWithFindings.size(), all.size());
        QCOMPARE(findings.size(), all.size());
        // Sorted by file, then line.
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(findings.at(i - 1).file <= findings.at(i).file);
    }

    void lintOnePackFolderOrLabsJson()
    {
        const QString root = data(QStringLiteral("broken/missing-answers"));
        QCOMPARE(LabLinter().lint({root + QStringLiteral("/labs.json")}).size(), 1);
        QCOMPARE(LabLinter().lint({root + QStringLiteral("/fixture-docker")}).size(), 1);
        // A pack folder lints only that pack: the clean root's other pack is not looked at.
        QTemporaryDir tmp;
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("clean")), tmp.path()));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("fixture-ckad/answers.md"))));
        QCOMPARE(LabLinter().lint({tmp.filePath(QStringLiteral("fixture-docker"))}).size(), 0);
        const auto ckad = LabLinter().lint({tmp.filePath(QStringLiteral("fixture-ckad"))});
        QCOMPARE(ckad.size(), 1);
        QVERIFY(ckad.first().file.endsWith(QStringLiteral("fixture-ckad/config.json")));
    }

    void pathsThatAreNotPacks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/ckx") << QStringLiteral("no such file or folder");
        QTest::newRow("empty folder") << QString() << QStringLiteral("no labs.json here or in the folders below");
        QTest::newRow("a random file") << data(QStringLiteral("clean/fixture-docker/answers.md"))
                                       << QStringLiteral("not a lab folder");
    }
    void pathsThatAreNotPacks()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        QTemporaryDir tmp;
        if (path.isEmpty())
            path = tmp.path();
        const QList<LabProblem> findings = LabLinter().lint({path});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, LabProblem::Severity::Error);
        QVERIFY2(findings.first().message.contains(says), qPrintable(findings.first().message));
    }

    void mistypedFieldIsReportedOnce()
    {
        // The linter's own checks (thresholds, answers file) must not pile on top of the reader's type error.
        QTemporaryDir tmp;
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("clean")), tmp.path()));
        const QString config = tmp.filePath(QStringLiteral("fixture-docker/config.json"));
        QByteArray c = LabPackFixture::readFile(config);
        c.replace("\"totalMarks\": 5", "\"totalMarks\": \"lots\"");
        c.replace("\"answers\": \"answers.md\"", "\"answers\": 7");
        QVERIFY(LabPackFixture::writeFile(config, c));
        const QList<LabProblem> findings = LabLinter().lint({tmp.path()});
        QVERIFY2(findings.size() == 2, qPrintable(dump(findings)));
        QCOMPARE(findings.at(0).jsonPath, QStringLiteral("answers"));
        QCOMPARE(findings.at(1).jsonPath, QStringLiteral("totalMarks"));
    }

    void sharedScriptReportedOnce()
    {
        QTemporaryDir tmp;
        QVERIFY(LabPackFixture::copyTree(data(QStringLiteral("clean")), tmp.path()));
        // Point both checks of question 1 at the same script, then strip its shebang: one finding, not two.
        const QString assessment = tmp.filePath(QStringLiteral("fixture-docker/assessment.json"));
        QByteArray a = LabPackFixture::readFile(assessment);
        a.replace("q1_s2_running.sh", "q1_s1_exists.sh");
        QVERIFY(LabPackFixture::writeFile(assessment, a));
        QVERIFY(LabPackFixture::writeFile(
            tmp.filePath(QStringLiteral("fixture-docker/scripts/validation/q1_s1_exists.sh")), "docker inspect web\n"));
        const QList<LabProblem> findings = LabLinter().lint({tmp.path()});
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().message.contains(QStringLiteral("no shebang")));
    }
};

QTEST_GUILESS_MAIN(TestLabLinter)
#include "tst_lablinter.moc"
