#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <atomic>

// Reader mode for saved web pages: finds the main article of a page and turns it into an Article
// (title, byline and date, headings, paragraphs, list items, block quotes, data tables a row a
// block, figure captions) with the address the page came from, leaving out navigation, headers
// and footers, asides, ads and ad labels, share and "related" boxes, forms, scripts and styles.
// Candidate containers are scored by the text of their paragraphs, commas, link density and
// class/id hints, as Mozilla's Readability does. <q> is shown in its language's quotation marks,
// a <blockquote> without marks becomes a marked quote. Nothing is fetched and nothing runs: the
// result is plain text, so no script, frame or image can be loaded from it.
// The front door of reader mode: PageMetadata reads the header, ReadabilityScorer chooses the
// content (relaxing its rules when too little is left) and HtmlBlockWriter writes it.
class HtmlReader
{
public:
    // Reads a whole page; returns an empty article if cancelled becomes true. The rvalue overload
    // releases the page's text once it is parsed, and tells in isArticle whether the page holds an
    // article at all (ArticleCheck) or is a page of links.
    static Article read(QStringView html, const std::atomic_bool *cancelled = nullptr);
    static Article read(QString &&html, const std::atomic_bool *cancelled = nullptr, bool *isArticle = nullptr);
    // Reads an HTML fragment (a feed entry's content) whole into article, after the blocks it has,
    // dropping only what is never content; a block that repeats the article's title or byline (its
    // header, see Article::appendHeader) is left out once.
    static void appendFragment(Article &article, QStringView html);
    // Turns a short piece of HTML (a feed title) into one line of text.
    static QString toPlainText(QStringView html);
    // The charset a page declares in its first 1024 bytes (<meta charset> or http-equiv), if any.
    static QByteArray declaredCharset(QByteArrayView head);
};
