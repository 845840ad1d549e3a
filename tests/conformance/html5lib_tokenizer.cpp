// Runs html5lib-tests' tokenizer/*.test (the HTML standard's tokenizer tests) through HtmlTokenizer
// and prints the pass rate per file and in total:
//   html5lib_tokenizer [--verbose] [--min-pass PERCENT] FOLDER
// Exits 1 when the total pass rate is below PERCENT, 2 when the folder cannot be read.

#include "load/htmltokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

using State = HtmlTokenizer::State;

std::optional<State> stateNamed(const QString &name)
{
    if (name == u"Data state")
        return State::Data;
    if (name == u"PLAINTEXT state")
        return State::Plaintext;
    if (name == u"RCDATA state")
        return State::Rcdata;
    if (name == u"RAWTEXT state")
        return State::Rawtext;
    if (name == u"Script data state")
        return State::ScriptData;
    if (name == u"CDATA section state")
        return State::CdataSection;
    return std::nullopt;
}

// doubleEscaped tests spell some characters (lone surrogates among them) as \uHHHH once more.
QString unescaped(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        bool ok = false;
        if (s[i] == u'\\' && i + 5 < s.size() && s[i + 1] == u'u') {
            const char16_t unit = char16_t(s.mid(i + 2, 4).toUInt(&ok, 16));
            if (ok) {
                out += QChar(unit);
                i += 5;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

QJsonValue unescaped(const QJsonValue &v)
{
    if (v.isString())
        return unescaped(v.toString());
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(unescaped(e));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(unescaped(it.key()), unescaped(it.value()));
        return out;
    }
    return v;
}

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Adjacent character tokens compare as one, as the suite's format says.
void append(QJsonArray &tokens, const QJsonArray &token)
{
    if (token.at(0) == u"Character"_s && !tokens.isEmpty()) {
        QJsonArray last = tokens.last().toArray();
        if (last.at(0) == u"Character"_s) {
            last[1] = QString(last.at(1).toString() + token.at(1).toString());
            tokens[tokens.size() - 1] = last;
            return;
        }
    }
    tokens.append(token);
}

QJsonArray tokenize(const QString &input, State state, const QString &lastStartTag)
{
    HtmlTokenizer tokenizer(input);
    tokenizer.setState(state, lastStartTag);
    HtmlTokenizer::Token token;
    QJsonArray tokens;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlTokenizer::TokenType::StartTag: {
            QJsonObject attributes;
            for (const HtmlTokenizer::Attribute &a : std::as_const(token.attributes))
                attributes.insert(a.name, a.value.isNull() ? u""_s : a.value);
            QJsonArray t{u"StartTag"_s, token.name, attributes};
            if (token.selfClosing)
                t.append(true);
            append(tokens, t);
            break;
        }
        case HtmlTokenizer::TokenType::EndTag: append(tokens, {u"EndTag"_s, token.name}); break;
        case HtmlTokenizer::TokenType::Text: append(tokens, {u"Character"_s, token.text}); break;
        case HtmlTokenizer::TokenType::Comment: append(tokens, {u"Comment"_s, token.text}); break;
        case HtmlTokenizer::TokenType::Doctype:
            append(tokens, {u"DOCTYPE"_s, nullable(token.name), nullable(token.publicId), nullable(token.systemId),
                            !token.forceQuirks});
            break;
        }
    }
    return tokens;
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

struct Tally
{
    int passed = 0;
    int total = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs html5lib-tests' tokenizer tests through Saywho's HTML tokenizer."_s);
    parser.addHelpOption();
    const QCommandLineOption verbose(u"verbose"_s, u"List every failing case."_s);
    const QCommandLineOption minPass(u"min-pass"_s, u"Fail below this total pass rate (percent)."_s,
                                     u"percent"_s, u"0"_s);
    parser.addOption(verbose);
    parser.addOption(minPass);
    parser.addPositionalArgument(u"folder"_s, u"The suite's tokenizer folder."_s);
    parser.process(app);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QDir dir(parser.positionalArguments().constFirst());
    const QStringList files = dir.entryList({u"*.test"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "No *.test files in " << dir.path() << Qt::endl;
        return 2;
    }
    Tally total;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            out << name << ": cannot be read" << Qt::endl;
            return 2;
        }
        const QJsonObject suite = QJsonDocument::fromJson(file.readAll()).object();
        if (!suite.contains(u"tests"_s)) {
            // xmlViolation.test expects the DOM coerced into an XML infoset, which is not the tokenizer's job.
            out << name << ": not applicable (" << suite.keys().join(u", "_s) << ", infoset coercion)" << Qt::endl;
            continue;
        }
        Tally tally;
        for (const QJsonValue &value : suite.value(u"tests"_s).toArray()) {
            const QJsonObject test = value.toObject();
            const bool doubleEscaped = test.value(u"doubleEscaped"_s).toBool();
            QString input = test.value(u"input"_s).toString();
            QJsonArray expectedRaw = test.value(u"output"_s).toArray();
            if (doubleEscaped) {
                input = unescaped(input);
                expectedRaw = unescaped(QJsonValue(expectedRaw)).toArray();
            }
            QJsonArray expected;
            for (const QJsonValue &t : std::as_const(expectedRaw))
                append(expected, t.toArray());
            QStringList states;
            for (const QJsonValue &s : test.value(u"initialStates"_s).toArray())
                states.append(s.toString());
            if (states.isEmpty())
                states.append(u"Data state"_s);
            for (const QString &stateName : std::as_const(states)) {
                ++tally.total;
                const std::optional<State> state = stateNamed(stateName);
                const QJsonArray got = state ? tokenize(input, *state, test.value(u"lastStartTag"_s).toString())
                                             : QJsonArray();
                if (state && got == expected) {
                    ++tally.passed;
                    continue;
                }
                if (parser.isSet(verbose)) {
                    out << "FAIL " << name << ": " << test.value(u"description"_s).toString() << " [" << stateName
                        << "]\n  input:    " << compact({test.value(u"input"_s)}) << "\n  expected: "
                        << compact(expected) << "\n  got:      " << compact(got) << Qt::endl;
                }
            }
        }
        out << name << ": " << tally.passed << " of " << tally.total << " ("
            << QString::number(100.0 * tally.passed / std::max(tally.total, 1), 'f', 2) << "%)" << Qt::endl;
        total.passed += tally.passed;
        total.total += tally.total;
    }
    const double rate = 100.0 * total.passed / std::max(total.total, 1);
    out << "total: " << total.passed << " of " << total.total << " (" << QString::number(rate, 'f', 2) << "%)"
        << Qt::endl;
    return rate + 1e-9 < parser.value(minPass).toDouble() ? 1 : 0;
}
