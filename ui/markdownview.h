#pragma once
// Question and answer text: Markdown (GitHub dialect) rendered by QTextDocument, with every inline code span and
// every code block made a link that copies its text to the clipboard, as in the CK-X simulator.

#include <QStringList>
#include <QTextBrowser>

namespace ckx {

class MarkdownView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownView(QWidget *parent = nullptr);

    void setMarkdownText(const QString &markdown);
    /// The snippets a click copies, in document order (inline spans and whole code blocks).
    const QStringList &snippets() const { return m_snippets; }
    /// Copies snippet `index` as a click on it would.
    void copySnippet(int index);
    void setBaseFontPointSize(int pt);

Q_SIGNALS:
    void copied(const QString &text);
    /// A non-copy link was clicked (http/https): the owner decides where it opens.
    void linkActivated(const QUrl &url);

private:
    void makeCodeCopyable();

    QStringList m_snippets;
};

} // namespace ckx
