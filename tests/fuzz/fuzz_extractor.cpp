// libFuzzer target "extractor": quote finding and attribution on arbitrary text, read as UTF-8
// plain text (PlainTextReader) and handed to the Extractor.
#include "fuzztarget.h"

SAYWHO_FUZZ_TARGET(FuzzDriver::Target::Extractor)
