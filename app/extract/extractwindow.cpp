#include "extractwindow.h"

#include "article/article.h"
#include "text/textchars.h"

#include <algorithm>
#include <array>

namespace {

using Gender = Lexicon::Gender;

} // namespace

ExtractWindow::ExtractWindow(const Article &article, const Lexicon &lexicon)
    : article(article)
    , text(article.text())
    , lexicon(lexicon)
    , registry(lexicon)
{ }

void ExtractWindow::lowerCaseTokens()
{
    // Lower-case forms of the capitalised tokens, side by side in one buffer (no allocation per word).
    m_lowerAt.resize(tokens.size());
    m_writtenHash.resize(tokens.size());
    // Sized by the window's text, which holds them all: no pass to add up their lengths first.
    const qsizetype total = tokens.isEmpty() ? 0 : tokens.last().end - tokens.first().start;
    m_lowerText.resize(total);
    QChar *out = m_lowerText.data();
    int at = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = token(i);
        if (!(t.flags & Token::HasUpper))
            continue;
        m_lowerAt[i] = at;
        quint32 hash = WordMap<int>::kHashSeed;
        quint32 written = WordMap<int>::kHashSeed;
        for (QChar c : tokenView(i)) {
            const char16_t unit = c.unicode();
            const QChar lowered
                = unit < 0x80 ? QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 32) : unit) : c.toLower();
            out[at++] = lowered;
            hash = WordMap<int>::hashStep(hash, lowered.unicode());
            written = WordMap<int>::hashStep(written, unit);
        }
        tokens[i].lowerHash = hash;
        m_writtenHash[i] = written;
    }
}

bool ExtractWindow::isDash(int i) const
{
    const Token &t = token(i);
    if (t.type != Token::Type::Punct)
        return false;
    const QChar c = text[t.start];
    return c.category() == QChar::Punctuation_Dash || c == QChar(0x2015);
}

QString ExtractWindow::textOf(int first, int last) const
{
    if (first < 0 || last < first)
        return {};
    return text.mid(token(first).start, token(last).end - token(first).start).toString();
}

QString ExtractWindow::nameOf(int first, int last) const
{
    QString name = textOf(first, last);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

bool ExtractWindow::hasAbbrevDot(int i) const
{
    return i + 1 < tokens.size() && isPunct(i + 1, u'.') && token(i + 1).start == token(i).end;
}

bool ExtractWindow::isPossessiveMark(int i) const
{
    const Token &t = token(i);
    if (t.type == Token::Type::Possessive)
        return true;
    return i > 0 && t.type == Token::Type::QuoteMark && t.quote < 0 && token(i - 1).end == t.start
        && token(i - 1).isCapitalized() && tokenView(i - 1).endsWith(u's');
}

int ExtractWindow::beforeAdverbsAndAuxiliaries(int i, const Sentence &sentence) const
{
    int p = i - 1;
    while (p >= sentence.firstToken && token(p).isWord()) {
        if (wordClass(p) & (Lexicon::Adverb | Lexicon::Auxiliary)) {
            --p;
        } else if ((wordClass(p) & Lexicon::Time) && p - 1 >= sentence.firstToken
            && isRuleWord(p - 1, Lexicon::DatePreposition)) {
            p -= 2; // "but on Tuesday wrote"
        } else if ((wordClass(p) & Lexicon::Preposition) && p - 1 >= sentence.firstToken && token(p - 1).isWord()
            && (wordClass(p - 1) & Lexicon::Auxiliary) && !(wordClass(p - 1) & Lexicon::Preposition)) {
            p -= 2; // "but has since said"
        } else {
            break;
        }
    }
    return p;
}

bool ExtractWindow::titleToken(int i, QString *canonical, Gender *gender) const
{
    const Token &t = token(i);
    qint8 &known = m_titleKnown[i];
    const Lexicon::Title *title = nullptr;
    if (known >= 0) {
        title = m_titleCache.at(i);
    } else {
        const quint32 hash = writtenHash(i);
        if (hasAbbrevDot(i)) // the full stop follows in the text: "Sen."
            title = lexicon.title(text.mid(t.start, t.length() + 1), WordMap<int>::hashStep(hash, u'.'));
        if (!title)
            title = lexicon.title(tokenView(i), hash);
        m_titleCache[i] = title;
        known = 1;
    }
    if (!title)
        return false;
    if (canonical)
        *canonical = title->canonical;
    if (gender)
        *gender = title->gender;
    return true;
}

bool ExtractWindow::isSentenceInitial(int i, const Sentence &sentence) const
{
    for (int k = i - 1; k >= sentence.firstToken; --k) {
        const Token &t = token(k);
        if (t.type == Token::Type::QuoteMark || isPunct(k, u'(') || isPunct(k, u':') || isDash(k))
            continue;
        return false;
    }
    return true;
}

bool ExtractWindow::endsInOrganisation(int from, const Sentence &sentence) const
{
    // The capitalised run starting at from ends with an organisation word.
    int last = -1;
    for (int k = from; k < sentence.endToken && k < from + 6 && isNameWord(k, sentence); ++k)
        last = k;
    return last >= 0 && !orgWordKind(last).isEmpty();
}

bool ExtractWindow::isHeadlineCue(int i, const Sentence &sentence) const
{
    const Token &t = token(i);
    if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || i == sentence.firstToken || !token(i - 1).isWord()
        || !token(i - 1).isCapitalized() || !lexicon.hasEnding(lower(i), Lexicon::PresentEnding)
        || i + 1 >= sentence.endToken || !token(i + 1).isWord() || !token(i + 1).isCapitalized())
        return false;
    const QList<Lexicon::VerbForm> *forms = verbForms(i);
    if (!forms || !std::any_of(forms->cbegin(), forms->cend(), [](const Lexicon::VerbForm &f) {
            return !f.participle && f.following.isEmpty() && !(f.frames & (Lexicon::FrameSource | Lexicon::FrameWeak))
                && (f.frames & (Lexicon::FrameClause | Lexicon::FrameThat));
        }))
        return false;
    // A headline: every word of four letters or more capitalised ("United States Special
    // Operations Command said" is a name in a sentence).
    int words = 0;
    for (int k = sentence.firstToken; k < sentence.endToken; ++k) {
        if (!token(k).isWord() || token(k).length() < 4)
            continue;
        if (!token(k).isCapitalized())
            return false;
        ++words;
    }
    return words >= 4;
}

