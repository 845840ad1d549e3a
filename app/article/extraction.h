#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Article;

// The grammatical gender of a name, title or pronoun; a speaker's is Male, Female or Unknown.
enum class Gender : quint8 { Unknown, Male, Female, Neuter, Plural };

// Who said what in one article: the speakers (people and organisations quoted) and the quotes,
// each quote given as offsets into Article::text().
struct Speaker
{
    // Group: people who speak together ("Ana and Luis Ortiz", "Senate Democrats", "officials in
    // the city").
    enum class Kind { Person, Organization, Group };

    QString id;            // "s1", "s2", ... in order of first appearance
    QString name;          // canonical full name
    Kind kind = Kind::Person;
    QString role;          // title or role when known ("WHO Director-General"), else empty
    QStringList aliases;   // other forms that referred to the speaker ("Lopez", "the WHO chief")
    Gender gender = Gender::Unknown;
    int quoteCount = 0;
    int firstMention = 0;  // position of the first mention in the article
    // Named by what the article says of the source, not by a proper name: "White House spokesman",
    // "Officials in the city", "Study by Lindqvist Institute". Such sources are listed apart from
    // the people and organisations named.
    bool described = false;

    static QString kindName(Kind kind);
};

struct Quote
{
    enum class Kind { Direct, Partial, Indirect };

    int speaker = -1;      // index into Extraction::speakers, -1 when unattributed
    Kind kind = Kind::Direct;
    int start = 0;         // the quoted words, without enclosing quotation marks
    int end = 0;
    QString cue;           // reporting word(s) as written ("told", "according to", ":"), may be empty
    int cueStart = -1;
    int cueEnd = -1;
    QString source;        // the words that named the speaker here ("he", "the WHO chief")
    int paragraph = 0;
    double confidence = 0;

    static QString kindName(Kind kind);
    int length() const { return end - start; }
};

class Extraction
{
public:
    QList<Speaker> speakers;
    QList<Quote> quotes;   // in text order

    // Confidence below which an attribution is shown as uncertain.
    static constexpr double LowConfidence = 0.6;

    QList<int> quotesOf(int speaker) const;
    int unattributedCount() const;
    int speakerByName(const QString &name) const;
    static QString quoteText(const Article &article, const Quote &quote);
};
