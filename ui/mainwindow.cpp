#include "ui/mainwindow.h"

#include <QListWidget>

namespace ckx {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("CKX Desktop"));
    setCentralWidget(new QListWidget(this));
    resize(1280, 800);
}

} // namespace ckx
