// Runs html5lib-tests' encoding/*.dat (the HTML standard's encoding sniffing tests) through
// CharsetPrescan and prints the pass rate per file and in total:
//   html5lib_encoding [--verbose] [--min-pass PERCENT] FOLDER
// Each case is "#data" (the bytes of a file) then "#encoding" (what a browser decodes it as). A file
// that declares nothing is windows-1252 there, the suite's default. Exits 1 when the total pass
// rate is below PERCENT, 2 when the folder cannot be read.

#include "load/charsetprescan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Case
{
    QByteArray data;
    QByteArray encoding;
};

QList<Case> casesOf(const QByteArray &file)
{
    QList<Case> cases;
    const QList<QByteArray> lines = file.split('\n');
    enum class Part { None, Data, Encoding } part = Part::None;
    for (const QByteArray &line : lines) {
        if (line == "#data") {
            cases.append(Case());
            part = Part::Data;
        } else if (line == "#encoding") {
            part = Part::Encoding;
            if (cases.last().data.endsWith('\n'))
                cases.last().data.chop(1);
        } else if (part == Part::Data) {
            cases.last().data += line + '\n';
        } else if (part == Part::Encoding && !line.trimmed().isEmpty()) {
            cases.last().encoding = line.trimmed();
            part = Part::None;
        }
    }
    return cases;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs html5lib-tests' encoding tests through Saywho's charset prescan."_s);
    parser.addHelpOption();
    const QCommandLineOption verbose(u"verbose"_s, u"List every failing case."_s);
    const QCommandLineOption minPass(u"min-pass"_s, u"Fail below this total pass rate (percent)."_s,
                                     u"percent"_s, u"0"_s);
    parser.addOption(verbose);
    parser.addOption(minPass);
    parser.addPositionalArgument(u"folder"_s, u"The suite's encoding folder."_s);
    parser.process(app);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QDir dir(parser.positionalArguments().constFirst());
    const QStringList files = dir.entryList({u"*.dat"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "No *.dat files in " << dir.path() << Qt::endl;
        return 2;
    }
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (sub == u"scripted")
            out << sub << "/: not applicable (the declarations are written by scripts: needs a script engine)\n";
        else if (sub == u"chardet")
            out << sub << "/: not applicable (statistical detection of undeclared text, not the prescan)\n";
        else
            out << sub << "/: not run\n";
    }
    int passed = 0;
    int total = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            out << name << ": cannot be read" << Qt::endl;
            return 2;
        }
        int filePassed = 0;
        const QList<Case> cases = casesOf(file.readAll());
        for (const Case &c : cases) {
            QByteArray expected = CharsetPrescan::encodingForLabel(c.encoding);
            // A byte order mark wins over any declaration (TextDecoder's first step, as in the standard).
            const QByteArray declared = c.data.startsWith("\xEF\xBB\xBF") ? QByteArrayLiteral("UTF-8")
                                                                           : CharsetPrescan::encodingOf(c.data);
            const QByteArray got = declared.isEmpty() ? QByteArrayLiteral("windows-1252") : declared;
            if (!expected.isEmpty() && got == expected) {
                ++filePassed;
            } else if (parser.isSet(verbose)) {
                out << "FAIL " << name << ": expected " << c.encoding << ", got " << got << "\n  data: "
                    << c.data.left(300) << Qt::endl;
            }
        }
        out << name << ": " << filePassed << " of " << cases.size() << Qt::endl;
        passed += filePassed;
        total += int(cases.size());
    }
    const double rate = 100.0 * passed / std::max(total, 1);
    out << "total: " << passed << " of " << total << " (" << QString::number(rate, 'f', 2) << "%)" << Qt::endl;
    return rate + 1e-9 < parser.value(minPass).toDouble() ? 1 : 0;
}
