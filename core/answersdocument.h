#pragma once
// A pack's answers.md split per question. CK-X packs write one heading per question ("## Question 3: ...",
// "### Q3", "## 3. ..."); the text up to the next heading of the same or a higher level is that question's answer.

#include <QList>
#include <QString>

namespace ckx {

class AnswersDocument
{
public:
    struct Section
    {
        int number = 0;  ///< the question number in the heading
        QString title;   ///< the heading text without the leading #s
        QString markdown; ///< the heading and its body
    };

    /// Splits `markdown`. Never fails: text without question headings becomes the preamble only.
    static AnswersDocument parse(const QString &markdown);

    /// The answer of the question with `questionId` at position `index` (0-based) in the pack: matched by the
    /// number in the id ("3", "q3") first, then by position. Empty when the file has no answer for it.
    QString forQuestion(const QString &questionId, int index) const;

    QString preamble() const { return m_preamble; }
    const QList<Section> &sections() const { return m_sections; }

private:
    QString m_preamble;
    QList<Section> m_sections;
};

} // namespace ckx
