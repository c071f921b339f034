#pragma once
// Results of a graded attempt: total, band and pass/fail; per question its score, the time spent and every check
// with its description, and the check's output when it failed; "Show answer" per question.

#include "core/examsession.h"
#include "core/labpack.h"
#include "core/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ckx {

class ExamStore;
class TerminalReplayWidget;

class ResultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget *parent = nullptr);

    /// Reads the attempt and its check results from `store`.
    Result<void> showAttempt(ExamStore *store, const LabPack &lab, const QString &attemptId);
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summary() const { return m_summary; }
    TerminalReplayWidget *replay() const { return m_replay; }

    /// Shows the replay of the attempt's terminal recording under the results (loads it on first use).
    Result<void> showReplay();
    /// Copies the attempt's recording (asciicast v2, plays in `asciinema play`) to `target`, replacing it.
    Result<void> exportRecording(const QString &target) const;

Q_SIGNALS:
    void answerRequested(const QString &labId, const QString &questionId);
    void backRequested();
    void retakeRequested(const QString &labId);

private:
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    TerminalReplayWidget *m_replay;
    QPushButton *m_replayButton;
    QPushButton *m_exportButton;
    QString m_labId;
    QString m_recordingPath;
    bool m_replayLoaded = false;
};

} // namespace ckx
