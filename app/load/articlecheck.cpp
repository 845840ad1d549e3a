#include "articlecheck.h"

#include "text/whitespace.h"

#include <QList>
#include <QRegularExpression>

#include <cmath>

namespace {

using Tag = HtmlDocument::Tag;

bool isHidden(const HtmlDocument &doc, int i)
{
    static const QRegularExpression hiddenStyle(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
                                                QRegularExpression::CaseInsensitiveOption);
    return doc.hasAttribute(i, u"hidden") || doc.attribute(i, u"aria-hidden") == u"true"
        || hiddenStyle.match(doc.attribute(i, u"style")).hasMatch();
}

} // namespace

bool ArticleCheck::isProbablyArticle(const HtmlDocument &doc)
{
    // Readability's numbers: paragraphs from 140 characters count, and a score above 20 reads.
    constexpr int kMinParagraph = 140;
    constexpr double kEnoughScore = 20;
    constexpr int kManyLinks = 10;

    double score = 0;
    qsizetype text = 0, linkText = 0;
    int links = 0;
    QList<int> openLinks; // ends of the <a> elements the walk is inside
    for (int i = 1; i < doc.size(); ++i) {
        while (!openLinks.isEmpty() && openLinks.last() <= i)
            openLinks.removeLast();
        const HtmlDocument::Node &node = doc.node(i);
        if (node.isText) {
            const qsizetype n = Whitespace::collapsedLength(node.text);
            text += n;
            if (!openLinks.isEmpty())
                linkText += n;
            continue;
        }
        if (HtmlDocument::isNeverContent(node.tag) || isHidden(doc, i)) {
            i = node.end - 1;
            continue;
        }
        if (node.tag == Tag::A && node.end > i + 1) {
            ++links;
            openLinks.append(node.end);
        } else if (node.tag == Tag::P || node.tag == Tag::Pre) {
            const qsizetype length = doc.textOf(i).size();
            if (length >= kMinParagraph)
                score += std::sqrt(double(length - kMinParagraph));
            if (score > kEnoughScore)
                return true; // an article for sure: the rest of a long page need not be read
        }
    }
    return !(links >= kManyLinks && linkText * 2 > text);
}
