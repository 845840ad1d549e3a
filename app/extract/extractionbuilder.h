#pragma once

#include "article/extraction.h"

class ExtractWindow;

// Builds the Extraction from the quotes the passes found: resolves overlaps between quotes of
// different passes, numbers the speakers in order of first mention, and counts their quotes.
class ExtractionBuilder
{
public:
    static Extraction build(ExtractWindow &window);
};
