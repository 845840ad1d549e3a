#include "articleprinter.h"

#include "article/article.h"
#include "articleview.h"
#include "highlightpalette.h"
#include "models/speakermodel.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <memory>
#include <set>

namespace {

QPalette paper()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

std::set<int> highlightedSpeakers(const ArticleView *view)
{
    std::set<int> speakers;
    for (const ArticleView::Highlight &h : view->highlights())
        speakers.insert(h.speaker);
    return speakers;
}

} // namespace

ArticlePrinter::ArticlePrinter(const SpeakerModel *model, const ArticleView *view)
    : m_model(model)
    , m_view(view)
{
}

QString ArticlePrinter::source() const
{
    const Article &article = m_model->article();
    if (!article.link().isEmpty())
        return article.link();
    const QString path = article.sourcePath();
    if (path.startsWith(u':'))
        return tr("The sample article of Saywho");
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QStringList ArticlePrinter::legendNames() const
{
    QStringList names;
    const QList<Speaker> &speakers = m_model->extraction().speakers;
    bool unattributed = false;
    for (int speaker : highlightedSpeakers(m_view)) {
        if (speaker >= 0 && speaker < speakers.size())
            names.append(speakers.at(speaker).name);
        else
            unattributed = true;
    }
    if (unattributed)
        names.append(tr("Unattributed"));
    return names;
}

QTextDocument *ArticlePrinter::document() const
{
    QTextDocument *doc = m_view->printableDocument();
    const Article &article = m_model->article();
    const QString title = article.title().isEmpty() ? doc->metaInformation(QTextDocument::DocumentTitle)
                                                    : article.title();
    QString date = article.date().trimmed();
    const QDateTime written = QDateTime::fromString(date, Qt::ISODate);
    if (written.isValid())
        date = QLocale().toString(written.date(), QLocale::LongFormat);
    else if (const QDate day = QDate::fromString(date, Qt::ISODate); day.isValid())
        date = QLocale().toString(day, QLocale::LongFormat);

    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg((title.isEmpty() ? tr("Untitled article") : title).toHtmlEscaped()));
    if (const QString from = source(); !from.isEmpty())
        lines.append(from.toHtmlEscaped());
    lines.append(date.isEmpty() ? tr("Printed on %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                                : date.toHtmlEscaped());

    // The legend: whose words are in which colour, as they are printed.
    QStringList chips;
    const QList<Speaker> &speakers = m_model->extraction().speakers;
    for (int speaker : highlightedSpeakers(m_view)) {
        const bool known = speaker >= 0 && speaker < speakers.size();
        const QString label = known ? speakers.at(speaker).name : tr("Unattributed");
        chips.append(QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
                         .arg(HighlightPalette::color(known ? speaker : -1, paper()).name(), label.toHtmlEscaped()));
    }
    if (!chips.isEmpty())
        lines.append(tr("Highlighted: %1").arg(chips.join(QStringLiteral(" "))));

    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::Start);
    QTextFrameFormat frame;
    frame.setBorder(1);
    frame.setBorderBrush(QColor(0x99, 0x99, 0x99));
    frame.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    frame.setPadding(8);
    frame.setBottomMargin(16);
    cursor.insertFrame(frame);
    cursor.insertHtml(QStringLiteral("<p style=\"font-size:small\">%1</p>").arg(lines.join(QStringLiteral("<br>"))));
    return doc;
}

void ArticlePrinter::print(QPagedPaintDevice *device) const
{
    const std::unique_ptr<QTextDocument> doc(document());
    doc->print(device);
}

void ArticlePrinter::preview(QWidget *parent) const
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print Preview"));
    const std::unique_ptr<QTextDocument> doc(document());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&doc](QPrinter *target) { doc->print(target); });
    dialog.exec();
}
