#pragma once

#include "htmldocument.h"
#include "htmltokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <vector>

// Feeds tokens into an HtmlDocument by the HTML standard's tree construction for the body: the
// insertion modes of body, table, caption, column group, table body, row, cell, select, template
// and frameset, the list of active formatting elements with the adoption agency algorithm, foster
// parenting out of tables, and foreign content. The document's <html>, <head> and <body> are only
// made where the page writes them (none of them holds text of its own), and the modes before the
// body are read as the body's (head content stays where it stands; content ends an open <head>).
// Nodes are appended in the order they are made, which is document order unless foster parenting
// or the adoption agency moved some; then finish() lays the array out again.
// The rules are in three files: htmltreebuilder.cpp (tokens, start tags and text in each mode),
// htmltreeendtags.cpp (end tags) and htmltreestructures.cpp (the stack of open elements and its
// scopes, the active formatting elements, inserting and moving nodes).
class HtmlTreeBuilder
{
public:
    explicit HtmlTreeBuilder(HtmlDocument &doc);

    // Whether the next token is read by the rules for foreign content (asked after every token).
    bool inForeignContent() const
    {
        const int current = m_stack.constLast();
        return m_nodes.at(current).foreign && !(m_flags[size_t(current)] & IntegrationPoint);
    }
    // Whether the current node is an SVG or MathML element (where CDATA sections are read).
    bool currentNodeIsForeign() const { return m_nodes.at(m_stack.constLast()).foreign; }
    void doctype(const HtmlTokenizer::Token &token);
    void startTag(HtmlTokenizer::Token &token);
    void endTag(const HtmlTokenizer::Token &token);
    void text(QString &&text);
    void finish();

    // Tag classes both halves of the rules ask for.
    static bool isFormattingTag(HtmlDocument::Tag t);
    static bool isFormattingName(QStringView name);
    static bool isTableSection(HtmlDocument::Tag t);

private:
    using Tag = HtmlDocument::Tag;

    enum class Mode {
        InBody, InTable, InCaption, InColumnGroup, InTableBody, InRow, InCell, InSelect, InSelectInTable,
        InTemplate, InFrameset, AfterFrameset,
    };
    enum class Scope { Default, ListItem, Button, Table, Select };
    enum Flag : quint8 { OnStack = 1, IntegrationPoint = 2, MathMl = 4 };
    static constexpr int Marker = -1;
    // Beyond this many entries the list of active formatting elements takes no more: a page that
    // leaves hundreds of distinct <b>s open would otherwise cost that many clones per paragraph.
    static constexpr int MaxActiveFormatting = 64;
    static constexpr int MaxReprocessing = 16;
    static bool isTableMode(Mode m);
    static bool isTableContext(Tag t);
    void decideMode();

    // ---- the insertion modes; each returns false when the token is to be read again in m_mode

    bool startTagIn(Mode mode, Tag tag, HtmlTokenizer::Token &token);
    bool startInBody(Tag tag, HtmlTokenizer::Token &token);
    bool startInTable(Tag tag, HtmlTokenizer::Token &token);
    bool startInSelect(Mode mode, Tag tag, HtmlTokenizer::Token &token);
    bool startInTemplate(Tag tag, HtmlTokenizer::Token &token);
    bool endTagIn(Mode mode, Tag tag, const QString &name);
    bool endInBody(Tag tag, const QString &name);
    bool endInTable(Tag tag, const QString &name);
    void anyOtherEndTag(Tag tag, const QString &name);

    // ---- the adoption agency algorithm (formatting end tags)

    void adoptionAgency(Tag tag, const QString &name);

    // ---- the list of active formatting elements

    int activeAfterMarker(Tag tag, const QString &name) const;
    void removeActive(int node);
    void pushActive(int node);
    bool sameElement(int a, int b) const;
    void reconstructFormatting();
    void clearActiveToMarker();

    // ---- insertion

    int insertHtml(Tag tag, HtmlTokenizer::Token &token);
    void insertImplied(Tag tag);
    void insertForeign(Tag tag, HtmlTokenizer::Token &token);
    int insertElement(Tag tag, HtmlTokenizer::Token &token, bool foreign);
    void insertText(QString &&text);

