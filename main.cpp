// Saywho: a news reader that shows who said what. This file only chooses between the command-line
// extraction and the window; everything else lives in the core and widget libraries.
#include "cli/extractcommand.h"
#include "saywhoapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>

namespace {

void describe(QCommandLineParser &parser, QCommandLineOption &extract, QCommandLineOption &jobs,
              QCommandLineOption &newWindow)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A news reader that shows who said what."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(extract);
    parser.addOption(jobs);
    parser.addOption(newWindow);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Article files to open."),
                                 QStringLiteral("[FILE...]"));
}

} // namespace

int main(int argc, char *argv[])
{
    // --extract, --help, --version and usage errors need no display, so decide on the
    // application type before creating it: any option but Qt's own window options runs headless.
    static const char *const guiOptions[] = {"-platform", "-style", "-stylesheet", "-display",
                                             "-geometry", "-qwindowgeometry", "-qwindowtitle", "-qwindowicon",
                                             "-session", "-platformtheme"};
    static const char *const guiFlags[] = {"-reverse", "-widgetcount", "--new-window"}; // take no value
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--"))
            break;
        if (argv[i][0] != '-' || argv[i][1] == '\0')
            continue; // a file name, or "-"
        bool gui = std::any_of(std::begin(guiFlags), std::end(guiFlags),
                               [arg = argv[i]](const char *flag) { return !std::strcmp(arg, flag); });
        for (const char *option : guiOptions) {
            if (!gui && !std::strcmp(argv[i], option)) {
                gui = true;
                ++i; // its value
                break;
            }
        }
        headless = headless || !gui;
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
    QCommandLineOption jobs(QStringList{QStringLiteral("j"), QStringLiteral("jobs")},
                            QCoreApplication::translate("main", "With --extract, read N files at a time (default: the number of cores)."),
                            QStringLiteral("N"));
    QCommandLineOption newWindow(QStringLiteral("new-window"),
                                 QCoreApplication::translate("main", "Open the files in new windows of their own, even when Saywho is already running."));
    describe(parser, extract, jobs, newWindow);
    // process() exits with 1 on an unknown option; saywho(1) documents usage errors as 2.
    if (!parser.parse(app->arguments())) {
        std::fprintf(stderr, "saywho: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    parser.process(*app);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(jobs) && !parser.isSet(extract)) {
        std::fputs("saywho: --jobs goes with --extract\n", stderr);
        return 2;
    }
    if (parser.isSet(extract)) {
        if (files.isEmpty()) {
            std::fputs("saywho: --extract needs at least one file\n", stderr);
            return 2;
        }
        int jobCount = QThread::idealThreadCount();
        if (parser.isSet(jobs)) {
            bool ok = false;
            jobCount = parser.value(jobs).toInt(&ok);
            if (!ok || jobCount < 1) {
                std::fprintf(stderr, "saywho: --jobs needs a number of 1 or more, not \"%s\"\n",
                             qPrintable(parser.value(jobs)));
                return 2;
            }
        }
        return ExtractCommand::run(files, stdout, stderr, jobCount);
    }
    return SaywhoApp::runWindow(static_cast<QApplication &>(*app), files,
                                parser.isSet(newWindow) ? SaywhoApp::Instance::Separate : SaywhoApp::Instance::Shared);
}
