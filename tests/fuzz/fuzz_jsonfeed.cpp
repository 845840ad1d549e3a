// libFuzzer target "jsonfeed": ArticleLoader::loadBytes as "feed.json" (JSON Feed 1.0 and 1.1), then
// ArticleLoader::articleFromFeedEntry and the Extractor on every item.
#include "fuzztarget.h"

SAYWHO_FUZZ_TARGET(FuzzDriver::Target::JsonFeed)
