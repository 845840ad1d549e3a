#include "extraction.h"

#include "article.h"

QString Speaker::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Person: return QStringLiteral("person");
    case Kind::Organization: return QStringLiteral("organization");
    case Kind::Group: return QStringLiteral("group");
    }
    return {};
}

QString Quote::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Direct: return QStringLiteral("direct");
    case Kind::Partial: return QStringLiteral("partial");
    case Kind::Indirect: return QStringLiteral("indirect");
    }
    return {};
}

QList<int> Extraction::quotesOf(int speaker) const
{
    QList<int> out;
    for (int i = 0; i < quotes.size(); ++i) {
        if (quotes.at(i).speaker == speaker)
            out.append(i);
    }
    return out;
}

int Extraction::unattributedCount() const
{
    return int(std::count_if(quotes.cbegin(), quotes.cend(), [](const Quote &q) { return q.speaker < 0; }));
}

int Extraction::speakerByName(const QString &name) const
{
    for (int i = 0; i < speakers.size(); ++i) {
        if (speakers.at(i).name == name)
            return i;
    }
    return -1;
}

QString Extraction::quoteText(const Article &article, const Quote &quote)
{
    return article.text().mid(quote.start, quote.end - quote.start);
}
