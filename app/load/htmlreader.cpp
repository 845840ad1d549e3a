#include "htmlreader.h"

#include "htmldocument.h"
#include "text/textchars.h"
#include "text/whitespace.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

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

const QRegularExpression &bylineHint()
{
    static const QRegularExpression re(QStringLiteral("byline|author|dateline|writtenby|p-author"),
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

// Elements whose content is never part of an article.
bool isNeverContent(Tag t)
{
    switch (t) {
    case Tag::Script: case Tag::Style: case Tag::Noscript: case Tag::Template: case Tag::Iframe: case Tag::Object:
    case Tag::Embed: case Tag::Form: case Tag::Button: case Tag::Input: case Tag::Select: case Tag::Textarea:
    case Tag::Option: case Tag::Optgroup: case Tag::Svg: case Tag::Math: case Tag::Canvas: case Tag::Audio:
    case Tag::Video: case Tag::Head: case Tag::Title: case Tag::Link: case Tag::Meta: case Tag::Nav:
    case Tag::Aside: case Tag::Footer: case Tag::Header: case Tag::Dialog: case Tag::Menu: case Tag::Map:
    case Tag::Noembed: case Tag::Noframes: case Tag::Frameset: case Tag::Fieldset: case Tag::Label:
    case Tag::Output: case Tag::Base: case Tag::Param: case Tag::Source: case Tag::Track: case Tag::Picture:
    case Tag::Img: case Tag::Area: case Tag::Keygen:
        return true;
    default:
        return false;
    }
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

QString textOf(const HtmlDocument &doc, int i);

// An element that holds the author's name (and often the date): rel=author, itemprop=author, or a
// short element whose class or id says byline/author.
bool isBylineElement(const HtmlDocument &doc, int i)
{
    const Node &node = doc.node(i);
    if (node.isText || node.tag == Tag::Body || node.tag == Tag::Html || node.tag == Tag::Meta
        || node.tag == Tag::Article || node.tag == Tag::Main)
        return false;
    const QString hints = doc.attribute(i, u"class") + u' ' + doc.attribute(i, u"id");
    const bool named = doc.attribute(i, u"rel").compare(u"author", Qt::CaseInsensitive) == 0
        || doc.attribute(i, u"itemprop").contains(u"author", Qt::CaseInsensitive)
        || (hints.size() > 1 && bylineHint().match(hints).hasMatch());
    if (!named)
        return false;
    const QString text = textOf(doc, i);
    return !text.isEmpty() && text.size() < 100;
}

struct Options
{
    bool stripUnlikely = true;
    bool weightClasses = true;
    bool cleanConditionally = true;
    bool fragment = false;
};

struct Metadata
{
    QString title;
    QString byline;
    QString date;      // as the page gives it (usually ISO 8601)
    QString dateText;  // as the page shows it, when known
    QString siteName;
    QString link;
};

// One reader-mode pass over a parsed page with a given set of options.
class ReaderPass
{
public:
    ReaderPass(const HtmlDocument &doc, const Options &options)
        : m_doc(doc), m_opt(options), m_n(doc.size())
    {
    }

    // Returns the content roots (in document order) and marks what is not content.
    QList<int> run();
    bool isHidden(int i) const { return m_hidden[size_t(i)]; }
    int textLength(int i) const { return m_textLen[size_t(i)]; }

private:
    int classWeight(int i) const;
    void markHidden(int i);
    void removeNonContent();
    void measure();
    double linkDensity(int i) const
    {
        const int len = m_textLen[size_t(i)];
        return len > 0 ? m_linkLen[size_t(i)] / double(len) : 0.0;
    }
    bool isParagraphLike(int i) const;
    int topCandidate();
    QList<int> gatherSiblings(int top);
    void clean(const QList<int> &roots);
    QString classAndId(int i) const
    {
        return m_doc.attribute(i, u"class") + u' ' + m_doc.attribute(i, u"id");
    }
    int bodyOrRoot() const;

    const HtmlDocument &m_doc;
    Options m_opt;
    int m_n;
    std::vector<bool> m_hidden;
    std::vector<int> m_textLen;     // collapsed text of the visible subtree
    std::vector<double> m_linkLen;  // part of it inside links
    std::vector<int> m_commas;
    std::vector<int> m_paragraphs, m_images, m_listItems, m_inputs, m_embeds, m_headingLen, m_blockquotes;
    std::vector<bool> m_blockChild; // has a visible block-level child element
    std::vector<double> m_score;
    std::vector<bool> m_scored;
};

int ReaderPass::bodyOrRoot() const
{
    for (int i = 0; i < m_n; ++i) {
        if (m_doc.node(i).tag == Tag::Body)
            return i;
    }
    return 0;
}

int ReaderPass::classWeight(int i) const
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

void ReaderPass::markHidden(int i)
{
    const int end = m_doc.node(i).end;
    for (int k = i; k < end; ++k)
        m_hidden[size_t(k)] = true;
}

void ReaderPass::removeNonContent()
{
    m_hidden.assign(size_t(m_n), false);
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
        }
        const Node &node = m_doc.node(i);
        if (node.isText)
            continue;
        // A quotation's <footer> names its source: keep it.
        const bool attribution = inBlockquote && node.tag == Tag::Footer;
        bool drop = (isNeverContent(node.tag) && !attribution) || m_doc.hasAttribute(i, u"hidden")
            || m_doc.attribute(i, u"aria-hidden") == u"true" || isHiddenByStyle(m_doc.attribute(i, u"style"))
            || isDroppedRole(m_doc.attribute(i, u"role"));
        if (!drop && hasAdToken(m_doc.attribute(i, u"class")))
            drop = true;
        // The byline is shown above the article (from the metadata), so its element is left out.
        if (!drop && !m_opt.fragment && isBylineElement(m_doc, i))
            drop = true;
        if (!drop && m_opt.stripUnlikely && !inTableOrCode && node.tag != Tag::Body && node.tag != Tag::A
            && node.tag != Tag::Html && node.tag != Tag::Article && node.tag != Tag::Main) {
            const QString hints = classAndId(i);
            if (hints.size() > 1 && unlikelyHint().match(hints).hasMatch()
                && !maybeCandidateHint().match(hints).hasMatch())
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
        }
    }
}

void ReaderPass::measure()
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

bool ReaderPass::isParagraphLike(int i) const
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

int ReaderPass::topCandidate()
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

QList<int> ReaderPass::gatherSiblings(int top)
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
            } else if (m_doc.node(s).tag == Tag::P || (isParagraphLike(s) && m_doc.node(s).tag == Tag::Div)) {
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

void ReaderPass::clean(const QList<int> &roots)
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

QList<int> ReaderPass::run()
{
    removeNonContent();
    measure();
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

// Builds the Article's blocks from the visible text under the content roots.
class BlockWriter
{
public:
    explicit BlockWriter(const HtmlDocument &doc)
        : m_doc(doc)
    {
    }

    // skip: texts already shown in the header (title, byline, date), left out once in the body.
    void write(const QList<int> &roots, const ReaderPass &pass, Article &article, const QStringList &skip);

private:
    struct Open
    {
        int end;
        Tag tag;
    };

    void enter(Tag tag);
    void leave(Tag tag);
    void appendText(QStringView text);
    void flush();
    Article::BlockKind kind() const;

    const HtmlDocument &m_doc;
    Article *m_article = nullptr;
    QList<Open> m_open;
    QString m_buf;
    bool m_pendingSpace = false;
    bool m_afterBreak = false;
    int m_pre = 0, m_blockquote = 0, m_heading = 0, m_listItem = 0, m_attribution = 0, m_q = 0;
    int m_qStart = -1;          // where the open <q> began in m_buf, -1 while it waits for text
    QList<std::pair<int, int>> m_spans;
    QStringList m_skip;
};

void BlockWriter::write(const QList<int> &roots, const ReaderPass &pass, Article &article, const QStringList &skip)
{
    m_article = &article;
    for (const QString &text : skip) {
        if (!text.isEmpty())
            m_skip.append(Whitespace::collapse(text).toLower());
    }
    for (int root : roots) {
        const int end = m_doc.node(root).end;
        for (int i = root; i < end; ++i) {
            while (!m_open.isEmpty() && m_open.last().end <= i)
                leave(m_open.takeLast().tag);
            const Node &node = m_doc.node(i);
            if (pass.isHidden(i)) {
                if (!node.isText)
                    i = node.end - 1;
                continue;
            }
            if (node.isText) {
                appendText(node.text);
                continue;
            }
            enter(node.tag);
            if (node.end > i + 1)
                m_open.append({node.end, node.tag});
            else
                leave(node.tag);
        }
        while (!m_open.isEmpty())
            leave(m_open.takeLast().tag);
        flush();
    }
}

bool startsBlock(Tag t, bool inBlockquote)
{
    return HtmlDocument::isBlock(t) || t == Tag::Br || (inBlockquote && t == Tag::Cite);
}

void BlockWriter::enter(Tag tag)
{
    if (tag == Tag::Br) {
        if (m_pre || m_afterBreak) {
            flush();
        } else {
            m_pendingSpace = !m_buf.isEmpty();
            m_afterBreak = true;
        }
        return;
    }
    if (startsBlock(tag, m_blockquote > 0))
        flush();
    switch (tag) {
    case Tag::Pre: ++m_pre; break;
    case Tag::Blockquote: ++m_blockquote; break;
    case Tag::Li: case Tag::Dd: ++m_listItem; break;
    case Tag::Footer: case Tag::Cite: case Tag::Figcaption:
        if (m_blockquote)
            ++m_attribution;
        break;
    case Tag::Q:
        if (m_q++ == 0)
            m_qStart = -1;
        break;
    default:
        if (HtmlDocument::isHeading(tag))
            ++m_heading;
        break;
    }
}

void BlockWriter::leave(Tag tag)
{
    if (tag == Tag::Br)
        return;
    switch (tag) {
    case Tag::Q:
        if (--m_q == 0 && m_qStart >= 0 && m_qStart < m_buf.size())
            m_spans.append({m_qStart, int(m_buf.size())});
        break;
    default:
        break;
    }
    if (startsBlock(tag, m_blockquote > 0))
        flush();
    switch (tag) {
    case Tag::Pre: --m_pre; break;
    case Tag::Blockquote: --m_blockquote; break;
    case Tag::Li: case Tag::Dd: --m_listItem; break;
    case Tag::Footer: case Tag::Cite: case Tag::Figcaption:
        if (m_attribution)
            --m_attribution;
        break;
    default:
        if (HtmlDocument::isHeading(tag))
            --m_heading;
        break;
    }
}

void BlockWriter::appendText(QStringView text)
{
    for (QChar c : text) {
        if (m_pre && (c == u'\n' || c == u'\r')) {
            flush();
            continue;
        }
        if (Whitespace::isAscii(c)) {
            m_pendingSpace = !m_buf.isEmpty();
            continue;
        }
        if (m_pendingSpace)
            m_buf += u' ';
        m_pendingSpace = false;
        m_afterBreak = false;
        if (m_q > 0 && m_qStart < 0)
            m_qStart = int(m_buf.size());
        m_buf += c.unicode() == 0 ? QChar(QChar::ReplacementCharacter) : c;
    }
}

Article::BlockKind BlockWriter::kind() const
{
    if (m_heading)
        return Article::BlockKind::Heading;
    if (m_blockquote && !m_attribution)
        return Article::BlockKind::BlockQuote;
    if (m_listItem)
        return Article::BlockKind::ListItem;
    return Article::BlockKind::Paragraph;
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

void BlockWriter::flush()
{
    if (m_q > 0 && m_qStart >= 0 && m_qStart < m_buf.size())
        m_spans.append({m_qStart, int(m_buf.size())});
    m_qStart = -1;
    m_pendingSpace = false;
    m_afterBreak = false;
    if (m_buf.isEmpty()) {
        m_spans.clear();
        return;
    }
    const QString text = std::exchange(m_buf, QString());
    const QList<std::pair<int, int>> spans = std::exchange(m_spans, {});
    Article::BlockKind blockKind = kind();
    // The dash line that closes an embedded quotation names its source; it is not quoted.
    if (blockKind == Article::BlockKind::BlockQuote && text.size() > 1 && isDash(text.front()))
        blockKind = Article::BlockKind::Paragraph;

    const QString key = text.toLower();
    const qsizetype skip = m_skip.indexOf(key);
    if (skip >= 0 && (blockKind == Article::BlockKind::Heading || blockKind == Article::BlockKind::Paragraph)) {
        m_skip.removeAt(skip);
        return;
    }
    m_article->appendBlock(text, blockKind);
    const int start = m_article->blocks().last().start;
    if (blockKind == Article::BlockKind::BlockQuote) {
        if (!TextChars::hasDoubleQuotationMark(text))
            m_article->addMarkedQuote(start, start + int(text.size()));
        return;
    }
    for (const auto &span : spans) {
        if (!TextChars::hasDoubleQuotationMark(QStringView(text).mid(span.first, span.second - span.first)))
            m_article->addMarkedQuote(start + span.first, start + span.second);
    }
}

QString textOf(const HtmlDocument &doc, int i)
{
    QString raw;
    const int end = doc.node(i).end;
    for (int k = i + 1; k < end; ++k) {
        const Node &node = doc.node(k);
        if (node.isText) {
            raw += node.text;
            raw += u' ';
        } else if (isNeverContent(node.tag)) {
            k = node.end - 1;
        } else if (HtmlDocument::isBlock(node.tag) || node.tag == Tag::Br) {
            raw += u' ';
        }
    }
    return Whitespace::collapse(raw);
}

// Longer "titles" are not titles; the cap also keeps hostile ones cheap.
constexpr qsizetype kMaxTitle = 500;

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://") || s.startsWith(u"//");
}

// The page's title without a " | Site name" part.
QString cleanTitle(const QString &title, const QString &siteName)
{
    QString t = Whitespace::collapse(title).left(kMaxTitle);
    if (!siteName.isEmpty()) {
        static const QString separators[] = {
            QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
            QStringLiteral(" :: "), QStringLiteral(" / "), QStringLiteral(" \u00bb "), QStringLiteral(" \u00b7 "),
        };
        for (const QString &sep : separators) {
            if (t.endsWith(sep + siteName, Qt::CaseInsensitive))
                return t.left(t.size() - sep.size() - siteName.size()).trimmed();
            if (t.startsWith(siteName + sep, Qt::CaseInsensitive))
                return t.mid(siteName.size() + sep.size()).trimmed();
        }
    }
    static const QRegularExpression sep(QStringLiteral(" [|\\-\u2013\u2014\u00bb\u00b7/] | :: "));
    qsizetype last = -1;
    QRegularExpressionMatch m;
    for (auto it = sep.globalMatch(t); it.hasNext();) {
        m = it.next();
        last = m.capturedStart();
    }
    if (last > 0) {
        QString head = t.left(last).trimmed();
        if (head.count(u' ') >= 2)
            return head;
    }
    return t;
}

Metadata readMetadata(const HtmlDocument &doc)
{
    Metadata meta;
    QString metaTitle, metaAuthor, metaDate, titleElement, h1, timeDate, timeText, bylineElement;
    int h1Count = 0;
    // Bylines and headings of comments, sidebars and the like are not the article's.
    static const QRegularExpression elsewhere(
        QStringLiteral("comment|related|sidebar|footer|widget|share|social|newsletter|promo|popular|recommend"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 1; i < doc.size(); ++i) {
        const Node &node = doc.node(i);
        if (node.isText)
            continue;
        const Tag t = node.tag;
        if (t == Tag::Script || t == Tag::Style || t == Tag::Template || t == Tag::Noscript || t == Tag::Nav
            || t == Tag::Aside || t == Tag::Footer || t == Tag::Form || t == Tag::Svg
            || (t != Tag::Body && t != Tag::Html && t != Tag::Article && t != Tag::Main
                && elsewhere.match(doc.attribute(i, u"class") + u' ' + doc.attribute(i, u"id")).hasMatch())) {
            i = node.end - 1;
            continue;
        }
        switch (node.tag) {
        case Tag::Meta: {
            const QString key =
                (doc.attribute(i, u"property") + doc.attribute(i, u"name") + doc.attribute(i, u"itemprop")).toLower();
            const QString content = Whitespace::collapse(doc.attribute(i, u"content"));
            if (content.isEmpty())
                break;
            if ((key == u"og:title" || key == u"twitter:title" || key == u"dc.title" || key == u"headline")
                && metaTitle.isEmpty())
                metaTitle = content;
            else if ((key == u"author" || key == u"article:author" || key == u"dc.creator" || key == u"byl"
                      || key == u"parsely-author" || key == u"sailthru.author")
                     && metaAuthor.isEmpty() && !looksLikeUrl(content))
                metaAuthor = content;
            else if ((key == u"article:published_time" || key == u"datepublished" || key == u"date"
                      || key == u"pubdate" || key == u"publishdate" || key == u"dc.date" || key == u"dcterms.created"
                      || key == u"parsely-pub-date" || key == u"sailthru.date")
                     && metaDate.isEmpty())
                metaDate = content;
            else if (key == u"og:site_name" && meta.siteName.isEmpty())
                meta.siteName = content;
            else if (key == u"og:url" && meta.link.isEmpty())
                meta.link = content;
            break;
        }
        case Tag::Link:
            if (doc.attribute(i, u"rel").compare(u"canonical", Qt::CaseInsensitive) == 0)
                meta.link = doc.attribute(i, u"href");
            break;
        case Tag::Title:
            if (titleElement.isEmpty())
                titleElement = textOf(doc, i);
            break;
        case Tag::H1:
            if (h1Count++ == 0)
                h1 = textOf(doc, i);
            break;
        case Tag::Time:
            if (timeDate.isEmpty() && doc.hasAttribute(i, u"datetime")) {
                timeDate = doc.attribute(i, u"datetime").trimmed();
                timeText = textOf(doc, i);
            }
            break;
        default:
            break;
        }
        if (bylineElement.isEmpty() && isBylineElement(doc, i))
            bylineElement = textOf(doc, i);
    }
    // og:title, else the page's only <h1>, else <title> without the site's name, else the first <h1>.
    if (!metaTitle.isEmpty())
        meta.title = metaTitle.left(kMaxTitle);
    else if ((h1Count == 1 && !h1.isEmpty()) || titleElement.isEmpty())
        meta.title = h1.left(kMaxTitle);
    else
        meta.title = cleanTitle(titleElement, meta.siteName);
    meta.byline = !metaAuthor.isEmpty() ? metaAuthor : bylineElement;
    if (!metaDate.isEmpty()) {
        meta.date = metaDate;
    } else if (!timeDate.isEmpty()) {
        meta.date = timeDate;
        meta.dateText = timeText;
    }
    return meta;
}

int bodyLength(const Article &article)
{
    int n = 0;
    for (const Article::Block &b : article.blocks()) {
        if (b.kind != Article::BlockKind::Title && b.kind != Article::BlockKind::Byline)
            n += b.length;
    }
    return n;
}

Article render(const HtmlDocument &doc, const Options &options, const Metadata &meta)
{
    ReaderPass pass(doc, options);
    const QList<int> roots = pass.run();
    Article article;
    article.appendHeader(meta.title, meta.byline, meta.date, meta.dateText);
    article.setLink(meta.link);
    BlockWriter(doc).write(roots, pass, article, {meta.title, meta.byline, meta.dateText});
    return article;
}

} // namespace

namespace {

Article readDocument(const HtmlDocument &doc, const std::atomic_bool *cancelled)
{
    if (doc.wasCancelled())
        return {};
    const Metadata meta = readMetadata(doc);

    // Strict first; if that leaves too little, relax the rules as Readability does. A relaxed pass
    // wins only with much more text: a little more is what the strict pass rightly left out (a
    // "related" box under a short article), a lot more is an article the strict pass missed.
    constexpr int kEnoughText = 500;
    const Options attempts[] = {
        {true, true, true, false},
        {false, true, true, false},
        {false, false, false, false},
    };
    Article best;
    int bestLength = -1;
    for (const Options &options : attempts) {
        if (cancelled && cancelled->load())
            return {};
        Article article = render(doc, options, meta);
        const int length = bodyLength(article);
        if (bestLength < 0 || length > bestLength + bestLength / 2) {
            best = std::move(article);
            bestLength = length;
        }
        if (length >= kEnoughText)
            break;
    }
    return best;
}

} // namespace

Article HtmlReader::read(QStringView html, const std::atomic_bool *cancelled)
{
    return readDocument(HtmlDocument::parse(html, cancelled), cancelled);
}

Article HtmlReader::read(QString &&html, const std::atomic_bool *cancelled)
{
    QString source = std::move(html);
    const HtmlDocument doc = HtmlDocument::parse(source, cancelled);
    source = QString(); // the tree holds the text now
    return readDocument(doc, cancelled);
}

Article HtmlReader::readFragment(QStringView html, const QString &title, const QString &byline, const QString &date)
{
    const HtmlDocument doc = HtmlDocument::parse(html);
    Options options;
    options.fragment = true;
    options.stripUnlikely = false;
    Metadata meta;
    meta.title = title;
    meta.byline = byline;
    meta.date = date;
    return render(doc, options, meta);
}

QString HtmlReader::toPlainText(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return Whitespace::collapse(html);
    const HtmlDocument doc = HtmlDocument::parse(html);
    return textOf(doc, 0);
}

QByteArray HtmlReader::declaredCharset(QByteArrayView head)
{
    // The HTML standard's prescan, simplified: <meta charset=x> or <meta ... content="...charset=x">.
    const QByteArray probe = head.first(std::min<qsizetype>(head.size(), 1024)).toByteArray().toLower();
    static const QRegularExpression re(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(probe));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}
