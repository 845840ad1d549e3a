#include "speakerlegend.h"

#include <QHBoxLayout>
#include <QLabel>

SpeakerLegend::SpeakerLegend(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("speakerLegend"));
    setAccessibleName(tr("Highlight colours"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_label->setObjectName(QStringLiteral("speakerLegendText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setForegroundRole(QPalette::Text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label);
}

void SpeakerLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    QStringList chips;
    const QString text = palette().color(QPalette::Text).name();
    for (const Entry &e : entries) {
        // No-break spaces pad the name on its colour and keep a name on one line.
        chips.append(QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
                         .arg(e.color.name(), text, e.name.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"))));
    }
    m_label->setText(chips.isEmpty() ? QString() : tr("Highlighted:") + u' ' + chips.join(u' '));
    m_label->setAccessibleName(this->text());
}

QString SpeakerLegend::text() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names.append(e.name);
    return names.join(QStringLiteral(", "));
}
