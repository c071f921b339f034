#include "ui/historypage.h"
#include "ui/plural.h"
#include "ui/theme.h"

#include "core/examstore.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ckx {

HistoryPage::HistoryPage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("History"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.6);
    tf.setBold(true);
    title->setFont(tf);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Lab"), tr("Mode"), tr("Score"), tr("Result"), tr("Taken on")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_concepts = new QListWidget(this);
    m_concepts->setObjectName(QStringLiteral("weakConcepts"));
    m_chartHost = new QWidget(this);
    new QVBoxLayout(m_chartHost);
    m_chartHost->layout()->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No graded attempts yet. Finish an exam to see your progress here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("historyTotals"));
    m_totals->setWordWrap(true);

    auto *conceptsBox = new QWidget(this);
    auto *cl = new QVBoxLayout(conceptsBox);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(new QLabel(tr("<b>Concepts most often failed</b>"), conceptsBox));
    cl->addWidget(m_concepts);
    auto *bottom = new QSplitter(this);
    bottom->addWidget(m_table);
    bottom->addWidget(conceptsBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartHost);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 280});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_totals);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (m_table->item(row, 5)->data(Qt::UserRole).toBool()) // another computer's: its details are there
            return;
        Q_EMIT attemptActivated(m_table->item(row, 0)->data(Qt::UserRole).toString(),
                                m_table->item(row, 1)->data(Qt::UserRole).toString());
    });
}

void HistoryPage::setServerHistory(const QList<api::AttemptResult> &attempts, const QString &note)
{
    m_server = attempts;
    m_serverNote = note;
}

