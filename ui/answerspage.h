#pragma once
// The answers of a lab, per question, rendered from the pack's answers.md with click-to-copy commands.

#include "core/answersdocument.h"
#include "core/labpack.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ckx {

class MarkdownView;

class AnswersPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnswersPage(QWidget *parent = nullptr);

    /// Shows `lab`'s answers, opened at `questionId` (or the first question), with an attempt's drawn
    /// `parameters` substituted; without them a parametrised lab shows each parameter as ⟨NAME⟩.
    void showLab(const LabPack &lab, const QString &questionId = {}, const ParameterValues &parameters = {});
    void showQuestion(int index);
    MarkdownView *view() const { return m_view; }
    QListWidget *questionList() const { return m_list; }
    void setFontPointSize(int pt);

Q_SIGNALS:
    void backRequested();
    void copied(const QString &text);

private:
    QLabel *m_title;
    QListWidget *m_list;
    MarkdownView *m_view;
    LabPack m_lab;
    AnswersDocument m_doc;
    QString m_error;
};

} // namespace ckx
