#include "token.h"

#include "quotefinder.h"
#include "text/textchars.h"

namespace {

bool isWordChar(QChar c)
{
    return c.unicode() < 0x80 ? TextChars::isLetterOrNumber(c) : (c.isLetterOrNumber() || c.isMark());
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isApostropheChar(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

quint8 wordFlags(QStringView w)
{
    quint8 flags = 0;
    int letters = 0, upper = 0;
    bool first = true;
    for (QChar c : w) {
        if (TextChars::isLetter(c)) {
            ++letters;
            const bool up = TextChars::isUpper(c);
            upper += up;
            if (first && up)
                flags |= Token::Capitalized;
            first = false;
        }
    }
    if (upper)
        flags |= Token::HasUpper;
    if (letters >= 2 && upper == letters)
        flags |= Token::AllCaps;
    return flags;
}

// The run of lower-case ASCII letters and digits from j on, with hash folded over it: most units of
// a word. A loop of its own, so that it keeps its few values in registers (one table lookup a unit).
struct LowerRun
{
    qsizetype end;
    quint32 hash;
};

inline LowerRun lowerRun(const char16_t *units, qsizetype j, qsizetype to, quint32 hash)
{
    using namespace TextChars::Detail;
    while (j < to) {
        const char16_t u = units[j];
        if (u >= 0x80 || !(kAscii[u] & (Lower | Digit)))
            break;
        hash = WordMap<int>::hashStep(hash, u);
        ++j;
    }
    return {j, hash};
}

} // namespace

void Tokenizer::tokenize(QStringView text, int from, int to, TokenList &out)
{
    int i = from;
    while (i < to) {
        const QChar c = text[i];
        // (Invisible format characters, a bidirectional embedding or a zero-width space, are no
        // tokens either.)
        if (TextChars::isSpace(c) || (c.unicode() >= 0x80 && c.category() == QChar::Other_Format)) {
            ++i;
            continue;
        }
        // Each token is filled in where it is kept: one filled in on the stack field by field and
        // copied stalled on the copy's wide read of the narrow writes, once per token.
        const auto addToken = [&out, i](int end, Token::Type type, quint8 flags) {
            Token &t = out.appendNew();
            t.start = i;
            t.end = end;
            t.type = type;
            t.flags = flags;
        };
        if (TextChars::isLetter(c)) {
            int j = i + 1;
            // Initialism: U.S., D.C., U.S.A.
            if (TextChars::isUpper(c) && j + 1 < to && text[j] == u'.' && TextChars::isLetter(text[j + 1]) && TextChars::isUpper(text[j + 1])
                && j + 2 < to && text[j + 2] == u'.') {
                j += 3;
                while (j + 1 < to && TextChars::isLetter(text[j]) && TextChars::isUpper(text[j]) && text[j + 1] == u'.')
                    j += 2;
                addToken(j, Token::Type::Word, Token::Capitalized | Token::AllCaps | Token::HasUpper);
                i = j;
                continue;
            }
            // Common case: a lower-case ASCII word has no flags at all; found on the way.
            bool plain = c.unicode() >= u'a' && c.unicode() <= u'z';
            // The word's hash (WordMap::hash), folded in unit by unit as the word is scanned: the
            // lexicon's lookups of a word with no capital use it (ExtractWindow::lowerCaseTokens
            // hashes the lower-case form of the others).
            using Hash = WordMap<int>;
            quint32 hash = Hash::hashStep(Hash::kHashSeed, c.unicode());
            const auto plainUnit = [](char16_t u) { return u < 0x80 && !(u >= u'A' && u <= u'Z'); };
            while (j < to) {
                const LowerRun run = lowerRun(text.utf16(), j, to, hash);
                j = int(run.end);
                hash = run.hash;
                if (j >= to)
                    break;
                const QChar d = text[j];
                const char16_t du = d.unicode();
                if (du < 0x80 && (TextChars::Detail::kAscii[du] & TextChars::Detail::Upper)) {
                    plain = false;
                    ++j;
                    continue;
                }
                // Any other ASCII unit but a hyphen or an apostrophe (a space, a punctuation mark)
                // ends the word: no need to ask the tests below.
                if (du < 0x80 && du != u'-' && du != u'\'')
                    break;
                if (du < 0x80 ? TextChars::isLetterOrNumber(d) : isWordChar(d)) {
                    plain = plain && plainUnit(du);
                    hash = Hash::hashStep(hash, du);
                    ++j;
                } else if ((isHyphen(d) || d == u'.') && j + 1 < to && isWordChar(text[j + 1]) && d != u'.') {
                    plain = plain && plainUnit(du) && plainUnit(text[j + 1].unicode());
                    hash = Hash::hashStep(Hash::hashStep(hash, du), text[j + 1].unicode());
                    j += 2;
                } else if (isApostropheChar(d) && j + 1 < to && TextChars::isLetter(text[j + 1])) {
                    // Possessive 's splits off; other apostrophes (don't, O'Neill) stay inside.
                    const bool possessive = (text[j + 1] == u's' || text[j + 1] == u'S')
                        && (j + 2 >= to || !isWordChar(text[j + 2]));
                    if (possessive)
                        break;
                    plain = plain && plainUnit(du) && plainUnit(text[j + 1].unicode());
                    hash = Hash::hashStep(Hash::hashStep(hash, du), text[j + 1].unicode());
                    j += 2;
                } else {
                    break;
                }
            }
            addToken(j, Token::Type::Word, plain ? 0 : wordFlags(text.mid(i, j - i)));
            out.last().lowerHash = hash; // replaced by the lower-case form's when the word has a capital
            i = j;
            continue;
        }
        if (TextChars::isDigit(c)) {
            int j = i + 1;
            while (j < to) {
                const QChar d = text[j];
                if (TextChars::isLetterOrNumber(d)) {
                    ++j;
                } else if ((d == u'.' || d == u',' || d == u':' || isHyphen(d) || d == u'/') && j + 1 < to
                           && TextChars::isDigit(text[j + 1])) {
                    j += 2;
                } else {
                    break;
                }
            }
            // "52-year-old", "2016-era": a number joined to a word by a hyphen is one word.
            if (j + 1 < to && isHyphen(text[j]) && TextChars::isLetter(text[j + 1])) {
                while (j < to && (isWordChar(text[j]) || (isHyphen(text[j]) && j + 1 < to && isWordChar(text[j + 1]))))
                    ++j;
                using Hash = WordMap<int>;
                quint32 hash = Hash::kHashSeed;
                for (int k = i; k < j; ++k)
                    hash = Hash::hashStep(hash, text[k].unicode());
                addToken(j, Token::Type::Word, wordFlags(text.mid(i, j - i)));
                out.last().lowerHash = hash; // replaced by the lower-case form's when the word has a capital
                i = j;
                continue;
            }
            addToken(j, Token::Type::Number, 0);
            i = j;
            continue;
        }
        if (isApostropheChar(c) && !out.isEmpty() && out.last().end == i && out.last().isWord()) {
            // 's after a word, or a bare ’ after a plural (the voters’ choice).
            if (i + 1 < to && (text[i + 1] == u's' || text[i + 1] == u'S')
                && (i + 2 >= to || !isWordChar(text[i + 2]))) {
                addToken(i + 2, Token::Type::Possessive, 0);
                i += 2;
                continue;
            }
        }
        int end = i + 1;
        // Runs of dots and dashes are one token.
        if (c == u'.' || c == u'-') {
            while (end < to && text[end] == c)
                ++end;
        }
        addToken(end, QuoteFinder::family(c) != QuoteFinder::MarkFamily::None ? Token::Type::QuoteMark : Token::Type::Punct, 0);
        i = end;
    }
}
