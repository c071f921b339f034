#pragma once

#include <QMainWindow>

namespace ckx {

/// The application window. For now it lists the catalog; issue 6 turns it into the full app.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace ckx
