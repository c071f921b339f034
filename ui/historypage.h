#pragma once
// History: every attempt with its score, a chart of scores over time per track, and the concepts most often
// failed ("what to practise next").

#include "core/labcatalog.h"

#include <QWidget>

class QListWidget;
class QTableWidget;
class QLabel;

namespace ckx {

class ExamStore;

class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void reload(ExamStore *store, const LabCatalog &catalog);
    QTableWidget *table() const { return m_table; }
    QListWidget *concepts() const { return m_concepts; }
    /// Tracks drawn in the chart, with their number of points.
    QHash<QString, int> chartSeries() const { return m_series; }

Q_SIGNALS:
    void attemptActivated(const QString &attemptId, const QString &labId);

private:
    QTableWidget *m_table;
    QListWidget *m_concepts;
    QWidget *m_chartHost;
    QLabel *m_empty;
    QHash<QString, int> m_series;
};

} // namespace ckx
