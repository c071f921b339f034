#pragma once
// The keyboard help screen (F1): every action the window offers, grouped, with its shortcut. Built from the
// actions themselves, so it cannot drift from what the keys really do.

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace ckx {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Group
    {
        QString title;
        QList<QAction *> actions;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace ckx
