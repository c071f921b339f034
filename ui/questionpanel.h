#pragma once
// The question side of the exam workspace: the question strip (answered ✓ and flagged ⚑ marks), the question in
// Markdown with click-to-copy code, the namespace and host it expects, flag / answered toggles, notes, hints and
// (practice) the result of checking this one question. Flags and notes are written to the store as they change.

#include "core/attemptprogress.h"
#include "core/examsession.h"
#include "core/labpack.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ckx {

class ExamStore;
class MarkdownView;

class QuestionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionPanel(QWidget *parent = nullptr);
    ~QuestionPanel() override;

    /// Shows `lab`'s questions for `attemptId`, restoring flags, notes and answered marks from `store`, opened at
    /// `questionId` (or the first). `practice` shows hints.
    void setExam(const LabPack &lab, ExamStore *store, const QString &attemptId, bool practice,
                 const QString &questionId = {});
    void clear();

    int currentIndex() const { return m_index; }
    int questionCount() const { return int(m_lab.questions.size()); }
    QString currentQuestionId() const;
    bool isFlagged(int index) const;
    bool isAnswered(int index) const;
    /// What the strip shows for question `index` ("3 ✓⚑").
    QString stripText(int index) const;
    /// Time spent per question so far, including the running interval on the current one.
    QHash<QString, qint64> timeSpent() const;

    MarkdownView *questionView() const { return m_view; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QListWidget *strip() const { return m_strip; }
    QToolButton *flagButton() const { return m_flag; }
    QLabel *checkResultLabel() const { return m_checkResult; }
    void setFontPointSize(int pt);

public Q_SLOTS:
    void showQuestion(int index);
    void next();
    void previous();
    void toggleFlag();
    void toggleAnswered();
    void focusNote();
    void showNextHint();
    /// Writes a pending note and the time spent now (before closing, submitting or switching).
    void flush();
    /// Practice "check this question": shows which checks of the current question passed.
    void showCheckResults(const QString &questionId, const QList<CheckResult> &results);

Q_SIGNALS:
    void currentQuestionChanged(const QString &questionId);
    void copied(const QString &text);
    void linkActivated(const QUrl &url);
    /// A write to the store failed; the message says what and why.
    void saveFailed(const QString &message);

private:
    void saveProgress();
    void refreshStrip();
    void refreshHeader();
    void accountTime();
    void saveNote();

    LabPack m_lab;
    ExamStore *m_store = nullptr;
    QString m_attemptId;
    bool m_practice = false;
    int m_index = -1;
    QHash<QString, QuestionMark> m_marks;
    AttemptProgress m_progress;
    QElapsedTimer m_onQuestion;
    QTimer m_noteDebounce;
    QTimer m_timeSave;
    QString m_noteQuestion; ///< the question the note editor's text belongs to
    int m_hintsShown = 0;

    QListWidget *m_strip;
    QLabel *m_heading;
    QLabel *m_context;
    QToolButton *m_flag;
    QToolButton *m_answered;
    MarkdownView *m_view;
    QPushButton *m_hintButton;
    QLabel *m_hints;
    QLabel *m_checkResult;
    QPlainTextEdit *m_note;
    QPushButton *m_prev;
    QPushButton *m_next;
};

} // namespace ckx
