#pragma once

#include "export/quoteexporter.h"

#include <QObject>

class ArticleView;
class QWidget;
class SpeakerModel;
class SpeakerPanel;

// The window's ways out for what it shows: the quotes (all, or the selected speaker's) as CSV, JSON
// or Markdown, and the article with its highlights on paper or as a PDF file. It asks for the file,
// writes it, warns when that failed and reports a saved file through saved(); it never writes over
// the article that is open. Its dialogs start where DialogFolders says, with the article's title
// in the suggested name.
class ExportDialogs : public QObject
{
    Q_OBJECT

public:
    ExportDialogs(QWidget *window, const SpeakerModel *model, const SpeakerPanel *panel, const ArticleView *view);

    // Asks where to save the quotes and saves them; articlePath names the suggested file.
    void chooseQuotesFile(const QString &articlePath, bool selectedOnly);
    void choosePdfFile(const QString &articlePath);
    void print();

    // The quotes of the article, or of the selected speaker when selectedOnly; a CSV file begins
    // with a byte-order mark when asked.
    bool exportQuotes(const QString &path, QuoteExporter::Format format, bool selectedOnly,
                      QString *error = nullptr, bool byteOrderMark = false) const;
    // The article as the reading pane prints it; false for the article's own file.
    bool exportPdf(const QString &path, const QString &articlePath) const;

signals:
    // A file was written: a line for the status bar.
    void saved(const QString &message);

private:
    // What the suggested file names start with: the article's title, else its file's name.
    QString articleTitle(const QString &articlePath) const;

    QWidget *m_window;
    const SpeakerModel *m_model;
    const SpeakerPanel *m_panel;
    const ArticleView *m_view;
};
