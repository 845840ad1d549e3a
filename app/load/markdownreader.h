#pragma once

#include "article/article.h"

#include <QString>

#include <atomic>

// Reads Markdown through Qt's own Markdown support (QTextDocument::setMarkdown, GitHub dialect) and
// turns the rendered document into Article blocks: the first level-one heading is the title, other
// headings stay headings, block quotes become marked quotes, list items stay list items; inline
// HTML is taken out, <q> shown in quotation marks. A YAML front matter block gives the title,
// author, date and language (for the marks of <q>) when present. Works without a
// QGuiApplication (as `saywho --extract` runs).
class MarkdownReader
{
public:
    // Returns an empty article if cancelled becomes true.
    static Article read(const QString &markdown, const std::atomic_bool *cancelled = nullptr);
};