void HistoryPage::reload(ExamStore *store, const LabCatalog &catalog)
{
    m_table->setRowCount(0);
    m_concepts->clear();
    m_series.clear();
    if (QLayoutItem *old = m_chartHost->layout()->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    if (!store || !store->isOpen())
        return;
    // This computer's graded attempts, then the server's that are not here (taken on another computer).
    struct Row
    {
        QString id;
        QString labId;
        QString mode;
        QDateTime when;
        double score = 0;
        double maxScore = 0;
        bool passed = false;
        bool elsewhere = false;
    };
    QList<Row> rows;
    QSet<QString> local;
    if (const auto attempts = store->attempts()) {
        for (const auto &a : *attempts) {
            local.insert(a.id);
            if (a.isGraded())
                rows.append({a.id, a.labId, a.mode, a.gradedAt.isValid() ? a.gradedAt : a.createdAt, a.score.value_or(0),
                             a.maxScore.value_or(0), a.passed(), false});
        }
    }
    for (const api::AttemptResult &r : m_server)
        if (!local.contains(r.attemptId))
            rows.append({r.attemptId, r.labId, tr("synced"), QDateTime::fromSecsSinceEpoch(r.finishedAt, QTimeZone::utc()),
                         r.score, r.maxScore, r.passed, true});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.when > b.when; });

    // The totals count what users/me/stats counts: attempts with marks to score.
    int scored = 0;
    int passedCount = 0;
    double sumPct = 0;
    double bestPct = 0;
    for (const Row &r : rows) {
        if (r.maxScore <= 0)
            continue;
        const double pct = 100.0 * r.score / r.maxScore;
        ++scored;
        passedCount += r.passed ? 1 : 0;
        sumPct += pct;
        bestPct = qMax(bestPct, pct);
    }
    const int elsewhere = int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.elsewhere; }));
    QString totals = scored == 0 ? QString()
                                 : plural(scored, tr("%1 graded attempt"), tr("%1 graded attempts"))
                                       + tr(" · %1 passed · average %2% · best %3%")
                                             .arg(passedCount)
                                       .arg(sumPct / scored, 0, 'f', 1)
                                       .arg(bestPct, 0, 'f', 1);
    if (elsewhere > 0)
        totals += tr(" (%1 of them on another computer)").arg(elsewhere);
    if (!m_serverNote.isEmpty())
        totals += (totals.isEmpty() ? QString() : QStringLiteral("\n")) + m_serverNote;
    m_totals->setText(totals);
    m_totals->setVisible(!totals.isEmpty());

    m_empty->setVisible(rows.isEmpty());
    m_table->setRowCount(int(rows.size()));
    QHash<QString, QLineSeries *> byTrack;
    auto *chart = new QChart;
    // Qt Charts paints its own white background unless told otherwise: follow the app's theme.
    chart->setTheme(Theme::paletteIsDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitle(tr("Scores over time, per track (%)"));
    QDateTime minT, maxT;
    for (int row = 0; row < rows.size(); ++row) {
        const Row &a = rows.at(row);
        const LabPack *lab = catalog.find(a.labId);
        const double pct = a.maxScore > 0 ? 100.0 * a.score / a.maxScore : 0;
        const QDateTime when = a.when;
        auto *date = new QTableWidgetItem(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm")));
        date->setData(Qt::UserRole, a.id);
        auto *name = new QTableWidgetItem(lab ? lab->info.name : a.labId);
        name->setData(Qt::UserRole, a.labId);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, name);
        m_table->setItem(row, 2, new QTableWidgetItem(a.mode));
        m_table->setItem(row, 3, new QTableWidgetItem(QStringLiteral("%1 / %2 (%3%)").arg(a.score).arg(a.maxScore).arg(qRound(pct))));
        auto *res = new QTableWidgetItem(a.passed ? tr("passed") : tr("not passed"));
        res->setForeground(Theme::color(a.passed ? Theme::Tone::Good : Theme::Tone::Bad));
        m_table->setItem(row, 4, res);
        auto *where = new QTableWidgetItem(a.elsewhere ? tr("another computer") : tr("this computer"));
        where->setData(Qt::UserRole, a.elsewhere);
        if (a.elsewhere)
            where->setToolTip(tr("Synced from your CKX account; its per-check results are on the computer it was taken on."));
        m_table->setItem(row, 5, where);

        const QString track = lab && !lab->info.track.isEmpty() ? lab->info.track : tr("Other");
        QLineSeries *&series = byTrack[track];
        if (!series) {
            series = new QLineSeries;
            series->setName(track);
            series->setPointsVisible(true);
        }
        series->append(double(when.toMSecsSinceEpoch()), pct);
        minT = minT.isValid() ? qMin(minT, when) : when;
        maxT = maxT.isValid() ? qMax(maxT, when) : when;
    }
    auto *x = new QDateTimeAxis;
    // Several attempts a day are common while practising: show the time when the range is short.
    x->setFormat(minT.isValid() && minT.daysTo(maxT) < 3 ? QStringLiteral("MMM d hh:mm") : QStringLiteral("MMM d"));
    x->setTickCount(minT.isValid() && minT.daysTo(maxT) < 1 ? 3 : 5);
    x->setTitleText(tr("Date"));
    if (minT.isValid()) {
        x->setRange(minT.addSecs(-3600), maxT.addSecs(3600));
    }
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("%"));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto it = byTrack.cbegin(); it != byTrack.cend(); ++it) {
        // Points must be in time order for a line; attempts come newest first.
        QList<QPointF> pts = it.value()->points();
        std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        it.value()->replace(pts);
        chart->addSeries(it.value());
        it.value()->attachAxis(x);
        it.value()->attachAxis(y);
        m_series.insert(it.key(), int(pts.size()));
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, m_chartHost);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(320);
    m_chartHost->layout()->addWidget(view);

    if (auto weak = store->weakestConcepts(10); weak) {
        for (const auto &c : *weak)
            if (c.failed > 0)
                m_concepts->addItem(tr("%1 — failed %2 of %3").arg(c.name).arg(c.failed).arg(c.questions));
    }
    if (m_concepts->count() == 0)
        m_concepts->addItem(tr("Nothing failed yet"));
}

} // namespace ckx
