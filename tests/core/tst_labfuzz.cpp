// Feeds the reader and the linter truncated, byte-mutated and type-mutated copies of a valid pack. Whatever comes
// in, they must answer with findings, never crash; an invalid document must be an error with a position; and a pack
// the catalog accepts must be one the exam can use (positive weights, non-empty ids, a duration).

#include "core/labcatalog.h"
#include "core/lablinter.h"
#include "fixtures/labpackfixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ckx;
using ckx::test::LabPackFixture;

namespace {

// What must hold for every pack the catalog lets through, whatever the input was.
void verifyUsable(const LabCatalog &catalog)
{
    for (const LabPack &pack : catalog.labs()) {
        QVERIFY(!pack.info.id.isEmpty());
        QVERIFY(!pack.info.assetPath.trimmed().isEmpty());
        QVERIFY(QFileInfo(pack.assetDir).isDir());
        QVERIFY(!pack.info.name.isNull());
        QVERIFY(pack.info.examDurationMinutes >= 1);
        QVERIFY(pack.info.runtime == u"kind" || pack.info.runtime == u"docker");
        QVERIFY(pack.info.type == u"mock" || pack.info.type == u"full");
        for (const Question &q : pack.questions) {
            QVERIFY(!q.id.isEmpty());
            for (const ValidationCheck &c : q.checks) {
                QVERIFY(c.weight > 0);
                QVERIFY(!c.scriptFile.trimmed().isEmpty());
                bool ok = false;
                c.expectedOutput.trimmed().toInt(&ok);
                QVERIFY(ok);
            }
        }
    }
}

using Rebuild = std::function<QJsonValue(const QJsonValue &)>;

// For every value in a document, a function that returns the whole document with that value replaced.
void collectSetters(const QJsonValue &v, const Rebuild &rebuild, QList<Rebuild> &out)
{
    out.append(rebuild);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            collectSetters(
                it.value(),
                [rebuild, o, key](const QJsonValue &r) {
                    QJsonObject copy = o;
                    copy.insert(key, r);
                    return rebuild(copy);
                },
                out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            collectSetters(
                a.at(i),
                [rebuild, a, i](const QJsonValue &r) {
                    QJsonArray copy = a;
                    copy.replace(i, r);
                    return rebuild(copy);
                },
                out);
        }
    }
}

QByteArray toJson(const QJsonValue &v)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson() : QJsonDocument(v.toArray()).toJson();
}

} // namespace

