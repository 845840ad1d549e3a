#pragma once

#include "library/library.h"

#include <QAbstractTableModel>
#include <QList>

// Quotes from across the library: one person's (People view) or a search's results, newest first.
// Columns: the quote, its speaker, its article, the date and the kind. Each row knows its article
// and offsets, so that a view can open the article with the quote highlighted.
class QuoteHitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, SpeakerColumn, ArticleColumn, DateColumn, KindColumn, ColumnCount };
    enum Roles {
        QuoteIdRole = Qt::UserRole + 1, // qint64
        ArticleIdRole,                  // qint64
        QuoteStartRole,
        QuoteEndRole,
        QuoteKindRole,                  // Quote::Kind as int
        CorrectedRole,                  // bool
        SortRole,
    };

    explicit QuoteHitModel(QObject *parent = nullptr);

    void setHits(const QList<Library::QuoteHit> &hits);
    const QList<Library::QuoteHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(Quote::Kind kind);

private:
    QList<Library::QuoteHit> m_hits;
};
