// Runs the real ckxctl binary the way a lab author or a script would: exit codes, the lint line format, the
// --json shapes documented in docs/cli.md, and the catalog roots from CKX_LABS_DIRS.

#include "fixtures/ckxctlprocess.h"
#include "fixtures/labpackfixture.h"
#include "ckxpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ckx::test::LabPackFixture;

namespace {

using Run = ckx::test::CkxctlRun;

QString binDir()
{
    return ckx::test::ckxctlBinDir();
}

Run ckxctl(const QStringList &args, const QString &labsDirs = QString(), const QString &cwd = QString())
{
    QProcessEnvironment env;
    if (!labsDirs.isEmpty())
        env.insert(QStringLiteral("CKX_LABS_DIRS"), labsDirs);
    return ckx::test::runCkxctl(args, env, cwd);
}

QString data(const QString &rel)
{
    return LabPackFixture::dataDir() + u'/' + rel;
}

} // namespace

class TestCkxctlLabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(binDir() + QStringLiteral("/ckxctl")).isExecutable(),
                 qPrintable(QStringLiteral("build ckxctl first: %1/ckxctl").arg(binDir())));
    }

    void versionAndHelp()
    {
        const Run v = ckxctl({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out.trimmed(), QStringLiteral("ckxctl " CKX_VERSION));
        const Run h = ckxctl({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *cmd : {"ckxctl labs list", "ckxctl labs show ID", "ckxctl labs lint"})
            QVERIFY2(h.out.contains(QString::fromLatin1(cmd)), qPrintable(h.out));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("lint without a path") << QStringList{QStringLiteral("labs"), QStringLiteral("lint")};
        QTest::newRow("lint unknown option") << QStringList{QStringLiteral("labs"), QStringLiteral("lint"),
                                                            QStringLiteral("--fast"), QStringLiteral(".")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("labs"), QStringLiteral("show")};
        QTest::newRow("show two ids") << QStringList{QStringLiteral("labs"), QStringLiteral("show"),
                                                     QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("list extra argument")
            << QStringList{QStringLiteral("labs"), QStringLiteral("list"), QStringLiteral("x")};
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("labs"), QStringLiteral("frobnicate")};
        QTest::newRow("labs alone") << QStringList{QStringLiteral("labs")};
    }
    void usageErrorsExit2()
    {
        QFETCH(QStringList, args);
        const Run r = ckxctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("usage")), qPrintable(r.err));
    }

    void lintCleanPackExits0()
    {
        const Run r = ckxctl({QStringLiteral("labs"), QStringLiteral("lint"), data(QStringLiteral("clean"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("0 error(s), 0 warning(s)")), qPrintable(r.out));
    }

    void lintBrokenPackReportsFileLineColumnPath()
    {
        // Run from tests/data/labs: files are named relative to the working directory, like a compiler does.
        const Run r = ckxctl({QStringLiteral("labs"), QStringLiteral("lint"), QStringLiteral("broken/zero-weight")},
                             QString(), LabPackFixture::dataDir());
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("broken/zero-weight/fixture-docker/assessment.json:48:24: "
                                             "questions[1].verification[0].weightage: is 0; expected a positive "
                                             "number (the check's points)"));
        QCOMPARE(lines.at(1), QStringLiteral("1 error(s), 0 warning(s) in broken/zero-weight"));
    }

    void lintEveryBrokenPackWithoutCrashing()
    {
        const Run r = ckxctl(
            {QStringLiteral("labs"), QStringLiteral("lint"), QStringLiteral("--json"), data(QStringLiteral("broken"))});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        const int packs = int(QDir(data(QStringLiteral("broken"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        QCOMPARE(findings.size(), packs);
        QCOMPARE(o.value(QStringLiteral("errors")).toInt() + o.value(QStringLiteral("warnings")).toInt(), packs);
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            const QString severity = f.value(QStringLiteral("severity")).toString();
            QVERIFY(severity == u"error" || severity == u"warning");
            QVERIFY(QFileInfo(f.value(QStringLiteral("file")).toString()).isAbsolute());
            QVERIFY(f.value(QStringLiteral("path")).isString());
            QVERIFY(f.value(QStringLiteral("line")).isDouble());
            QVERIFY(f.value(QStringLiteral("column")).isDouble());
            QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
        }
    }

    void warningsOkKeepsExit0ForWarningsOnly()
    {
        const QString pack = data(QStringLiteral("broken/no-shebang"));
        QCOMPARE(ckxctl({QStringLiteral("labs"), QStringLiteral("lint"), pack}).exitCode, 1);
        QCOMPARE(
            ckxctl({QStringLiteral("labs"), QStringLiteral("lint"), QStringLiteral("--warnings-ok"), pack}).exitCode,
            0);
        const QString errorPack = data(QStringLiteral("broken/missing-answers"));
        QCOMPARE(ckxctl({QStringLiteral("labs"), QStringLiteral("lint"), QStringLiteral("--warnings-ok"), errorPack})
                     .exitCode,
                 1);
    }

    void bundledPacksLintClean()
    {
        const QString bundled = QStringLiteral(CKX_SOURCE_DIR "/resources/labs");
        if (!QFileInfo(bundled + QStringLiteral("/labs.json")).isFile())
            QSKIP("resources/labs has no labs.json yet");
        const Run r = ckxctl({QStringLiteral("labs"), QStringLiteral("lint"), bundled});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    }

    void listUsesLabsDirsAndReportsBrokenPacks()
    {
        const QString dirs = data(QStringLiteral("clean")) + u':' + data(QStringLiteral("broken/missing-config")) +
                             u':' + data(QStringLiteral("ckx/facilitator/assets/exams"));
        const Run text = ckxctl({QStringLiteral("labs"), QStringLiteral("list")}, dirs);
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5); // header + 4 labs
        QVERIFY(lines.at(0).startsWith(QStringLiteral("ID ")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("fixture-docker ")));
        QVERIFY(lines.at(1).contains(QStringLiteral("Docker Fixture Lab")));
        QVERIFY(lines.at(2).contains(QStringLiteral(" pass ")));
        QVERIFY(text.err.contains(QStringLiteral("missing-config/fixture-docker/config.json: file not found")));

        const Run json = ckxctl({QStringLiteral("labs"), QStringLiteral("list"), QStringLiteral("--json")}, dirs);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("roots")).toArray().size(), 3);
        const QJsonArray labs = o.value(QStringLiteral("labs")).toArray();
        QCOMPARE(labs.size(), 4);
        const QJsonObject first = labs.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("fixture-docker"));
        QCOMPARE(first.value(QStringLiteral("track")).toString(), QStringLiteral("Docker"));
        QCOMPARE(first.value(QStringLiteral("runtime")).toString(), QStringLiteral("docker"));
        QCOMPARE(first.value(QStringLiteral("isFree")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("questionCount")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("checkCount")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("examDurationInMinutes")).toInt(), 30);
        QCOMPARE(labs.at(2).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("ckad-001"));
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0)
                    .toObject()
                    .value(QStringLiteral("file"))
                    .toString()
                    .endsWith(QStringLiteral("missing-config/fixture-docker/config.json")));
    }

    void showGivesQuestionsChecksWeightsAndTotals()
    {
        const QString dirs = data(QStringLiteral("clean"));
        const Run json = ckxctl({QStringLiteral("labs"), QStringLiteral("show"), QStringLiteral("fixture-docker"),
                                 QStringLiteral("--json")},
                                dirs);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("fixture-docker"));
        QCOMPARE(o.value(QStringLiteral("totalMarks")).toDouble(), 5.0);
        QCOMPARE(o.value(QStringLiteral("maxScore")).toDouble(), 5.0);
        QCOMPARE(o.value(QStringLiteral("lowScore")).toDouble(), 2.0);
        QCOMPARE(o.value(QStringLiteral("images")).toArray().size(), 1);
        const QJsonArray questions = o.value(QStringLiteral("questions")).toArray();
        QCOMPARE(questions.size(), 2);
        const QJsonObject q1 = questions.at(0).toObject();
        QCOMPARE(q1.value(QStringLiteral("maxScore")).toDouble(), 3.5);
        QCOMPARE(q1.value(QStringLiteral("solutionScriptFile")).toString(), QStringLiteral("q1_solution.sh"));
        const QJsonArray checks = q1.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("weight")).toDouble(), 1.5);
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("expectedExitCode")).toInt(), 0);
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("scriptFile")).toString(),
                 QStringLiteral("q1_s2_running.sh"));

        const Run text =
            ckxctl({QStringLiteral("labs"), QStringLiteral("show"), QStringLiteral("fixture-docker")}, dirs);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("2 questions, 3 checks, 5 points from checks; totalMarks 5")));
        QVERIFY(text.out.contains(QStringLiteral("Q1  [3.5 pts]")));
        QVERIFY(text.out.contains(QStringLiteral("2. [1.5] Container web is running  (q1_s2_running.sh, exit 0)")));
    }

    void showUnknownLabExits1()
    {
        const Run r = ckxctl({QStringLiteral("labs"), QStringLiteral("show"), QStringLiteral("nope")},
                             data(QStringLiteral("clean")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no lab with id 'nope'; available: fixture-docker, fixture-ckad")));
    }

    void firstUseOfTheStorePrintsOnlyTheAnswer()
    {
        // The first command on a fresh data folder creates and migrates the store: that is not the user's business.
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        qputenv("CKX_DATA_DIR", QFile::encodeName(dataDir.path()));
        const Run r = ckxctl({QStringLiteral("exam"), QStringLiteral("list")}, data(QStringLiteral("clean")));
        qunsetenv("CKX_DATA_DIR");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(!QDir(dataDir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot)); // the store was made
    }
};

QTEST_GUILESS_MAIN(TestCkxctlLabs)
#include "tst_ckxctl_labs.moc"
