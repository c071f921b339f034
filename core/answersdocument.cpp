#include "core/answersdocument.h"

#include <QRegularExpression>
#include <QStringList>

namespace ckx {

AnswersDocument AnswersDocument::parse(const QString &markdown)
{
    // "## Question 3: ...", "### Q3 - ...", "## Task 3", "## 3. ..."; case-insensitive.
    static const QRegularExpression heading(
        QStringLiteral(R"(^(#{1,4})\s+(?:(?:question|task|q)\s*#?\s*(\d+)\b|(\d+)[.):]).*$)"),
        QRegularExpression::CaseInsensitiveOption);
    AnswersDocument doc;
    QStringList current;
    Section *open = nullptr;
    bool inFence = false;
    int sectionLevel = 0;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    const auto flush = [&] {
        const QString text = current.join(QLatin1Char('\n')).trimmed();
        if (open)
            open->markdown = text;
        else
            doc.m_preamble = text;
        current.clear();
    };
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        if (!inFence) {
            const auto m = heading.match(line);
            // A question heading starts a section; a heading deeper than the section's own stays inside it.
            if (m.hasMatch() && (sectionLevel == 0 || m.capturedLength(1) <= sectionLevel)) {
                flush();
                Section s;
                s.number = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toInt();
                s.title = line.mid(m.capturedLength(1)).trimmed();
                sectionLevel = int(m.capturedLength(1));
                doc.m_sections.append(s);
                open = &doc.m_sections.last();
            }
        }
        current << line;
    }
    flush();
    return doc;
}

QString AnswersDocument::forQuestion(const QString &questionId, int index) const
{
    static const QRegularExpression digits(QStringLiteral(R"((\d+)$)"));
    const auto m = digits.match(questionId);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt();
        for (const auto &s : m_sections)
            if (s.number == n)
                return s.markdown;
    }
    if (index >= 0 && index < m_sections.size())
        return m_sections.at(index).markdown;
    return {};
}

} // namespace ckx