bool ExtractWindow::computeNameWord(int i, const Sentence &sentence) const
{
    const Token &t = token(i);
    if (!t.isWord() || !t.isCapitalized())
        return false;
    const QStringView w = tokenView(i);
    if (isCommonWord(i)) {
        if (w.size() < 3 || (i + 1 < sentence.endToken && isPunct(i + 1, u':')))
            return false;
        // "Harbor Watch", "Coastal Update": a label noun (no grammar word) right after a name word
        // ends the name instead of standing alone; after a given name any such word is the
        // surname ("Maria Still", "Luis May").
        if (i > sentence.firstToken && token(i - 1).isWord()
            && text.mid(token(i - 1).end, t.start - token(i - 1).end) == u" " && isNameWord(i - 1, sentence)
            && (wordClass(i) == 0 || givenName(i - 1) != Gender::Unknown))
            return true;
        // That surname alone before a reporting verb ("May wrote", "Still said") is the person.
        return i + 1 < sentence.endToken && isCueVerbAt(i + 1) && registry.findPerson(QStringList {w.toString()}) >= 0;
    }
    if (w.size() == 1 && !hasAbbrevDot(i))
        return false; // "I", "A"
    // "Web-savvy", "state-controlled": a word whose part after a hyphen is a long lower-case word
    // is an adjective ("Ortiz-Lund" keeps its capitals; the second syllable of a hyphenated given
    // name, as in many Korean names, is short).
    for (qsizetype h = w.indexOf(u'-'); h >= 0 && h + 1 < w.size(); h = w.indexOf(u'-', h + 1)) {
        qsizetype e = h + 1;
        while (e < w.size() && w.at(e).isLower())
            ++e;
        if (e - h - 1 >= 5 && (e == w.size() || w.at(e) == u'-'))
            return false;
    }
    if (isHeadlineCue(i, sentence))
        return false;
    if (isPartyTag(i))
        return false;
    if (isSentenceInitial(i, sentence)) {
        // A word also written in lower case is a name only as the surname of someone named before
        // ("Ana Small ... small businesses ... Small said").
        if (m_lowerWords.contains(lower(i)) && registry.findPerson(EntityRegistry::NameWords {w}) < 0)
            return false;
        // "Officials said", "Residents of the quay say": a role noun in the plural opening the
        // sentence names a group, not someone; before names it is their title ("Professors Lund
        // and Berg").
        if (isPluralRoleNoun(i) && givenName(i) == Gender::Unknown && !isTitleToken(i)
            && !(i + 1 < sentence.endToken && token(i + 1).isCapitalized())
            && registry.findPerson(EntityRegistry::NameWords {w}) < 0)
            return false;
        // "Addressing the press, ..." / "Speaking on Monday, ...": a verb form opening the sentence.
        const bool nextLower = i + 1 < sentence.endToken && token(i + 1).isWord() && !token(i + 1).isCapitalized();
        // A reporting verb right after it makes it the subject instead ("Nanjing warned that ...").
        const auto finiteCue = [this, i] {
            const QList<Lexicon::VerbForm> *forms = lexicon.verbForms(lower(i + 1));
            return forms && std::any_of(forms->cbegin(), forms->cend(), [](const Lexicon::VerbForm &f) {
                return !f.participle && !(f.frames & Lexicon::FrameSource); // not "in" of "in the words of"
            });
        };
        // A verb form or an adverb ("Speaking", "Frustrated", "Essentially") that is no title, no given
        // name and never written capitalised mid-sentence.
        const bool adverb = lexicon.hasEnding(w, Lexicon::AdverbEnding);
        const bool verbOrAdverb = !isTitleToken(i) && givenName(i) == Gender::Unknown
            && (adverb || lexicon.hasEnding(w, Lexicon::ParticipleEnding) || lexicon.hasEnding(w, Lexicon::PastEnding))
            && !m_capitalWords.contains(w);
        if (verbOrAdverb && nextLower && (adverb || !finiteCue()))
            return false;
        // "Essentially, ...", "Frustrated, ...": such a word alone before a comma, unless it is the
        // surname of someone named before ("Reed, the senator, said").
        if (verbOrAdverb && i + 1 < sentence.endToken && isPunct(i + 1, u',')
            && registry.findPerson(EntityRegistry::NameWords {w}) < 0)
            return false;
    }
    return true;
}

