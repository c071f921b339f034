#include "core/scoring.h"

#include <QHash>
#include <QJsonValue>
#include <QPair>

#include <cmath>

namespace ckx {

namespace {

constexpr double Epsilon = 1e-9;
constexpr double DefaultLowFraction = 0.40;
constexpr double DefaultPassFraction = 0.66;
constexpr double DefaultHighFraction = 0.90;

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

QString bandFor(double score, double lowScore, double passScore, double highScore)
{
    // Compare with a tolerance: 65.9999999 from scaled weights is the 66.00 the learner sees.
    if (score + Epsilon < lowScore)
        return QStringLiteral("low");
    if (score + Epsilon < passScore)
        return QStringLiteral("medium");
    if (score + Epsilon < highScore)
        return QStringLiteral("pass");
    return QStringLiteral("high");
}

QHash<QString, QStringList> conceptsByQuestion(const LabPack &pack)
{
    QHash<QString, QStringList> out;
    for (const auto &q : pack.questions)
        out.insert(q.id, q.concepts);
    return out;
}

ScoreReport scoreAttempt(const LabPack &pack, const QList<CheckResult> &results)
{
    ScoreReport report;

    QHash<QPair<QString, QString>, const CheckResult *> byCheck;
    for (const auto &r : results)
        byCheck.insert({r.questionId, r.checkId}, &r);

    double weightSum = 0;
    for (const auto &q : pack.questions) {
        for (const auto &c : q.checks)
            weightSum += std::max(0.0, c.weight);
    }
    const double maxScore = pack.totalMarks > 0 ? pack.totalMarks : weightSum;
    const double scale = weightSum > 0 ? maxScore / weightSum : 0.0;

    int matched = 0;
    double total = 0;
    for (const auto &q : pack.questions) {
        QuestionScore qs;
        qs.questionId = q.id;
        double got = 0;
        double available = 0;
        for (const auto &c : q.checks) {
            const double w = std::max(0.0, c.weight) * scale;
            available += w;
            ++qs.checksTotal;
            const auto it = byCheck.constFind({q.id, c.id});
            if (it == byCheck.constEnd()) {
                ++qs.checksMissing;
                continue;
            }
            ++matched;
            if ((*it)->passed) {
                got += w;
                ++qs.checksPassed;
            }
        }
        total += got;
        qs.score = round2(got);
        qs.maxScore = round2(available);
        report.questions.append(qs);
    }
    report.unknownResults = int(byCheck.size()) - matched;

    report.maxScore = maxScore;
    report.total = std::min(round2(total), round2(maxScore));
    report.percent = maxScore > 0 ? round1(report.total / maxScore * 100.0) : 0.0;

    const QJsonValue passField = pack.configExtra.value(QStringLiteral("passScore"));
    const double pass = passField.isDouble() ? passField.toDouble() : pack.mediumScore;
    const bool ordered = pack.lowScore > 0 && pack.lowScore <= pass && pass <= pack.highScore &&
                         pack.highScore <= maxScore + Epsilon && pack.mediumScore <= pack.highScore;
    if (ordered) {
        report.lowScore = pack.lowScore;
        report.passScore = pass;
        report.highScore = pack.highScore;
    } else {
        report.usedDefaultThresholds = true;
        report.lowScore = round2(maxScore * DefaultLowFraction);
        report.passScore = round2(maxScore * DefaultPassFraction);
        report.highScore = round2(maxScore * DefaultHighFraction);
    }

    if (maxScore <= 0) {
        // Nothing to earn: not a pass, whatever the thresholds say.
        report.band = QStringLiteral("low");
        report.passed = false;
        return report;
    }
    report.band = bandFor(report.total, report.lowScore, report.passScore, report.highScore);
    report.passed = report.total + Epsilon >= report.passScore;
    return report;
}

} // namespace ckx
