#pragma once
// Scoring: from the check results of one grading run and the lab pack to per-question scores, a total in marks,
// a percentage, a band and pass/fail.
//
// Marks. Each check is worth its `weightage`. When the weights of the whole pack do not add up to the pack's
// totalMarks, every weight is scaled by totalMarks / sum(weights), so full marks are exactly totalMarks
// (a pack without totalMarks uses the sum of its weights). A question scores the (scaled) weights of its
// passed checks: partial credit per check, never per half-check. A check with no result (it did not run,
// or the pack changed) counts as failed; results for checks the pack does not have are ignored and counted.
//
// Rounding. Scores are shown with two decimals. The total is the rounded sum of the unrounded question scores
// (so a perfect run is exactly totalMarks even when three questions are worth 33.333 each); bands and pass are
// decided on that rounded total, so what the learner sees is what was judged.
//
// Band and pass. The pack gives three thresholds in marks, lowScore ≤ mediumScore ≤ highScore (CK-X packs use
// 40/60/90 of 100). The pass mark is mediumScore, close to the real exams' 66-67 %; a pack may set its own
// with the optional config.json field "passScore" (marks). Bands, in increasing order:
//     score <  lowScore                      → "low"     far from passing
//     lowScore ≤ score < pass mark           → "medium"  not passed yet, but close
//     pass mark ≤ score < highScore          → "pass"    passed
//     score ≥ highScore                      → "high"    passed with a high score
// so passed == (band is "pass" or "high"). When a pack's thresholds are missing or out of order
// (not 0 < low ≤ medium ≤ high ≤ totalMarks), 40 %, 66 % and 90 % of totalMarks are used instead
// and ScoreReport::usedDefaultThresholds says so; the linter reports such packs.

#include "core/examsession.h"
#include "core/labpack.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ckx {

struct QuestionScore
{
    QString questionId;
    double score = 0;    ///< marks obtained, rounded to 2 decimals
    double maxScore = 0; ///< marks available, rounded to 2 decimals
    int checksPassed = 0;
    int checksTotal = 0;   ///< checks the pack defines for the question
    int checksMissing = 0; ///< of those, how many had no result
};

struct ScoreReport
{
    QList<QuestionScore> questions; ///< in the pack's order
    double total = 0;               ///< marks, rounded to 2 decimals
    double maxScore = 0;            ///< totalMarks (or the sum of weights when the pack has none)
    double percent = 0;             ///< 0..100, rounded to 1 decimal
    QString band;                   ///< "low" | "medium" | "pass" | "high"
    bool passed = false;
    double lowScore = 0; ///< the thresholds actually applied, in marks
    double passScore = 0;
    double highScore = 0;
    bool usedDefaultThresholds = false;
    int unknownResults = 0; ///< results for checks the pack does not define (ignored)
};

/// Scores one grading run. Never fails: a pack with no checks scores 0 of 0, band "low", not passed.
ScoreReport scoreAttempt(const LabPack &pack, const QList<CheckResult> &results);

/// The concepts of each question of the pack (question id → concepts), as ExamStore::recordGrade stores them.
QHash<QString, QStringList> conceptsByQuestion(const LabPack &pack);

/// The band for `score` marks under the given thresholds (see the header comment).
QString bandFor(double score, double lowScore, double passScore, double highScore);

} // namespace ckx
