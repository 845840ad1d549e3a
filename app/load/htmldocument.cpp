#include "htmldocument.h"

#include "htmltokenizer.h"
#include "text/whitespace.h"

#include <QHash>

#include <algorithm>

namespace {

using Tag = HtmlDocument::Tag;

struct TagName
{
    QStringView name;
    Tag tag;
};

// Sorted by name for binary search (no hashing: this runs once per tag of the page).
constexpr TagName kTagNames[] = {
    {u"a", Tag::A}, {u"address", Tag::Address}, {u"area", Tag::Area}, {u"article", Tag::Article},
    {u"aside", Tag::Aside}, {u"audio", Tag::Audio}, {u"b", Tag::B}, {u"base", Tag::Base},
    {u"blockquote", Tag::Blockquote}, {u"body", Tag::Body}, {u"br", Tag::Br}, {u"button", Tag::Button},
    {u"canvas", Tag::Canvas}, {u"caption", Tag::Caption}, {u"center", Tag::Center}, {u"cite", Tag::Cite},
    {u"code", Tag::Code}, {u"col", Tag::Col}, {u"colgroup", Tag::Colgroup}, {u"dd", Tag::Dd},
    {u"details", Tag::Details}, {u"dialog", Tag::Dialog}, {u"dir", Tag::Dir}, {u"div", Tag::Div}, {u"dl", Tag::Dl},
    {u"dt", Tag::Dt}, {u"em", Tag::Em}, {u"embed", Tag::Embed}, {u"fieldset", Tag::Fieldset},
    {u"figcaption", Tag::Figcaption}, {u"figure", Tag::Figure}, {u"font", Tag::Font}, {u"footer", Tag::Footer},
    {u"form", Tag::Form}, {u"frameset", Tag::Frameset}, {u"h1", Tag::H1}, {u"h2", Tag::H2}, {u"h3", Tag::H3},
    {u"h4", Tag::H4}, {u"h5", Tag::H5}, {u"h6", Tag::H6}, {u"head", Tag::Head}, {u"header", Tag::Header},
    {u"hgroup", Tag::Hgroup}, {u"hr", Tag::Hr}, {u"html", Tag::Html}, {u"i", Tag::I}, {u"iframe", Tag::Iframe},
    {u"image", Tag::Img}, {u"img", Tag::Img}, {u"input", Tag::Input}, {u"keygen", Tag::Keygen},
    {u"label", Tag::Label}, {u"li", Tag::Li}, {u"link", Tag::Link}, {u"listing", Tag::Pre}, {u"main", Tag::Main},
    {u"map", Tag::Map}, {u"marquee", Tag::Marquee}, {u"math", Tag::Math}, {u"menu", Tag::Menu},
    {u"meta", Tag::Meta}, {u"nav", Tag::Nav}, {u"noembed", Tag::Noembed}, {u"noframes", Tag::Noframes},
    {u"noscript", Tag::Noscript}, {u"object", Tag::Object}, {u"ol", Tag::Ol}, {u"optgroup", Tag::Optgroup},
    {u"option", Tag::Option}, {u"output", Tag::Output}, {u"p", Tag::P}, {u"param", Tag::Param},
    {u"picture", Tag::Picture}, {u"plaintext", Tag::Plaintext}, {u"pre", Tag::Pre}, {u"q", Tag::Q}, {u"s", Tag::S},
    {u"script", Tag::Script}, {u"section", Tag::Section}, {u"select", Tag::Select}, {u"small", Tag::Small},
    {u"source", Tag::Source}, {u"span", Tag::Span}, {u"strong", Tag::Strong}, {u"style", Tag::Style},
    {u"sub", Tag::Sub}, {u"summary", Tag::Summary}, {u"sup", Tag::Sup}, {u"svg", Tag::Svg}, {u"table", Tag::Table},
    {u"tbody", Tag::Tbody}, {u"td", Tag::Td}, {u"template", Tag::Template}, {u"textarea", Tag::Textarea},
    {u"tfoot", Tag::Tfoot}, {u"th", Tag::Th}, {u"thead", Tag::Thead}, {u"time", Tag::Time}, {u"title", Tag::Title},
    {u"tr", Tag::Tr}, {u"track", Tag::Track}, {u"u", Tag::U}, {u"ul", Tag::Ul}, {u"video", Tag::Video},
    {u"wbr", Tag::Wbr}, {u"xmp", Tag::Xmp},
};

// Only the attributes reader mode looks at are kept; everything else (src, on*, data-*) is dropped.
bool isKeptAttribute(QStringView name)
{
    static constexpr QStringView kept[] = {
        u"id", u"class", u"style", u"hidden", u"aria-hidden", u"role", u"href", u"rel", u"name", u"property",
        u"content", u"itemprop", u"datetime", u"charset", u"http-equiv", u"type", u"lang",
    };
    return std::find(std::begin(kept), std::end(kept), name) != std::end(kept);
}

// A start tag of one of these closes an open <p>.
bool closesParagraph(Tag t)
{
    switch (t) {
    case Tag::Address: case Tag::Article: case Tag::Aside: case Tag::Blockquote: case Tag::Center:
    case Tag::Details: case Tag::Dialog: case Tag::Dir: case Tag::Div: case Tag::Dl: case Tag::Dd: case Tag::Dt:
    case Tag::Fieldset: case Tag::Figcaption: case Tag::Figure: case Tag::Footer: case Tag::Form:
    case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6: case Tag::Header:
    case Tag::Hgroup: case Tag::Hr: case Tag::Li: case Tag::Main: case Tag::Menu: case Tag::Nav: case Tag::Ol:
    case Tag::P: case Tag::Plaintext: case Tag::Pre: case Tag::Section: case Tag::Summary: case Tag::Table:
    case Tag::Ul: case Tag::Xmp:
        return true;
    default:
        return false;
    }
}

// Elements that bound the search for an open <p> ("button scope" in the HTML standard).
bool isScopeBoundary(Tag t)
{
    switch (t) {
    case Tag::Document: case Tag::Html: case Tag::Table: case Tag::Td: case Tag::Th: case Tag::Caption:
    case Tag::Marquee: case Tag::Object: case Tag::Template: case Tag::Button: case Tag::Svg: case Tag::Math:
        return true;
    default:
        return false;
    }
}

// HTML start tags that end foreign content (the standard's "any other start tag" exceptions in the
// rules for parsing tokens in foreign content). Sorted for binary search; <font> only counts with
// color, face or size, checked by the caller.
constexpr QStringView kBreakoutTags[] = {
    u"b", u"big", u"blockquote", u"body", u"br", u"center", u"code", u"dd", u"div", u"dl", u"dt", u"em",
    u"embed", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"head", u"hr", u"i", u"img", u"li", u"listing",
    u"menu", u"meta", u"nobr", u"ol", u"p", u"pre", u"ruby", u"s", u"small", u"span", u"strike", u"strong",
    u"sub", u"sup", u"table", u"tt", u"u", u"ul", u"var",
};

bool breaksOutOfForeignContent(const HtmlTokenizer::Token &token)
{
    if (token.name == u"font") {
        return std::any_of(token.attributes.cbegin(), token.attributes.cend(), [](const HtmlTokenizer::Attribute &a) {
            return a.name == u"color" || a.name == u"face" || a.name == u"size";
        });
    }
    return std::binary_search(std::begin(kBreakoutTags), std::end(kBreakoutTags), QStringView(token.name));
}

// Foreign elements whose content is HTML again: SVG's HTML integration points and MathML's text
// integration points (the few start tags MathML keeps inside those are rare enough to read as HTML).
bool isIntegrationPoint(const HtmlDocument::Node &node)
{
    static constexpr QStringView names[] = {u"foreignobject", u"desc", u"title", u"mi", u"mo", u"mn", u"ms", u"mtext"};
    return node.tag == Tag::Other && std::find(std::begin(names), std::end(names), node.name) != std::end(names);
}

} // namespace

