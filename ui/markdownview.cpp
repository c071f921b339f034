#include "ui/markdownview.h"

#include <QClipboard>
#include <QCursor>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

namespace ckx {

namespace {

const QString CopyScheme = QStringLiteral("copy");

bool isCodeFormat(const QTextCharFormat &f)
{
    return f.fontFixedPitch() || f.fontFamilies().toStringList().contains(QStringLiteral("monospace"));
}

bool isCodeBlock(const QTextBlock &b)
{
    return b.blockFormat().hasProperty(QTextFormat::BlockCodeFence)
        || b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage) || b.blockFormat().nonBreakableLines();
}

} // namespace

MarkdownView::MarkdownView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == CopyScheme) {
            copySnippet(url.path().toInt());
            return;
        }
        Q_EMIT linkActivated(url);
    });
}

void MarkdownView::setBaseFontPointSize(int pt)
{
    QFont f = document()->defaultFont();
    f.setPointSize(pt);
    document()->setDefaultFont(f);
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    document()->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    makeCodeCopyable();
    moveCursor(QTextCursor::Start);
}

void MarkdownView::copySnippet(int index)
{
    if (index < 0 || index >= m_snippets.size())
        return;
    const QString text = m_snippets.at(index);
    QGuiApplication::clipboard()->setText(text);
    if (isVisible())
        QToolTip::showText(QCursor::pos(), tr("Copied"), this);
    Q_EMIT copied(text);
}

void MarkdownView::makeCodeCopyable()
{
    struct Span
    {
        int start, end;
        QString text;
        bool block;
    };
    // Collect first, format after: changing formats while walking fragments would invalidate the iterators.
    QList<Span> spans;
    QTextDocument *doc = document();
    QTextBlock block = doc->begin();
    while (block.isValid()) {
        if (isCodeBlock(block)) {
            // A fenced block is one QTextBlock per line: copy it as one snippet.
            QStringList lines;
            QTextBlock last = block;
            for (QTextBlock b = block; b.isValid() && isCodeBlock(b); b = b.next()) {
                lines << b.text();
                last = b;
            }
            spans.append({block.position(), last.position() + last.length() - 1, lines.join(QLatin1Char('\n')),
                          true});
            block = last.next();
            continue;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            if (!frag.isValid() || !isCodeFormat(frag.charFormat()))
                continue;
            const int end = frag.position() + frag.length();
            if (!spans.isEmpty() && !spans.last().block && spans.last().end == frag.position()) {
                spans.last().end = end; // touching code fragments are one span
                spans.last().text += frag.text();
            } else {
                spans.append({frag.position(), end, frag.text(), false});
            }
        }
        block = block.next();
    }

    m_snippets.clear();
    const QColor codeBg = palette().color(QPalette::AlternateBase).darker(108);
    for (const Span &span : spans) {
        QTextCursor cur(doc);
        cur.setPosition(span.start);
        cur.setPosition(span.end, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setAnchor(true);
        f.setAnchorHref(CopyScheme + QLatin1Char(':') + QString::number(m_snippets.size()));
        f.setToolTip(tr("Click to copy"));
        f.setForeground(palette().color(QPalette::Text));
        f.setFontUnderline(false);
        if (span.block) {
            QTextBlockFormat bf;
            bf.setBackground(codeBg);
            cur.mergeBlockFormat(bf);
        } else {
            f.setBackground(codeBg);
        }
        cur.mergeCharFormat(f);
        m_snippets << span.text;
    }
}

} // namespace ckx
