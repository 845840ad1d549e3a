// Saywho: a news reader that shows who said what. This file only chooses between the command-line
// extraction and the window; everything else lives in the core and widget libraries.
#include "cli/extractcommand.h"
#include "cli/feedcommand.h"
#include "cli/librarycommand.h"
#include "mainwindow.h"
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

// The library's options, all headless.
struct LibraryOptions
{
    QCommandLineOption library{QStringLiteral("library"),
                               QCoreApplication::translate("main", "Use the library FILE instead of the default one."),
                               QStringLiteral("FILE")};
    QCommandLineOption add{QStringLiteral("add"),
                           QCoreApplication::translate("main", "Add FILE... to the library; print a JSON line per article and exit.")};
    QCommandLineOption people{QStringLiteral("people"),
                              QCoreApplication::translate("main", "Print every person quoted in the library as JSON lines and exit.")};
    QCommandLineOption quotesBy{QStringLiteral("quotes-by"),
                                QCoreApplication::translate("main", "Print the quotes of NAME across the library as JSON lines and exit."),
                                QStringLiteral("NAME")};
    QCommandLineOption search{QStringLiteral("search"),
                              QCoreApplication::translate("main", "Print the quotes matching TEXT (full-text search syntax) as JSON lines and exit."),
                              QStringLiteral("TEXT")};
    QCommandLineOption subscribe{QStringLiteral("subscribe"),
                                 QCoreApplication::translate("main", "Subscribe to the feed at URL (or the feed a web page names); print a JSON line and exit."),
                                 QStringLiteral("URL")};
    QCommandLineOption refresh{QStringLiteral("refresh"),
                               QCoreApplication::translate("main", "Fetch every subscription once; print a JSON line per feed and exit.")};
    QCommandLineOption importOpml{QStringLiteral("import-opml"),
                                  QCoreApplication::translate("main", "Subscribe to the feeds of the OPML file FILE and exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption exportOpml{QStringLiteral("export-opml"),
                                  QCoreApplication::translate("main", "Write the subscriptions to FILE as OPML (- for standard output) and exit."),
                                  QStringLiteral("FILE")};
};

void describe(QCommandLineParser &parser, QCommandLineOption &extract, QCommandLineOption &jobs,
              QCommandLineOption &newWindow, LibraryOptions &library)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A news reader that shows who said what."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(extract);
    parser.addOption(jobs);
    parser.addOption(newWindow);
    parser.addOption(library.library);
    parser.addOption(library.add);
    parser.addOption(library.people);
    parser.addOption(library.quotesBy);
    parser.addOption(library.search);
    parser.addOption(library.subscribe);
    parser.addOption(library.refresh);
    parser.addOption(library.importOpml);
    parser.addOption(library.exportOpml);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Article files to open."),
                                 QStringLiteral("[FILE...]"));
}

} // namespace

int main(int argc, char *argv[])
{
    // --extract, --help, --version and usage errors need no display, so decide on the
    // application type before creating it: any option but Qt's own window options (and
    // --new-window and --library) runs headless.
    static const char *const guiOptions[] = {"-platform", "-style", "-stylesheet", "-display",
                                             "-geometry", "-qwindowgeometry", "-qwindowtitle", "-qwindowicon",
                                             "-session", "-platformtheme", "--library"};
    static const char *const guiFlags[] = {"-reverse", "-widgetcount", "--new-window"}; // take no value
    bool headless = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--"))
            break;
        if (argv[i][0] != '-' || argv[i][1] == '\0')
            continue; // a file name, or "-"
        // --library FILE goes with the window too (and with every library command).
        bool gui = std::any_of(std::begin(guiFlags), std::end(guiFlags),
                               [arg = argv[i]](const char *flag) { return !std::strcmp(arg, flag); })
                   || !std::strncmp(argv[i], "--library=", 10);
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
                            QCoreApplication::translate("main", "With --extract or --add, read N files at a time (default: the number of cores)."),
                            QStringLiteral("N"));
    QCommandLineOption newWindow(QStringLiteral("new-window"),
                                 QCoreApplication::translate("main", "Open the files in new windows of their own, even when Saywho is already running."));
    LibraryOptions libraryOptions;
    describe(parser, extract, jobs, newWindow, libraryOptions);
    // process() exits with 1 on an unknown option; saywho(1) documents usage errors as 2.
    if (!parser.parse(app->arguments())) {
        std::fprintf(stderr, "saywho: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    parser.process(*app);

    const QStringList files = parser.positionalArguments();
    if (parser.isSet(jobs) && !parser.isSet(extract) && !parser.isSet(libraryOptions.add)) {
        std::fputs("saywho: --jobs goes with --extract or --add\n", stderr);
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
    const QString library = parser.value(libraryOptions.library);
    if (parser.isSet(libraryOptions.add)) {
        if (files.isEmpty()) {
            std::fputs("saywho: --add needs at least one file\n", stderr);
            return 2;
        }
        return LibraryCommand::add(library, files, jobCount, stdout, stderr);
    }
    if (parser.isSet(libraryOptions.people))
        return LibraryCommand::people(library, stdout, stderr);
    if (parser.isSet(libraryOptions.quotesBy))
        return LibraryCommand::quotesBy(library, parser.value(libraryOptions.quotesBy), stdout, stderr);
    if (parser.isSet(libraryOptions.search))
        return LibraryCommand::search(library, parser.value(libraryOptions.search), stdout, stderr);
    if (parser.isSet(libraryOptions.subscribe))
        return FeedCommand::subscribe(library, parser.value(libraryOptions.subscribe), stdout, stderr);
    if (parser.isSet(libraryOptions.refresh))
        return FeedCommand::refresh(library, stdout, stderr);
    if (parser.isSet(libraryOptions.importOpml))
        return FeedCommand::importOpml(library, parser.value(libraryOptions.importOpml), stdout, stderr);
    if (parser.isSet(libraryOptions.exportOpml))
        return FeedCommand::exportOpml(library, parser.value(libraryOptions.exportOpml), stdout, stderr);
    if (parser.isSet(extract)) {
        if (files.isEmpty()) {
            std::fputs("saywho: --extract needs at least one file\n", stderr);
            return 2;
        }
        return ExtractCommand::run(files, stdout, stderr, jobCount);
    }
    MainWindow::setLibraryPath(library);
    return SaywhoApp::runWindow(static_cast<QApplication &>(*app), files,
                                parser.isSet(newWindow) ? SaywhoApp::Instance::Separate : SaywhoApp::Instance::Shared);
}