// Feeds tokens into an HtmlDocument, keeping the stack of open elements.
class HtmlTreeBuilder
{
public:
    explicit HtmlTreeBuilder(HtmlDocument &doc)
        : m_doc(doc), m_nodes(doc.m_nodes)
    {
        HtmlDocument::Node root;
        root.tag = Tag::Document;
        m_nodes.append(root);
        m_stack.append(0);
    }

    // Whether the next token is read by the rules for foreign content.
    bool inForeignContent() const
    {
        const HtmlDocument::Node &current = m_nodes.at(m_stack.last());
        return current.foreign && !isIntegrationPoint(current);
    }

    void startTag(HtmlTokenizer::Token &token)
    {
        if (inForeignContent()) {
            if (!breaksOutOfForeignContent(token)) {
                // Inside SVG or MathML every element is foreign; "title" there is not <title>.
                addElement(Tag::Other, token, true);
                return;
            }
            leaveForeignContent();
        }
        const Tag tag = HtmlDocument::tagForName(token.name);
        if (tag == Tag::Svg || tag == Tag::Math) {
            addElement(tag, token, true);
            return;
        }
        if (tag == Tag::Html || tag == Tag::Body || tag == Tag::Head) {
            bool &seen = m_seen[tag == Tag::Html ? 0 : tag == Tag::Body ? 1 : 2];
            if (seen)
                return; // a second <html>/<body>/<head> only adds attributes in browsers
            seen = true;
        }
        if (tag == Tag::Body)
            closeIfOpen(Tag::Head);

        if (closesParagraph(tag))
            closeParagraph();
        switch (tag) {
        case Tag::Li:
            closeListItem({Tag::Li}, {Tag::Ul, Tag::Ol, Tag::Menu, Tag::Dir});
            break;
        case Tag::Dd: case Tag::Dt:
            closeListItem({Tag::Dd, Tag::Dt}, {Tag::Dl});
            break;
        case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
            if (HtmlDocument::isHeading(currentTag()))
                pop();
            break;
        case Tag::Option: case Tag::Optgroup:
            if (currentTag() == Tag::Option)
                pop();
            break;
        case Tag::Tr:
            closeListItem({Tag::Tr}, {Tag::Table});
            break;
        case Tag::Td: case Tag::Th:
            closeListItem({Tag::Td, Tag::Th}, {Tag::Tr, Tag::Table});
            break;
        case Tag::A:
            closeIfOpen(Tag::A); // links do not nest
            break;
        default:
            break;
        }

        addElement(tag, token, false);
    }

