// HtmlTreeBuilder, the structures its insertion modes (htmltreebuilder.cpp, htmltreeendtags.cpp)
// work on: the list of active formatting elements and the adoption agency algorithm, inserting and
// moving nodes (foster parenting, clones, the final layout), and the stack of open elements with
// the standard's scopes.
#include "htmltreebuilder.h"

#include <algorithm>

namespace {

using Tag = HtmlDocument::Tag;

// Only the attributes reader mode looks at are kept; everything else (src, on*, data-*) is dropped.
bool isKeptAttribute(QStringView name)
{
    static constexpr QStringView kept[] = {
        u"id", u"class", u"style", u"hidden", u"aria-hidden", u"role", u"href", u"rel", u"name", u"property",
        u"content", u"itemprop", u"datetime", u"charset", u"http-equiv", u"type", u"lang", u"summary",
        u"datatable",
    };
    return std::find(std::begin(kept), std::end(kept), name) != std::end(kept);
}

// Foreign elements whose content is HTML again: SVG's HTML integration points and MathML's text
// integration points (the few start tags MathML keeps inside those are rare enough to read as HTML).
// MathML's <annotation-xml> is one only with an HTML encoding, decided when it is inserted.
bool isIntegrationPointName(QStringView name, bool mathMl)
{
    static constexpr QStringView svg[] = {u"foreignobject", u"desc", u"title"};
    static constexpr QStringView math[] = {u"mi", u"mo", u"mn", u"ms", u"mtext"};
    return mathMl ? std::find(std::begin(math), std::end(math), name) != std::end(math)
                  : std::find(std::begin(svg), std::end(svg), name) != std::end(svg);
}

} // namespace

void HtmlTreeBuilder::adoptionAgency(Tag tag, const QString &name)
{
    const int current = m_stack.constLast();
    if (isHtmlNamed(current, tag, name) && !m_active.contains(current)) {
        pop();
        return;
    }
    for (int outer = 0; outer < 8; ++outer) {
        const int formatting = activeAfterMarker(tag, name);
        if (formatting < 0) {
            anyOtherEndTag(tag, name);
            return;
        }
        if (!(m_flags[formatting] & OnStack)) {
            removeActive(formatting);
            return;
        }
        const qsizetype formattingPos = stackIndexOf(formatting);
        if (!inScope(tag, Scope::Default, name))
            return;
        qsizetype furthestPos = -1;
        for (qsizetype i = formattingPos + 1; i < m_stack.size(); ++i) {
            if (isSpecial(m_stack.at(i))) {
                furthestPos = i;
                break;
            }
        }
        if (furthestPos < 0) {
            popTo(formattingPos);
            removeActive(formatting);
            return;
        }
        m_reordered = true;
        const int furthest = m_stack.at(furthestPos);
        const int commonAncestor = m_stack.at(formattingPos - 1);
        qsizetype bookmark = m_active.indexOf(formatting);
        int node = furthest;
        int lastNode = furthest;
        qsizetype nodePos = furthestPos;
        for (int inner = 1;; ++inner) {
            --nodePos;
            node = m_stack.at(nodePos);
            if (node == formatting)
                break;
            qsizetype activePos = m_active.indexOf(node);
            if (inner > 3 && activePos >= 0) {
                m_active.removeAt(activePos);
                if (activePos < bookmark)
                    --bookmark;
                activePos = -1;
            }
            if (activePos < 0) {
                removeFromStack(node);
                continue;
            }
            const int clone = cloneElement(node);
            m_active[activePos] = clone;
            replaceOnStack(nodePos, clone);
            node = clone;
            if (lastNode == furthest)
                bookmark = activePos + 1;
            detach(lastNode);
            attach(node, lastNode);
            lastNode = node;
        }
        detach(lastNode);
        insertAtAppropriatePlace(lastNode, commonAncestor);
        const int clone = cloneElement(formatting);
        // The furthest block's children move into the clone, which becomes its only child.
        while (m_nodes.at(furthest).firstChild >= 0) {
            const int child = m_nodes.at(furthest).firstChild;
            detach(child);
            attach(clone, child);
        }
        attach(furthest, clone);
        const qsizetype oldPos = m_active.indexOf(formatting);
        m_active.removeAt(oldPos);
        if (oldPos < bookmark)
            --bookmark;
        m_active.insert(std::clamp<qsizetype>(bookmark, 0, m_active.size()), clone);
        removeFromStack(formatting);
        insertOnStack(stackIndexOf(furthest) + 1, clone);
    }
}

