#pragma once

#include "models/speakerfiltermodel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class SpeakerModel;
class SpeakerTreeView;

// The sidebar: a heading, a filter box and a sort order over the tree of speakers and quotes, and a
// legend of the quote marks under it; Down in the filter box goes on into the tree. It owns
// the filter proxy; the selection is read from tree()->selectionModel() in proxy terms, and
// sourceIndex()/proxyIndex() translate to and from the SpeakerModel. Its context menu copies a
// quote or a name and offers the window's actions for the row.
class SpeakerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakerPanel(SpeakerModel *model, QWidget *parent = nullptr);

    SpeakerTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *sortBox() const { return m_sort; }
    SpeakerFilterModel *proxy() const { return m_proxy; }

    // The selected row in SpeakerModel terms, or an invalid index.
    QModelIndex selectedSource() const;
    // The speaker (or unattributed group) row of the selection, also when a quote row is selected.
    QModelIndex selectedSpeaker() const;
    // Selects (and reveals) a SpeakerModel row; an invalid index clears the selection.
    void selectSource(const QModelIndex &source);
    QModelIndex proxyIndex(const QModelIndex &source) const { return m_proxy->mapFromSource(source); }
    QModelIndex sourceIndex(const QModelIndex &proxy) const { return m_proxy->mapToSource(proxy); }

    // While quotes are still being found the list says so instead of "no quotes".
    void setBusy(bool busy);

    SpeakerFilterModel::Order order() const { return m_proxy->order(); }
    void setOrder(SpeakerFilterModel::Order order);

    // The window's actions the tree's context menu offers besides copying: speakerActions on a
    // speaker row, commonActions on every row.
    void setContextActions(const QList<QAction *> &speakerActions, const QList<QAction *> &commonActions);

signals:
    void orderChanged(SpeakerFilterModel::Order order);
    // The context menu of a row (a SpeakerModel index) is being built: receivers may add to it.
    void contextMenuRequested(QMenu *menu, const QModelIndex &source);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);
    void expandSmallLists();
    void updatePlaceholder();

    SpeakerModel *m_model;
    SpeakerFilterModel *m_proxy;
    SpeakerTreeView *m_tree;
    QLineEdit *m_filter;
    QComboBox *m_sort;
    QLabel *m_empty;
    QLabel *m_legend; // what the marks of the quote rows mean
    bool m_busy = false;
    QList<QAction *> m_speakerActions;
    QList<QAction *> m_commonActions;
};