class TestLabFuzz : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString root() const { return m_tmp.filePath(QStringLiteral("pack")); }

    // Runs the catalog and the linter on the current contents of the pack.
    void check(const QString &file, bool mustBeError)
    {
        const LabCatalog catalog = LabCatalog::load({root()});
        verifyUsable(catalog);
        const QList<LabProblem> findings = LabLinter().lint({root()});
        if (mustBeError) {
            bool found = false;
            for (const auto &p : findings)
                found = found || (p.severity == LabProblem::Severity::Error && p.file == file && p.line > 0);
            QVERIFY2(found, qPrintable(file));
            for (const auto &p : catalog.labs())
                QVERIFY2(p.info.id != u"fixture-docker" || !file.contains(u"fixture-docker"), "broken pack loaded");
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        QDir(root()).removeRecursively();
        QVERIFY(LabPackFixture::copyTree(LabPackFixture::dataDir() + QStringLiteral("/clean"), root()));
    }

    void files_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("labs.json") << QStringLiteral("labs.json");
        QTest::newRow("config.json") << QStringLiteral("fixture-docker/config.json");
        QTest::newRow("assessment.json") << QStringLiteral("fixture-docker/assessment.json");
    }

    void truncated_data() { files_data(); }
    void truncated()
    {
        QFETCH(QString, file);
        const QString path = root() + u'/' + file;
        const QByteArray original = LabPackFixture::readFile(path);
        // Every prefix that stops before the closing brace is invalid JSON.
        const qsizetype end = original.lastIndexOf('}');
        QVERIFY(end > 0);
        for (qsizetype cut = 0; cut < end; cut += (cut < 64 ? 1 : 3)) {
            QVERIFY(LabPackFixture::writeFile(path, original.left(cut)));
            if (cut == 0 || original.left(cut).trimmed().isEmpty()) {
                // An empty file is an error without a position.
                const auto findings = LabLinter().lint({root()});
                QVERIFY(!findings.isEmpty());
                continue;
            }
            check(path, true);
            if (QTest::currentTestFailed()) {
                qWarning("failed at cut %lld", qlonglong(cut));
                return;
            }
        }
    }

    void byteMutations_data() { files_data(); }
    void byteMutations()
    {
        QFETCH(QString, file);
        const QString path = root() + u'/' + file;
        const QByteArray original = LabPackFixture::readFile(path);
        QRandomGenerator rng(20241125); // fixed seed: a failure reproduces
        const QByteArray alphabet = QByteArrayLiteral("{}[]\",:-.0123456789eEtrufalsn \\\n\x01\x7f\xc3\xff");
        for (int round = 0; round < 400; ++round) {
            QByteArray mutated = original;
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
                const qsizetype at = rng.bounded(int(mutated.size()));
                const char c = alphabet.at(rng.bounded(int(alphabet.size())));
                switch (rng.bounded(3)) {
                case 0:
                    mutated[at] = c;
                    break;
                case 1:
                    mutated.remove(at, 1 + rng.bounded(8));
                    break;
                default:
                    mutated.insert(at, c);
                    break;
                }
            }
            QVERIFY(LabPackFixture::writeFile(path, mutated));
            QJsonParseError error;
            QJsonDocument::fromJson(mutated, &error);
            check(path, error.error != QJsonParseError::NoError);
            if (QTest::currentTestFailed()) {
                qWarning("failed in round %d with:\n%s", round, mutated.constData());
                return;
            }
        }
    }

    void typeMutations_data() { files_data(); }
    void typeMutations()
    {
        QFETCH(QString, file);
        const QString path = root() + u'/' + file;
        const QJsonDocument doc = QJsonDocument::fromJson(LabPackFixture::readFile(path));
        const QJsonValue rootValue = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        QList<Rebuild> setters;
        collectSetters(
            rootValue, [](const QJsonValue &r) { return r; }, setters);
        QVERIFY(setters.size() > 10);

        QJsonArray deep;
        for (int i = 0; i < 50; ++i)
            deep = QJsonArray{deep};
        const QList<QJsonValue> replacements = {
            QJsonValue(QJsonValue::Null),
            true,
            false,
            0,
            -1,
            1e300,
            0.5,
            QStringLiteral(""),
            QStringLiteral("x"),
            QStringLiteral("../../etc/passwd"),
            QJsonArray{},
            QJsonObject{},
            deep,
            QJsonArray{1, QStringLiteral("a")},
        };
        for (const auto &set : setters) {
            for (const QJsonValue &r : replacements) {
                const QJsonValue mutated = set(r);
                if (!mutated.isObject() && !mutated.isArray())
                    continue; // a scalar document cannot be written by QJsonDocument
                QVERIFY(LabPackFixture::writeFile(path, toJson(mutated)));
                check(path, false);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\t\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("deep valid nesting") << QByteArray(2000, '[') + QByteArray(2000, ']');
        QTest::newRow("NUL inside string") << QByteArray("{\"labs\": [\"a\0b\"]}", 17);
        QTest::newRow("lone surrogate") << QByteArray("{\"labs\": [\"\\ud800\"]}");
        QTest::newRow("too large") << QByteArray(LabJsonFileMax + 10, ' ');
    }
    void hostileFiles()
    {
        QFETCH(QByteArray, content);
        for (const QString &file : {QStringLiteral("labs.json"), QStringLiteral("fixture-docker/config.json"),
                                    QStringLiteral("fixture-docker/assessment.json")}) {
            init();
            const QString path = root() + u'/' + file;
            QVERIFY(LabPackFixture::writeFile(path, content));
            const LabCatalog catalog = LabCatalog::load({root()});
            verifyUsable(catalog);
            QVERIFY(!catalog.problems().isEmpty());
            const QList<LabProblem> findings = LabLinter().lint({root()});
            QVERIFY(LabLinter::count(findings, LabProblem::Severity::Error) > 0);
            bool namesFile = false;
            for (const auto &p : findings)
                namesFile = namesFile || p.file == path;
            QVERIFY2(namesFile, qPrintable(file));
        }
    }

private:
    static constexpr qsizetype LabJsonFileMax = 16 * 1024 * 1024;
};

QTEST_GUILESS_MAIN(TestLabFuzz)
#include "tst_labfuzz.moc"
