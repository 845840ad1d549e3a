#pragma once

#include "article/article.h"
#include "article/extraction.h"

#include <QString>
#include <QTest>

// Small hand-made articles and extractions for the model tests (and the view tests in tests/ui), so they do not depend on
// what the extractor finds.
namespace TestArticles {

struct Fixture
{
    Article article;
    Extraction extraction;
};

inline Quote makeQuote(const Article &article, const QString &words, int speaker, Quote::Kind kind,
                       double confidence = 0.9)
{
    Quote q;
    q.start = int(article.text().indexOf(words));
    if (q.start < 0) {
        // QFAIL itself returns nothing; this reports the same failure and hands back an empty quote.
        QTest::qFail(qPrintable(QStringLiteral("fixture text not in the article: %1").arg(words)), __FILE__, __LINE__);
        return {};
    }
    q.end = q.start + int(words.size());
    q.speaker = speaker;
    q.kind = kind;
    q.confidence = confidence;
    q.paragraph = article.blocks().at(article.blockAt(q.start)).paragraph;
    return q;
}

inline Speaker makeSpeaker(const QString &id, const QString &name, const QString &role,
                           Speaker::Kind kind = Speaker::Kind::Person)
{
    Speaker s;
    s.id = id;
    s.name = name;
    s.role = role;
    s.kind = kind;
    return s;
}

// Two people, an organisation, one uncertain attribution and one quote without a speaker.
inline Fixture council()
{
    Fixture f;
    f.article.setTitle(QStringLiteral("Council weighs the harbour plan"));
    f.article.appendBlock(f.article.title(), Article::BlockKind::Title);
    f.article.appendBlock(QStringLiteral("\"We will rebuild the pier within a year,\" said Mayor Lotte Brandvik on Monday."));
    f.article.appendBlock(QStringLiteral("The port authority said that the dredging would start in spring."));
    f.article.appendBlock(QStringLiteral("Engineer Tomas Varga warned that \"the old pilings are rotten\" and urged the council to act."),
                          Article::BlockKind::BlockQuote);
    f.article.appendBlock(QStringLiteral("\"Nobody asked the fishermen,\" one resident complained."));
    f.article.appendBlock(QStringLiteral("Brandvik added that the budget was \"tight but honest\"."));

    f.extraction.speakers = {
        makeSpeaker(QStringLiteral("s1"), QStringLiteral("Lotte Brandvik"), QStringLiteral("Mayor")),
        makeSpeaker(QStringLiteral("s2"), QStringLiteral("The port authority"), QString(), Speaker::Kind::Organization),
        makeSpeaker(QStringLiteral("s3"), QStringLiteral("Tomas Varga"), QStringLiteral("Engineer")),
    };
    f.extraction.speakers[0].aliases = QStringList{QStringLiteral("Brandvik")};
    const Article &a = f.article;
    f.extraction.quotes = {
        makeQuote(a, QStringLiteral("We will rebuild the pier within a year,"), 0, Quote::Kind::Direct),
        makeQuote(a, QStringLiteral("the dredging would start in spring."), 1, Quote::Kind::Indirect),
        makeQuote(a, QStringLiteral("the old pilings are rotten"), 2, Quote::Kind::Partial, 0.4),
        makeQuote(a, QStringLiteral("Nobody asked the fishermen,"), -1, Quote::Kind::Direct, 0.2),
        makeQuote(a, QStringLiteral("the budget was \"tight but honest\"."), 0, Quote::Kind::Indirect),
        makeQuote(a, QStringLiteral("tight but honest"), 0, Quote::Kind::Partial),
    };
    f.extraction.speakers[0].quoteCount = 3;
    f.extraction.speakers[1].quoteCount = 1;
    f.extraction.speakers[2].quoteCount = 1;
    return f;
}

} // namespace TestArticles
