#pragma once

#include "htmldocument.h"

// Whether a parsed page holds an article at all, or is a front page, an index or a list of search
// results, after Readability's isProbablyReaderable: visible paragraphs of at least 140 characters
// add up a score, and a page with too little of that whose text is mostly links has no article to
// read. Short articles without many links still pass: only a page of links is turned down.
class ArticleCheck
{
public:
    static bool isProbablyArticle(const HtmlDocument &doc);
};