    void endTag(const HtmlTokenizer::Token &token)
    {
        const Tag tag = HtmlDocument::tagForName(token.name);
        if (m_nodes.at(m_stack.last()).foreign) {
            // </p> and </br> are HTML's even here; any other end tag closes the foreign element
            // of its name, searching no further than the first HTML element.
            if (tag == Tag::P || tag == Tag::Br) {
                leaveForeignContent();
            } else {
                for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
                    const HtmlDocument::Node &open = m_nodes.at(m_stack.at(i));
                    if (!open.foreign)
                        break;
                    if (open.tag == Tag::Other ? open.name == token.name : open.tag == tag) {
                        popTo(i);
                        return;
                    }
                }
            }
        }
        htmlEndTag(tag, token);
    }

private:
    // Pops SVG and MathML elements until the current node is HTML or an integration point.
    void leaveForeignContent()
    {
        while (m_stack.size() > 1 && inForeignContent())
            pop();
    }

    void addElement(Tag tag, HtmlTokenizer::Token &token, bool foreign)
    {
        if (m_elements >= HtmlDocument::MaxElements) {
            m_doc.m_truncated = true;
            return;
        }
        const int index = appendNode(tag);
        ++m_elements;
        HtmlDocument::Node &node = m_nodes[index];
        node.foreign = foreign;
        if (tag == Tag::Other)
            node.name = token.name;
        for (HtmlTokenizer::Attribute &a : token.attributes) {
            if (isKeptAttribute(a.name))
                node.attributes.append({std::move(a.name), std::move(a.value)});
        }
        // "/>" closes unknown and foreign elements; on HTML's own elements it means nothing.
        const bool leaf = HtmlDocument::isVoid(tag) || (token.selfClosing && (tag == Tag::Other || foreign));
        if (leaf || int(m_stack.size()) >= HtmlDocument::MaxDepth) {
            if (!leaf)
                m_doc.m_truncated = true;
            node.end = index + 1;
            return;
        }
        push(index);
    }

    void htmlEndTag(Tag tag, const HtmlTokenizer::Token &token)
    {
        if (tag != Tag::Br && tag != Tag::P && !isOpen(tag, token.name))
            return; // a stray end tag: nothing to search for
        switch (tag) {
        case Tag::Html: case Tag::Body:
            return; // content after </body> still belongs to the body
        case Tag::Br: {
            HtmlTokenizer::Token br;
            br.name = QStringLiteral("br");
            startTag(br);
            return;
        }
        case Tag::P:
            closeParagraph();
            return;
        default:
            break;
        }
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const HtmlDocument::Node &open = m_nodes.at(m_stack.at(i));
            if (open.tag == tag && (tag != Tag::Other || open.name == token.name)) {
                popTo(i);
                return;
            }
        }
    }

