#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Splits HTML into tokens as the HTML standard's tokenizer does (section 13.2.5): start and end
// tags, text, comments and doctypes, with character references decoded in text and attribute
// values, carriage returns normalised to line feeds, and every error recovered the standard's way.
// The contents of script, style, title, textarea and the like are raw text (no tags are seen
// inside them, outside SVG and MathML); the tokenizer switches to those states itself after their start tags, the job of
// the tree builder in the standard, unless a caller drives the state with setState(). Single pass,
// no recursion: time and memory are linear in the input.
class HtmlTokenizer
{
public:
    enum class TokenType { StartTag, EndTag, Text, Comment, Doctype };
    // The states a tree builder switches the tokenizer to (the standard's content models).
    enum class State { Data, Rcdata, Rawtext, ScriptData, Plaintext, CdataSection };

    struct Attribute
    {
        QString name;   // lower case
        QString value;
    };

    struct Token
    {
        TokenType type = TokenType::Text;
        QString name;                  // tag name in lower case; doctype name (null when missing)
        QList<Attribute> attributes;   // start tags; the first of duplicate names wins
        bool selfClosing = false;      // <br/>
        QString text;                  // text and comment tokens
        QString publicId;              // doctype tokens; null when missing
        QString systemId;
        bool forceQuirks = false;      // doctype tokens the standard marks as forcing quirks mode
    };

    explicit HtmlTokenizer(QStringView input);

    // Reads the next token; false at the end of the input.
    bool next(Token &token);
    // Where reading stands, in the input with its line breaks normalised.
    qsizetype position() const { return m_pos; }

    // Switches the state, as a tree builder does after a start tag; lastStartTag is the element
    // whose end tag ends raw text. From then on the tokenizer no longer switches by itself.
    void setState(State state, QStringView lastStartTag = {});
    // Whether the current node is in foreign content (svg, math, not at an integration point):
    // start tags there are foreign, so none switches to raw text. Also allows CDATA sections.
    void setForeignContent(bool foreign) { m_foreign = foreign; m_cdata = foreign; }
    // Whether the current node is an SVG or MathML element, integration points included: only
    // there does <![CDATA[ open a CDATA section; elsewhere it is a bogus comment.
    void setCdataAllowed(bool allowed) { m_cdata = allowed; }

    // Whether the contents of this element are raw text for the tokenizer.
    static bool isRawTextElement(QStringView name);

private:
    bool opensMarkup(qsizetype i) const;
    bool readText(Token &token);
    bool readMarkup(Token &token);
    bool readTag(Token &token, qsizetype nameStart, bool endTag);
    bool readBogusComment(Token &token, qsizetype start);
    bool readComment(Token &token);
    bool readDoctype(Token &token);
    bool readRawText(Token &token);
    bool readScriptData(Token &token);
    bool readCdata(Token &token);
    bool isAppropriateEndTag(qsizetype lessThan) const;
    qsizetype scriptDataEnd(qsizetype from) const;
    void switchAfterStartTag(const Token &token);

    QString m_normalized;   // the input with CR LF and CR turned into LF, when it had any
    QStringView m_in;
    qsizetype m_pos = 0;
    State m_state = State::Data;
    QString m_lastStartTag;   // whose end tag ends RCDATA, RAWTEXT and script data
    bool m_switches = true;   // switch states after raw text start tags (no tree builder drives them)
    bool m_foreign = false;
    bool m_cdata = false;
};
