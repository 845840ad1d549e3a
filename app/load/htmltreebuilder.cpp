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
// MathML's <annotation-xml> is one only with an HTML encoding, decided when it is inserted.
bool isIntegrationPointName(QStringView name, bool mathMl)
{
    static constexpr QStringView svg[] = {u"foreignobject", u"desc", u"title"};
    static constexpr QStringView math[] = {u"mi", u"mo", u"mn", u"ms", u"mtext"};
    return mathMl ? std::find(std::begin(math), std::end(math), name) != std::end(math)
                  : std::find(std::begin(svg), std::end(svg), name) != std::end(svg);
}

bool isWhitespace(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c == u' ' || c == u'\n' || c == u'\t' || c == u'\f' || c == u'\r';
    });
}

// The formatting elements of the standard, whose end tags run the adoption agency algorithm.
bool isFormattingTag(Tag t)
{
    switch (t) {
    case Tag::A: case Tag::B: case Tag::Code: case Tag::Em: case Tag::Font: case Tag::I: case Tag::S:
    case Tag::Small: case Tag::Strong: case Tag::U:
        return true;
    default:
        return false;
    }
}

bool isFormattingName(QStringView name)
{
    return name == u"big" || name == u"nobr" || name == u"strike" || name == u"tt";
}

// Start tags that close an open <p> ("If the stack of open elements has a p element in button scope, close a p element").
bool closesParagraph(Tag t)
{
    switch (t) {
    case Tag::Address: case Tag::Article: case Tag::Aside: case Tag::Blockquote: case Tag::Center:
    case Tag::Details: case Tag::Dialog: case Tag::Dir: case Tag::Div: case Tag::Dl: case Tag::Fieldset:
    case Tag::Figcaption: case Tag::Figure: case Tag::Footer: case Tag::Header: case Tag::Hgroup: case Tag::Main:
    case Tag::Menu: case Tag::Nav: case Tag::Ol: case Tag::P: case Tag::Section: case Tag::Summary: case Tag::Ul:
        return true;
    default:
        return false;
    }
}

// End tags of these pop to their element when it is in scope (the standard's long list in "in body").
bool closesInScope(Tag t)
{
    switch (t) {
    case Tag::Address: case Tag::Article: case Tag::Aside: case Tag::Blockquote: case Tag::Button:
    case Tag::Center: case Tag::Details: case Tag::Dialog: case Tag::Dir: case Tag::Div: case Tag::Dl:
    case Tag::Fieldset: case Tag::Figcaption: case Tag::Figure: case Tag::Footer: case Tag::Header:
    case Tag::Hgroup: case Tag::Main: case Tag::Menu: case Tag::Nav: case Tag::Ol: case Tag::Pre:
    case Tag::Section: case Tag::Summary: case Tag::Ul:
        return true;
    default:
        return false;
    }
}

// Elements read by the rules for "in head" wherever they appear.
bool isHeadContent(Tag t, QStringView name)
{
    switch (t) {
    case Tag::Base: case Tag::Link: case Tag::Meta: case Tag::Noframes: case Tag::Script: case Tag::Style:
    case Tag::Template: case Tag::Title: case Tag::Noscript:
        return true;
    case Tag::Other:
        return name == u"basefont" || name == u"bgsound";
    default:
        return false;
    }
}

// End tags that, when their element is the current node in the body, do nothing but pop it: not
// formatting elements (the list of active formatting elements), forms, templates, table parts and
// the others whose end tag also changes the insertion mode or a list; not unknown elements.
bool closesCurrentNodeOnly(Tag t)
{
    switch (t) {
    case Tag::Other: case Tag::Document: case Tag::Html: case Tag::Head: case Tag::Body: case Tag::Br:
    case Tag::Form: case Tag::Template: case Tag::Marquee: case Tag::Object: case Tag::Select:
    case Tag::Frameset: case Tag::Table: case Tag::Caption: case Tag::Colgroup: case Tag::Col: case Tag::Tbody:
    case Tag::Thead: case Tag::Tfoot: case Tag::Tr: case Tag::Td: case Tag::Th:
        return false;
    default:
        return !isFormattingTag(t);
    }
}

bool isTableSection(Tag t)
{
    return t == Tag::Tbody || t == Tag::Thead || t == Tag::Tfoot;
}

