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

    /// Shows `lab`'s answers, opened at `questionId` (or the first question).
    void showLab(const LabPack &lab, const QString &questionId = {});
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
