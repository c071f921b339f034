// Scoring: what the learner sees on the results page (marks per question, total, percentage, band, pass)
// follows from the check results and the pack's weights and thresholds.

#include "core/scoring.h"

#include <QJsonValue>
#include <QTest>

using namespace ckx;

namespace {

using Weights = QList<QList<double>>;

// A pack with questions "q1".."qN", checks "c1".."cM" per question, weighted as given.
LabPack makePack(const Weights &weights, double totalMarks, double low, double medium, double high)
{
    LabPack pack;
    pack.info.id = QStringLiteral("test-lab");
    pack.totalMarks = totalMarks;
    pack.lowScore = low;
    pack.mediumScore = medium;
    pack.highScore = high;
    for (int qi = 0; qi < weights.size(); ++qi) {
        Question q;
        q.id = QStringLiteral("q%1").arg(qi + 1);
        q.concepts = {QStringLiteral("concept-%1").arg(qi + 1)};
        for (int ci = 0; ci < weights.at(qi).size(); ++ci) {
            ValidationCheck c;
            c.id = QStringLiteral("c%1").arg(ci + 1);
            c.weight = weights.at(qi).at(ci);
            q.checks.append(c);
        }
        pack.questions.append(q);
    }
    return pack;
}

// A result for every check of the pack: passed when "qN.cM" is listed.
QList<CheckResult> resultsFor(const LabPack &pack, const QStringList &passed)
{
    QList<CheckResult> out;
    for (const auto &q : pack.questions) {
        for (const auto &c : q.checks) {
            CheckResult r;
            r.questionId = q.id;
            r.checkId = c.id;
            r.passed = passed.contains(q.id + u'.' + c.id);
            r.exitCode = r.passed ? 0 : 1;
            r.weight = c.weight;
            out.append(r);
        }
    }
    return out;
}

} // namespace

class TstScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scores_data();
    void scores();
    void missingAndUnknownResults();
    void bandFor_data();
    void bandFor();
    void conceptsByQuestion();
};

