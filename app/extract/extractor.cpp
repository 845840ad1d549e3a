#include "extractor.h"

#include "extractionbuilder.h"
#include "extractionpipeline.h"
#include "lexicon.h"

Extractor::Extractor(const Lexicon &lexicon)
    : m_lexicon(lexicon)
{
}

Extractor::Extractor()
    : m_lexicon(Lexicon::instance())
{
}

Extraction Extractor::extract(const Article &article, const std::atomic_bool *cancelled) const
{
    ExtractionPipeline pipeline(article, m_lexicon);
    if (!pipeline.run(cancelled))
        return {};
    return ExtractionBuilder::build(pipeline.window());
}
