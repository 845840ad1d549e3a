// libFuzzer target "feed": ArticleLoader::loadBytes as "feed.rss" or "feed.atom" (RSS 2.0, RSS 1.0,
// Atom), then ArticleLoader::articleFromFeedEntry and the Extractor on every entry.
#include "fuzztarget.h"

SAYWHO_FUZZ_TARGET(FuzzDriver::Target::Feed)
