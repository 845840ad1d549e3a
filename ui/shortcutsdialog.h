#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QAction;
class QMenuBar;

// Help › Keyboard Shortcuts: every shortcut of the window's actions (read from the actions, so the
// list cannot fall behind the menus) plus the keys that work without an action, in a table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    using Entry = QPair<QString, QString>; // what it does, the keys

    ShortcutsDialog(const QList<QAction *> &actions, const QList<Entry> &extra, QWidget *parent = nullptr);

    // The entries of the menu bar's menus and their submenus, in menu order.
    static QList<QAction *> menuActions(const QMenuBar *menuBar);
    // The keys the window's panes take that no action has: the find bar's, the lists', the wheel.
    static QList<Entry> keysWithoutAction();
    // The rows shown, for tests.
    static QList<Entry> entries(const QList<QAction *> &actions, const QList<Entry> &extra);
};