bool ExtractWindow::isPluralRoleNoun(int i) const
{
    const QStringView w = lower(i);
    if (w.size() <= 3 || !w.endsWith(u's'))
        return false;
    const QString singular = w.endsWith(u"ies") ? w.chopped(3).toString() + u'y' : w.chopped(1).toString();
    return lexicon.roleNoun(singular) != nullptr;
}

void ExtractWindow::scanWords()
{
    // Words that occur in lower case anywhere: such a word opening a sentence is not a name.
    // One pass over the whole text, so each word is hashed as it is scanned.
    const qsizetype n = text.size();
    const QChar *chars = text.data();
    // The lower-case words put in lately, by the low byte of their hash: the common words ("the",
    // "said") come again and again, and are then not looked up in the set. A slot starts with a
    // value whose low byte is not its own, which no hash that maps there can equal.
    std::array<quint32, 256> recent;
    for (quint32 slot = 0; slot < recent.size(); ++slot)
        recent[slot] = slot ^ 1;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = chars[i];
        if (!TextChars::isLetter(c)) {
            ++i;
            continue;
        }
        const qsizetype s = i;
        quint32 h = WordBits::kSeed;
        while (i < n) {
            const QChar d = chars[i];
            if (!TextChars::isLetterOrNumber(d) && d != u'-')
                break;
            h = WordBits::step(h, d.unicode());
            ++i;
        }
        if (TextChars::isLower(c) && (s == 0 || !TextChars::isLetterOrNumber(chars[s - 1]))) {
            quint32 &seen = recent[h & 255];
            if (seen != h) {
                seen = h;
                m_lowerWords.insertHash(h);
            }
        } else if (s >= 2 && chars[s - 1] == u' ' && TextChars::isLower(chars[s - 2])) {
            m_capitalWords.insertHash(h); // "the app Zoomly": capitalised mid-sentence
        }
    }
}

