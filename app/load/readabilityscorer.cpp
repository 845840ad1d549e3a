#include "readabilityscorer.h"

#include "pagemetadata.h"
#include "text/whitespace.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using Tag = HtmlDocument::Tag;
using Node = HtmlDocument::Node;

// Class and id hints, after Mozilla Readability.
const QRegularExpression &unlikelyHint()
{
    static const QRegularExpression re(
        QStringLiteral("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
                       "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
                       "supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|"
                       "signup|sign-up|cookie|consent|share|sharing|advert|promo|outbrain|taboola|paywall"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Hints a box can carry that holds the rest of the article rather than a prompt: a page saved by a
// subscriber has its body inside <div class="paywall">. Such a box is dropped only when it is small.
const QRegularExpression &gatedBodyHint()
{
    static const QRegularExpression re(QStringLiteral("paywall|premium|subscriber|metered|regwall|gated|locked|header"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &maybeCandidateHint()
{
    static const QRegularExpression re(QStringLiteral("and|article|body|column|content|main|shadow"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &positiveHint()
{
    static const QRegularExpression re(
        QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &negativeHint()
{
    static const QRegularExpression re(
        QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|"
                       "gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
                       "sponsor|shopping|tags|tool|widget|newsletter|subscribe|social|advert"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Class tokens that name an advertisement outright ("ad", "ads", "ad-slot", "ads_top").
bool hasAdToken(QStringView classes)
{
    for (QStringView token : classes.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (token.compare(u"ad", Qt::CaseInsensitive) == 0 || token.compare(u"ads", Qt::CaseInsensitive) == 0
            || token.startsWith(u"ad-", Qt::CaseInsensitive) || token.startsWith(u"ad_", Qt::CaseInsensitive)
            || token.startsWith(u"ads-", Qt::CaseInsensitive) || token.startsWith(u"ads_", Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int commaCount(QStringView text)
{
    int n = 0;
    for (QChar c : text)
        n += (c == u',' || c == QChar(0xFF0C) || c == QChar(0x3001) || c == QChar(0x060C));
    return n;
}

bool isDroppedRole(QStringView role)
{
    static const char16_t *const roles[] = {
        u"navigation", u"menu", u"menubar", u"complementary", u"banner", u"contentinfo", u"alert",
        u"alertdialog", u"dialog", u"search", u"form",
    };
    return std::any_of(std::begin(roles), std::end(roles),
                       [role](const char16_t *r) { return role.compare(QStringView(r), Qt::CaseInsensitive) == 0; });
}

bool isHiddenByStyle(QStringView style)
{
    static const QRegularExpression re(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(style).hasMatch();
}

} // namespace

int ReadabilityScorer::bodyOrRoot() const
{
    for (int i = 0; i < m_n; ++i) {
        if (m_doc.node(i).tag == Tag::Body)
            return i;
    }
    return 0;
}

int ReadabilityScorer::classWeight(int i) const
{
    if (!m_opt.weightClasses)
        return 0;
    int weight = 0;
    for (const QString &value : {m_doc.attribute(i, u"class"), m_doc.attribute(i, u"id")}) {
        if (value.isEmpty())
            continue;
        if (negativeHint().match(value).hasMatch())
            weight -= 25;
        if (positiveHint().match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

void ReadabilityScorer::markHidden(int i)
{
    const int end = m_doc.node(i).end;
    for (int k = i; k < end; ++k)
        m_hidden[size_t(k)] = true;
}

void ReadabilityScorer::removeNonContent()
{
    m_hidden.assign(size_t(m_n), false);
    // Paragraphs and text per subtree, before anything is hidden, to tell a body from a box.
    std::vector<int> paragraphs(size_t(m_n), 0);
    std::vector<qsizetype> textSize(size_t(m_n), 0);
    for (int i = m_n - 1; i > 0; --i) {
        const Node &node = m_doc.node(i);
        const size_t k = size_t(i);
        if (node.isText)
            textSize[k] = node.text.size();
        else if (node.tag == Tag::P)
            ++paragraphs[k];
        paragraphs[size_t(node.parent)] += paragraphs[k];
        textSize[size_t(node.parent)] += textSize[k];
    }
    const auto holdsBody = [&](int i) { return paragraphs[size_t(i)] >= 2 && textSize[size_t(i)] >= 400; };
    int inArticle = 0;
    // Open ancestors, to know whether a node is inside a table or code (never "unlikely" there).
    QList<int> open;
    int inTableOrCode = 0;
    int inBlockquote = 0;
    for (int i = 1; i < m_n; ++i) {
        while (!open.isEmpty() && m_doc.node(open.last()).end <= i) {
            const Tag t = m_doc.node(open.takeLast()).tag;
            if (t == Tag::Table || t == Tag::Code || t == Tag::Pre)
                --inTableOrCode;
            else if (t == Tag::Blockquote)
                --inBlockquote;
            else if (t == Tag::Article || t == Tag::Main)
                --inArticle;
        }
        const Node &node = m_doc.node(i);
        if (node.isText)
            continue;
        // A quotation's <footer> names its source: keep it. An article's own <header> holds its
        // headline and standfirst: it goes only by its hints, as Readability has it.
        const bool attribution = inBlockquote && node.tag == Tag::Footer;
        const bool articleHeader = inArticle && node.tag == Tag::Header;
        bool drop = (HtmlDocument::isNeverContent(node.tag) && !attribution && !articleHeader) || m_doc.hasAttribute(i, u"hidden")
            || m_doc.attribute(i, u"aria-hidden") == u"true" || isHiddenByStyle(m_doc.attribute(i, u"style"))
            || isDroppedRole(m_doc.attribute(i, u"role"));
        if (!drop && hasAdToken(m_doc.attribute(i, u"class")))
            drop = true;
        // The byline is shown above the article (from the metadata), so its element is left out.
        if (!drop && !m_opt.fragment && PageMetadata::isBylineElement(m_doc, i))
            drop = true;
        if (!drop && m_opt.stripUnlikely && !inTableOrCode && node.tag != Tag::Body && node.tag != Tag::A
            && node.tag != Tag::Html && node.tag != Tag::Article && node.tag != Tag::Main) {
            const QString hints = classAndId(i);
            if (hints.size() > 1 && unlikelyHint().match(hints).hasMatch()
                && !maybeCandidateHint().match(hints).hasMatch()
                && !(gatedBodyHint().match(hints).hasMatch() && holdsBody(i)))
                drop = true;
        }
        if (drop) {
            markHidden(i);
            i = node.end - 1;
            continue;
        }
        if (node.end > i + 1) {
            open.append(i);
            if (node.tag == Tag::Table || node.tag == Tag::Code || node.tag == Tag::Pre)
                ++inTableOrCode;
            else if (node.tag == Tag::Blockquote)
                ++inBlockquote;
            else if (node.tag == Tag::Article || node.tag == Tag::Main)
                ++inArticle;
        }
    }
}

void ReadabilityScorer::measure()
{
    const size_t n = size_t(m_n);
    m_textLen.assign(n, 0);
    m_linkLen.assign(n, 0);
    m_commas.assign(n, 0);
    m_paragraphs.assign(n, 0);
    m_images.assign(n, 0);
    m_listItems.assign(n, 0);
    m_inputs.assign(n, 0);
    m_embeds.assign(n, 0);
    m_headingLen.assign(n, 0);
    m_blockquotes.assign(n, 0);
    m_blockChild.assign(n, false);

    // Forward: text lengths of text nodes and how much of each sits inside a link.
    QList<int> open;
    QList<double> linkWeights; // weight of the innermost link open, per open link
    for (int i = 0; i < m_n; ++i) {
        while (!open.isEmpty() && m_doc.node(open.last()).end <= i) {
            if (m_doc.node(open.takeLast()).tag == Tag::A)
                linkWeights.removeLast();
        }
        const Node &node = m_doc.node(i);
        if (node.isText) {
            if (!m_hidden[size_t(i)]) {
                m_textLen[size_t(i)] = Whitespace::collapsedLength(node.text);
                m_commas[size_t(i)] = commaCount(node.text);
                if (!linkWeights.isEmpty())
                    m_linkLen[size_t(i)] = m_textLen[size_t(i)] * linkWeights.last();
            }
            continue;
        }
        if (node.end > i + 1) {
            open.append(i);
            if (node.tag == Tag::A)
                linkWeights.append(m_doc.attribute(i, u"href").startsWith(u'#') ? 0.3 : 1.0);
        }
    }
    // Backward: every node comes after its ancestors, so children are summed before their parents.
    for (int i = m_n - 1; i > 0; --i) {
        if (m_hidden[size_t(i)])
            continue;
        const Node &node = m_doc.node(i);
        const size_t k = size_t(i);
        if (!node.isText) {
            switch (node.tag) {
            case Tag::P: ++m_paragraphs[k]; break;
            case Tag::Blockquote: ++m_blockquotes[k]; break;
            case Tag::Img: ++m_images[k]; break;
            case Tag::Li: ++m_listItems[k]; break;
            case Tag::Input: case Tag::Select: case Tag::Textarea: ++m_inputs[k]; break;
            case Tag::Iframe: case Tag::Embed: case Tag::Object: case Tag::Video: case Tag::Audio: ++m_embeds[k]; break;
            default: break;
            }
            if (HtmlDocument::isHeading(node.tag))
                m_headingLen[k] = m_textLen[k];
        }
        const size_t p = size_t(node.parent);
        m_textLen[p] += m_textLen[k];
        m_linkLen[p] += m_linkLen[k];
        m_commas[p] += m_commas[k];
        m_paragraphs[p] += m_paragraphs[k];
        m_images[p] += m_images[k];
        m_listItems[p] += m_listItems[k];
        m_inputs[p] += m_inputs[k];
        m_embeds[p] += m_embeds[k];
        m_headingLen[p] += m_headingLen[k];
        m_blockquotes[p] += m_blockquotes[k];
        if (!node.isText && HtmlDocument::isBlock(node.tag))
            m_blockChild[p] = true;
    }
}

void ReadabilityScorer::markDataTables()
{
    // One backward pass sums what each table holds (children come after their parents), so nested
    // tables cost no second walk.
    enum : quint8 { HeaderCells = 1, Caption = 2, InnerTable = 4 };
    const size_t n = size_t(m_n);
    m_dataTable.assign(n, false);
    std::vector<int> rows(n, 0), cells(n, 0), widest(n, 0);
    std::vector<quint8> holds(n, 0);
    for (int i = m_n - 1; i > 0; --i) {
        const Node &node = m_doc.node(i);
        if (node.isText)
            continue;
        const size_t k = size_t(i);
        const size_t p = size_t(node.parent);
        quint8 self = 0;
        switch (node.tag) {
        case Tag::Tr:
            ++rows[k];
            widest[k] = std::max(widest[k], cells[k]);
            break;
        case Tag::Td: ++cells[p]; break;
        case Tag::Th: ++cells[p]; self = HeaderCells; break;
        case Tag::Thead: case Tag::Tfoot: case Tag::Col: case Tag::Colgroup: self = HeaderCells; break;
        case Tag::Caption:
            if (node.firstChild >= 0)
                self = Caption;
            break;
        case Tag::Table: {
            const quint8 inside = holds[k];
            bool data = false;
            if (m_doc.attribute(i, u"role").compare(u"presentation", Qt::CaseInsensitive) == 0
                || m_doc.attribute(i, u"datatable") == u"0")
                data = false;
            else if (!m_doc.attribute(i, u"summary").trimmed().isEmpty() || (inside & (HeaderCells | Caption)))
                data = true;
            else if (inside & InnerTable)
                data = false; // tables in tables are layout
            else if (rows[k] <= 1 || widest[k] <= 1)
                data = false;
            else
                data = rows[k] >= 10 || widest[k] > 4 || rows[k] * widest[k] > 10;
            m_dataTable[k] = data;
            self = InnerTable;
            break;
        }
        default:
            break;
        }
        // What a table holds is not its parent table's caption or header.
        holds[p] |= self | (node.tag == Tag::Table ? quint8(0) : holds[k]);
        rows[p] += rows[k];
        widest[p] = std::max(widest[p], widest[k]);
    }
}

bool ReadabilityScorer::isParagraphLike(int i) const
{
    const Node &node = m_doc.node(i);
    switch (node.tag) {
    case Tag::P: case Tag::Pre: case Tag::Td: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
        return true;
    case Tag::Div: case Tag::Section: case Tag::Article: case Tag::Blockquote:
        // A block holding only phrasing content is a paragraph in all but name.
        return !m_blockChild[size_t(i)];
    default:
        return false;
    }
}

int ReadabilityScorer::topCandidate()
{
    m_score.assign(size_t(m_n), 0.0);
    m_scored.assign(size_t(m_n), false);
    auto initialize = [this](int i) {
        double base = 0;
        switch (m_doc.node(i).tag) {
        case Tag::Div: base = 5; break;
        case Tag::Pre: case Tag::Td: case Tag::Blockquote: base = 3; break;
        case Tag::Address: case Tag::Ol: case Tag::Ul: case Tag::Dl: case Tag::Dd: case Tag::Dt: case Tag::Li:
        case Tag::Form: base = -3; break;
        case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6: case Tag::Th:
            base = -5;
            break;
        default: break;
        }
        m_score[size_t(i)] = base + classWeight(i);
        m_scored[size_t(i)] = true;
    };

    for (int i = 1; i < m_n; ++i) {
        if (m_hidden[size_t(i)] || m_doc.node(i).isText || !isParagraphLike(i))
            continue;
        const int len = m_textLen[size_t(i)];
        if (len < 25)
            continue;
        const double contentScore = 1 + m_commas[size_t(i)] + std::min(len / 100, 3);
        int ancestor = m_doc.node(i).parent;
        for (int level = 0; level < 5 && ancestor > 0; ++level) {
            const Tag t = m_doc.node(ancestor).tag;
            if (t == Tag::Html)
                break;
            if (!m_scored[size_t(ancestor)])
                initialize(ancestor);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            m_score[size_t(ancestor)] += contentScore / divider;
            ancestor = m_doc.node(ancestor).parent;
        }
    }

    int top = -1;
    std::vector<int> candidates;
    for (int i = 1; i < m_n; ++i) {
        if (!m_scored[size_t(i)])
            continue;
        m_score[size_t(i)] *= 1 - linkDensity(i);
        candidates.push_back(i);
        if (top < 0 || m_score[size_t(i)] > m_score[size_t(top)])
            top = i;
    }
    if (top < 0 || m_doc.node(top).tag == Tag::Body)
        return -1;

    // Several strong candidates under one ancestor: the article is that ancestor (split into blocks).
    std::sort(candidates.begin(), candidates.end(),
              [this](int a, int b) { return m_score[size_t(a)] > m_score[size_t(b)]; });
    std::vector<int> alternatives;
    for (size_t k = 1; k < candidates.size() && k < 5; ++k) {
        if (m_score[size_t(candidates[k])] >= 0.75 * m_score[size_t(top)])
            alternatives.push_back(candidates[k]);
    }
    if (alternatives.size() >= 3) {
        for (int a = m_doc.node(top).parent; a > 0 && m_doc.node(a).tag != Tag::Body; a = m_doc.node(a).parent) {
            const int end = m_doc.node(a).end;
            const auto inside = std::count_if(alternatives.cbegin(), alternatives.cend(),
                                              [a, end](int c) { return c > a && c < end; });
            if (inside >= 3) {
                if (!m_scored[size_t(a)])
                    initialize(a);
                top = a;
                break;
            }
        }
    }
    top = climbToBetterParent(top);
    // An only child says nothing its parent does not: climb to the parent.
    for (;;) {
        const int parent = m_doc.node(top).parent;
        if (parent <= 0 || m_doc.node(parent).tag == Tag::Body || m_doc.node(parent).tag == Tag::Html)
            break;
        int elements = 0;
        for (int c = m_doc.node(parent).firstChild; c >= 0; c = m_doc.node(c).nextSibling) {
            if (!m_hidden[size_t(c)] && !m_doc.node(c).isText)
                ++elements;
        }
        if (elements != 1)
            break;
        if (!m_scored[size_t(parent)]) {
            initialize(parent);
            m_score[size_t(parent)] = std::max(m_score[size_t(parent)], m_score[size_t(top)]);
        }
        top = parent;
    }
    return top;
}

int ReadabilityScorer::climbToBetterParent(int top) const
{
    // Parents get a share of their children's scores. Walking up, a score that falls by two thirds
    // says the article is behind; one that rises says the candidate is one part of an article split
    // into sections, and their common parent is the article (Readability's step, as it has it).
    double lastScore = m_score[size_t(top)];
    const double threshold = lastScore / 3;
    for (int parent = m_doc.node(top).parent; parent > 0; parent = m_doc.node(parent).parent) {
        const Tag t = m_doc.node(parent).tag;
        if (t == Tag::Body || t == Tag::Html)
            break;
        if (!m_scored[size_t(parent)])
            continue;
        const double score = m_score[size_t(parent)];
        if (score < threshold)
            break;
        if (score > lastScore)
            return parent;
        lastScore = score;
    }
    return top;
}

QList<int> ReadabilityScorer::gatherSiblings(int top)
{
    const int parent = m_doc.node(top).parent;
    if (parent < 0)
        return {top};
    const double topScore = m_score[size_t(top)];
    const double threshold = std::max(10.0, topScore * 0.2);
    const QString topClass = m_doc.attribute(top, u"class");
    QList<int> roots;
    for (int s = m_doc.node(parent).firstChild; s >= 0; s = m_doc.node(s).nextSibling) {
        if (m_hidden[size_t(s)] || m_doc.node(s).isText)
            continue;
        bool append = s == top;
        if (!append) {
            const double bonus = (!topClass.isEmpty() && m_doc.attribute(s, u"class") == topClass) ? topScore * 0.2 : 0;
            if (m_scored[size_t(s)] && m_score[size_t(s)] + bonus >= threshold) {
                append = true;
            } else if (m_doc.node(s).tag == Tag::P || m_doc.node(s).tag == Tag::Header
                       || (isParagraphLike(s) && m_doc.node(s).tag == Tag::Div)) {
                const int len = m_textLen[size_t(s)];
                const double density = linkDensity(s);
                if (len > 80 && density < 0.25) {
                    append = true;
                } else if (len > 0 && len <= 80 && density == 0) {
                    // A short paragraph that reads as a sentence.
                    QString text;
                    for (int k = s + 1; k < m_doc.node(s).end; ++k) {
                        if (m_doc.node(k).isText && !m_hidden[size_t(k)])
                            text += m_doc.node(k).text;
                    }
                    text = text.trimmed();
                    append = text.endsWith(u'.') || text.contains(QStringLiteral(". "));
                }
            }
        }
        if (append)
            roots.append(s);
    }
    return roots;
}

void ReadabilityScorer::clean(const QList<int> &roots)
{
    for (int root : roots) {
        const int end = m_doc.node(root).end;
        for (int i = root + 1; i < end; ++i) {
            const Node &node = m_doc.node(i);
            if (m_hidden[size_t(i)]) {
                if (!node.isText)
                    i = node.end - 1;
                continue;
            }
            if (node.isText)
                continue;
            const Tag t = node.tag;
            // A table of data is content however few its words and however many its links.
            if (t == Tag::Table && m_dataTable[size_t(i)]) {
                i = node.end - 1;
                continue;
            }
            const bool isList = t == Tag::Ul || t == Tag::Ol;
            if (t != Tag::Table && t != Tag::Ul && t != Tag::Ol && t != Tag::Div && t != Tag::Section
                && t != Tag::Dl && !HtmlDocument::isHeading(t))
                continue;
            const size_t k = size_t(i);
            const int weight = classWeight(i);
            bool remove = weight < 0;
            if (HtmlDocument::isHeading(t)) {
                // Headings only go when their class says so.
            } else if (!remove && m_commas[k] < 10) {
                const int p = m_paragraphs[k];
                const int img = m_images[k];
                const int li = m_listItems[k] - 100;
                const int len = m_textLen[k];
                const double density = linkDensity(i);
                const double headingDensity = len > 0 ? m_headingLen[k] / double(len) : 0;
                const bool hasBlockquote = m_blockquotes[k] > 0;
                remove = (img > 1 && p / double(img) < 0.5)
                    || (!isList && li > p)
                    || (m_inputs[k] > p / 3)
                    || (!isList && headingDensity < 0.9 && len < 25 && (img == 0 || img > 2) && !hasBlockquote)
                    || (!isList && weight < 25 && density > 0.2)
                    || (weight >= 25 && density > 0.5)
                    || (m_embeds[k] == 1 && len < 75) || m_embeds[k] > 1
                    || (isList && density > 0.5);
            }
            // In a fragment the content is all there is: never drop most of it.
            if (remove && m_opt.fragment && m_textLen[k] * 2 > m_textLen[size_t(root)])
                remove = false;
            if (remove) {
                markHidden(i);
                i = node.end - 1;
            }
        }
    }
}

QList<int> ReadabilityScorer::run()
{
    removeNonContent();
    measure();
    markDataTables();
    if (m_opt.fragment) {
        QList<int> roots{0};
        if (m_opt.cleanConditionally)
            clean(roots);
        return roots;
    }
    const int top = topCandidate();
    QList<int> roots = top >= 0 ? gatherSiblings(top) : QList<int>{bodyOrRoot()};
    if (m_opt.cleanConditionally)
        clean(roots);
    return roots;
}
