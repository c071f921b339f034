#include "ui/mainwindow.h"

#include "core/labcatalog.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ckx {

namespace {
enum Column { Name, Track, Runtime, Difficulty, Duration, Questions, Access, ColumnCount };
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("CKX Desktop"));

    m_labs = new QTreeWidget;
    m_labs->setRootIsDecorated(false);
    m_labs->setAlternatingRowColors(true);
    m_labs->setSortingEnabled(true);
    m_labs->setColumnCount(ColumnCount);
    m_labs->setHeaderLabels(
        {tr("Lab"), tr("Track"), tr("Runtime"), tr("Difficulty"), tr("Duration"), tr("Questions"), tr("Access")});
    m_labs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_labs->header()->setStretchLastSection(false);
    m_labs->header()->setSectionResizeMode(Name, QHeaderView::Stretch);

    // Broken packs are shown, not hidden: an author dropping a pack into the data folder must see why it is missing.
    m_problemsTitle = new QLabel;
    m_problemsTitle->setStyleSheet(QStringLiteral("font-weight: bold; color: #b00020;"));
    m_problems = new QPlainTextEdit;
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *problemsBox = new QWidget;
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_labs);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    resize(1280, 800);

    showCatalog(LabCatalog::load(LabCatalog::defaultRoots()));
}

void MainWindow::showCatalog(const LabCatalog &catalog)
{
    m_labs->setSortingEnabled(false);
    m_labs->clear();
    for (const LabPack &pack : catalog.labs()) {
        const LabInfo &i = pack.info;
        auto *item = new QTreeWidgetItem(m_labs);
        item->setText(Name, i.name);
        item->setToolTip(Name, i.description);
        item->setData(Name, Qt::UserRole, i.id);
        item->setText(Track, i.track.isEmpty() ? i.category : i.track);
        item->setText(Runtime, i.runtime == u"docker" ? tr("Docker") : tr("Kubernetes (kind)"));
        item->setText(Difficulty, i.difficulty);
        item->setText(Duration, tr("%n min", nullptr, i.examDurationMinutes));
        item->setData(Questions, Qt::DisplayRole, int(pack.questions.size()));
        item->setText(Access, i.isFree ? tr("Free") : tr("Locked: needs a pass"));
    }
    m_labs->setSortingEnabled(true);
    m_labs->sortByColumn(-1, Qt::AscendingOrder); // keep labs.json order until the learner sorts

    const auto &problems = catalog.problems();
    QStringList lines;
    for (const LabProblem &p : problems)
        lines.append(p.toString());
    m_problems->setPlainText(lines.join(u'\n'));
    m_problemsTitle->setText(tr("%n problem(s) kept lab packs out of the catalog:", nullptr, int(problems.size())));
    m_problems->parentWidget()->setVisible(!problems.isEmpty());
    statusBar()->showMessage(tr("%n lab(s)", nullptr, int(catalog.labs().size())));
}

} // namespace ckx