    // Where a node goes: into the target, or before the table when foster parenting is on.
    void insertAtAppropriatePlace(int node, int target);
    void fosterLocation(int &parent, int &before);
    int cloneElement(int source);
    int createNode(Tag tag);

    // The nodes for writing, with one detach check instead of one per access (nothing is
    // appended while the pointer is used).
    HtmlDocument::Node *nodes() { return m_nodes.data(); }

    void attach(int parent, int child, int before = -1);
    void detach(int child);

    // Puts the nodes in document order again after foster parenting or the adoption agency moved
    // some, so that a subtree is again the index range [node, node.end).
    void layOut();

    // ---- the stack of open elements

    int currentNode() const { return m_stack.constLast(); }
    Tag currentTag() const { return m_nodes.at(m_stack.constLast()).tag; }
    Tag tagAt(int node) const { return m_nodes.at(node).tag; }

    bool isHtmlNamed(int node, Tag tag, QStringView name) const;

    // The standard's "special" category: elements that bound the search of "any other end tag",
    // list items and the adoption agency's furthest block.
    bool isSpecial(int index) const;
    bool isScopeBoundary(int index, Scope scope) const;
    bool inScope(Tag tag, Scope scope, const QString &name = QString()) const;

    // Pops dd, dt, li, optgroup, option, p, rb, rp, rt and rtc, except one kind; "thoroughly" also
    // caption, colgroup and the table's parts.
    void generateImpliedEndTags(Tag except = Tag::Document, bool thoroughly = false, const QString &exceptName = QString());
    void closeParagraphInButtonScope();
    void closeParagraph();
    void closeCaption();
    void closeCell();

    // Pops until the current node is one of these, a template or the root.
    void clearBackTo(std::initializer_list<Tag> tags);

    // Pops elements until an HTML element of this kind has been popped.
    void popUntil(Tag tag);
    void resetInsertionMode();
    bool onlyRootOpen(bool bodyToo = false) const;
    void push(int index);
    void count(int index, int delta);
    void pop();
    qsizetype stackIndexOf(int node) const { return m_stack.lastIndexOf(node); }

    void removeFromStack(int node);
    void replaceOnStack(qsizetype i, int node);
    void insertOnStack(qsizetype i, int node);

    // Whether an element of this kind is open: stray end tags and implied closes are then answered
    // without searching the stack (hostile input repeats them by the million).
    bool isOpen(Tag tag, const QString &name = QString()) const;

    // Pops the element at stack position i and everything above it.
    void popTo(qsizetype i);
    HtmlDocument &m_doc;
    QList<HtmlDocument::Node> &m_nodes;
    std::vector<int> m_prev;      // each node's previous sibling, for inserting before and moving nodes
    std::vector<quint8> m_flags;  // Flag bits per node
    QList<int> m_stack;
    QList<int> m_active;    // the list of active formatting elements; Marker between cells and the like
    QList<Mode> m_templateModes;
    int m_open[256] = {};
    QHash<QString, int> m_openOther;
    int m_elements = 0;
    int m_form = -1;
    int m_strayParagraph = -1; // the empty <p> the last "</p>" without a paragraph made
    Mode m_mode = Mode::InBody;
    bool m_fosterParenting = false;
    bool m_framesetOk = true;
    bool m_quirks = false;
    bool m_modeDecided = false;
    bool m_reordered = false;
    bool m_seenHtml = false;
    bool m_seenHead = false;
    bool m_seenBody = false;
};

// The small operations every insertion mode asks for, inline in each part of the builder.

inline bool HtmlTreeBuilder::isTableMode(Mode m)
{
    return m == Mode::InTable || m == Mode::InTableBody || m == Mode::InRow;
}

inline bool HtmlTreeBuilder::isTableContext(Tag t)
{
    return t == Tag::Table || t == Tag::Tbody || t == Tag::Tfoot || t == Tag::Thead || t == Tag::Tr;
}

// The formatting elements of the standard, whose end tags run the adoption agency algorithm.
inline bool HtmlTreeBuilder::isFormattingTag(Tag t)
{
    switch (t) {
    case Tag::A: case Tag::B: case Tag::Code: case Tag::Em: case Tag::Font: case Tag::I: case Tag::S:
    case Tag::Small: case Tag::Strong: case Tag::U:
        return true;
    default:
        return false;
    }
}

