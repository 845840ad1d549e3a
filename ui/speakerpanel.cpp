#include "speakerpanel.h"

#include "speakerdelegate.h"
#include "models/speakermodel.h"
#include "speakertreeview.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QVBoxLayout>

namespace {

// Lists longer than this start collapsed: expanding thousands of quote rows helps nobody.
constexpr int ExpandedQuoteLimit = 60;

} // namespace

SpeakerPanel::SpeakerPanel(SpeakerModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new SpeakerFilterModel(this))
    , m_tree(new SpeakerTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("speakerPanel"));
    m_proxy->setSourceModel(model);

    auto *heading = new QLabel(tr("Speakers"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_sort->setObjectName(QStringLiteral("speakerSort"));
    m_sort->setAccessibleName(tr("Sort speakers"));
    m_sort->setToolTip(tr("Order of the speakers"));
    m_sort->addItem(tr("In order of appearance"), int(SpeakerFilterModel::Order::Appearance));
    m_sort->addItem(tr("By name"), int(SpeakerFilterModel::Order::Name));
    m_sort->addItem(tr("By number of quotes"), int(SpeakerFilterModel::Order::QuoteCount));
    // As wide as its longest choice when there is room, yet no reason for a narrow sidebar to stay wide.
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sort->setMinimumWidth(m_sort->fontMetrics().averageCharWidth() * 12);
    connect(m_sort, &QComboBox::activated, this,
            [this](int i) { setOrder(SpeakerFilterModel::Order(m_sort->itemData(i).toInt())); });

    m_filter->setObjectName(QStringLiteral("speakerFilter"));
    m_filter->setAccessibleName(tr("Filter speakers"));
    m_filter->setPlaceholderText(tr("Filter speakers"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        expandSmallLists();
    });

    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new SpeakerDelegate(m_tree));
    heading->setBuddy(m_tree);

    m_empty->setObjectName(QStringLiteral("speakerPlaceholder"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setMargin(12);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    m_legend->setObjectName(QStringLiteral("quoteLegend"));
    m_legend->setText(SpeakerDelegate::legend());
    m_legend->setWordWrap(true);
    m_legend->setToolTip(tr("What the marks before the quotes mean; hover over a quote to see how sure its speaker is"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_sort);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_legend);
    // As laid out: the sort order beside the heading, the filter, then the list.
    setTabOrder(m_sort, m_filter);
    setTabOrder(m_filter, m_tree);

    auto refresh = [this] {
        expandSmallLists();
        updatePlaceholder();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refresh);
}

bool SpeakerPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the filter goes on into the list, to the row the filter left first.
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_tree->isVisible()) {
        if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_tree->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
        m_tree->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SpeakerPanel::setBusy(bool busy)
{
    m_busy = busy;
    updatePlaceholder();
}

void SpeakerPanel::updatePlaceholder()
{
    const bool none = m_proxy->rowCount() == 0;
    if (m_busy)
        m_empty->setText(tr("Finding quotes…"));
    else if (m_model->rowCount() == 0)
        m_empty->setText(tr("No quotes found in this article."));
    else
        m_empty->setText(tr("No speaker matches the filter."));
    m_empty->setVisible(none);
    m_tree->setVisible(!none);
    m_legend->setVisible(!none);
}

void SpeakerPanel::expandSmallLists()
{
    int quotes = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        quotes += m_proxy->rowCount(m_proxy->index(row, 0));
    if (quotes <= ExpandedQuoteLimit)
        m_tree->expandAll();
}

QModelIndex SpeakerPanel::selectedSource() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : m_proxy->mapToSource(rows.constFirst());
}

QModelIndex SpeakerPanel::selectedSpeaker() const
{
    const QModelIndex selected = selectedSource();
    const bool quoteRow = selected.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Quote);
    return quoteRow ? selected.parent() : selected;
}

void SpeakerPanel::selectSource(const QModelIndex &source)
{
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_tree->selectionModel()->clearSelection();
        return;
    }
    if (index.parent().isValid())
        m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void SpeakerPanel::setOrder(SpeakerFilterModel::Order order)
{
    m_proxy->setOrder(order);
    const int i = m_sort->findData(int(order));
    if (i >= 0)
        m_sort->setCurrentIndex(i);
    emit orderChanged(order);
}

void SpeakerPanel::setContextActions(const QList<QAction *> &speakerActions, const QList<QAction *> &commonActions)
{
    m_speakerActions = speakerActions;
    m_commonActions = commonActions;
    if (m_tree->contextMenuPolicy() == Qt::CustomContextMenu)
        return;
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &SpeakerPanel::showContextMenu);
}

void SpeakerPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex source = sourceIndex(m_tree->indexAt(pos));
    if (!source.isValid())
        return;
    selectSource(source);
    QMenu menu(this);
    if (source.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Quote)) {
        const int quote = source.data(SpeakerModel::QuoteIndexRole).toInt();
        connect(menu.addAction(tr("Copy Quote with &Attribution")), &QAction::triggered, this,
                [this, quote] { QGuiApplication::clipboard()->setText(m_model->citation(quote)); });
        connect(menu.addAction(tr("Copy Quote as &Plain Text")), &QAction::triggered, this,
                [this, quote] { QGuiApplication::clipboard()->setText(m_model->quoteText(quote)); });
    } else {
        const QString name = source.data(SpeakerModel::SpeakerNameRole).toString();
        connect(menu.addAction(tr("&Copy Name")), &QAction::triggered, this,
                [name] { QGuiApplication::clipboard()->setText(name); });
        menu.addActions(m_speakerActions);
    }
    emit contextMenuRequested(&menu, source);
    menu.addSeparator();
    menu.addActions(m_commonActions);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}
