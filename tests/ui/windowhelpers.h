#pragma once

#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cmath>

// Shared steps of the window tests: open a file and wait until its speakers are listed, find a
// row of the speaker tree by its text, click it like a user, write a file for the test.
namespace WindowHelpers {

inline bool openAndWait(MainWindow *window, const QString &path, int timeout = 60000)
{
    QSignalSpy finished(window, &MainWindow::loadFinished);
    window->openFile(path);
    return finished.wait(timeout) && finished.constFirst().constFirst().toBool();
}

inline QModelIndex findRow(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
    }
    return {};
}

inline void clickRow(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// WCAG 2 contrast ratio of two colours, worked out here rather than taken from the code under test.
inline double contrast(const QColor &a, const QColor &b)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const auto lum = [&channel](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = lum(a);
    const double lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace WindowHelpers