inline bool HtmlTreeBuilder::isFormattingName(QStringView name)
{
    return name == u"big" || name == u"nobr" || name == u"strike" || name == u"tt";
}

inline bool HtmlTreeBuilder::isTableSection(Tag t)
{
    return t == Tag::Tbody || t == Tag::Thead || t == Tag::Tfoot;
}

inline int HtmlTreeBuilder::insertHtml(Tag tag, HtmlTokenizer::Token &token)
{
    return insertElement(tag, token, false);
}

inline void HtmlTreeBuilder::insertText(QString &&text)
{
    int parent = m_stack.constLast();
    int before = -1;
    if (m_fosterParenting && isTableContext(tagAt(parent)) && !m_nodes.at(parent).foreign)
        fosterLocation(parent, before);
    const int previous = before >= 0 ? m_prev[before] : m_nodes.at(parent).lastChild;
    if (previous >= 0 && m_nodes.at(previous).isText) {
        nodes()[previous].text += text;
        return;
    }
    const int index = createNode(Tag::Other);
    HtmlDocument::Node &node = nodes()[index];
    node.isText = true;
    node.text = std::move(text);
    node.end = index + 1;
    attach(parent, index, before);
}

inline void HtmlTreeBuilder::insertAtAppropriatePlace(int node, int target)
{
    int before = -1;
    if (m_fosterParenting && isTableContext(tagAt(target)) && !m_nodes.at(target).foreign)
        fosterLocation(target, before);
    attach(target, node, before);
}

inline int HtmlTreeBuilder::createNode(Tag tag)
{
    const int index = int(m_nodes.size());
    m_nodes.emplaceBack().tag = tag;
    m_prev.push_back(-1);
    m_flags.push_back(0);
    return index;
}

inline void HtmlTreeBuilder::attach(int parent, int child, int before)
{
    HtmlDocument::Node *n = nodes();
    HtmlDocument::Node &c = n[child];
    c.parent = parent;
    if (before < 0) {
        const int last = n[parent].lastChild;
        m_prev[child] = last;
        c.nextSibling = -1;
        if (last >= 0)
            n[last].nextSibling = child;
        else
            n[parent].firstChild = child;
        n[parent].lastChild = child;
        return;
    }
    const int previous = m_prev[before];
    m_prev[child] = previous;
    c.nextSibling = before;
    m_prev[before] = child;
    if (previous >= 0)
        n[previous].nextSibling = child;
    else
        n[parent].firstChild = child;
}

inline bool HtmlTreeBuilder::isHtmlNamed(int node, Tag tag, QStringView name) const
{
    const HtmlDocument::Node &n = m_nodes.at(node);
    return !n.foreign && n.tag == tag && (tag != Tag::Other || n.name == name);
}

inline void HtmlTreeBuilder::closeParagraphInButtonScope()
{
    if (inScope(Tag::P, Scope::Button))
        closeParagraph();
}

inline void HtmlTreeBuilder::push(int index)
{
    m_stack.append(index);
    m_flags[index] |= OnStack;
    count(index, 1);
}

inline void HtmlTreeBuilder::count(int index, int delta)
{
    const HtmlDocument::Node &node = m_nodes.at(index);
    if (node.tag != Tag::Other) {
        m_open[int(node.tag)] += delta;
    } else if (delta > 0) {
        ++m_openOther[node.name];
    } else if (--m_openOther[node.name] == 0) {
        m_openOther.remove(node.name);
    }
}

inline void HtmlTreeBuilder::pop()
{
    if (m_stack.size() <= 1)
        return;
    const int index = m_stack.takeLast();
    m_flags[index] &= ~OnStack;
    nodes()[index].end = int(m_nodes.size());
    count(index, -1);
    if (index == m_form && isOpen(Tag::Template))
        m_form = -1;
}

inline bool HtmlTreeBuilder::isOpen(Tag tag, const QString &name) const
{
    return tag == Tag::Other ? m_openOther.contains(name) : m_open[int(tag)] > 0;
}

inline void HtmlTreeBuilder::popTo(qsizetype i)
{
    while (m_stack.size() > i && m_stack.size() > 1)
        pop();
}