void TstScoring::scores_data()
{
    QTest::addColumn<Weights>("weights");
    QTest::addColumn<double>("totalMarks");
    QTest::addColumn<QList<double>>("thresholds"); // low, medium, high [, passScore]
    QTest::addColumn<QStringList>("passed");
    QTest::addColumn<QList<double>>("questionScores");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("maxScore");
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("band");
    QTest::addColumn<bool>("pass");
    QTest::addColumn<bool>("defaults");

    const Weights w4{{10, 10}, {30}, {50}};
    const QList<double> ckx{40, 60, 90};
    const QStringList all{QStringLiteral("q1.c1"), QStringLiteral("q1.c2"), QStringLiteral("q2.c1"),
                          QStringLiteral("q3.c1")};

    QTest::newRow("all checks pass: full marks, high") << w4 << 100.0 << ckx << all << QList<double>{20, 30, 50}
                                                       << 100.0 << 100.0 << 100.0 << u"high"_qs << true << false;
    QTest::newRow("nothing passes: zero, low") << w4 << 100.0 << ckx << QStringList{} << QList<double>{0, 0, 0} << 0.0
                                               << 100.0 << 0.0 << u"low"_qs << false << false;
    QTest::newRow("partial credit inside a question, exactly the pass mark")
        << w4 << 100.0 << ckx << QStringList{u"q1.c1"_qs, u"q3.c1"_qs} << QList<double>{10, 0, 50} << 60.0 << 100.0
        << 60.0 << u"pass"_qs << true << false;
    QTest::newRow("one mark below the pass mark: medium, not passed")
        << Weights{{1, 58}, {41}} << 100.0 << ckx << QStringList{u"q1.c2"_qs, u"q1.c1"_qs} << QList<double>{59, 0}
        << 59.0 << 100.0 << 59.0 << u"medium"_qs << false << false;
    QTest::newRow("exactly lowScore is medium")
        << Weights{{40}, {60}} << 100.0 << ckx << QStringList{u"q1.c1"_qs} << QList<double>{40, 0} << 40.0 << 100.0
        << 40.0 << u"medium"_qs << false << false;
    QTest::newRow("below lowScore is low")
        << w4 << 100.0 << ckx << QStringList{u"q1.c1"_qs, u"q1.c2"_qs} << QList<double>{20, 0, 0} << 20.0 << 100.0
        << 20.0 << u"low"_qs << false << false;
    QTest::newRow("exactly highScore is high")
        << Weights{{90}, {10}} << 100.0 << ckx << QStringList{u"q1.c1"_qs} << QList<double>{90, 0} << 90.0 << 100.0
        << 90.0 << u"high"_qs << true << false;
    QTest::newRow("weights scaled to totalMarks")
        << Weights{{1, 1}, {1}} << 100.0 << ckx << QStringList{u"q1.c1"_qs, u"q1.c2"_qs} << QList<double>{66.67, 0}
        << 66.67 << 100.0 << 66.7 << u"pass"_qs << true << false;
    QTest::newRow("three thirds add up to exactly totalMarks")
        << Weights{{1}, {1}, {1}} << 100.0 << ckx << QStringList{u"q1.c1"_qs, u"q2.c1"_qs, u"q3.c1"_qs}
        << QList<double>{33.33, 33.33, 33.33} << 100.0 << 100.0 << 100.0 << u"high"_qs << true << false;
    QTest::newRow("judged on the rounded score the learner sees")
        << Weights{{1}, {1}, {1}} << 100.0 << QList<double>{40, 60, 90, 66.67} << QStringList{u"q1.c1"_qs, u"q2.c1"_qs}
        << QList<double>{33.33, 33.33, 0} << 66.67 << 100.0 << 66.7 << u"pass"_qs << true << false;
    QTest::newRow("pack passScore overrides mediumScore")
        << Weights{{70}, {30}} << 100.0 << QList<double>{40, 60, 90, 75} << QStringList{u"q1.c1"_qs}
        << QList<double>{70, 0} << 70.0 << 100.0 << 70.0 << u"medium"_qs << false << false;
    QTest::newRow("no totalMarks: the weights are the marks")
        << Weights{{2, 3}, {5}} << 0.0 << QList<double>{4, 6, 9} << QStringList{u"q1.c1"_qs, u"q1.c2"_qs}
        << QList<double>{5, 0} << 5.0 << 10.0 << 50.0 << u"medium"_qs << false << false;
    QTest::newRow("a question without checks scores 0 of 0")
        << Weights{{}, {10}} << 10.0 << QList<double>{4, 6, 9} << QStringList{u"q2.c1"_qs} << QList<double>{0, 10}
        << 10.0 << 10.0 << 100.0 << u"high"_qs << true << false;
    QTest::newRow("no checks at all: 0, low, not passed")
        << Weights{} << 100.0 << ckx << QStringList{} << QList<double>{} << 0.0 << 100.0 << 0.0 << u"low"_qs << false
        << false;
    QTest::newRow("no checks and no totalMarks: 0 of 0, not passed")
        << Weights{{}} << 0.0 << QList<double>{0, 0, 0} << QStringList{} << QList<double>{0} << 0.0 << 0.0 << 0.0
        << u"low"_qs << false << true;
    QTest::newRow("missing thresholds: 40/66/90 % defaults")
        << Weights{{50}, {50}} << 100.0 << QList<double>{0, 0, 0} << QStringList{u"q1.c1"_qs} << QList<double>{50, 0}
        << 50.0 << 100.0 << 50.0 << u"medium"_qs << false << true;
    QTest::newRow("thresholds out of order: defaults")
        << Weights{{70}, {30}} << 100.0 << QList<double>{60, 40, 90} << QStringList{u"q1.c1"_qs} << QList<double>{70, 0}
        << 70.0 << 100.0 << 70.0 << u"pass"_qs << true << true;
    QTest::newRow("thresholds above totalMarks: defaults")
        << Weights{{7}, {3}} << 10.0 << QList<double>{40, 60, 90} << QStringList{u"q1.c1"_qs} << QList<double>{7, 0}
        << 7.0 << 10.0 << 70.0 << u"pass"_qs << true << true;
    QTest::newRow("a negative weight counts as zero")
        << Weights{{-5, 10}, {10}} << 0.0 << QList<double>{4, 12, 18} << QStringList{u"q1.c1"_qs, u"q1.c2"_qs}
        << QList<double>{10, 0} << 10.0 << 20.0 << 50.0 << u"medium"_qs << false << false;
}

