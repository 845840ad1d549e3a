#include "librarymodel.h"

#include "localdate.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace {

QString dateOf(const Library::ArticleSummary &a)
{
    return a.published.isEmpty() ? a.added : a.published;
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryModel::setArticles(const QList<Library::ArticleSummary> &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

QModelIndex LibraryModel::rowOfArticle(qint64 id) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::displayTitle(const Library::ArticleSummary &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.simplified();
    const QUrl url(article.source);
    if (url.scheme().startsWith(QLatin1String("http")))
        return url.toDisplayString();
    return QFileInfo(article.source).fileName();
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Library::ArticleSummary &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return displayTitle(a);
        case DateColumn:
            return LocalDate::shortDate(dateOf(a));
        case SourceColumn:
            return a.source;
        case QuotesColumn:
            return a.quotes;
        }
        break;
    case Qt::ToolTipRole:
        return a.byline.isEmpty() ? a.source : a.byline + u'\n' + a.source;
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return a.id;
    case SourceRole:
        return a.source;
    case DateRole:
        return dateOf(a);
    case SearchTextRole:
        return QString(displayTitle(a) + u'\n' + a.byline + u'\n' + a.source);
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return displayTitle(a).toCaseFolded();
        case DateColumn:
            return dateOf(a);
        case SourceColumn:
            return a.source.toCaseFolded();
        case QuotesColumn:
            return a.quotes;
        }
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case QuotesColumn:
        return tr("Quotes");
    }
    return {};
}
