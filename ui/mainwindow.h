#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace ckx {

class LabCatalog;

/// The application window. For now it lists the catalog (and what kept broken packs out of it); issue 6
/// replaces it with the full app.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Shows `catalog`: one row per lab, and the problems of packs that did not load below the list.
    void showCatalog(const LabCatalog &catalog);

private:
    QTreeWidget *m_labs = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QPlainTextEdit *m_problems = nullptr;
};

} // namespace ckx