void TstScoring::scores()
{
    QFETCH(Weights, weights);
    QFETCH(double, totalMarks);
    QFETCH(QList<double>, thresholds);
    QFETCH(QStringList, passed);
    QFETCH(QList<double>, questionScores);
    QFETCH(double, total);
    QFETCH(double, maxScore);
    QFETCH(double, percent);
    QFETCH(QString, band);
    QFETCH(bool, pass);
    QFETCH(bool, defaults);

    LabPack pack = makePack(weights, totalMarks, thresholds.at(0), thresholds.at(1), thresholds.at(2));
    if (thresholds.size() > 3)
        pack.configExtra.insert(QStringLiteral("passScore"), thresholds.at(3));

    const ScoreReport report = scoreAttempt(pack, resultsFor(pack, passed));
    QCOMPARE(report.questions.size(), questionScores.size());
    for (int i = 0; i < questionScores.size(); ++i) {
        QCOMPARE(report.questions.at(i).questionId, QStringLiteral("q%1").arg(i + 1));
        QCOMPARE(report.questions.at(i).score, questionScores.at(i));
        QCOMPARE(report.questions.at(i).checksTotal, weights.at(i).size());
        QCOMPARE(report.questions.at(i).checksMissing, 0);
    }
    QCOMPARE(report.total, total);
    QCOMPARE(report.maxScore, maxScore);
    QCOMPARE(report.percent, percent);
    QCOMPARE(report.band, band);
    QCOMPARE(report.passed, pass);
    QCOMPARE(report.usedDefaultThresholds, defaults);
    QCOMPARE(report.passed, isPassingBand(report.band));
    QCOMPARE(report.unknownResults, 0);
}

void TstScoring::missingAndUnknownResults()
{
    const LabPack pack = makePack({{10, 10}, {80}}, 100, 40, 60, 90);
    QList<CheckResult> results = resultsFor(pack, {u"q1.c1"_qs, u"q2.c1"_qs});
    results.removeIf([](const CheckResult &r) { return r.questionId == u"q1" && r.checkId == u"c2"; });
    CheckResult stray;
    stray.questionId = QStringLiteral("q9");
    stray.checkId = QStringLiteral("c1");
    stray.passed = true;
    results.append(stray);

    const ScoreReport report = scoreAttempt(pack, results);
    // The check that did not run counts as failed; the result for a check the pack lacks earns nothing.
    QCOMPARE(report.questions.at(0).checksMissing, 1);
    QCOMPARE(report.questions.at(0).checksPassed, 1);
    QCOMPARE(report.questions.at(0).score, 10.0);
    QCOMPARE(report.questions.at(0).maxScore, 20.0);
    QCOMPARE(report.unknownResults, 1);
    QCOMPARE(report.total, 90.0);
    QCOMPARE(report.band, u"high"_qs);
}

void TstScoring::bandFor_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("band");
    QTest::newRow("0") << 0.0 << u"low"_qs;
    QTest::newRow("39.99") << 39.99 << u"low"_qs;
    QTest::newRow("40") << 40.0 << u"medium"_qs;
    QTest::newRow("65.99") << 65.99 << u"medium"_qs;
    QTest::newRow("66 minus float noise") << 66.0 - 1e-12 << u"pass"_qs;
    QTest::newRow("66") << 66.0 << u"pass"_qs;
    QTest::newRow("89.99") << 89.99 << u"pass"_qs;
    QTest::newRow("90") << 90.0 << u"high"_qs;
    QTest::newRow("100") << 100.0 << u"high"_qs;
}

void TstScoring::bandFor()
{
    QFETCH(double, score);
    QFETCH(QString, band);
    QCOMPARE(ckx::bandFor(score, 40, 66, 90), band);
}

void TstScoring::conceptsByQuestion()
{
    const LabPack pack = makePack({{1}, {1}}, 2, 1, 1, 2);
    const auto concepts = ckx::conceptsByQuestion(pack);
    QCOMPARE(concepts.size(), 2);
    QCOMPARE(concepts.value(u"q2"_qs), QStringList{u"concept-2"_qs});
}

QTEST_GUILESS_MAIN(TstScoring)
#include "tst_scoring.moc"