void ExtractWindow::load(int firstBlock, int lastBlock)
{
    const auto &blocks = article.blocks();
    const int from = blocks.at(firstBlock).start;
    const int to = blocks.at(lastBlock).end();
    paragraph = blocks.at(firstBlock).paragraph;

    tokens.clear();
    Tokenizer::tokenize(text, from, to, tokens);
    lowerCaseTokens();
    m_functionWordCache.fill(FunctionWordFacts(), tokens.size());
    m_nameWordCache.fill(qint8(-1), tokens.size());
    m_writtenCache.fill(WrittenFacts(), tokens.size());
    m_titleKnown.fill(qint8(-1), tokens.size());
    m_titleCache.resize(tokens.size());

    // Quotations of the window, and which tokens they hold.
    windowSpans.clear();
    auto it = std::lower_bound(
        spans.cbegin(), spans.cend(), from, [](const QuoteFinder::Span &s, int pos) { return s.outerStart() < pos; });
    for (; it != spans.cend() && it->outerStart() < to; ++it) {
        const int idx = int(std::distance(spans.cbegin(), it));
        windowSpans.append(idx);
    }
    spanUsed = QList<int>(windowSpans.size(), -1);
    maxSpanLength = 0;
    for (int idx : std::as_const(windowSpans))
        maxSpanLength = std::max(maxSpanLength, spans.at(idx).outerEnd() - spans.at(idx).outerStart());
    spanStandalone = QList<bool>(windowSpans.size(), false);
    if (!windowSpans.isEmpty()) { // most paragraphs quote nothing: no token to mark
        int k = 0;
        for (Token &t : tokens) {
            while (k < windowSpans.size() && spans.at(windowSpans.at(k)).outerEnd() <= t.start)
                ++k;
            if (k < windowSpans.size()) {
                const auto &s = spans.at(windowSpans.at(k));
                if (t.start >= s.outerStart() && t.end <= s.outerEnd())
                    t.quote = windowSpans.at(k);
            }
        }
    }

    buildSentences(firstBlock, lastBlock);

    mentions.clear();
    mentionOfToken.fill(-1, tokens.size());
    cues.clear();
    cueOfToken.fill(-1, tokens.size());
}