int HtmlTreeBuilder::activeAfterMarker(Tag tag, const QString &name) const
{
    for (qsizetype i = m_active.size() - 1; i >= 0; --i) {
        const int entry = m_active.at(i);
        if (entry == Marker)
            return -1;
        if (isHtmlNamed(entry, tag, name))
            return entry;
    }
    return -1;
}

void HtmlTreeBuilder::removeActive(int node)
{
    const qsizetype i = m_active.lastIndexOf(node);
    if (i >= 0)
        m_active.removeAt(i);
}

void HtmlTreeBuilder::pushActive(int node)
{
    // Noah's Ark: at most three of the same element with the same attributes since the last marker.
    int same = 0;
    qsizetype earliest = -1;
    for (qsizetype i = m_active.size() - 1; i >= 0 && m_active.at(i) != Marker; --i) {
        if (sameElement(m_active.at(i), node)) {
            ++same;
            earliest = i;
        }
    }
    if (same >= 3)
        m_active.removeAt(earliest);
    if (m_active.size() >= MaxActiveFormatting)
        return;
    m_active.append(node);
}

bool HtmlTreeBuilder::sameElement(int a, int b) const
{
    const HtmlDocument::Node &x = m_nodes.at(a);
    const HtmlDocument::Node &y = m_nodes.at(b);
    if (x.tag != y.tag || x.name != y.name || x.attributes.size() != y.attributes.size())
        return false;
    for (const HtmlDocument::Attribute &attribute : x.attributes) {
        const auto it = std::find_if(y.attributes.cbegin(), y.attributes.cend(),
                                     [&attribute](const HtmlDocument::Attribute &o) { return o.name == attribute.name; });
        if (it == y.attributes.cend() || it->value != attribute.value)
            return false;
    }
    return true;
}

void HtmlTreeBuilder::reconstructFormatting()
{
    if (m_active.isEmpty())
        return;
    qsizetype i = m_active.size() - 1;
    const int last = m_active.at(i);
    if (last == Marker || (m_flags[last] & OnStack))
        return;
    if (int(m_stack.size()) >= HtmlDocument::MaxDepth || m_elements >= HtmlDocument::MaxElements)
        return; // the clones could not be opened
    while (i > 0 && m_active.at(i - 1) != Marker && !(m_flags[m_active.at(i - 1)] & OnStack))
        --i;
    for (; i < m_active.size(); ++i) {
        const int clone = cloneElement(m_active.at(i));
        insertAtAppropriatePlace(clone, m_stack.constLast());
        if (int(m_stack.size()) >= HtmlDocument::MaxDepth) {
            m_active.removeAt(i);
            m_nodes[clone].end = clone + 1;
            return;
        }
        push(clone);
        m_active[i] = clone;
    }
}

void HtmlTreeBuilder::clearActiveToMarker()
{
    while (!m_active.isEmpty()) {
        if (m_active.takeLast() == Marker)
            return;
    }
}

void HtmlTreeBuilder::insertImplied(Tag tag)
{
    HtmlTokenizer::Token token;
    token.name = HtmlDocument::nameOf(tag).toString();
    insertElement(tag, token, false);
}

void HtmlTreeBuilder::insertForeign(Tag tag, HtmlTokenizer::Token &token)
{
    // An element takes the namespace of the one it is in, unless it is <svg> or <math>.
    const bool mathMl = tag == Tag::Math || (tag == Tag::Other && (m_flags[m_stack.constLast()] & MathMl));
    const int index = insertElement(tag, token, true);
    if (index < 0)
        return;
    if (mathMl)
        m_flags[index] |= MathMl;
    const QString &name = m_nodes.at(index).name;
    bool point = tag == Tag::Other && isIntegrationPointName(name, mathMl);
    if (tag == Tag::Other && mathMl && name == u"annotation-xml") {
        point = std::any_of(token.attributes.cbegin(), token.attributes.cend(), [](const HtmlTokenizer::Attribute &a) {
            return a.name == u"encoding"
                && (a.value.compare(u"text/html", Qt::CaseInsensitive) == 0
                    || a.value.compare(u"application/xhtml+xml", Qt::CaseInsensitive) == 0);
        });
    }
    if (point)
        m_flags[index] |= IntegrationPoint;
}

