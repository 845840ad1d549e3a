#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString plainText(QString text)
{
    // Menu texts carry accelerators and ellipses that mean nothing in a table.
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

QList<QAction *> ShortcutsDialog::menuActions(const QMenuBar *menuBar)
{
    QList<QAction *> actions;
    const auto collect = [&actions](const auto &self, const QMenu *menu) -> void {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                self(self, action->menu());
            else
                actions.append(action);
        }
    };
    for (const QAction *action : menuBar->actions()) {
        if (action->menu())
            collect(collect, action->menu());
    }
    return actions;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::keysWithoutAction()
{
    return {
        {tr("Find the next or previous match (in the find bar)"), tr("Enter, Shift+Enter")},
        {tr("Close the find bar"), tr("Esc")},
        {tr("Move through speakers and quotes"), tr("Up, Down, Left, Right")},
        {tr("Move between the panes"), tr("Tab, Shift+Tab")},
        {tr("Copy a quote with its attribution (context menu)"), tr("Menu, Shift+F10")},
        {tr("Zoom the article"), tr("Ctrl+mouse wheel")},
    };
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QList<QAction *> &actions, const QList<Entry> &extra)
{
    QList<Entry> rows;
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (keys.isEmpty())
            continue;
        const Entry row{plainText(action->text()), keys.join(QStringLiteral(", "))};
        if (!rows.contains(row))
            rows.append(row);
    }
    rows += extra;
    return rows;
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, const QList<Entry> &extra, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<Entry> rows = entries(actions, extra);

    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 560);
}
