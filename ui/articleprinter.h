#pragma once

#include <QCoreApplication>
#include <QString>

class ArticleView;
class QPagedPaintDevice;
class QTextDocument;
class QWidget;
class SpeakerModel;

// The article as it goes on paper or into a PDF: a header with its title, source and date, a
// legend of whose quotes are highlighted in which colour, and the text with the highlights of the
// reading pane (in colours for white paper). Also the print preview.
class ArticlePrinter
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePrinter)

public:
    ArticlePrinter(const SpeakerModel *model, const ArticleView *view);

    // A new document (the caller owns it).
    QTextDocument *document() const;
    // Where the article came from, as the header names it.
    QString source() const;
    // The speakers whose quotes are highlighted, in order of appearance, "Unattributed" last.
    QStringList legendNames() const;

    void print(QPagedPaintDevice *device) const;
    // Shows the pages as they will print, with the print dialog one click away.
    void preview(QWidget *parent) const;

private:
    const SpeakerModel *m_model;
    const ArticleView *m_view;
};