int HtmlTreeBuilder::insertElement(Tag tag, HtmlTokenizer::Token &token, bool foreign)
{
    if (m_elements >= HtmlDocument::MaxElements) {
        m_doc.m_truncated = true;
        return -1;
    }
    const int index = createNode(tag);
    ++m_elements;
    HtmlDocument::Node &node = nodes()[index];
    node.foreign = foreign;
    if (tag == Tag::Other)
        node.name = token.name;
    for (HtmlTokenizer::Attribute &a : token.attributes) {
        if (isKeptAttribute(a.name))
            node.attributes.append({std::move(a.name), std::move(a.value)});
    }
    insertAtAppropriatePlace(index, m_stack.constLast());
    // "/>" closes unknown and foreign elements; on HTML's own elements it means nothing.
    const bool leaf = (!foreign && HtmlDocument::isVoid(tag)) || (token.selfClosing && (tag == Tag::Other || foreign))
        || (tag == Tag::Other && !foreign && (token.name == u"basefont" || token.name == u"bgsound" || token.name == u"frame"));
    if (leaf || int(m_stack.size()) >= HtmlDocument::MaxDepth) {
        if (!leaf)
            m_doc.m_truncated = true;
        m_nodes[index].end = index + 1;
        return index;
    }
    push(index);
    return index;
}

void HtmlTreeBuilder::fosterLocation(int &parent, int &before)
{
    for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
        const int open = m_stack.at(i);
        const Tag t = tagAt(open);
        if (t == Tag::Template && !m_nodes.at(open).foreign) {
            parent = open;
            before = -1;
            return;
        }
        if (t == Tag::Table && !m_nodes.at(open).foreign) {
            parent = m_nodes.at(open).parent;
            before = open;
            m_reordered = true;
            return;
        }
    }
}

int HtmlTreeBuilder::cloneElement(int source)
{
    const int index = createNode(m_nodes.at(source).tag);
    ++m_elements;
    HtmlDocument::Node &node = m_nodes[index];
    const HtmlDocument::Node &from = m_nodes.at(source);
    node.name = from.name;
    node.attributes = from.attributes;
    node.foreign = from.foreign;
    return index;
}

void HtmlTreeBuilder::detach(int child)
{
    HtmlDocument::Node *n = nodes();
    HtmlDocument::Node &c = n[child];
    const int parent = c.parent;
    if (parent < 0)
        return;
    const int previous = m_prev[child];
    const int next = c.nextSibling;
    if (previous >= 0)
        n[previous].nextSibling = next;
    else
        n[parent].firstChild = next;
    if (next >= 0)
        m_prev[next] = previous;
    else
        n[parent].lastChild = previous;
    c.parent = -1;
    c.nextSibling = -1;
    m_prev[child] = -1;
}

void HtmlTreeBuilder::layOut()
{
    const int count = int(m_nodes.size());
    QList<int> order;
    order.reserve(count);
    QList<int> newIndex(count, -1);
    int node = 0;
    while (node >= 0) {
        newIndex[node] = int(order.size());
        order.append(node);
        if (m_nodes.at(node).firstChild >= 0) {
            node = m_nodes.at(node).firstChild;
            continue;
        }
        while (node >= 0 && m_nodes.at(node).nextSibling < 0)
            node = m_nodes.at(node).parent;
        if (node >= 0)
            node = m_nodes.at(node).nextSibling;
    }
    const auto remap = [&newIndex](int i) { return i < 0 ? -1 : newIndex.at(i); };
    QList<HtmlDocument::Node> laidOut;
    laidOut.reserve(order.size());
    for (int old : std::as_const(order)) {
        HtmlDocument::Node moved = std::move(m_nodes[old]);
        moved.parent = remap(moved.parent);
        moved.firstChild = remap(moved.firstChild);
        moved.nextSibling = remap(moved.nextSibling);
        moved.lastChild = remap(moved.lastChild);
        laidOut.append(std::move(moved));
    }
    m_nodes = std::move(laidOut);
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        HtmlDocument::Node &n = m_nodes[i];
        n.end = n.lastChild >= 0 ? m_nodes.at(n.lastChild).end : i + 1;
    }
}

