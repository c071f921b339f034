#include "ui/recordingmarks.h"

#include "core/labpack.h"
#include "runtime/remote/terminalrecorder.h"
#include "ui/questionpanel.h"
#include "ui/workspacepage.h"

namespace ckx {

namespace {

QString questionLabel(const QStringList &ids, const QString &questionId)
{
    const qsizetype i = ids.indexOf(questionId);
    return TerminalRecorder::tr("Question %1").arg(i >= 0 ? QString::number(i + 1) : questionId);
}

} // namespace

void markExamMoments(TerminalRecorder *recorder, WorkspacePage *workspace, const LabPack *lab)
{
    // The ids by value: the catalog may be reloaded during the exam.
    QStringList ids;
    if (lab) {
        for (const Question &q : lab->questions)
            ids << q.id;
    }
    QuestionPanel *questions = workspace->questions();
    if (!questions->currentQuestionId().isEmpty())
        recorder->mark(questionLabel(ids, questions->currentQuestionId()));
    QObject::connect(questions, &QuestionPanel::currentQuestionChanged, recorder,
                     [recorder, ids](const QString &id) { recorder->mark(questionLabel(ids, id)); });
    QObject::connect(workspace, &WorkspacePage::checkQuestionRequested, recorder, [recorder, ids](const QString &id) {
        recorder->mark(TerminalRecorder::tr("Check: %1").arg(questionLabel(ids, id)));
    });
}

} // namespace ckx
