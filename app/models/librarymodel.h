#pragma once

#include "library/library.h"

#include <QAbstractTableModel>
#include <QList>

// The Library pane's model: one row per article of the library, newest first as the library
// gives them (the view sorts and filters through LibraryFilterModel). Columns: title, date,
// source, quotes. It holds summaries only; an article's text is read when it is opened.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, SourceColumn, QuotesColumn, ColumnCount };
    enum Roles {
        ArticleIdRole = Qt::UserRole + 1, // qint64
        SourceRole,                       // file path or address
        SortRole,                         // what the column sorts by (ISO date, number, folded text)
        SearchTextRole,                   // title, byline and source, for the filter
        DateRole,                         // ISO date (published, else added)
    };

    explicit LibraryModel(QObject *parent = nullptr);

    void setArticles(const QList<Library::ArticleSummary> &articles);
    const QList<Library::ArticleSummary> &articles() const { return m_articles; }
    QModelIndex rowOfArticle(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The title shown for an article: its title, else its file name or address.
    static QString displayTitle(const Library::ArticleSummary &article);

private:
    QList<Library::ArticleSummary> m_articles;
};
