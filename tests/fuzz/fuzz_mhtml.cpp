// libFuzzer target "mhtml": ArticleLoader::loadBytes as "page.mhtml" (the MIME message split into
// parts, the root part's transfer encoding undone, its charset applied, reader mode), then the Extractor.
#include "fuzztarget.h"

SAYWHO_FUZZ_TARGET(FuzzDriver::Target::Mhtml)
