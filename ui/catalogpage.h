#pragma once
// The catalog page: every lab, filtered by track, type and search, with the selected lab's details and Start.

#include "core/labcatalog.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace ckx {

class CatalogFilter;
class CatalogModel;

class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(QWidget *parent = nullptr);

    void setCatalog(const LabCatalog &catalog);
    void setLastScores(const QHash<QString, double> &percentByLab);
    void setDefaultMode(const QString &mode);
    /// Full labs are locked without an active pass; with one, the header shows the pass's remaining time (set from
    /// the server's access/status after each Account refresh; the exam itself still needs the server's grant).
    void setAccess(bool hasActivePass, qint64 remainingSeconds);
    /// Disables Start while an exam is running elsewhere (one exam at a time).
    void setActiveExam(const QString &labName);

    QString selectedLabId() const;
    void selectLab(const QString &labId);
    int visibleCount() const;
    QLineEdit *searchField() const { return m_search; }
    QComboBox *trackFilter() const { return m_track; }
    QComboBox *typeFilter() const { return m_type; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *startButton() const { return m_start; }

public Q_SLOTS:
    void focusSearch();
    void startSelected();

Q_SIGNALS:
    void startRequested(const QString &labId, const QString &mode);
    void answersRequested(const QString &labId);

private:
    void updateDetails();

    CatalogModel *m_model;
    CatalogFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_track;
    QComboBox *m_type;
    QComboBox *m_mode;
    QTableView *m_table;
    QTextBrowser *m_details;
    QPushButton *m_start;
    QPushButton *m_answers;
    QLabel *m_problems;
    QLabel *m_count;
    QLabel *m_pass = nullptr;
    QString m_activeExam;
};

} // namespace ckx
