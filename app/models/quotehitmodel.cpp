#include "quotehitmodel.h"

#include "localdate.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

QuoteHitModel::QuoteHitModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuoteHitModel::setHits(const QList<Library::QuoteHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int QuoteHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int QuoteHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteHitModel::kindText(Quote::Kind kind)
{
    switch (kind) {
    case Quote::Kind::Direct:
        return tr("direct");
    case Quote::Kind::Partial:
        return tr("partial");
    case Quote::Kind::Indirect:
        return tr("reported");
    }
    return {};
}

QVariant QuoteHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Library::QuoteHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return h.kind == Quote::Kind::Indirect ? h.text : u'\u201C' + h.text + u'\u201D';
        case SpeakerColumn:
            return h.speaker.isEmpty() ? tr("Unattributed") : h.speaker;
        case ArticleColumn:
            return h.title.isEmpty() ? h.source : h.title;
        case DateColumn:
            return LocalDate::shortDate(h.date);
        case KindColumn:
            return h.corrected ? tr("%1, corrected").arg(kindText(h.kind)) : kindText(h.kind);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return h.text;
        if (index.column() == ArticleColumn)
            return h.source;
        break;
    case QuoteIdRole:
        return h.id;
    case ArticleIdRole:
        return h.article;
    case QuoteStartRole:
        return h.start;
    case QuoteEndRole:
        return h.end;
    case QuoteKindRole:
        return int(h.kind);
    case CorrectedRole:
        return h.corrected;
    case SortRole:
        switch (index.column()) {
        case TextColumn:
            return h.text.toCaseFolded();
        case SpeakerColumn:
            return h.speaker.toCaseFolded();
        case ArticleColumn:
            return h.title.toCaseFolded();
        case DateColumn:
            return h.date;
        case KindColumn:
            return int(h.kind);
        }
        break;
    }
    return {};
}

QVariant QuoteHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Quote");
    case SpeakerColumn:
        return tr("Speaker");
    case ArticleColumn:
        return tr("Article");
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}
