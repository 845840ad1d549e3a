// libFuzzer target "plaintext": ArticleLoader::loadBytes as "article.txt" (byte order marks,
// UTF-16/32, the Windows-1252 fallback, the binary check), then the Extractor.
#include "fuzztarget.h"

SAYWHO_FUZZ_TARGET(FuzzDriver::Target::PlainText)
