#pragma once

#include <QWidget>

class LibraryFilterModel;
class LibraryModel;
class LibraryService;
class QLineEdit;
class QTreeView;

// The Library pane beside the speaker panel: every article kept, newest first, filtered as the
// reader types (title, byline or source); activating one asks the window to open it.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(LibraryService *service, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    LibraryModel *model() const { return m_model; }
    // Reads the library again, keeping the chosen article chosen.
    void reload();
    void selectArticle(qint64 id);

signals:
    void articleActivated(qint64 id);

private:
    LibraryService *m_service;
    LibraryModel *m_model;
    LibraryFilterModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    bool m_choosing = false; // the panel chooses a row itself: that opens nothing
};
