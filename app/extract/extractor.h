#pragma once

#include "article/extraction.h"

#include <atomic>

class Article;
class Lexicon;

// Finds the quotations of an article and who said them: direct quotes between quotation marks,
// partial quotes inside a sentence, and reported speech introduced by a reporting verb or
// "according to". Speakers are resolved through names (short forms join the full name), pronouns
// and role phrases. The front door of the extraction passes (ExtractionPipeline), which work
// paragraph by paragraph, so memory stays proportional to the result, not to the article.
class Extractor
{
public:
    explicit Extractor(const Lexicon &lexicon);
    Extractor();

    // Returns an empty extraction if cancelled becomes true while it runs.
    Extraction extract(const Article &article, const std::atomic_bool *cancelled = nullptr) const;

private:
    const Lexicon &m_lexicon;
};