public:
    void text(QString &&text)
    {
        const int parent = m_stack.last();
        HtmlDocument::Node &p = m_nodes[parent];
        if (p.lastChild >= 0 && m_nodes.at(p.lastChild).isText) {
            m_nodes[p.lastChild].text += text;
            return;
        }
        const int index = appendNode(Tag::Other);
        HtmlDocument::Node &node = m_nodes[index];
        node.isText = true;
        node.text = std::move(text);
        node.end = index + 1;
    }

    void finish()
    {
        popTo(1);
        m_nodes[0].end = int(m_nodes.size());
    }

private:
    Tag currentTag() const { return m_nodes.at(m_stack.last()).tag; }

    int appendNode(Tag tag)
    {
        const int index = int(m_nodes.size());
        const int parent = m_stack.last();
        HtmlDocument::Node node;
        node.tag = tag;
        node.parent = parent;
        m_nodes.append(std::move(node));
        HtmlDocument::Node &p = m_nodes[parent];
        if (p.lastChild >= 0)
            m_nodes[p.lastChild].nextSibling = index;
        else
            p.firstChild = index;
        m_nodes[parent].lastChild = index;
        return index;
    }

    void push(int index)
    {
        m_stack.append(index);
        const HtmlDocument::Node &node = m_nodes.at(index);
        if (node.tag == Tag::Other)
            ++m_openOther[node.name];
        else
            ++m_open[int(node.tag)];
    }

    void pop()
    {
        if (m_stack.size() <= 1)
            return;
        const int index = m_stack.takeLast();
        HtmlDocument::Node &node = m_nodes[index];
        node.end = int(m_nodes.size());
        if (node.tag != Tag::Other)
            --m_open[int(node.tag)];
        else if (--m_openOther[node.name] == 0)
            m_openOther.remove(node.name);
    }

    // Whether an element of this kind is open: stray end tags and implied closes are then answered
    // without searching the stack (hostile input repeats them by the million).
    bool isOpen(Tag tag, const QString &name = {}) const
    {
        return tag == Tag::Other ? m_openOther.contains(name) : m_open[int(tag)] > 0;
    }

    // Pops the element at stack position i and everything above it.
    void popTo(qsizetype i)
    {
        while (m_stack.size() > i && m_stack.size() > 1)
            pop();
    }

    void closeParagraph()
    {
        if (!isOpen(Tag::P))
            return;
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const Tag t = m_nodes.at(m_stack.at(i)).tag;
            if (t == Tag::P) {
                popTo(i);
                return;
            }
            if (isScopeBoundary(t))
                return;
        }
    }

    void closeIfOpen(Tag tag)
    {
        if (!isOpen(tag))
            return;
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const Tag t = m_nodes.at(m_stack.at(i)).tag;
            if (t == tag) {
                popTo(i);
                return;
            }
            if (isScopeBoundary(t))
                return;
        }
    }

    // Closes an open item (li, dd/dt, tr, td/th) unless a container of its kind is nearer.
    void closeListItem(std::initializer_list<Tag> items, std::initializer_list<Tag> containers)
    {
        if (std::none_of(items.begin(), items.end(), [this](Tag t) { return isOpen(t); }))
            return;
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const Tag t = m_nodes.at(m_stack.at(i)).tag;
            if (std::find(items.begin(), items.end(), t) != items.end()) {
                popTo(i);
                return;
            }
            if (std::find(containers.begin(), containers.end(), t) != containers.end() || isScopeBoundary(t))
                return;
        }
    }

    HtmlDocument &m_doc;
    QList<HtmlDocument::Node> &m_nodes;
    QList<int> m_stack;
    int m_open[256] = {};
    QHash<QString, int> m_openOther;
    int m_elements = 0;
    bool m_seen[3] = {false, false, false};
};

