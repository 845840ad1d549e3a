#pragma once

#include "article/feed.h"

#include <QAbstractListModel>

// The entries of a news feed as a list for the feed panel: title, with date (in the locale's short
// format) and author as a second line and tooltip. Choosing a row opens the entry as an article.
class FeedEntryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        DateRole = Qt::UserRole + 1, // as the feed has it (ISO 8601 when it could be read)
        AuthorRole,
        LinkRole,
        SecondLineRole, // "01/05/2024 · Jane Doe"
    };

    explicit FeedEntryModel(QObject *parent = nullptr);

    void setFeed(const Feed &feed);
    const Feed &feed() const { return m_feed; }
    const FeedEntry &entry(int row) const { return m_feed.entries.at(row); }
    // An entry's title on one line, or a stand-in for an entry without one.
    static QString title(const FeedEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Feed m_feed;
};
