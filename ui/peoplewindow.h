#pragma once

#include <QWidget>

class LibraryService;
class PeopleModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class QuoteHitModel;

// People across the library, and quotes searched across it. On the left every person quoted in
// any article (sort by name, quotes, articles or latest quote; filter as you type); on the right
// the chosen person's quotes, newest first, or the results of a full-text search with filters for
// kind and dates. Activating a quote asks the window to open its article there. Corrections made
// here (rename, merge, give a quote to someone else, not a quote, undo) go to the library.
class PeopleWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleWindow(LibraryService *service, QWidget *parent = nullptr);

    QTreeView *peopleView() const { return m_people; }
    QTreeView *quotesView() const { return m_quotes; }
    QLineEdit *searchEdit() const { return m_search; }
    QLineEdit *filterEdit() const { return m_filter; }

    void reload();
    // Shows the window with the search field ready (Ctrl+Shift+F).
    void startSearch();
    void choosePerson(qint64 id);

signals:
    void quoteActivated(qint64 article, int start, int end);

private:
    qint64 chosenPerson() const;
    void showQuotes();
    void exportQuotes();
    void renameChosen();
    void mergeChosen();
    void quoteMenu(const QPoint &pos);
    void undoLast();

    LibraryService *m_service;
    PeopleModel *m_peopleModel;
    QSortFilterProxyModel *m_peopleProxy;
    QuoteHitModel *m_quoteModel;
    QTreeView *m_people;
    QTreeView *m_quotes;
    QLineEdit *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QCheckBox *m_between;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_heading;
    QPushButton *m_export;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QPushButton *m_undo;
};
