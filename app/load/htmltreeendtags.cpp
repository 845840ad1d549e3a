// HtmlTreeBuilder: what an end tag does in each insertion mode (start tags and text are in
// htmltreebuilder.cpp, the structures the modes work on in htmltreestructures.cpp).
#include "htmltreebuilder.h"

namespace {

using Tag = HtmlDocument::Tag;

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

} // namespace

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
