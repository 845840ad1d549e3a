#include "embeddedpost.h"

#include "text/whitespace.h"

#include <QRegularExpression>

namespace {

using Tag = HtmlDocument::Tag;

// "Name (@account)", the account possibly with its server (@name@host) as on Mastodon.
const QRegularExpression &accountPattern()
{
    static const QRegularExpression re(QStringLiteral("\\((@[\\w.]+(?:@[\\w.-]+)?)\\)"));
    return re;
}

// The capitalised words right before the account: "— Jane Doe (@jd) May 2" and "A post shared by
// Jane Doe (@jd)" both name Jane Doe.
QString nameBefore(QStringView prefix)
{
    const QList<QStringView> words = prefix.trimmed().split(u' ', Qt::SkipEmptyParts);
    qsizetype first = words.size();
    while (first > 0) {
        const QStringView word = words.at(first - 1);
        if (word.isEmpty() || !word.front().isUpper())
            break;
        --first;
    }
    QStringList name;
    for (qsizetype i = first; i < words.size(); ++i)
        name.append(words.at(i).toString());
    return name.join(u' ');
}

QString withoutLinks(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("(?:https?://|pic\\.twitter\\.com/)\\S+"));
    QString out = text;
    out.remove(link);
    return Whitespace::collapse(out);
}

} // namespace

bool EmbeddedPost::isEmbed(const HtmlDocument &doc, int blockquote)
{
    static const QRegularExpression embed(
        QStringLiteral("twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|threads-embed|"
                       "text-post-media|fb-xfbml-parse-ignore"),
        QRegularExpression::CaseInsensitiveOption);
    return doc.node(blockquote).tag == Tag::Blockquote && embed.match(doc.attribute(blockquote, u"class")).hasMatch();
}

std::optional<EmbeddedPost> EmbeddedPost::read(const HtmlDocument &doc, int blockquote)
{
    // Paragraphs are what the post says, or its attribution line; loose text (a tweet's
    // "— Name (@account) date" after its <p>) is the attribution when no paragraph is.
    QStringList paragraphs;
    QString loose;
    const int end = doc.node(blockquote).end;
    for (int i = blockquote + 1; i < end; ++i) {
        const HtmlDocument::Node &node = doc.node(i);
        if (node.isText) {
            loose += node.text + u' ';
        } else if (node.tag == Tag::P) {
            paragraphs.append(doc.textOf(i));
            i = node.end - 1;
        } else if (HtmlDocument::isNeverContent(node.tag)) {
            i = node.end - 1;
        }
    }
    QString attribution;
    qsizetype attributionIndex = -1;
    for (qsizetype k = 0; k < paragraphs.size(); ++k) {
        if (accountPattern().match(paragraphs.at(k)).hasMatch()) {
            attribution = paragraphs.at(k);
            attributionIndex = k;
            break;
        }
    }
    if (attributionIndex < 0)
        attribution = Whitespace::collapse(loose);
    const QRegularExpressionMatch account = accountPattern().match(attribution);
    if (!account.hasMatch())
        return std::nullopt;

    EmbeddedPost post;
    post.author = nameBefore(QStringView(attribution).first(account.capturedStart()));
    if (post.author.isEmpty())
        post.author = account.captured(1);
    QStringList said;
    for (qsizetype k = 0; k < paragraphs.size(); ++k) {
        const QString text = withoutLinks(paragraphs.at(k));
        if (k != attributionIndex && !text.isEmpty())
            said.append(text);
    }
    post.text = said.join(u' ');
    if (post.text.isEmpty())
        return std::nullopt;
    return post;
}

QString EmbeddedPost::sentence() const
{
    // Not translated: this is article text, and the extractor's reporting verbs ("posted") are English.
    return QStringLiteral("%1 posted: \u201c%2\u201d").arg(author, text);
}
