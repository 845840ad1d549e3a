#include "htmltreebuilder.h"

#include <algorithm>

namespace {

using Tag = HtmlDocument::Tag;

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

bool isWhitespace(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c == u' ' || c == u'\n' || c == u'\t' || c == u'\f' || c == u'\r';
    });
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
        return !HtmlTreeBuilder::isFormattingTag(t);
    }
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
