#pragma once

#include <QWidget>

class FeedEntryModel;
class QLabel;
class QListView;
struct Feed;

// The feed's entries above the speakers, shown only while a feed is open: the feed's title and the
// list of its entries. Choosing an entry is reported through entryChosen(); opening it is the
// window's business.
class FeedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeedPanel(QWidget *parent = nullptr);

    // Lists the feed's entries under the title and shows the panel.
    void showFeed(const Feed &feed, const QString &title);
    // Empties and hides the panel: what is open is not a feed.
    void clear();
    // Marks the entry on screen, without reporting it as chosen again.
    void setCurrentEntry(int row);

    QString title() const;
    QListView *entryList() const { return m_list; }

signals:
    void entryChosen(int row);

private:
    FeedEntryModel *m_entries;
    QLabel *m_title;
    QListView *m_list;
};
