#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Filters and sorts the speaker list without touching the SpeakerModel: a speaker row stays when
// its name, role or another name it went by contains the filter text (its quotes come with it), and
// the speakers are ordered by first appearance, name or number of quotes. Quotes keep text order,
// the sources the article only describes come after those it names, and the "Unattributed" group
// always stays last.
class SpeakerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Order { Appearance, Name, QuoteCount };
    Q_ENUM(Order)

    explicit SpeakerFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setOrder(Order order);
    Order order() const { return m_order; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    Order m_order = Order::Appearance;
    QCollator m_collator;
};