bool ExtractWindow::isBareAttribution(const SentenceSplitter::Range &previous, const SentenceSplitter::Range &r) const
{
    // The previous sentence ends with a closing quotation mark and this one is only "Name said."
    int e = previous.end;
    while (e > previous.start && text[e - 1].isSpace())
        --e;
    if (e <= previous.start || QuoteFinder::family(text[e - 1]) == QuoteFinder::MarkFamily::None)
        return false;
    if (article.blockAt(previous.start) != article.blockAt(r.start) || r.end - r.start > 200)
        return false;
    // A question or an exclamation closing the quotation ("“Why?” Ortiz asked …") leaves the
    // sentence after it open; a full stop ends it.
    int q = e - 1;
    while (q > previous.start && QuoteFinder::family(text[q]) != QuoteFinder::MarkFamily::None)
        --q;
    const bool askedOrCried = text[q] == u'?' || text[q] == u'!';
    const QStringView s = text.mid(r.start, r.end - r.start);
    int words = 0;
    bool verb = false;
    bool verbRightAfterSubject = false;
    bool subjectSoFar = true; // only capitalised words or one subject pronoun yet
    qsizetype i = 0;
    while (i < s.size()) {
        if (QuoteFinder::family(s[i]) != QuoteFinder::MarkFamily::None && !QuoteFinder::isApostrophe(s, i))
            return false;
        if (!s[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < s.size() && (s[i].isLetterOrNumber() || s[i] == u'-' || s[i] == u'.'))
            ++i;
        QStringView w = s.mid(start, i - start);
        while (w.endsWith(u'.'))
            w.chop(1);
        ++words;
        if (words > 1 && !w.isEmpty() && w.front().isLower() && lexicon.verbForms(w)) {
            verbRightAfterSubject = verbRightAfterSubject || (!verb && subjectSoFar && words <= 4);
            verb = true;
        }
        // "“Really?” Ortiz pressed.": a name or a pronoun and a past-tense verb of any kind; the
        // direct pass decides whether it attributes the quotation.
        if (words > 1 && subjectSoFar && !w.isEmpty() && w.front().isLower()
            && lexicon.hasEnding(w, Lexicon::PastEnding) && !lexicon.wordClass(w))
            verb = true;
        const Lexicon::Pronoun *pronoun = words == 1 ? lexicon.pronoun(w.toString().toLower()) : nullptr;
        subjectSoFar = subjectSoFar && !w.isEmpty() && (w.front().isUpper() || (pronoun && pronoun->subject));
        // "“…” Ortiz said talks would resume.": a clause of its own after the verb, no bare tail.
        if (verb && !w.isEmpty() && w.front().isLower()) {
            const Lexicon::FunctionWord *f = lexicon.functionWord(w);
            if (f && ((f->classes & Lexicon::Auxiliary) || (f->ruleWords & Lexicon::Complementizer)))
                return false;
            // "“Why?” Ortiz asked the station when told how ties would fare.": an adverbial clause
            // after the verb and its object; whatever it holds is none of the quotation's business.
            if (askedOrCried && verbRightAfterSubject && f
                && (((f->classes & Lexicon::Relative) && !(f->classes & Lexicon::RelativePronoun))
                    || (f->ruleWords & (Lexicon::ClauseLead | Lexicon::Conditional)))
                && !(f->ruleWords & Lexicon::Addition))
                return words <= 24;
        }
    }
    return verb && words <= 12;
}

void ExtractWindow::buildSentences(int firstBlock, int lastBlock)
{
    // Kept between windows (clear() keeps the capacity): one allocation per run, not per window.
    QList<SentenceSplitter::Range> &ranges = m_rangeBuffers[0];
    QList<SentenceSplitter::Range> &merged = m_rangeBuffers[1];
    QList<SentenceSplitter::Range> &bounded = m_rangeBuffers[2];
    ranges.clear();
    merged.clear();
    bounded.clear();
    for (int b = firstBlock; b <= lastBlock; ++b) {
        const auto &block = article.blocks().at(b);
        SentenceSplitter::split(text, block.start, block.end(), lexicon, ranges);
    }
    // A sentence break inside a quotation does not end the sentence the quotation belongs to.
    int k = 0;
    for (const auto &r : std::as_const(ranges)) {
        bool join = false;
        if (!merged.isEmpty() && r.start < text.size()
            && (text[r.start].category() == QChar::Punctuation_Dash || text[r.start] == QChar(0x2015))
            && article.blockAt(r.start) == article.blockAt(merged.last().start))
            join = true;
        if (!merged.isEmpty() && !join && isBareAttribution(merged.last(), r))
            join = true; // “Why not?” Vitter demanded.
        if (!merged.isEmpty() && !join) {
            const int boundary = r.start;
            while (k < windowSpans.size() && spans.at(windowSpans.at(k)).outerEnd() < boundary)
                ++k;
            for (int j = k; j < windowSpans.size(); ++j) {
                const auto &s = spans.at(windowSpans.at(j));
                if (s.outerStart() >= boundary)
                    break;
                if (s.outerStart() < boundary && s.outerEnd() > merged.last().end - 1 && s.outerEnd() > boundary - 1
                    && s.outerStart() < merged.last().end) {
                    join = s.outerEnd() > boundary;
                    if (join)
                        break;
                }
            }
        }
        if (join)
            merged.last().end = r.end;
        else
            merged.append(r);
    }
    // A "sentence" of thousands of characters is no sentence (a line without full stops, a
    // list): cut it at clause boundaries so the work per sentence stays bounded.
    constexpr int kMaxUnit = 2000;
    for (SentenceSplitter::Range r : std::as_const(merged)) {
        while (r.end - r.start > kMaxUnit) {
            int cut = r.start + kMaxUnit;
            for (int k = cut; k > r.start + kMaxUnit / 2; --k) {
                if ((text[k - 1] == u',' || text[k - 1] == u';') && text[k].isSpace()) {
                    cut = k;
                    break;
                }
            }
            while (cut < r.end && !text[cut].isSpace() && cut < r.start + kMaxUnit + 200)
                ++cut;
            bounded.append({r.start, cut});
            r.start = cut;
        }
        bounded.append(r);
    }
    sentences.clear();
    int t = 0;
    for (const auto &r : std::as_const(bounded)) {
        Sentence sentence;
        sentence.start = r.start;
        sentence.end = r.end;
        while (t < tokens.size() && token(t).start < r.start)
            ++t;
        sentence.firstToken = t;
        while (t < tokens.size() && token(t).start < r.end)
            ++t;
        sentence.endToken = t;
        sentence.serial = nextSentenceSerial++;
        for (int i = sentence.firstToken; i < sentence.endToken; ++i)
            tokens[i].sentence = sentence.serial;
        if (sentence.endToken > sentence.firstToken)
            sentences.append(sentence);
    }
}

bool ExtractWindow::isFloatingQuantifier(int i, const Sentence &sentence) const
{
    if (i <= sentence.firstToken || i >= sentence.endToken || !token(i).isWord() || token(i).isCapitalized()
        || !isRuleWord(i, Lexicon::Quantifier) || !(wordClass(i) & Lexicon::Determiner))
        return false;
    const int p = i - 1;
    return isPunct(p, u')') || mentionEndingAt(p) >= 0
        || (token(p).isWord() && !token(p).isCapitalized() && lexicon.roleNoun(lower(p)));
}

// "a charity that prosecutors said was …", "donations, which he said were …": a relative word
// (no relative adverb) right before the cue's subject, which is a few words with no verb, after
// a noun or a comma. The reported clause lacks its subject, the relative word.
bool ExtractWindow::isRelativeBeforeSubject(int cueFirst, const Sentence &sentence) const
{
    int r = cueFirst - 1;
    while (r > sentence.firstToken && cueFirst - r <= 5 && token(r).isWord() && outsideQuotes(r)
        && !(wordClass(r) & (Lexicon::Relative | Lexicon::Auxiliary | Lexicon::Conjunction))
        && cueAt(r) < 0)
        --r;
    if (r == cueFirst - 1 || r <= sentence.firstToken || !token(r).isWord()
        || !(wordClass(r) & Lexicon::Relative) || isRelativeAdverb(r))
        return false;
    const int before = r - 1;
    if (isPunct(before, u','))
        return wordClass(r) & Lexicon::RelativePronoun; // ", which", ", who"; not ", that"
    return token(before).isWord() && wordClass(before) == 0 && cueAt(before) < 0
        && !isCueVerbAt(before);
}

bool ExtractWindow::isContractedAuxiliary(int i, const Sentence &sentence) const
{
    if (i - 1 < sentence.firstToken || token(i).type != Token::Type::Possessive || !token(i - 1).isWord())
        return false;
    const Lexicon::Pronoun *owner = lexicon.pronoun(lower(i - 1));
    return (owner && owner->subject) || (wordClass(i - 1) & Lexicon::RelativePronoun);
}

bool ExtractWindow::looksLikePresentVerb(int i) const
{
    const QStringView w = lower(i);
    return token(i).isWord() && !token(i).isCapitalized() && wordClass(i) == 0
        && lexicon.hasEnding(w, Lexicon::PresentEnding) && w.size() > 3 && !w.endsWith(u"ss");
}

bool ExtractWindow::isModifiedNounAt(int i, const Sentence &sentence) const
{
    if (i >= sentence.endToken || !token(i).isWord() || token(i).isCapitalized() || wordClass(i) != 0)
        return false;
    const QStringView w = lower(i);
    return lexicon.roleNoun(w) || !lexicon.orgNounKind(w).isEmpty() || (w.endsWith(u's') && !lexicon.verbForms(w));
}

bool ExtractWindow::isCueVerbAt(int i) const
{
    return verbForms(i) != nullptr;
}

QPair<int, int> ExtractWindow::spansIn(int from, int to) const
{
    auto starts = [this](int local) { return spans.at(windowSpans.at(local)).outerStart(); };
    int lo = 0, hi = int(windowSpans.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (starts(mid) < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    int end = lo;
    while (end < windowSpans.size() && starts(end) < to)
        ++end;
    return {lo, end};
}

QPair<int, int> ExtractWindow::cuesIn(const Sentence &sentence) const
{
    auto it = std::lower_bound(
        cues.cbegin(), cues.cend(), sentence.firstToken, [](const Cue &c, int tok) { return c.first < tok; });
    const int begin = int(std::distance(cues.cbegin(), it));
    int end = begin;
    while (end < cues.size() && cues.at(end).first < sentence.endToken)
        ++end;
    return {begin, end};
}

QPair<int, int> ExtractWindow::mentionsIn(const Sentence &sentence) const
{
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), sentence.firstToken,
        [](const Mention &m, int tok) { return m.first < tok; });
    const int begin = int(std::distance(mentions.cbegin(), it));
    int end = begin;
    while (end < mentions.size() && mentions.at(end).first < sentence.endToken)
        ++end;
    return {begin, end};
}

int ExtractWindow::wordCount(int first, int last) const
{
    // Scripts written without spaces (Chinese, Japanese) count a word per two characters.
    int words = 0;
    for (int i = first; i <= last; ++i) {
        const Token &t = token(i);
        if (!t.isWord())
            continue;
        const QChar c = text[t.start];
        words += (c.unicode() >= 0x2E80 && !c.isUpper() && !c.isLower()) ? std::max(1, t.length() / 2) : 1;
    }
    return words;
}

bool ExtractWindow::isShareOfNumber(int i, const Sentence &sentence) const
{
    int k = i - 1;
    if (k - 1 < sentence.firstToken || !token(k).isWord() || !(wordClass(k) & Lexicon::Preposition))
        return false;
    --k;
    if (token(k).isWord() && lexicon.isVerbParticle(lower(k))) // "out of"
        --k;
    return k >= sentence.firstToken && (token(k).type == Token::Type::Number || isRuleWord(k, Lexicon::ShareWord));
}
