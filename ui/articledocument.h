#pragma once

#include <QFont>

#include <atomic>

class Article;
class QTextDocument;

// Builds the reading pane's QTextDocument from an Article: exactly one text block per article block,
// with the same characters, so document positions equal Article::text() offsets. Typography lives
// in block and character formats (title heading, airy paragraphs, indented block quotes, bulleted
// list items); list markers are drawn, not inserted. Safe to call off the GUI thread: it only uses
// QTextDocument and fonts, never a widget.
class ArticleDocument
{
public:
    // Returns a new document without parent (the caller owns it), or nullptr once cancelled is set.
    static QTextDocument *build(const Article &article, const QFont &font,
                                const std::atomic_bool *cancelled = nullptr);
    // Margin around the text, in pixels, for a reading font.
    static qreal pageMargin(const QFont &font);
    // Line height of the text (not of the title) in percent, for the documents built from now on;
    // build() reads it on any thread.
    static void setLineSpacing(int percent);
    static int lineSpacing();
    // The same for a document built already.
    static void applyLineSpacing(QTextDocument *document, int percent);
};
