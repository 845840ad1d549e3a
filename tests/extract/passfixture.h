#pragma once

// A small invented article run through the extraction passes up to one of them, so that a test of
// a pass sees what that pass decided on the state the earlier passes left.
#include "article/article.h"
#include "extract/extractionpipeline.h"
#include "extract/extractwindow.h"
#include "extract/lexicon.h"
#include "load/plaintextreader.h"

#include <QStringList>

#include <memory>

// The kind of a speaker phrase, as the tests name it.
inline QString phraseTypeName(SpeakerPhrase::Type type)
{
    switch (type) {
    case SpeakerPhrase::Type::Name:
        return QStringLiteral("name");
    case SpeakerPhrase::Type::Pronoun:
        return QStringLiteral("pronoun");
    case SpeakerPhrase::Type::Role:
        return QStringLiteral("role");
    case SpeakerPhrase::Type::OrgRole:
        return QStringLiteral("organisation");
    case SpeakerPhrase::Type::Group:
        return QStringLiteral("group");
    case SpeakerPhrase::Type::None:
        break;
    }
    return QStringLiteral("none");
}

class PassFixture
{
public:
    // Whether the text gets a headline of the fixture's, so that its paragraphs are body text, or
    // opens with its own.
    enum class Headline { Invented, OwnFirstParagraph };

    // The paragraphs of text, under a headline.
    PassFixture(const QString &text, ExtractionPipeline::Pass lastPass, Headline headline = Headline::Invented)
        : m_article(PlainTextReader::read(
              headline == Headline::Invented ? QStringLiteral("Harbour news\n\n") + text : QString(text)))
        , m_pipeline(std::make_unique<ExtractionPipeline>(m_article, Lexicon::instance()))
    {
        m_pipeline->run(nullptr, lastPass);
    }
    PassFixture(const PassFixture &) = delete;
    PassFixture &operator=(const PassFixture &) = delete;

    // The state after the run: the article-wide part, and the last window (the last paragraph).
    ExtractWindow &window() { return m_pipeline->window(); }

    QString speakerName(int entity) const
    {
        return entity >= 0 ? m_pipeline->window().registry.entity(entity).name : QStringLiteral("-");
    }

    // "Speaker|quoted words" for each quote the pass decided, in the order found.
    QStringList quotesBy(AttributionPass pass) const
    {
        QStringList out;
        const ExtractWindow &w = m_pipeline->window();
        for (const FoundQuote &q : w.quotes) {
            if (q.decidedBy == pass)
                out << speakerName(q.entity) + u'|' + w.text.mid(q.start, q.end - q.start).toString();
        }
        return out;
    }

    // The sentence of the last window that holds token i.
    const Sentence &sentenceOf(int i)
    {
        for (const Sentence &s : window().sentences) {
            if (i >= s.firstToken && i < s.endToken)
                return s;
        }
        return window().sentences.first();
    }

private:
    Article m_article;
    std::unique_ptr<ExtractionPipeline> m_pipeline;
};
