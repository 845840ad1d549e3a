#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Article;
class Extraction;

// Runs one input through the code path of one fuzz target and checks the promises the rest of
// Saywho builds on: an Article's blocks tile its text one line each (so the reading pane's document
// positions are text offsets), every offset an Extraction reports lies inside the text, speakers
// and counts agree, and the JSON of `saywho --extract` parses. Shared by the libFuzzer targets
// (tests/fuzz/fuzz_*.cpp) and tst_fuzzregressions, so a committed crashing input is replayed
// through exactly the code that found it.
class FuzzDriver
{
public:
    enum class Target {
        Extractor, // arbitrary text as plain text, then quote finding and attribution
        PlainText, // chunked against whole decoding, then ArticleLoader::loadBytes as "article.txt"
                   // (decoding included) and the extractor
        Html,      // ArticleLoader::loadBytes as "article.html" (reader mode), then the extractor
        Markdown,  // ArticleLoader::loadBytes as "article.md", then the extractor
        Feed,      // ArticleLoader::loadBytes as "feed.rss" or "feed.atom", then every entry
        JsonFeed,  // ArticleLoader::loadBytes as "feed.json" (JSON Feed 1.0/1.1), then every entry
        Mhtml,     // ArticleLoader::loadBytes as "page.mhtml" (MIME parts, reader mode), then the extractor
    };

    // The target's name, also the name of its corpus, dictionary and regression directories.
    static QString name(Target target);
    static std::optional<Target> fromName(QStringView name);
    static QStringList names();

    // Reads the input as the target does, into the articles it yields: one, one per feed entry, or
    // none when the loader refused the input with a reason. Returns what broke, if anything.
    static QString load(Target target, QByteArrayView data, QList<Article> &articles);
    // Loads the input, then checks and extracts every article; returns what broke, or an empty string when every check held. A crash, hang or
    // sanitizer error is not caught here: it is the fuzzer's (or the test's) to report.
    static QString run(Target target, QByteArrayView data);

    // The file name a loader target gives loadBytes for this input. The feed target takes ".atom"
    // or ".rss" from the lowest bit of the first byte, so both names are fuzzed by one target.
    static QString fileName(Target target, QByteArrayView data);

    // The checks run() makes, each returning what broke (prefixed with what) or an empty string.
    // The plaintext target also decodes its input chunk by chunk, as loadFile reads a file, and
    // compares the result with decoding it in one go.
    static QString checkChunkedDecoding(QByteArrayView data);
    static QString checkArticle(const Article &article, const QString &what);
    static QString checkExtraction(const Article &article, const Extraction &extraction, const QString &what);
};
