#include "ui/answerspage.h"

#include "ui/markdownview.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ckx {

namespace {

QString firstLine(const QString &markdown)
{
    for (const auto &line : markdown.split(QLatin1Char('\n'))) {
        QString t = line.trimmed();
        t.remove(QLatin1Char('*')).remove(QLatin1Char('`'));
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            return t.size() > 70 ? t.left(68) + QStringLiteral("…") : t;
    }
    return {};
}

} // namespace

AnswersPage::AnswersPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    auto *back = new QPushButton(tr("Back"), this);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Back (Alt+Left)"));
    auto *hint = new QLabel(tr("Click a command or code block to copy it."), this);
    QFont hintFont = hint->font();
    hintFont.setItalic(true);
    hint->setFont(hintFont);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("answersQuestionList"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_view = new MarkdownView(this);
    m_view->setObjectName(QStringLiteral("answersView"));

    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({360, 900});

    auto *head = new QHBoxLayout;
    head->addWidget(back);
    head->addWidget(m_title, 1);
    head->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(split, 1);

    connect(back, &QPushButton::clicked, this, &AnswersPage::backRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, &AnswersPage::showQuestion);
    connect(m_view, &MarkdownView::copied, this, &AnswersPage::copied);
}

void AnswersPage::setFontPointSize(int pt)
{
    m_view->setBaseFontPointSize(pt);
}

void AnswersPage::showLab(const LabPack &lab, const QString &questionId, const ParameterValues &parameters)
{
    ParameterValues values = parameters;
    if (values.isEmpty()) // no attempt: name the parameters instead of leaving {{NAME}} braces
        for (const LabParameter &p : lab.parameters)
            values.insert(p.name, QStringLiteral("⟨%1⟩").arg(p.name));
    m_lab = labparameters::applied(lab, values);
    m_title->setText(tr("Answers: %1").arg(lab.info.name));
    m_error.clear();
    QFile f(lab.answersFile);
    if (lab.answersFile.isEmpty()) {
        m_error = tr("This lab has no answers file (config.json \"answers\").");
        m_doc = {};
    } else if (!f.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(lab.answersFile, f.errorString());
        m_doc = {};
    } else {
        m_doc = AnswersDocument::parse(labparameters::substitute(QString::fromUtf8(f.readAll()), values));
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_lab.questions.size(); ++i) {
        const Question &q = m_lab.questions.at(i);
        m_list->addItem(tr("Question %1  %2").arg(i + 1).arg(firstLine(q.markdown)));
        if (q.id == questionId)
            select = i;
    }
    m_list->setCurrentRow(select);
    showQuestion(select);
}

void AnswersPage::showQuestion(int index)
{
    if (!m_error.isEmpty()) {
        m_view->setMarkdownText(QStringLiteral("**%1**").arg(m_error));
        return;
    }
    if (index < 0 || index >= m_lab.questions.size()) {
        m_view->setMarkdownText(m_doc.preamble());
        return;
    }
    const Question &q = m_lab.questions.at(index);
    QString answer = m_doc.forQuestion(q.id, index);
    if (answer.isEmpty() && m_doc.sections().isEmpty())
        answer = m_doc.preamble(); // a file without per-question headings: show it whole
    if (answer.isEmpty())
        answer = tr("*answers.md has no section for question %1.*").arg(index + 1);
    m_view->setMarkdownText(answer);
    if (m_list->currentRow() != index) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(index);
    }
}

} // namespace ckx
