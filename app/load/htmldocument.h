#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>

// A tolerant HTML tree: builds elements and text from HtmlTokenizer tokens by the HTML standard's
// tree construction, the way browsers repair broken markup (a new block closes an open <p>,
// misnested <b>/<i> are split by the adoption agency, text inside a table but outside its cells
// goes before the table, stray end tags are ignored); tests/conformance compares its text blocks
// with gumbo's. Unlike the standard it makes no implied <html>, <head> or <body> (it does make the
// implied <tbody>, <tr> and <colgroup>), and "/>" closes unknown elements too. Nodes live in one
// array in document order, so a subtree is the index range [node, node.end) and every walk is a
// loop, never a recursion. Depth and element count are capped, so hostile input (100,000 nested
// <div>s) costs linear time and bounded memory: past MaxDepth, elements become siblings of the
// deepest one; past MaxElements, tags are dropped and only their text is kept. SVG and MathML are
// foreign content as in the standard: inside them "/>" closes any element and nothing is raw
// text, an HTML block or phrase tag (<p>, <div>, <b>) ends them, and the whole subtree is never
// text of the page.
class HtmlDocument
{
public:
    enum class Tag : quint8 {
        Other, Document,
        A, Address, Area, Article, Aside, Audio, B, Base, Blockquote, Body, Br, Button, Canvas, Caption,
        Center, Cite, Code, Col, Colgroup, Dd, Details, Dialog, Dir, Div, Dl, Dt, Em, Embed, Fieldset,
        Figcaption, Figure, Font, Footer, Form, Frameset, H1, H2, H3, H4, H5, H6, Head, Header, Hgroup, Hr,
        Html, I, Iframe, Img, Input, Keygen, Label, Li, Link, Main, Map, Marquee, Math, Menu, Meta, Nav,
        Noembed, Noframes, Noscript, Object, Ol, Optgroup, Option, Output, P, Param, Picture, Plaintext, Pre,
        Q, S, Script, Section, Select, Small, Source, Span, Strong, Style, Sub, Summary, Sup, Svg, Table,
        Tbody, Td, Template, Textarea, Tfoot, Th, Thead, Time, Title, Tr, Track, U, Ul, Video, Wbr, Xmp,
    };

    struct Attribute
    {
        QString name;
        QString value;
    };

    struct Node
    {
        int parent = -1;
        int firstChild = -1;
        int nextSibling = -1;
        int lastChild = -1;
        int end = 0;          // one past the last node of this node's subtree
        Tag tag = Tag::Other; // for text nodes: Other
        bool isText = false;
        bool foreign = false; // an SVG or MathML element (svg and math themselves included)
        QString name;         // element name when tag is Other
        QList<Attribute> attributes;
        QString text;         // text nodes: the text, references decoded, white space as written
    };

    static constexpr int MaxDepth = 512;
    static constexpr int MaxElements = 500000;

    // Parses html; returns an empty document if cancelled becomes true.
    static HtmlDocument parse(QStringView html, const std::atomic_bool *cancelled = nullptr);

    const QList<Node> &nodes() const { return m_nodes; }
    const Node &node(int index) const { return m_nodes.at(index); }
    int size() const { return int(m_nodes.size()); }
    // The value of an attribute (names are lower case), or a null string.
    QString attribute(int index, QStringView name) const;
    bool hasAttribute(int index, QStringView name) const;
    bool wasCancelled() const { return m_cancelled; }
    bool wasTruncated() const { return m_truncated; }

    static Tag tagForName(QStringView name);
    // The element name of a tag other than Other (the standard's name where two spellings share a tag).
    static QStringView nameOf(Tag tag);
    static bool isVoid(Tag tag);
    // Block-level elements: they start a new line of text.
    static bool isBlock(Tag tag);
    static bool isHeading(Tag tag) { return tag >= Tag::H1 && tag <= Tag::H6; }
    // Elements whose content is never part of an article: scripts, styles, forms, media, navigation,
    // asides, headers and footers.
    static bool isNeverContent(Tag tag);
    // The text of a node's subtree as one line: white space collapsed, blocks and line breaks read as
    // spaces, never-content elements left out.
    QString textOf(int index) const;

private:
    friend class HtmlTreeBuilder;

    QList<Node> m_nodes;
    bool m_cancelled = false;
    bool m_truncated = false;
};

// Both are strings and lists with a few numbers: the node array grows by moving memory, not nodes.
Q_DECLARE_TYPEINFO(HtmlDocument::Attribute, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(HtmlDocument::Node, Q_RELOCATABLE_TYPE);
