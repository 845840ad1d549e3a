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
