#include "librarypanel.h"

#include "library/libraryservice.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QVBoxLayout>

LibraryPanel::LibraryPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new LibraryModel(this))
    , m_proxy(new LibraryFilterModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setPlaceholderText(tr("Filter articles"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->sortByColumn(LibraryModel::DateColumn, Qt::DescendingOrder);
    m_view->setColumnHidden(LibraryModel::SourceColumn, true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(LibraryModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LibraryModel::QuotesColumn, QHeaderView::ResizeToContents);

    auto *heading = new QLabel(tr("Library"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LibraryFilterModel::setFilterText);
    // As in feed readers, choosing a row (click or arrow keys) opens its article.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid() && !m_choosing)
            emit articleActivated(index.data(LibraryModel::ArticleIdRole).toLongLong());
    });
    connect(m_service, &LibraryService::changed, this, &LibraryPanel::reload);
    connect(m_service, &LibraryService::articleKept, this, [this](qint64 id) { selectArticle(id); });
    reload();
}

void LibraryPanel::reload()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 chosen = current.isValid() ? current.data(LibraryModel::ArticleIdRole).toLongLong() : 0;
    const QScopedValueRollback<bool> choosing(m_choosing, true);
    m_model->setArticles(m_service->library() ? m_service->library()->articles() : QList<Library::ArticleSummary>());
    if (chosen)
        selectArticle(chosen);
}

void LibraryPanel::selectArticle(qint64 id)
{
    const QModelIndex row = m_proxy->mapFromSource(m_model->rowOfArticle(id));
    if (!row.isValid())
        return;
    // Not a signal blocker: the view itself learns of the selection through those signals.
    const QScopedValueRollback<bool> choosing(m_choosing, true);
    m_view->setCurrentIndex(row);
    m_view->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(row);
}
