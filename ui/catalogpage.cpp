#include "ui/catalogpage.h"
#include "ui/plural.h"

#include "ui/catalogfilter.h"
#include "ui/catalogmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ckx {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

CatalogPage::CatalogPage(QWidget *parent)
    : QWidget(parent), m_model(new CatalogModel(this)), m_filter(new CatalogFilter(this))
{
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("Labs"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search labs, concepts… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_track = new QComboBox(this);
    m_track->setObjectName(QStringLiteral("trackFilter"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Mock exams"), QStringLiteral("mock"));
    m_type->addItem(tr("Full exams"), QStringLiteral("full"));
    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(title);
    filters->addSpacing(16);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_track);
    filters->addWidget(m_type);
    filters->addWidget(m_count);
    m_pass = new QLabel(this);
    m_pass->setObjectName(QStringLiteral("catalogPass"));
    filters->addWidget(m_pass);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("labProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; "
                                             "border-radius: 4px; }"));
    m_problems->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogModel::Name, QHeaderView::Stretch);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("catalogDetails"));
    m_details->setOpenExternalLinks(false);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Exam mode"), QStringLiteral("exam"));
    m_mode->addItem(tr("Practice mode"), QStringLiteral("practice"));
    m_mode->setToolTip(tr("Exam: strict, like the real exam. Practice: pause, hints and per-question checks."));
    m_start = new QPushButton(tr("Start"), this);
    m_start->setDefault(true);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_answers = new QPushButton(tr("Answers"), this);
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_answers);
    buttons->addStretch(1);
    buttons->addWidget(m_mode);
    buttons->addWidget(m_start);
    rl->addLayout(buttons);

    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setSearchText(t);
        updateDetails();
    });
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTrack(m_track->currentData().toString());
        updateDetails();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setType(m_type->currentData().toString());
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::updateDetails);
    connect(m_table, &QTableView::activated, this, &CatalogPage::startSelected);
    connect(m_start, &QPushButton::clicked, this, &CatalogPage::startSelected);
    connect(m_answers, &QPushButton::clicked, this, [this] {
        if (!selectedLabId().isEmpty())
            Q_EMIT answersRequested(selectedLabId());
    });
}

void CatalogPage::setCatalog(const LabCatalog &catalog)
{
    const QString keep = selectedLabId();
    m_model->setLabs(catalog.labs());
    m_track->blockSignals(true);
    const QString track = m_track->currentData().toString();
    m_track->clear();
    m_track->addItem(tr("All tracks"), QString());
    for (const auto &t : m_model->tracks())
        m_track->addItem(t, t);
    m_track->setCurrentIndex(qMax(0, m_track->findData(track)));
    m_track->blockSignals(false);

    if (catalog.problems().isEmpty()) {
        m_problems->hide();
    } else {
        QStringList lines;
        for (const auto &p : catalog.problems())
            lines << p.toString();
        m_problems->setText(tr("Some lab packs could not be loaded (the others are listed below):\n%1")
                                .arg(lines.mid(0, 5).join(QLatin1Char('\n'))));
        m_problems->setToolTip(lines.join(QLatin1Char('\n')));
        m_problems->show();
    }
    if (!keep.isEmpty())
        selectLab(keep);
    else if (m_filter->rowCount() > 0)
        m_table->selectRow(0);
    updateDetails();
}

void CatalogPage::setLastScores(const QHash<QString, double> &percentByLab)
{
    m_model->setLastScores(percentByLab);
}

void CatalogPage::setDefaultMode(const QString &mode)
{
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode)));
}

void CatalogPage::setActiveExam(const QString &labName)
{
    m_activeExam = labName;
    updateDetails();
}

QString CatalogPage::selectedLabId() const
{
    const QModelIndex idx = m_table->selectionModel()->currentIndex();
    return idx.isValid() ? idx.data(CatalogModel::LabIdRole).toString() : QString();
}

