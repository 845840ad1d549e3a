// Saywho: a news reader that shows who said what. This file only chooses between the command-line
// extraction and the window; everything else lives in the core and widget libraries.
#include "extractcommand.h"
#include "saywhoapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void describe(QCommandLineParser &parser, QCommandLineOption &extract)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A news reader that shows who said what."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(extract);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Article files to open."),
                                 QStringLiteral("[FILE...]"));
}

} // namespace

int main(int argc, char *argv[])
{
    // --extract runs without a display, so decide on the application type before creating it.
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--extract") || !std::strcmp(argv[i], "-x") || !std::strcmp(argv[i], "--help")
            || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v"))
            headless = true;
        if (!std::strcmp(argv[i], "--"))
            break;
    }

    QCoreApplication::setApplicationName(QStringLiteral("saywho"));
    QCoreApplication::setOrganizationName(QStringLiteral("Saywho"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAYWHO_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    SaywhoApp::installTranslators(*app);

    QCommandLineParser parser;
    QCommandLineOption extract(QStringList{QStringLiteral("x"), QStringLiteral("extract")},
                               QCoreApplication::translate("main", "Print who said what in FILE as JSON (one line per file) and exit."));
    describe(parser, extract);
    // process() exits with 1 on an unknown option; saywho(1) documents usage errors as 2.
    if (!parser.parse(app->arguments())) {
        std::fprintf(stderr, "saywho: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    parser.process(*app);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(extract)) {
        if (files.isEmpty()) {
            std::fputs("saywho: --extract needs at least one file\n", stderr);
            return 2;
        }
        return ExtractCommand::run(files, stdout, stderr);
    }
    return SaywhoApp::runWindow(static_cast<QApplication &>(*app), files);
}
