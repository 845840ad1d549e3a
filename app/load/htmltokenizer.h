#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Splits HTML into start tags, end tags and text, tolerating anything browsers tolerate: unquoted
// and duplicate attributes, stray '<' and '&', unterminated comments and tags. Character references
// are decoded in text and attribute values. The contents of script, style, iframe, noscript and the
// like are raw text (no tags are seen inside them); comments, doctypes and processing instructions
// are skipped. Single pass, no recursion: time and memory are linear in the input.
class HtmlTokenizer
{
public:
    enum class TokenType { StartTag, EndTag, Text };

    struct Attribute
    {
        QString name;   // lower case
        QString value;
    };

    struct Token
    {
        TokenType type = TokenType::Text;
        QString name;                  // tag name in lower case
        QList<Attribute> attributes;   // start tags; the first of duplicate names wins
        bool selfClosing = false;      // <br/>
        QString text;                  // text tokens
    };

    explicit HtmlTokenizer(QStringView input);

    // Reads the next token; false at the end of the input.
    bool next(Token &token);
    qsizetype position() const { return m_pos; }

    // Whether the contents of this element are raw text for the tokenizer.
    static bool isRawTextElement(QStringView name);

private:
    bool readTag(Token &token);
    bool readRawText(Token &token);
    void skipUntil(QStringView terminator);
    bool readText(Token &token);

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_rawTextEnd;   // the element whose end tag ends the current raw text, if any
    bool m_rcdata = false;  // title and textarea: references are decoded in their raw text
};
