#include "htmldocument.h"

#include "htmltokenizer.h"
#include "htmltreebuilder.h"
#include "text/whitespace.h"

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

} // namespace

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
        case HtmlTokenizer::TokenType::Doctype: builder.doctype(token); break;
        case HtmlTokenizer::TokenType::Comment: break;
        }
        tokenizer.setForeignContent(builder.inForeignContent());
        tokenizer.setCdataAllowed(builder.currentNodeIsForeign());
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

QStringView HtmlDocument::nameOf(Tag tag)
{
    if (tag == Tag::Img)
        return u"img"; // not "image"
    if (tag == Tag::Pre)
        return u"pre"; // not "listing"
    if (tag == Tag::Document)
        return u"#document";
    for (const TagName &t : kTagNames) {
        if (t.tag == tag)
            return t.name;
    }
    return {};
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
