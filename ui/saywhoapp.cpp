#include "saywhoapp.h"

#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void SaywhoApp::installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("saywho"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

int SaywhoApp::runWindow(QApplication &app, const QStringList &files)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Saywho"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.saywho.Saywho"), QIcon(QStringLiteral(":/icons/saywho.svg"))));
    QApplication::setDesktopFileName(QStringLiteral("io.github.saywho.Saywho"));

    if (files.isEmpty()) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->openStartupArticle();
    }
    // One window per file, as a file manager opening several articles expects.
    for (const QString &file : files) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->openFile(file);
    }
    return app.exec();
}
