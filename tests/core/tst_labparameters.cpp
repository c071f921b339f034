// Randomised lab parameters: a declaration is read or refused with the file and JSON path, a seed always draws
// the same values and every value is one its declaration allows, {{NAME}} is replaced in what the candidate reads
// (and nothing else is), and the linter catches placeholders nobody declared and declarations nobody uses.

#include "core/labcatalog.h"
#include "core/labjsonfile.h"
#include "core/lablinter.h"
#include "core/labparameters.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ckx;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(text);
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

// A one-question Docker pack whose config carries `parameters`, question text `question` and check script `check`.
QString writePack(const QTemporaryDir &dir, const QJsonValue &parameters, const QString &question,
                  const QByteArray &check, const QByteArray &answers = "# Q1\n\nanswer\n")
{
    const QString root = dir.path();
    writeFile(root + u"/labs.json"_s,
              R"({"labs": [{"id": "p-001", "assetPath": "p-001", "name": "P", "examDurationInMinutes": 10,
                  "track": "Docker", "runtime": "docker"}]})");
    QJsonObject config{{u"lab"_s, u"p-001"_s}, {u"totalMarks"_s, 1}, {u"lowScore"_s, 0}, {u"mediumScore"_s, 0},
                       {u"highScore"_s, 1}};
    if (!parameters.isUndefined())
        config.insert(u"parameters"_s, parameters);
    writeFile(root + u"/p-001/config.json"_s, QJsonDocument(config).toJson());
    const QJsonObject q{{u"id"_s, u"1"_s}, {u"question"_s, question}, {u"solutionScriptFile"_s, u"q1_solution.sh"_s},
                        {u"verification"_s, QJsonArray{QJsonObject{{u"id"_s, u"1"_s}, {u"description"_s, u"checked"_s},
                                                                   {u"verificationScriptFile"_s, u"q1_s1.sh"_s},
                                                                   {u"expectedOutput"_s, u"0"_s}, {u"weightage"_s, 1}}}}};
    writeFile(root + u"/p-001/assessment.json"_s, QJsonDocument(QJsonObject{{u"questions"_s, QJsonArray{q}}}).toJson());
    writeFile(root + u"/p-001/scripts/validation/q1_s1.sh"_s, check);
    writeFile(root + u"/p-001/scripts/solution/q1_solution.sh"_s, "#!/usr/bin/env bash\ntrue\n");
    writeFile(root + u"/p-001/answers.md"_s, answers);
    return root;
}

QJsonObject decl(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList messages(const QList<LabProblem> &problems)
{
    QStringList out;
    for (const LabProblem &p : problems)
        out << p.toString();
    return out;
}

} // namespace

class TestLabParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodDeclarationsLoadWithThePack()
    {
        QTemporaryDir dir;
        const QString root = writePack(dir, decl(R"({"APP": {"choices": ["web", "shop", 7], "description": "app"},
                                                     "PORT": {"range": [8000, 8999]}})"),
                                       u"Run {{APP}} on {{PORT}}"_s, "#!/usr/bin/env bash\n[ -n \"$APP$PORT\" ]\n");
        QList<LabProblem> problems;
        const QList<LabPack> packs = readLabRoot(root, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(messages(problems).join(u'\n')));
        QCOMPARE(packs.size(), 1);
        const QList<LabParameter> &params = packs.first().parameters;
        QCOMPARE(params.size(), 2);
        QCOMPARE(params.at(0).name, u"APP"_s);
        QCOMPARE(params.at(0).kind, LabParameter::Kind::Choice);
        QCOMPARE(params.at(0).choices, (QStringList{u"web"_s, u"shop"_s, u"7"_s}));
        QCOMPARE(params.at(0).description, u"app"_s);
        QCOMPARE(params.at(1).kind, LabParameter::Kind::Range);
        QCOMPARE(params.at(1).min, qint64(8000));
        QCOMPARE(params.at(1).max, qint64(8999));
        QVERIFY(!packs.first().configExtra.contains(u"parameters"_s)); // read, not kept as unknown
        QVERIFY(LabLinter().lint({root}).isEmpty());
    }

    void badDeclarationIsAnErrorNamingFileAndPath_data()
    {
        QTest::addColumn<QByteArray>("parameters");
        QTest::addColumn<QString>("jsonPath");
        QTest::addColumn<QString>("says");
        QTest::newRow("not an object") << QByteArray(R"(["APP"])") << u"parameters"_s << u"expected an object"_s;
        QTest::newRow("lower-case name") << QByteArray(R"({"app": {"choices": ["a"]}})") << u"parameters.app"_s
                                         << u"not a usable parameter name"_s;
        QTest::newRow("reserved name") << QByteArray(R"({"PATH": {"choices": ["a"]}})") << u"parameters.PATH"_s
                                       << u"already uses"_s;
        QTest::newRow("reserved prefix") << QByteArray(R"({"CKX_APP": {"choices": ["a"]}})")
                                         << u"parameters.CKX_APP"_s << u"reserved"_s;
        QTest::newRow("declaration not an object") << QByteArray(R"({"APP": ["a"]})") << u"parameters.APP"_s
                                                   << u"expected an object"_s;
        QTest::newRow("neither kind") << QByteArray(R"({"APP": {}})") << u"parameters.APP"_s << u"neither"_s;
        QTest::newRow("both kinds") << QByteArray(R"({"APP": {"choices": ["a"], "range": [1, 2]}})")
                                    << u"parameters.APP"_s << u"both"_s;
        QTest::newRow("empty choices") << QByteArray(R"({"APP": {"choices": []}})") << u"parameters.APP.choices"_s
                                       << u"non-empty array"_s;
        QTest::newRow("choice with a space") << QByteArray(R"({"APP": {"choices": ["a", "b c"]}})")
                                             << u"parameters.APP.choices[1]"_s << u"cannot be a value"_s;
        QTest::newRow("choice twice") << QByteArray(R"({"APP": {"choices": ["a", "a"]}})")
                                      << u"parameters.APP.choices[1]"_s << u"listed twice"_s;
        QTest::newRow("choice not text") << QByteArray(R"({"APP": {"choices": [true]}})")
                                         << u"parameters.APP.choices[0]"_s << u"expected a string or a whole number"_s;
        QTest::newRow("range of one") << QByteArray(R"({"N": {"range": [1]}})") << u"parameters.N.range"_s
                                      << u"expected [min, max]"_s;
        QTest::newRow("range not whole") << QByteArray(R"({"N": {"range": [1, 2.5]}})") << u"parameters.N.range"_s
                                         << u"two whole numbers"_s;
        QTest::newRow("range reversed") << QByteArray(R"({"N": {"range": [9, 3]}})") << u"parameters.N.range"_s
                                        << u"min <= max"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"N": {"range": [1, 3], "step": 2}})")
                                       << u"parameters.N.step"_s << u"unknown field"_s;
    }

    void badDeclarationIsAnErrorNamingFileAndPath()
    {
        QFETCH(QByteArray, parameters);
        QFETCH(QString, jsonPath);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString root =
            writePack(dir, QJsonDocument::fromJson("{\"p\": " + parameters + "}").object().value(u"p"_s),
                      u"task"_s, "#!/usr/bin/env bash\ntrue\n");
        QList<LabProblem> problems;
        const QList<LabPack> packs = readLabRoot(root, problems);
        QVERIFY(packs.isEmpty()); // a lab whose draw is undefined stays out of the catalog
        QCOMPARE(problems.size(), 1);
        const LabProblem &p = problems.first();
        QCOMPARE(p.file, root + u"/p-001/config.json"_s);
        QCOMPARE(p.jsonPath, jsonPath);
        QVERIFY(p.line > 0);
        QVERIFY2(p.message.contains(says), qPrintable(p.toString()));
    }

    void sameSeedSameDrawEveryValueAllowed()
    {
        QList<LabProblem> errors;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        writeFile(path, R"({"parameters": {"APP": {"choices": ["web", "shop", "blog"]}, "PORT": {"range": [8000, 8004]},
                                          "ONE": {"range": [3, 3]}}})");
        const auto file = LabJsonFile::read(path, errors);
        QVERIFY(file);
        const QList<LabParameter> params =
            labparameters::parse(*file, file->document().object().value(u"parameters"_s), errors);
        QVERIFY(errors.isEmpty());
        QSet<QString> apps, ports;
        for (quint64 seed = 0; seed < 300; ++seed) {
            const ParameterValues v = labparameters::draw(params, seed);
            QCOMPARE(v, labparameters::draw(params, seed));
            QCOMPARE(v.size(), 3);
            for (const LabParameter &p : params)
                QVERIFY2(p.accepts(v.value(p.name)), qPrintable(p.name + u'=' + v.value(p.name)));
            apps.insert(v.value(u"APP"_s));
            ports.insert(v.value(u"PORT"_s));
            QCOMPARE(v.value(u"ONE"_s), u"3"_s);
        }
        // Over many attempts every value comes up: the draw really varies.
        QCOMPARE(apps.size(), 3);
        QCOMPARE(ports.size(), 5);
        QVERIFY(labparameters::draw(params, 1) != labparameters::draw(params, 2) ||
                labparameters::draw(params, 1) != labparameters::draw(params, 3));
        QVERIFY(labparameters::draw({}, 5).isEmpty());
    }

    void substitutesOnlyDeclaredPlaceholders()
    {
        const ParameterValues v{{u"APP"_s, u"shop"_s}, {u"PORT"_s, u"8123"_s}};
        QCOMPARE(labparameters::substitute(u"run `{{APP}}` on {{PORT}}; again {{APP}}"_s, v),
                 u"run `shop` on 8123; again shop"_s);
        // docker --format Go templates and unknown names stay as written.
        const QString go = u"docker inspect --format '{{.State.Status}} {{json .}}' {{OTHER}} {{ APP }}"_s;
        QCOMPARE(labparameters::substitute(go, v), go);
        QCOMPARE(labparameters::substitute(u"{{APP}}"_s, {}), u"{{APP}}"_s);

        LabPack pack;
        Question q;
        q.markdown = u"Name it {{APP}}"_s;
        q.hints = {u"port {{PORT}}"_s};
        ValidationCheck c;
        c.description = u"{{APP}} runs"_s;
        q.checks = {c};
        pack.questions = {q};
        const LabPack shown = labparameters::applied(pack, v);
        QCOMPARE(shown.questions.first().markdown, u"Name it shop"_s);
        QCOMPARE(shown.questions.first().hints.first(), u"port 8123"_s);
        QCOMPARE(shown.questions.first().checks.first().description, u"shop runs"_s);
        QCOMPARE(pack.questions.first().markdown, u"Name it {{APP}}"_s); // the catalog's pack is untouched

        QCOMPARE(labparameters::environment(v), (QStringList{u"APP=shop"_s, u"PORT=8123"_s}));
        QCOMPARE(labparameters::fromJson(labparameters::toJson(v)), v);
        QCOMPARE(labparameters::scriptReferences(u"a=\"$APP\" b=${PORT:-1} c=$APPLE $HOME"_s,
                                                 {u"APP"_s, u"PORT"_s, u"NAME"_s}),
                 (QSet<QString>{u"APP"_s, u"PORT"_s}));
    }

    void linterCatchesUndeclaredAndUnused()
    {
        QTemporaryDir dir;
        const QString root = writePack(dir, decl(R"({"APP": {"choices": ["web"]}, "IDLE": {"choices": ["x"]},
                                                     "HIDDEN": {"range": [1, 2]}})"),
                                       u"Run {{APP}} with {{TYPO}}"_s,
                                       "#!/usr/bin/env bash\n[ \"$APP\" = \"{{APP}}\" ] && [ -n \"$HIDDEN\" ]\n",
                                       "# Q1\n\n{{APP}} and {{MISSING}}\n");
        const QStringList found = messages(LabLinter().lint({root}));
        const auto has = [&found](const QString &a, const QString &b) {
            return std::any_of(found.cbegin(), found.cend(), [&](const QString &m) { return m.contains(a) && m.contains(b); });
        };
        QVERIFY2(has(u"assessment.json"_s, u"questions[0].question: {{TYPO}} is not a declared parameter"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(has(u"answers.md:3"_s, u"{{MISSING}} is not a declared parameter"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(has(u"q1_s1.sh:2"_s, u"{{APP}} is not replaced in scripts"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(has(u"parameters.IDLE"_s, u"declared but never used"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(has(u"parameters.HIDDEN"_s, u"cannot know the drawn value"_s), qPrintable(found.join(u'\n')));
        QVERIFY2(!has(u"parameters.APP"_s, u"never used"_s), qPrintable(found.join(u'\n')));
        QCOMPARE(found.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestLabParameters)
#include "tst_labparameters.moc"