bool HtmlTreeBuilder::isSpecial(int index) const
{
    const HtmlDocument::Node &n = m_nodes.at(index);
    if (n.foreign)
        return (m_flags[index] & IntegrationPoint) || ((m_flags[index] & MathMl) && n.name == u"annotation-xml");
    switch (n.tag) {
    case Tag::Address: case Tag::Area: case Tag::Article: case Tag::Aside: case Tag::Base: case Tag::Blockquote:
    case Tag::Body: case Tag::Br: case Tag::Button: case Tag::Caption: case Tag::Center: case Tag::Col:
    case Tag::Colgroup: case Tag::Dd: case Tag::Details: case Tag::Dir: case Tag::Div: case Tag::Dl: case Tag::Dt:
    case Tag::Embed: case Tag::Fieldset: case Tag::Figcaption: case Tag::Figure: case Tag::Footer: case Tag::Form:
    case Tag::Frameset: case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
    case Tag::Head: case Tag::Header: case Tag::Hgroup: case Tag::Hr: case Tag::Html: case Tag::Iframe:
    case Tag::Img: case Tag::Input: case Tag::Keygen: case Tag::Li: case Tag::Link: case Tag::Main:
    case Tag::Marquee: case Tag::Menu: case Tag::Meta: case Tag::Nav: case Tag::Noembed: case Tag::Noframes:
    case Tag::Noscript: case Tag::Object: case Tag::Ol: case Tag::P: case Tag::Param: case Tag::Plaintext:
    case Tag::Pre: case Tag::Script: case Tag::Section: case Tag::Select: case Tag::Source: case Tag::Style:
    case Tag::Summary: case Tag::Table: case Tag::Tbody: case Tag::Td: case Tag::Template: case Tag::Textarea:
    case Tag::Tfoot: case Tag::Th: case Tag::Thead: case Tag::Title: case Tag::Tr: case Tag::Track: case Tag::Ul:
    case Tag::Wbr: case Tag::Xmp: case Tag::Document:
        return true;
    case Tag::Other:
        return n.name == u"applet" || n.name == u"basefont" || n.name == u"bgsound" || n.name == u"frame"
            || n.name == u"search";
    default:
        return false;
    }
}

bool HtmlTreeBuilder::isScopeBoundary(int index, Scope scope) const
{
    const HtmlDocument::Node &n = m_nodes.at(index);
    if (n.tag == Tag::Document)
        return true;
    if (scope == Scope::Select)
        return n.foreign || (n.tag != Tag::Optgroup && n.tag != Tag::Option);
    if (n.foreign)
        return scope != Scope::Table
            && ((m_flags[index] & IntegrationPoint) || ((m_flags[index] & MathMl) && n.name == u"annotation-xml"));
    switch (n.tag) {
    case Tag::Html: case Tag::Table: case Tag::Template:
        return true;
    case Tag::Td: case Tag::Th: case Tag::Caption: case Tag::Marquee: case Tag::Object:
        return scope != Scope::Table;
    case Tag::Ol: case Tag::Ul:
        return scope == Scope::ListItem;
    case Tag::Button:
        return scope == Scope::Button;
    case Tag::Other:
        return scope != Scope::Table && n.name == u"applet";
    default:
        return false;
    }
}

bool HtmlTreeBuilder::inScope(Tag tag, Scope scope, const QString &name) const
{
    if (!isOpen(tag, name))
        return false;
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        const int node = m_stack.at(i);
        if (isHtmlNamed(node, tag, name))
            return true;
        if (isScopeBoundary(node, scope))
            return false;
    }
    return false;
}

void HtmlTreeBuilder::generateImpliedEndTags(Tag except, bool thoroughly, const QString &exceptName)
{
    while (m_stack.size() > 1) {
        const int node = m_stack.constLast();
        const HtmlDocument::Node &n = m_nodes.at(node);
        if (n.foreign || (n.tag == except && (except != Tag::Other || n.name == exceptName)))
            return;
        bool implied = false;
        switch (n.tag) {
        case Tag::Dd: case Tag::Dt: case Tag::Li: case Tag::Optgroup: case Tag::Option: case Tag::P:
            implied = true;
            break;
        case Tag::Caption: case Tag::Colgroup: case Tag::Tbody: case Tag::Td: case Tag::Tfoot: case Tag::Th:
        case Tag::Thead: case Tag::Tr:
            implied = thoroughly;
            break;
        case Tag::Other:
            implied = n.name == u"rb" || n.name == u"rp" || n.name == u"rt" || n.name == u"rtc";
            break;
        default:
            break;
        }
        if (!implied)
            return;
        pop();
    }
}

