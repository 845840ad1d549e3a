#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;

// A line of names over the reading pane, each on its highlight colour, telling whose words are
// highlighted in which colour when all speakers are.
class SpeakerLegend : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QColor color;
        int quotes = 0;
    };

    explicit SpeakerLegend(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    QString text() const;

private:
    QList<Entry> m_entries;
    QLabel *m_label;
};
