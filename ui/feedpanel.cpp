#include "feedpanel.h"

#include "feedentrydelegate.h"
#include "models/feedentrymodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

FeedPanel::FeedPanel(QWidget *parent)
    : QWidget(parent)
    , m_entries(new FeedEntryModel(this))
    , m_title(new QLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("feedPanel"));
    m_title->setObjectName(QStringLiteral("feedTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("entryList"));
    m_list->setAccessibleName(tr("Feed entries"));
    m_list->setModel(m_entries);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new FeedEntryDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_title->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    hide();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit entryChosen(current.row());
            });
}

void FeedPanel::showFeed(const Feed &feed, const QString &title)
{
    m_entries->setFeed(feed);
    m_title->setText(title);
    show();
}

void FeedPanel::clear()
{
    m_entries->setFeed(Feed());
    hide();
}

void FeedPanel::setCurrentEntry(int row)
{
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_entries->index(row));
}

QString FeedPanel::title() const
{
    return m_title->text();
}
