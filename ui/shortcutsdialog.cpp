#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ckx {

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    for (const auto &g : groups) {
        auto *head = new QTreeWidgetItem(m_tree, {g.title});
        QFont f = head->font(0);
        f.setBold(true);
        head->setFont(0, f);
        head->setFirstColumnSpanned(true);
        for (QAction *a : g.actions) {
            QStringList keys;
            for (const auto &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            if (keys.isEmpty())
                continue;
            QString text = a->text();
            text.remove(QLatin1Char('&'));
            new QTreeWidgetItem(m_tree, {QStringLiteral("    ") + text, keys.join(QStringLiteral("  or  "))});
        }
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(560, 600);
}

} // namespace ckx