void HtmlTreeBuilder::closeParagraph()
{
    generateImpliedEndTags(Tag::P);
    popUntil(Tag::P);
}

void HtmlTreeBuilder::closeCaption()
{
    generateImpliedEndTags();
    popUntil(Tag::Caption);
    clearActiveToMarker();
    m_mode = Mode::InTable;
}

void HtmlTreeBuilder::closeCell()
{
    generateImpliedEndTags();
    while (m_stack.size() > 1) {
        const bool cell = (currentTag() == Tag::Td || currentTag() == Tag::Th) && !m_nodes.at(m_stack.constLast()).foreign;
        pop();
        if (cell)
            break;
    }
    clearActiveToMarker();
    m_mode = Mode::InRow;
}

void HtmlTreeBuilder::clearBackTo(std::initializer_list<Tag> tags)
{
    while (m_stack.size() > 1) {
        const HtmlDocument::Node &n = m_nodes.at(m_stack.constLast());
        if (!n.foreign && (n.tag == Tag::Template || n.tag == Tag::Html
                           || std::find(tags.begin(), tags.end(), n.tag) != tags.end()))
            return;
        pop();
    }
}

void HtmlTreeBuilder::popUntil(Tag tag)
{
    if (!isOpen(tag))
        return;
    while (m_stack.size() > 1) {
        const bool found = isHtmlNamed(m_stack.constLast(), tag, {});
        pop();
        if (found)
            return;
    }
}

void HtmlTreeBuilder::resetInsertionMode()
{
    for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
        const int node = m_stack.at(i);
        const bool last = i == 0;
        const HtmlDocument::Node &n = m_nodes.at(node);
        if (n.foreign && !last)
            continue;
        switch (last ? Tag::Document : n.tag) {
        case Tag::Select:
            m_mode = Mode::InSelect;
            for (qsizetype k = i - 1; k > 0; --k) {
                const Tag t = tagAt(m_stack.at(k));
                if (t == Tag::Template)
                    break;
                if (t == Tag::Table) {
                    m_mode = Mode::InSelectInTable;
                    break;
                }
            }
            return;
        case Tag::Td: case Tag::Th: m_mode = Mode::InCell; return;
        case Tag::Tr: m_mode = Mode::InRow; return;
        case Tag::Tbody: case Tag::Thead: case Tag::Tfoot: m_mode = Mode::InTableBody; return;
        case Tag::Caption: m_mode = Mode::InCaption; return;
        case Tag::Colgroup: m_mode = Mode::InColumnGroup; return;
        case Tag::Table: m_mode = Mode::InTable; return;
        case Tag::Template:
            m_mode = m_templateModes.isEmpty() ? Mode::InBody : m_templateModes.last();
            return;
        case Tag::Frameset: m_mode = Mode::InFrameset; return;
        case Tag::Body: case Tag::Html: case Tag::Document: m_mode = Mode::InBody; return;
        default:
            break;
        }
    }
    m_mode = Mode::InBody;
}

bool HtmlTreeBuilder::onlyRootOpen(bool bodyToo) const
{
    for (qsizetype i = 1; i < m_stack.size(); ++i) {
        const Tag t = tagAt(m_stack.at(i));
        if (t != Tag::Html && t != Tag::Head && !(bodyToo && t == Tag::Body))
            return false;
    }
    return true;
}

void HtmlTreeBuilder::removeFromStack(int node)
{
    const qsizetype i = stackIndexOf(node);
    if (i <= 0)
        return;
    m_stack.removeAt(i);
    m_reordered = true; // its descendants may still be open: its end is known only at the end
    m_flags[node] &= ~OnStack;
    m_nodes[node].end = int(m_nodes.size());
    count(node, -1);
}

void HtmlTreeBuilder::replaceOnStack(qsizetype i, int node)
{
    const int old = m_stack.at(i);
    m_flags[old] &= ~OnStack;
    count(old, -1);
    m_stack[i] = node;
    m_flags[node] |= OnStack;
    count(node, 1);
}

void HtmlTreeBuilder::insertOnStack(qsizetype i, int node)
{
    m_stack.insert(i, node);
    m_flags[node] |= OnStack;
    count(node, 1);
}
