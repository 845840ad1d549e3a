#pragma once

#include <QMenu>

// File › Open Recent: the articles read lately (RecentFiles), newest first and numbered for the
// keyboard, listed afresh each time the menu opens, and a way to clear the list.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

signals:
    void fileChosen(const QString &path);

private:
    void fill();
};