void CatalogPage::selectLab(const QString &labId)
{
    const int row = m_model->rowOf(labId);
    if (row < 0)
        return;
    const QModelIndex idx = m_filter->mapFromSource(m_model->index(row, 0));
    if (idx.isValid())
        m_table->selectRow(idx.row());
}

int CatalogPage::visibleCount() const
{
    return m_filter->rowCount();
}

void CatalogPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CatalogPage::startSelected()
{
    const QString id = selectedLabId();
    if (id.isEmpty() || !m_start->isEnabled())
        return;
    Q_EMIT startRequested(id, m_mode->currentData().toString());
}

void CatalogPage::updateDetails()
{
    m_count->setText(plural(visibleCount(), tr("%1 lab"), tr("%1 labs")));
    QModelIndex idx = m_table->selectionModel()->currentIndex();
    if (!idx.isValid() && m_filter->rowCount() > 0) {
        m_table->selectRow(0);
        return; // currentRowChanged calls back
    }
    const LabPack *lab = idx.isValid() ? m_model->labAt(m_filter->mapToSource(idx).row()) : nullptr;
    if (!lab) {
        m_details->setHtml(m_model->rowCount() == 0
                               ? tr("<h3>No labs found</h3><p>Add lab packs under the data folder's "
                                    "<code>labs/</code> or set CKX_LABS_DIRS.</p>")
                               : tr("<h3>No lab matches</h3><p>Clear the search or the filters.</p>"));
        m_start->setEnabled(false);
        m_answers->setEnabled(false);
        return;
    }
    const LabInfo &i = lab->info;
    const bool locked = m_model->data(m_model->index(m_model->rowOf(i.id), 0), CatalogModel::LockedRole).toBool();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(i.name));
    html += QStringLiteral("<p><b>%1</b> · %2 · %3 · %4 · %5</p>")
                .arg(esc(i.track), esc(i.type == QLatin1String("full") ? tr("Full exam") : tr("Mock exam")),
                     esc(i.difficulty), tr("%1 minutes").arg(i.examDurationMinutes),
                     plural(lab->questions.size(), tr("%1 question"), tr("%1 questions")));
    html += QStringLiteral("<p>%1</p>").arg(esc(i.description));
    html += QStringLiteral("<p>%1: %2").arg(tr("Environment"),
                                           i.runtime == QLatin1String("docker")
                                               ? tr("Docker engine (docker-in-docker)")
                                               : plural(lab->workerNodes, tr("Kubernetes cluster (kind, %1 worker)"),
                                                      tr("Kubernetes cluster (kind, %1 workers)")));
    if (!i.kubernetesVersion.isEmpty())
        html += QStringLiteral(", Kubernetes %1").arg(esc(i.kubernetesVersion));
    html += QStringLiteral("<br>%1: %2 (%3 %4, %5 %6)</p>")
                .arg(tr("Total marks"))
                .arg(lab->totalMarks)
                .arg(tr("pass at"))
                .arg(lab->mediumScore)
                .arg(tr("high at"))
                .arg(lab->highScore);
    const QStringList concepts = CatalogModel::conceptsOf(*lab);
    if (!concepts.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Concepts covered"));
        for (const auto &c : concepts)
            html += QStringLiteral("<li>%1</li>").arg(esc(c));
        html += QStringLiteral("</ul>");
    }
    if (locked)
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("This full exam needs an access pass."));
    if (!m_activeExam.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("An exam is running (%1): finish or end it before starting another.")
                             .arg(esc(m_activeExam)));
    m_details->setHtml(html);
    m_start->setEnabled(!locked && m_activeExam.isEmpty());
    m_answers->setEnabled(!lab->answersFile.isEmpty());
}

void CatalogPage::setAccess(bool hasActivePass, qint64 remainingSeconds)
{
    m_model->setHasPass(hasActivePass);
    const qint64 h = remainingSeconds / 3600, m = (remainingSeconds % 3600) / 60;
    m_pass->setText(hasActivePass ? tr("Pass: %1h %2m left").arg(h).arg(m) : tr("No active pass: full labs locked"));
    updateDetails();
}

} // namespace ckx
