#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "text/fastlist.h"
#include "text/wordmap.h"

// One token of article text, as offsets into the text it came from.
struct Token
{
    enum class Type : quint8 { Word, Number, Punct, QuoteMark, Possessive };
    enum Flag : quint8 {
        Capitalized = 1 << 0,  // first letter is upper case
        AllCaps = 1 << 1,      // two or more letters, all upper case (an acronym)
        HasUpper = 1 << 2,     // some upper-case letter anywhere (needs care when lower-casing)
    };

    int start = 0;
    int end = 0;
    Type type = Type::Punct;
    quint8 flags = 0;
    int quote = -1;    // index of the enclosing top-level quotation, -1 outside quotes
    int sentence = -1; // serial of the sentence holding the token
    quint32 lowerHash = 0; // of a word: WordMap::hash() of its lower-case form, for the lexicon's lookups

    bool isWord() const { return type == Type::Word; }
    bool isCapitalized() const { return flags & Capitalized; }
    bool isAllCaps() const { return flags & AllCaps; }
    int length() const { return end - start; }
};

// The tokens of a window of text.
using TokenList = FastList<Token>;

// Splits a range of text into tokens: words (keeping internal hyphens and apostrophes, splitting off
// a possessive 's), numbers, quotation marks and other punctuation. Initialisms such as "U.S." are
// one word.
class Tokenizer
{
public:
    static void tokenize(QStringView text, int from, int to, TokenList &out);
};