// Table parts that end a caption, a row or a cell and are then read again.
bool isTablePart(Tag t)
{
    switch (t) {
    case Tag::Caption: case Tag::Col: case Tag::Colgroup: case Tag::Tbody: case Tag::Td: case Tag::Tfoot:
    case Tag::Th: case Tag::Thead: case Tag::Tr:
        return true;
    default:
        return false;
    }
}

// Whether a doctype puts the page in quirks mode, where a <table> does not close an open <p>
// (the standard's list, shortened to the public identifiers pages still carry).
bool isQuirksDoctype(const HtmlTokenizer::Token &doctype)
{
    if (doctype.forceQuirks || doctype.name != u"html")
        return true;
    const QString publicId = doctype.publicId.toLower();
    if (publicId.isNull())
        return false;
    static constexpr QStringView prefixes[] = {
        u"-//w3c//dtd html 3", u"-//w3c//dtd html 4.0 transitional//", u"-//w3c//dtd html 4.0 frameset//",
        u"-//w3c//dtd html experimental", u"-//w3c//dtd w3 html//", u"-//w3o//dtd w3 html", u"-//ietf//dtd html",
        u"-//netscape comm. corp.//dtd", u"-//microsoft//dtd internet explorer", u"-//softquad", u"-//spyglass//",
        u"-//sun microsystems corp.//dtd hotjava", u"-//o'reilly and associates//", u"-//metrius//",
        u"-//webtechs//", u"-//silmaril//", u"+//silmaril//", u"-//as//dtd html 3.0", u"-//advasoft ltd//",
        u"-//sq//dtd html 2.0",
    };
    if (publicId == u"html" || publicId == u"-/w3c/dtd html 4.0 transitional/en")
        return true;
    for (QStringView prefix : prefixes) {
        if (publicId.startsWith(prefix))
            return true;
    }
    return doctype.systemId.isNull()
        && (publicId.startsWith(u"-//w3c//dtd html 4.01 frameset//") || publicId.startsWith(u"-//w3c//dtd html 4.01 transitional//"));
}

} // namespace

HtmlTreeBuilder::HtmlTreeBuilder(HtmlDocument &doc)
    : m_doc(doc), m_nodes(doc.m_nodes)
{
    HtmlDocument::Node root;
    root.tag = Tag::Document;
    m_nodes.append(root);
    m_prev.push_back(-1);
    m_flags.push_back(OnStack);
    m_stack.append(0);
}

void HtmlTreeBuilder::doctype(const HtmlTokenizer::Token &token)
{
    if (!m_modeDecided) {
        m_modeDecided = true;
        m_quirks = isQuirksDoctype(token);
    }
}

void HtmlTreeBuilder::startTag(HtmlTokenizer::Token &token)
{
    decideMode();
    if (inForeignContent()) {
        if (!breaksOutOfForeignContent(token)) {
            // Inside SVG or MathML every element is foreign; "title" there is not <title>.
            insertForeign(Tag::Other, token);
            return;
        }
        while (m_stack.size() > 1 && inForeignContent())
            pop();
    }
    const Tag tag = HtmlDocument::tagForName(token.name);
    // A mode that hands the token on ("reprocess the token") has changed m_mode; every chain of
    // those ends within a few steps, and the bound keeps a mistake from looping.
    for (int round = 0; round < MaxReprocessing && !startTagIn(m_mode, tag, token); ++round) {
    }
}

