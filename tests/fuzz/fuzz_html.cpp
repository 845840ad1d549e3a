// libFuzzer target "html": ArticleLoader::loadBytes as "article.html" (declared charset, tokenizer,
// entities, reader-mode scoring, marked quotes), then the Extractor.
#include "fuzztarget.h"

SAYWHO_FUZZ_TARGET(FuzzDriver::Target::Html)
