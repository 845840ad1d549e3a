// libFuzzer target "markdown": ArticleLoader::loadBytes as "article.md" (front matter, Qt's
// Markdown importer), then the Extractor.
#include "fuzztarget.h"

SAYWHO_FUZZ_TARGET(FuzzDriver::Target::Markdown)