HtmlDocument HtmlDocument::parse(QStringView html, const std::atomic_bool *cancelled)
{
    HtmlDocument doc;
    HtmlTreeBuilder builder(doc);
    HtmlTokenizer tokenizer(html.startsWith(QChar(0xFEFF)) ? html.sliced(1) : html); // the BOM is no text
    HtmlTokenizer::Token token;
    int count = 0;
    while (tokenizer.next(token)) {
        if (cancelled && (++count & 0xFFF) == 0 && cancelled->load(std::memory_order_relaxed)) {
            HtmlDocument none;
            none.m_cancelled = true;
            return none;
        }
        switch (token.type) {
        case HtmlTokenizer::TokenType::StartTag: builder.startTag(token); break;
        case HtmlTokenizer::TokenType::EndTag: builder.endTag(token); break;
        case HtmlTokenizer::TokenType::Text: builder.text(std::move(token.text)); break;
        case HtmlTokenizer::TokenType::Comment: case HtmlTokenizer::TokenType::Doctype: break;
        }
        tokenizer.setForeignContent(builder.inForeignContent());
    }
    builder.finish();
    return doc;
}

QString HtmlDocument::attribute(int index, QStringView name) const
{
    for (const Attribute &a : m_nodes.at(index).attributes) {
        if (a.name == name)
            return a.value.isNull() ? QStringLiteral("") : a.value;
    }
    return {};
}

bool HtmlDocument::hasAttribute(int index, QStringView name) const
{
    const auto &attrs = m_nodes.at(index).attributes;
    return std::any_of(attrs.cbegin(), attrs.cend(), [name](const Attribute &a) { return a.name == name; });
}

HtmlDocument::Tag HtmlDocument::tagForName(QStringView name)
{
    const auto end = std::end(kTagNames);
    const auto it = std::lower_bound(std::begin(kTagNames), end, name,
                                     [](const TagName &t, QStringView n) { return t.name < n; });
    return (it != end && it->name == name) ? it->tag : Tag::Other;
}

bool HtmlDocument::isVoid(Tag tag)
{
    switch (tag) {
    case Tag::Area: case Tag::Base: case Tag::Br: case Tag::Col: case Tag::Embed: case Tag::Hr: case Tag::Img:
    case Tag::Input: case Tag::Keygen: case Tag::Link: case Tag::Meta: case Tag::Param: case Tag::Source:
    case Tag::Track: case Tag::Wbr:
        return true;
    default:
        return false;
    }
}

bool HtmlDocument::isBlock(Tag tag)
{
    switch (tag) {
    case Tag::Address: case Tag::Article: case Tag::Aside: case Tag::Blockquote: case Tag::Body:
    case Tag::Caption: case Tag::Center: case Tag::Dd: case Tag::Details: case Tag::Dialog: case Tag::Dir:
    case Tag::Div: case Tag::Dl: case Tag::Dt: case Tag::Fieldset: case Tag::Figcaption: case Tag::Figure:
    case Tag::Footer: case Tag::Form: case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5:
    case Tag::H6: case Tag::Header: case Tag::Hgroup: case Tag::Hr: case Tag::Html: case Tag::Li: case Tag::Main:
    case Tag::Menu: case Tag::Nav: case Tag::Ol: case Tag::P: case Tag::Pre: case Tag::Section: case Tag::Summary:
    case Tag::Table: case Tag::Tbody: case Tag::Td: case Tag::Tfoot: case Tag::Th: case Tag::Thead: case Tag::Tr:
    case Tag::Ul: case Tag::Document: case Tag::Plaintext: case Tag::Xmp:
        return true;
    default:
        return false;
    }
}

bool HtmlDocument::isNeverContent(Tag t)
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

QString HtmlDocument::textOf(int i) const
{
    QString raw;
    const int end = node(i).end;
    for (int k = i + 1; k < end; ++k) {
        const Node &child = node(k);
        if (child.isText) {
            raw += child.text;
            raw += u' ';
        } else if (isNeverContent(child.tag)) {
            k = child.end - 1;
        } else if (isBlock(child.tag) || child.tag == Tag::Br) {
            raw += u' ';
        }
    }
    return Whitespace::collapse(raw);
}