void HtmlTreeBuilder::endTag(const HtmlTokenizer::Token &token)
{
    decideMode();
    const Tag tag = HtmlDocument::tagForName(token.name);
    const HtmlDocument::Node &current = m_nodes.at(m_stack.constLast());
    if (m_mode == Mode::InBody && !current.foreign && current.tag == tag && closesCurrentNodeOnly(tag)) {
        pop(); // the usual end tag, of the element just opened: every rule for it comes to this
        return;
    }
    if (current.foreign) {
        // </p> and </br> are HTML's even here; any other end tag closes the foreign element
        // of its name, searching no further than the first HTML element.
        if (tag == Tag::P || tag == Tag::Br) {
            while (m_stack.size() > 1 && inForeignContent())
                pop();
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
    for (int round = 0; round < MaxReprocessing && !endTagIn(m_mode, tag, token.name); ++round) {
    }
}

void HtmlTreeBuilder::text(QString &&text)
{
    const bool whitespace = isWhitespace(text);
    if (!whitespace)
        decideMode(); // white space before the doctype does not decide the mode
    const HtmlDocument::Node &current = m_nodes.at(m_stack.constLast());
    // The common case first: text in the body, no formatting element to reopen.
    if (m_mode == Mode::InBody && m_active.isEmpty() && current.tag != Tag::Head) {
        if (!whitespace)
            m_framesetOk = false;
        insertText(std::move(text));
        return;
    }
    if (m_mode == Mode::InFrameset || m_mode == Mode::AfterFrameset) {
        if (whitespace)
            insertText(std::move(text));
        return;
    }
    if (m_mode == Mode::InColumnGroup && !whitespace) {
        if (currentTag() != Tag::Colgroup)
            return;
        pop();
        m_mode = Mode::InTable;
    }
    if (!whitespace && currentTag() == Tag::Head && !m_nodes.at(m_stack.constLast()).foreign)
        pop(); // text ends the head: it belongs to the body
    const bool foreign = inForeignContent();
    if (isTableMode(m_mode) && isTableContext(currentTag()) && !foreign) {
        if (whitespace) {
            insertText(std::move(text));
            return;
        }
        // Text inside a table but outside its cells is shown before the table.
        m_fosterParenting = true;
        reconstructFormatting();
        insertText(std::move(text));
        m_fosterParenting = false;
        m_framesetOk = false;
        return;
    }
    if (!foreign)
        reconstructFormatting();
    if (!whitespace)
        m_framesetOk = false;
    insertText(std::move(text));
}

void HtmlTreeBuilder::finish()
{
    popTo(1);
    if (m_reordered)
        layOut();
    m_nodes[0].end = int(m_nodes.size());
}

inline bool HtmlTreeBuilder::isTableMode(Mode m)
{
    return m == Mode::InTable || m == Mode::InTableBody || m == Mode::InRow;
}

inline bool HtmlTreeBuilder::isTableContext(Tag t)
{
    return t == Tag::Table || t == Tag::Tbody || t == Tag::Tfoot || t == Tag::Thead || t == Tag::Tr;
}

inline void HtmlTreeBuilder::decideMode()
{
    if (!m_modeDecided) {
        m_modeDecided = true;
        m_quirks = true; // no doctype before the first tag or text
    }
}

bool HtmlTreeBuilder::startTagIn(Mode mode, Tag tag, HtmlTokenizer::Token &token)
{
    switch (mode) {
    case Mode::InBody: return startInBody(tag, token);
    case Mode::InTable: return startInTable(tag, token);
    case Mode::InCaption:
        if (isTablePart(tag)) {
            if (!inScope(Tag::Caption, Scope::Table))
                return true;
            closeCaption();
            return false;
        }
        return startInBody(tag, token);
    case Mode::InColumnGroup:
        if (tag == Tag::Col) {
            insertHtml(tag, token);
            return true;
        }
        if (tag == Tag::Template)
            return startInBody(tag, token);
        if (currentTag() != Tag::Colgroup)
            return true;
        pop();
        m_mode = Mode::InTable;
        return false;
    case Mode::InTableBody:
        if (tag == Tag::Tr) {
            clearBackTo({Tag::Tbody, Tag::Thead, Tag::Tfoot});
            insertHtml(tag, token);
            m_mode = Mode::InRow;
            return true;
        }
        if (tag == Tag::Td || tag == Tag::Th) {
            clearBackTo({Tag::Tbody, Tag::Thead, Tag::Tfoot});
            insertImplied(Tag::Tr);
            m_mode = Mode::InRow;
            return false;
        }
        if (tag == Tag::Caption || tag == Tag::Col || tag == Tag::Colgroup || isTableSection(tag)) {
            if (!inScope(Tag::Tbody, Scope::Table) && !inScope(Tag::Thead, Scope::Table) && !inScope(Tag::Tfoot, Scope::Table))
                return true;
            clearBackTo({Tag::Tbody, Tag::Thead, Tag::Tfoot});
            pop();
            m_mode = Mode::InTable;
            return false;
        }
        return startInTable(tag, token);
    case Mode::InRow:
        if (tag == Tag::Td || tag == Tag::Th) {
            clearBackTo({Tag::Tr});
            insertHtml(tag, token);
            m_mode = Mode::InCell;
            m_active.append(Marker);
            return true;
        }
        if (tag == Tag::Caption || tag == Tag::Col || tag == Tag::Colgroup || isTableSection(tag) || tag == Tag::Tr) {
            if (!inScope(Tag::Tr, Scope::Table))
                return true;
            clearBackTo({Tag::Tr});
            pop();
            m_mode = Mode::InTableBody;
            return false;
        }
        return startInTable(tag, token);
    case Mode::InCell:
        if (isTablePart(tag)) {
            if (!inScope(Tag::Td, Scope::Table) && !inScope(Tag::Th, Scope::Table))
                return true;
            closeCell();
            return false;
        }
        return startInBody(tag, token);
    case Mode::InSelect: case Mode::InSelectInTable:
        return startInSelect(mode, tag, token);
    case Mode::InTemplate:
        return startInTemplate(tag, token);
    case Mode::InFrameset: case Mode::AfterFrameset:
        if (mode == Mode::InFrameset && tag == Tag::Frameset) {
            insertHtml(tag, token);
        } else if (mode == Mode::InFrameset && tag == Tag::Other && token.name == u"frame") {
            insertHtml(tag, token); // a void element
        } else if (tag == Tag::Noframes) {
            insertHtml(tag, token);
        }
        return true;
    }
    return true;
}

bool HtmlTreeBuilder::startInBody(Tag tag, HtmlTokenizer::Token &token)
{
    const bool foreignCurrent = m_nodes.at(m_stack.constLast()).foreign;
    if (!foreignCurrent && currentTag() == Tag::Head && !isHeadContent(tag, token.name) && tag != Tag::Head)
        pop(); // the head ends where something that is not head content starts

    if (isHeadContent(tag, token.name)) {
        insertHtml(tag, token);
        if (tag == Tag::Template) {
            m_active.append(Marker);
            m_framesetOk = false;
            m_mode = Mode::InTemplate;
            m_templateModes.append(Mode::InTemplate);
        }
        return true;
    }
    if (isFormattingTag(tag) || (tag == Tag::Other && isFormattingName(token.name))) {
        if (tag == Tag::A) {
            const int open = activeAfterMarker(Tag::A, {});
            if (open >= 0) {
                adoptionAgency(Tag::A, token.name);
                removeActive(open);
                removeFromStack(open);
            }
        } else if (tag == Tag::Other && token.name == u"nobr") {
            reconstructFormatting();
            if (inScope(Tag::Other, Scope::Default, token.name)) {
                adoptionAgency(tag, token.name);
            }
        }
        reconstructFormatting();
        const int index = insertHtml(tag, token);
        if (index >= 0 && (m_flags[index] & OnStack))
            pushActive(index);
        return true;
    }
    switch (tag) {
    case Tag::Html:
        if (!m_seenHtml && m_stack.size() == 1)
            insertHtml(tag, token);
        m_seenHtml = true;
        return true;
    case Tag::Head:
        if (!m_seenHead && !m_seenBody && onlyRootOpen())
            insertHtml(tag, token);
        m_seenHead = true;
        return true;
    case Tag::Body:
        // A <body> after the page has content only adds attributes in browsers.
        if (!m_seenBody && onlyRootOpen())
            insertHtml(tag, token);
        m_seenBody = true;
        return true;
    case Tag::Frameset:
        if (!m_framesetOk || !onlyRootOpen(true))
            return true;
        while (m_stack.size() > 1 && (currentTag() == Tag::Body || currentTag() == Tag::Head))
            pop();
        insertHtml(tag, token);
        m_mode = Mode::InFrameset;
        return true;
    case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
        closeParagraphInButtonScope();
        if (HtmlDocument::isHeading(currentTag()) && !m_nodes.at(m_stack.constLast()).foreign)
            pop();
        insertHtml(tag, token);
        return true;
    case Tag::Pre:
        closeParagraphInButtonScope();
        insertHtml(tag, token);
        m_framesetOk = false;
        return true;
    case Tag::Form:
        if (m_form >= 0 && !isOpen(Tag::Template))
            return true;
        closeParagraphInButtonScope();
        {
            const int index = insertHtml(tag, token);
            if (!isOpen(Tag::Template))
                m_form = index;
        }
        return true;
    case Tag::Li: case Tag::Dd: case Tag::Dt:
        m_framesetOk = false;
        for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
            const int node = m_stack.at(i);
            const Tag t = tagAt(node);
            if (t == tag || (tag != Tag::Li && (t == Tag::Dd || t == Tag::Dt))) {
                generateImpliedEndTags(t);
                popTo(i);
                break;
            }
            if (isSpecial(node) && t != Tag::Address && t != Tag::Div && t != Tag::P)
                break;
        }
        closeParagraphInButtonScope();
        insertHtml(tag, token);
        return true;
    case Tag::Plaintext:
        closeParagraphInButtonScope();
        insertHtml(tag, token);
        return true;
    case Tag::Button:
        if (inScope(Tag::Button, Scope::Default)) {
            generateImpliedEndTags();
            popUntil(Tag::Button);
        }
        reconstructFormatting();
        insertHtml(tag, token);
        m_framesetOk = false;
        return true;
    case Tag::Marquee: case Tag::Object:
        reconstructFormatting();
        insertHtml(tag, token);
        m_active.append(Marker);
        m_framesetOk = false;
        return true;
    case Tag::Table:
        if (!m_quirks)
            closeParagraphInButtonScope();
        if (insertHtml(tag, token) >= 0) {
            m_framesetOk = false;
            m_mode = Mode::InTable;
        }
        return true;
    case Tag::Area: case Tag::Br: case Tag::Embed: case Tag::Img: case Tag::Keygen: case Tag::Wbr:
    case Tag::Input:
        reconstructFormatting();
        insertHtml(tag, token);
        m_framesetOk = false;
        return true;
    case Tag::Param: case Tag::Source: case Tag::Track:
        insertHtml(tag, token);
        return true;
    case Tag::Hr:
        closeParagraphInButtonScope();
        insertHtml(tag, token);
        m_framesetOk = false;
        return true;
    case Tag::Textarea:
        insertHtml(tag, token);
        m_framesetOk = false;
        return true;
    case Tag::Xmp:
        closeParagraphInButtonScope();
        reconstructFormatting();
        m_framesetOk = false;
        insertHtml(tag, token);
        return true;
    case Tag::Iframe:
        m_framesetOk = false;
        insertHtml(tag, token);
        return true;
    case Tag::Noembed:
        insertHtml(tag, token);
        return true;
    case Tag::Select:
        reconstructFormatting();
        if (insertHtml(tag, token) >= 0) {
            m_framesetOk = false;
            m_mode = isTableMode(m_mode) || m_mode == Mode::InCaption || m_mode == Mode::InCell
                ? Mode::InSelectInTable : Mode::InSelect;
        }
        return true;
    case Tag::Optgroup: case Tag::Option:
        if (currentTag() == Tag::Option)
            pop();
        reconstructFormatting();
        insertHtml(tag, token);
        return true;
    case Tag::Svg: case Tag::Math:
        reconstructFormatting();
        insertForeign(tag, token);
        return true;
    case Tag::Caption: case Tag::Col: case Tag::Colgroup: case Tag::Tbody: case Tag::Td: case Tag::Tfoot:
    case Tag::Th: case Tag::Thead: case Tag::Tr:
        return true; // table parts outside a table are ignored
    default:
        break;
    }
    if (closesParagraph(tag)) {
        closeParagraphInButtonScope();
        insertHtml(tag, token);
        return true;
    }
    if (tag == Tag::Other && token.name == u"frame")
        return true;
    reconstructFormatting();
    insertHtml(tag, token);
    return true;
}

bool HtmlTreeBuilder::startInTable(Tag tag, HtmlTokenizer::Token &token)
{
    switch (tag) {
    case Tag::Caption:
        clearBackTo({Tag::Table});
        m_active.append(Marker);
        insertHtml(tag, token);
        m_mode = Mode::InCaption;
        return true;
    case Tag::Colgroup:
        clearBackTo({Tag::Table});
        insertHtml(tag, token);
        m_mode = Mode::InColumnGroup;
        return true;
    case Tag::Col:
        clearBackTo({Tag::Table});
        insertImplied(Tag::Colgroup);
        m_mode = Mode::InColumnGroup;
        return false;
    case Tag::Tbody: case Tag::Tfoot: case Tag::Thead:
        clearBackTo({Tag::Table});
        insertHtml(tag, token);
        m_mode = Mode::InTableBody;
        return true;
    case Tag::Td: case Tag::Th: case Tag::Tr:
        clearBackTo({Tag::Table});
        insertImplied(Tag::Tbody);
        m_mode = Mode::InTableBody;
        return false;
    case Tag::Table:
        if (!inScope(Tag::Table, Scope::Table))
            return true;
        popUntil(Tag::Table);
        resetInsertionMode();
        return false;
    case Tag::Style: case Tag::Script: case Tag::Template:
        return startInBody(tag, token);
    case Tag::Input: {
        const auto type = std::find_if(token.attributes.cbegin(), token.attributes.cend(),
                                       [](const HtmlTokenizer::Attribute &a) { return a.name == u"type"; });
        if (type != token.attributes.cend() && type->value.compare(u"hidden", Qt::CaseInsensitive) == 0) {
            insertHtml(tag, token);
            return true;
        }
        break;
    }
    case Tag::Form:
        if (isOpen(Tag::Template) || m_form >= 0)
            return true;
        m_form = insertHtml(tag, token);
        if (m_form >= 0 && currentNode() == m_form)
            pop();
        return true;
    default:
        break;
    }
    // Anything else is read as in the body, with what it makes shown before the table.
    m_fosterParenting = true;
    const bool done = startInBody(tag, token);
    m_fosterParenting = false;
    return done;
}

bool HtmlTreeBuilder::startInSelect(Mode mode, Tag tag, HtmlTokenizer::Token &token)
{
    if (mode == Mode::InSelectInTable && (tag == Tag::Caption || tag == Tag::Table || isTableSection(tag)
                                          || tag == Tag::Tr || tag == Tag::Td || tag == Tag::Th)) {
        popUntil(Tag::Select);
        resetInsertionMode();
        return false;
    }
    switch (tag) {
    case Tag::Html:
        return true;
    case Tag::Option:
        if (currentTag() == Tag::Option)
            pop();
        insertHtml(tag, token);
        return true;
    case Tag::Optgroup: case Tag::Hr:
        if (currentTag() == Tag::Option)
            pop();
        if (currentTag() == Tag::Optgroup)
            pop();
        insertHtml(tag, token);
        return true;
    case Tag::Select:
        if (inScope(Tag::Select, Scope::Select)) {
            popUntil(Tag::Select);
            resetInsertionMode();
        }
        return true;
    case Tag::Input: case Tag::Keygen: case Tag::Textarea:
        if (!inScope(Tag::Select, Scope::Select))
            return true;
        popUntil(Tag::Select);
        resetInsertionMode();
        return false;
    case Tag::Script: case Tag::Template:
        return startInBody(tag, token);
    default:
        return true;
    }
}

bool HtmlTreeBuilder::startInTemplate(Tag tag, HtmlTokenizer::Token &token)
{
    if (isHeadContent(tag, token.name))
        return startInBody(tag, token);
    Mode next = Mode::InBody;
    if (tag == Tag::Caption || tag == Tag::Colgroup || isTableSection(tag))
        next = Mode::InTable;
    else if (tag == Tag::Col)
        next = Mode::InColumnGroup;
    else if (tag == Tag::Tr)
        next = Mode::InTableBody;
    else if (tag == Tag::Td || tag == Tag::Th)
        next = Mode::InRow;
    if (!m_templateModes.isEmpty())
        m_templateModes.last() = next;
    m_mode = next;
    return false;
}

bool HtmlTreeBuilder::endTagIn(Mode mode, Tag tag, const QString &name)
{
    if (tag == Tag::Template) {
        if (!isOpen(Tag::Template))
            return true;
        generateImpliedEndTags({}, true);
        popUntil(Tag::Template);
        clearActiveToMarker();
        if (!m_templateModes.isEmpty())
            m_templateModes.removeLast();
        resetInsertionMode();
        return true;
    }
    switch (mode) {
    case Mode::InBody:
        return endInBody(tag, name);
    case Mode::InTable:
        return endInTable(tag, name);
    case Mode::InCaption:
        if (tag == Tag::Caption || tag == Tag::Table) {
            if (!inScope(Tag::Caption, Scope::Table))
                return true;
            closeCaption();
            return tag == Tag::Caption;
        }
        if (tag == Tag::Body || tag == Tag::Col || tag == Tag::Colgroup || tag == Tag::Html || isTableSection(tag)
            || tag == Tag::Td || tag == Tag::Th || tag == Tag::Tr)
            return true;
        return endInBody(tag, name);
    case Mode::InColumnGroup:
        if (tag == Tag::Colgroup) {
            if (currentTag() == Tag::Colgroup) {
                pop();
                m_mode = Mode::InTable;
            }
            return true;
        }
        if (tag == Tag::Col)
            return true;
        if (currentTag() != Tag::Colgroup)
            return true;
        pop();
        m_mode = Mode::InTable;
        return false;
    case Mode::InTableBody:
        if (isTableSection(tag)) {
            if (!inScope(tag, Scope::Table))
                return true;
            clearBackTo({Tag::Tbody, Tag::Thead, Tag::Tfoot});
            pop();
            m_mode = Mode::InTable;
            return true;
        }
        if (tag == Tag::Table) {
            if (!inScope(Tag::Tbody, Scope::Table) && !inScope(Tag::Thead, Scope::Table) && !inScope(Tag::Tfoot, Scope::Table))
                return true;
            clearBackTo({Tag::Tbody, Tag::Thead, Tag::Tfoot});
            pop();
            m_mode = Mode::InTable;
            return false;
        }
        if (tag == Tag::Body || tag == Tag::Caption || tag == Tag::Col || tag == Tag::Colgroup || tag == Tag::Html
            || tag == Tag::Td || tag == Tag::Th || tag == Tag::Tr)
            return true;
        return endInTable(tag, name);
    case Mode::InRow:
        if (tag == Tag::Tr || tag == Tag::Table || isTableSection(tag)) {
            if (isTableSection(tag) && !inScope(tag, Scope::Table))
                return true;
            if (!inScope(Tag::Tr, Scope::Table))
                return true;
            clearBackTo({Tag::Tr});
            pop();
            m_mode = Mode::InTableBody;
            return tag == Tag::Tr;
        }
        if (tag == Tag::Body || tag == Tag::Caption || tag == Tag::Col || tag == Tag::Colgroup || tag == Tag::Html
            || tag == Tag::Td || tag == Tag::Th)
            return true;
        return endInTable(tag, name);
    case Mode::InCell:
        if (tag == Tag::Td || tag == Tag::Th) {
            if (!inScope(tag, Scope::Table))
                return true;
            generateImpliedEndTags();
            popUntil(tag);
            clearActiveToMarker();
            m_mode = Mode::InRow;
            return true;
        }
        if (tag == Tag::Body || tag == Tag::Caption || tag == Tag::Col || tag == Tag::Colgroup || tag == Tag::Html)
            return true;
        if (tag == Tag::Table || isTableSection(tag) || tag == Tag::Tr) {
            if (!inScope(tag, Scope::Table))
                return true;
            closeCell();
            return false;
        }
        return endInBody(tag, name);
    case Mode::InSelect: case Mode::InSelectInTable:
        if (mode == Mode::InSelectInTable && (tag == Tag::Caption || tag == Tag::Table || isTableSection(tag)
                                              || tag == Tag::Tr || tag == Tag::Td || tag == Tag::Th)) {
            if (!inScope(tag, Scope::Table))
                return true;
            popUntil(Tag::Select);
            resetInsertionMode();
            return false;
        }
        if (tag == Tag::Optgroup) {
            if (currentTag() == Tag::Option && m_stack.size() > 2 && tagAt(m_stack.at(m_stack.size() - 2)) == Tag::Optgroup)
                pop();
            if (currentTag() == Tag::Optgroup)
                pop();
        } else if (tag == Tag::Option) {
            if (currentTag() == Tag::Option)
                pop();
        } else if (tag == Tag::Select) {
            if (inScope(Tag::Select, Scope::Select)) {
                popUntil(Tag::Select);
                resetInsertionMode();
            }
        }
        return true;
    case Mode::InTemplate: case Mode::InFrameset: case Mode::AfterFrameset:
        if (mode == Mode::InFrameset && tag == Tag::Frameset && currentNode() != 0) {
            pop();
            if (currentTag() != Tag::Frameset)
                m_mode = Mode::AfterFrameset;
        }
        return true;
    }
    return true;
}

bool HtmlTreeBuilder::endInBody(Tag tag, const QString &name)
{
    if (currentTag() == Tag::Head && !m_nodes.at(m_stack.constLast()).foreign) {
        if (tag == Tag::Head) {
            pop();
            return true;
        }
        if (tag != Tag::Body && tag != Tag::Html && tag != Tag::Br)
            return true; // any other end tag in the head is ignored
        pop();
    }
    if (isFormattingTag(tag) || (tag == Tag::Other && isFormattingName(name))) {
        adoptionAgency(tag, name);
        return true;
    }
    if (closesInScope(tag)) {
        if (!inScope(tag, Scope::Default))
            return true;
        generateImpliedEndTags();
        popUntil(tag);
        return true;
    }
    switch (tag) {
    case Tag::Html: case Tag::Body: case Tag::Head:
        return true; // content after </body> still belongs to the body
    case Tag::Form: {
        if (isOpen(Tag::Template)) {
            if (!inScope(Tag::Form, Scope::Default))
                return true;
            generateImpliedEndTags();
            popUntil(Tag::Form);
            return true;
        }
        const int form = m_form;
        m_form = -1;
        if (form < 0 || !(m_flags[form] & OnStack) || !inScope(Tag::Form, Scope::Default))
            return true;
        generateImpliedEndTags();
        if (currentNode() == form)
            pop();
        else
            removeFromStack(form);
        return true;
    }
    case Tag::P:
        if (!inScope(Tag::P, Scope::Button)) {
            // "</p>" alone makes an empty paragraph; one is enough for a run of them (pages
            // repeat them by the thousand, and each would count against MaxElements).
            const int last = m_nodes.at(currentNode()).lastChild;
            if (last >= 0 && last == m_strayParagraph)
                return true;
            HtmlTokenizer::Token p;
            m_strayParagraph = insertHtml(Tag::P, p);
        }
        closeParagraph();
        return true;
    case Tag::Li:
        if (!inScope(Tag::Li, Scope::ListItem))
            return true;
        generateImpliedEndTags(Tag::Li);
        popUntil(Tag::Li);
        return true;
    case Tag::Dd: case Tag::Dt:
        if (!inScope(tag, Scope::Default))
            return true;
        generateImpliedEndTags(tag);
        popUntil(tag);
        return true;
    case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6: {
        const Tag headings[] = {Tag::H1, Tag::H2, Tag::H3, Tag::H4, Tag::H5, Tag::H6};
        if (std::none_of(std::begin(headings), std::end(headings), [this](Tag h) { return inScope(h, Scope::Default); }))
            return true;
        generateImpliedEndTags();
        while (m_stack.size() > 1) {
            const bool heading = HtmlDocument::isHeading(currentTag()) && !m_nodes.at(m_stack.constLast()).foreign;
            pop();
            if (heading)
                break;
        }
        return true;
    }
    case Tag::Marquee: case Tag::Object:
        if (!inScope(tag, Scope::Default))
            return true;
        generateImpliedEndTags();
        popUntil(tag);
        clearActiveToMarker();
        return true;
    case Tag::Br: {
        HtmlTokenizer::Token br;
        br.name = QStringLiteral("br");
        reconstructFormatting();
        insertHtml(Tag::Br, br);
        m_framesetOk = false;
        return true;
    }
    default:
        break;
    }
    anyOtherEndTag(tag, name);
    return true;
}

bool HtmlTreeBuilder::endInTable(Tag tag, const QString &name)
{
    if (tag == Tag::Table) {
        if (!inScope(Tag::Table, Scope::Table))
            return true;
        popUntil(Tag::Table);
        resetInsertionMode();
        return true;
    }
    if (tag == Tag::Body || tag == Tag::Caption || tag == Tag::Col || tag == Tag::Colgroup || tag == Tag::Html
        || isTableSection(tag) || tag == Tag::Td || tag == Tag::Th || tag == Tag::Tr)
        return true;
    m_fosterParenting = true;
    const bool done = endInBody(tag, name);
    m_fosterParenting = false;
    return done;
}

void HtmlTreeBuilder::anyOtherEndTag(Tag tag, const QString &name)
{
    if (!isOpen(tag, name))
        return; // a stray end tag: nothing to search for
    for (qsizetype i = m_stack.size() - 1; i > 0; --i) {
        const int node = m_stack.at(i);
        if (isHtmlNamed(node, tag, name)) {
            generateImpliedEndTags(tag, false, name);
            popTo(i);
            return;
        }
        if (isSpecial(node))
            return;
    }
}

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

inline int HtmlTreeBuilder::insertHtml(Tag tag, HtmlTokenizer::Token &token)
{
    return insertElement(tag, token, false);
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

inline bool HtmlTreeBuilder::isHtmlNamed(int node, Tag tag, QStringView name) const
{
    const HtmlDocument::Node &n = m_nodes.at(node);
    return !n.foreign && n.tag == tag && (tag != Tag::Other || n.name == name);
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

inline void HtmlTreeBuilder::closeParagraphInButtonScope()
{
    if (inScope(Tag::P, Scope::Button))
        closeParagraph();
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

inline bool HtmlTreeBuilder::isOpen(Tag tag, const QString &name) const
{
    return tag == Tag::Other ? m_openOther.contains(name) : m_open[int(tag)] > 0;
}

inline void HtmlTreeBuilder::popTo(qsizetype i)
{
    while (m_stack.size() > i && m_stack.size() > 1)
        pop();
}
