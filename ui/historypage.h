#pragma once
// History: every attempt with its score, a chart of scores over time per track, and the concepts most often
// failed ("what to practise next"). Signed in, it also lists the attempts the companion server holds from the
// learner's other computers (GET users/me/history), marked as such, and its totals count both, the way the
// server's users/me/stats does.

#include "core/api/types.h"
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
    /// The server's history of the signed-in account (empty when signed out); `note` says why it is missing, if so.
    /// Shown at the next reload together with this computer's attempts.
    void setServerHistory(const QList<api::AttemptResult> &attempts, const QString &note = {});
    /// "N graded attempts · P passed · average X% · best Y%", over this computer's and the server's attempts.
    QLabel *totals() const { return m_totals; }
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
    QLabel *m_totals;
    QHash<QString, int> m_series;
    QList<api::AttemptResult> m_server;
    QString m_serverNote;
};

} // namespace ckx
